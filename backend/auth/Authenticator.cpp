// SPDX-License-Identifier: GPL-3.0-or-later
#include "Authenticator.h"

#include "SessionService.h"
#include "TokenService.h"

namespace assay::auth {

Authenticator::Authenticator(SessionService& sessions, TokenService& tokens)
    : m_sessions(sessions)
    , m_tokens(tokens)
{ }

QString Authenticator::bearerToken(const QString& authorization)
{
    const QString value = authorization.trimmed();
    const int space = value.indexOf(QLatin1Char(' '));
    if (space < 0)
        return value;
    if (value.left(space).compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(space + 1).trimmed();
}

Result<Principal> Authenticator::authenticate(const QString& authorization, const QString& clientAddress) const
{
    if (authorization.trimmed().isEmpty())
        return Error::make(Error::Kind::Unauthorized,
            QStringLiteral("Authentication required: send 'Authorization: Bearer <access token or API "
                           "token>'."),
            {}, QStringLiteral("MISSING_CREDENTIALS"));
    const QString token = bearerToken(authorization);
    if (token.isEmpty())
        return Error::make(Error::Kind::Unauthorized,
            QStringLiteral("Unsupported authorization scheme; use 'Bearer <token>'."), {},
            QStringLiteral("TOKEN_MALFORMED"));
    if (TokenService::looksLikeToken(token))
        return m_tokens.authenticate(token, clientAddress);
    if (token.count(QLatin1Char('.')) == 2)
        return m_sessions.verifyAccessToken(token);
    return Error::make(Error::Kind::Unauthorized,
        QStringLiteral("The bearer credential is neither an access token (JWT) nor an Assay API token."), {},
        QStringLiteral("TOKEN_MALFORMED"));
}

} // namespace assay::auth
