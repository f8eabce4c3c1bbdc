// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Jwt.h"
#include "LoginThrottle.h"
#include "Principal.h"
#include "RequestContext.h"
#include "UserService.h"
#include "core/Result.h"

#include <QMutex>

#include <functional>

namespace assay {
class Database;
class SettingsStore;
} // namespace assay

namespace assay::auth {

class KeyStore;

// Body of POST /auth/login: JSON {email, password} or the OAuth2 password form (username, password).
struct LoginRequest
{
    QString email;
    QString password;

    static Result<LoginRequest> fromJson(const Json& body);
    // application/x-www-form-urlencoded body: `username=…&password=…` (`email=` accepted too).
    static Result<LoginRequest> fromForm(const QByteArray& body);
};

// What login and refresh return: {access_token, refresh_token, token_type, expires_in, user}.
struct TokenPair
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds until the access token expires
    QDateTime refreshExpiresAt;
    User user;

    Json toJson() const;
};

// One signed-in session (a live refresh-token family) for the Sharing page's "who is connected"
// and for users to review their own sessions.
struct SessionInfo
{
    QString id; // the family id (also the JWT "sid")
    QString userId;
    QString userEmail;
    QDateTime startedAt; // login
    QDateTime lastSeenAt; // last login or refresh
    QDateTime expiresAt; // when the current refresh token expires
    QString ipAddress; // of the last login/refresh
    QString userAgent;

    Json toJson() const;
};

// Sessions (SPEC §4 auth/login, refresh, logout): Argon2id login with per-address lockout,
// 30-minute HS256 access tokens, opaque 7-day refresh tokens stored as SHA-256 and rotated on
// every use (a spent one presented again revokes its whole family), logout that revokes the
// refresh family and denylists the access token's jti until it expires. Thread-safe.
class SessionService
{
public:
    // `throttle` may be null (no lockout); `settings` may be null (defaults: 30 min / 7 days).
    SessionService(Database& db, UserService& users, QByteArray signingKey, const SettingsStore* settings,
        LoginThrottle* throttle);

    // Loads the JWT key from the keystore, making a random 256-bit one on first start.
    static Result<QByteArray> loadSigningKey(KeyStore& keys);

    Result<TokenPair> login(const LoginRequest& request, const RequestContext& ctx);
    Result<TokenPair> refresh(const QString& refreshToken, const RequestContext& ctx);
    // Revokes the session (refresh family) of the access token and denylists its jti; when a
    // refresh token is given too, its family is revoked as well (it must be the caller's).
    Status logout(const Principal& principal, const QString& refreshToken = {});

    // Verifies an access JWT and returns its user's principal (current role, all of its scopes).
    // Unauthorized with TOKEN_MALFORMED / TOKEN_INVALID_SIGNATURE / TOKEN_EXPIRED /
    // TOKEN_WRONG_TYPE / TOKEN_REVOKED / USER_DEACTIVATED / USER_NOT_FOUND.
    Result<Principal> verifyAccessToken(const QString& token) const;

    // Live sessions, most recent first: an admin sees everyone's (or one user's with userId),
    // others only their own.
    Result<QList<SessionInfo>> activeSessions(const Principal& actor, const QString& userId = {}) const;
    // Ends one session (owner or admin); its access tokens stop working at once.
    Status revokeSession(const Principal& actor, const QString& sessionId);

    // Ends every session of one user (or of everybody when userId is empty).
    Status revokeAllSessions(const QString& userId = {});
    // New random signing key, stored in the keystore: every access token issued so far stops
    // working at once (refresh tokens still work and get new access tokens).
    Status rotateSigningKey(KeyStore& keys);
    // Deletes expired refresh tokens and denylist rows; returns how many rows went.
    Result<int> purgeExpired();

    qint64 accessTokenSeconds() const;
    qint64 refreshTokenSeconds() const;

    // Injectable clock (tests).
    void setClock(std::function<QDateTime()> now);

private:
    Result<TokenPair> issue(const User& user, const QString& familyId, const RequestContext& ctx);
    Status revokeFamily(const QString& familyId);
    Error invalidCredentials(bool nowBanned, const QString& address) const;

    Database& m_db;
    UserService& m_users;
    Jwt m_jwt;
    const SettingsStore* m_settings;
    LoginThrottle* m_throttle;
    std::function<QDateTime()> m_now;
    QMutex m_rotateMutex;
};

} // namespace assay::auth
