// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QReadWriteLock>
#include <QString>

#include <functional>

namespace assay::auth {

// Claims of an Assay access token.
struct AccessClaims
{
    QString subject; // user id
    QString role;
    QString jti;
    QString sessionId; // refresh-token family ("sid"), so logout can end the whole session
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString type = QStringLiteral("access");
};

// HS256 JSON Web Tokens (RFC 7519) with QMessageAuthenticationCode and base64url. Only "HS256"
// is accepted (no "none", no algorithm switching); the signature is compared in constant time.
// Thread-safe: the key can be replaced (rotation) while other threads verify.
class Jwt
{
public:
    explicit Jwt(QByteArray key);

    void setKey(QByteArray key);
    // Injectable clock (tests); defaults to the system clock.
    void setClock(std::function<QDateTime()> now);

    QByteArray sign(const AccessClaims& claims) const;

    // Errors are Unauthorized with codes TOKEN_MALFORMED, TOKEN_INVALID_SIGNATURE,
    // TOKEN_EXPIRED or TOKEN_WRONG_TYPE and a sentence that says which.
    Result<AccessClaims> verify(const QByteArray& token) const;

private:
    QByteArray key() const;

    mutable QReadWriteLock m_lock;
    QByteArray m_key;
    std::function<QDateTime()> m_now;
};

} // namespace assay::auth
