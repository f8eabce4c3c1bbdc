// SPDX-License-Identifier: GPL-3.0-or-later
#include "Jwt.h"

#include "Crypto.h"
#include "core/Json.h"

namespace assay::auth {

namespace {

Error unauthorized(const QString& code, const QString& message)
{
    return Error::make(Error::Kind::Unauthorized, message, {}, code);
}

Error malformed(const QString& why)
{
    return unauthorized(
        QStringLiteral("TOKEN_MALFORMED"), QStringLiteral("The access token is malformed: %1.").arg(why));
}

} // namespace

Jwt::Jwt(QByteArray key)
    : m_key(std::move(key))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

void Jwt::setKey(QByteArray key)
{
    QWriteLocker lock(&m_lock);
    m_key = std::move(key);
}

void Jwt::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QByteArray Jwt::key() const
{
    QReadLocker lock(&m_lock);
    return m_key;
}

QByteArray Jwt::sign(const AccessClaims& c) const
{
    static const QByteArray header = crypto::base64UrlEncode(QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})"));
    Json payload {{"sub", json::str(c.subject)}, {"role", json::str(c.role)}, {"jti", json::str(c.jti)},
        {"iat", c.issuedAt.toSecsSinceEpoch()}, {"exp", c.expiresAt.toSecsSinceEpoch()}, {"type", json::str(c.type)}};
    if (!c.sessionId.isEmpty())
        payload["sid"] = json::str(c.sessionId);
    const QByteArray signingInput = header + '.' + crypto::base64UrlEncode(json::dump(payload));
    return signingInput + '.' + crypto::base64UrlEncode(crypto::hmacSha256(key(), signingInput));
}

Result<AccessClaims> Jwt::verify(const QByteArray& token) const
{
    if (token.isEmpty())
        return malformed(QStringLiteral("it is empty"));
    if (token.size() > 8192)
        return malformed(QStringLiteral("it is too long"));
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return malformed(QStringLiteral("it must have three dot-separated parts"));
    QByteArray headerBytes, payloadBytes, signature;
    if (!crypto::base64UrlDecode(parts[0], &headerBytes) || !crypto::base64UrlDecode(parts[1], &payloadBytes)
        || !crypto::base64UrlDecode(parts[2], &signature))
        return malformed(QStringLiteral("a part is not base64url"));
    const auto header = json::parse(headerBytes);
    if (!header || !header->is_object())
        return malformed(QStringLiteral("the header is not JSON"));
    if (json::getString(*header, "alg") != QLatin1String("HS256"))
        return unauthorized(QStringLiteral("TOKEN_MALFORMED"),
            QStringLiteral("The access token uses an unsupported algorithm; only HS256 is accepted."));

    // Signature first: nothing from an unauthenticated payload is trusted or reported.
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    const QByteArray expected = crypto::hmacSha256(key(), signingInput);
    if (!crypto::constantTimeEquals(expected, signature))
        return unauthorized(QStringLiteral("TOKEN_INVALID_SIGNATURE"),
            QStringLiteral("The access token's signature is invalid (tampered with, or signed with a "
                           "key that has since been rotated)."));

    const auto payload = json::parse(payloadBytes);
    if (!payload || !payload->is_object())
        return malformed(QStringLiteral("the payload is not JSON"));
    const Json& p = *payload;
    AccessClaims c;
    c.subject = json::getString(p, "sub");
    c.role = json::getString(p, "role");
    c.jti = json::getString(p, "jti");
    c.sessionId = json::getString(p, "sid");
    c.type = json::getString(p, "type");
    if (!p.contains("exp") || !p["exp"].is_number_integer() || !p.contains("iat") || !p["iat"].is_number_integer())
        return malformed(QStringLiteral("the exp and iat claims must be whole numbers"));
    c.expiresAt = QDateTime::fromSecsSinceEpoch(p["exp"].get<qint64>(), Qt::UTC);
    c.issuedAt = QDateTime::fromSecsSinceEpoch(p["iat"].get<qint64>(), Qt::UTC);
    if (c.subject.isEmpty() || c.jti.isEmpty())
        return malformed(QStringLiteral("the sub and jti claims are required"));
    if (c.type != QLatin1String("access"))
        return unauthorized(QStringLiteral("TOKEN_WRONG_TYPE"),
            QStringLiteral("This token is not an access token (type '%1').").arg(c.type));
    const QDateTime now = m_now();
    if (now >= c.expiresAt)
        return unauthorized(QStringLiteral("TOKEN_EXPIRED"),
            QStringLiteral("The access token expired at %1; refresh it or log in again.")
                .arg(json::isoUtc(c.expiresAt)));
    return c;
}

} // namespace assay::auth
