// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionService.h"

#include "Crypto.h"
#include "KeyStore.h"
#include "Permission.h"
#include "core/Logging.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QSqlQuery>
#include <QUrlQuery>

namespace assay::auth {

namespace {

Error unauthorized(const QString& code, const QString& message)
{
    return Error::make(Error::Kind::Unauthorized, message, {}, code);
}

Result<LoginRequest> makeLogin(const QString& email, const QString& password, const QString& emailField)
{
    if (email.trimmed().isEmpty())
        return Error::validation(
            QStringLiteral("The field '%1' is required.").arg(emailField), {{"field", json::str(emailField)}});
    if (password.isEmpty())
        return Error::validation(QStringLiteral("The field 'password' is required."), {{"field", "password"}});
    if (password.size() > PasswordHasher::kMaxLength || email.size() > 254)
        return unauthorized(QStringLiteral("INVALID_CREDENTIALS"), QStringLiteral("Invalid email or password."));
    return LoginRequest {email.trimmed().toLower(), password};
}

} // namespace

Result<LoginRequest> LoginRequest::fromJson(const Json& body)
{
    if (!body.is_object())
        return Error::validation(QStringLiteral("The request body must be a JSON object."));
    for (const char* key : {"email", "username", "password"})
        if (body.contains(key) && !body[key].is_string())
            return Error::validation(
                QStringLiteral("The field '%1' must be a string.").arg(QString::fromLatin1(key)), {{"field", key}});
    const QString email = body.contains("email") ? json::getString(body, "email") : json::getString(body, "username");
    return makeLogin(email, json::getString(body, "password"), QStringLiteral("email"));
}

Result<LoginRequest> LoginRequest::fromForm(const QByteArray& body)
{
    // '+' means a space in form encoding; QUrlQuery leaves it alone.
    QByteArray normalized = body;
    normalized.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(normalized));
    QString user = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    if (user.isEmpty())
        user = form.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
    return makeLogin(
        user, form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded), QStringLiteral("username"));
}

Json TokenPair::toJson() const
{
    return Json {{"access_token", json::str(accessToken)}, {"refresh_token", json::str(refreshToken)},
        {"token_type", "bearer"}, {"expires_in", expiresIn}, {"user", user.toJson()}};
}

SessionService::SessionService(
    Database& db, UserService& users, QByteArray signingKey, const SettingsStore* settings, LoginThrottle* throttle)
    : m_db(db)
    , m_users(users)
    , m_jwt(std::move(signingKey))
    , m_settings(settings)
    , m_throttle(throttle)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

Result<QByteArray> SessionService::loadSigningKey(KeyStore& keys)
{
    auto key = keys.getOrCreate(QString::fromLatin1(KeyStore::kJwtSigningKey), 32);
    if (key && key->size() < 32)
        return Error::internal(QStringLiteral("The stored JWT signing key is too short; rotate it."));
    return key;
}

void SessionService::setClock(std::function<QDateTime()> now)
{
    m_now = now;
    m_jwt.setClock(std::move(now));
}

qint64 SessionService::accessTokenSeconds() const
{
    const qint64 minutes = m_settings ? m_settings->intValue(QStringLiteral("access_token_minutes")) : 30;
    return std::clamp<qint64>(minutes, 1, 1440) * 60;
}

qint64 SessionService::refreshTokenSeconds() const
{
    const qint64 days = m_settings ? m_settings->intValue(QStringLiteral("refresh_token_days")) : 7;
    return std::clamp<qint64>(days, 1, 365) * 86400;
}

Error SessionService::invalidCredentials(bool nowBanned, const QString& address) const
{
    if (nowBanned && m_throttle) {
        Status banned = m_throttle->check(address);
        if (!banned)
            return banned.error();
    }
    return unauthorized(QStringLiteral("INVALID_CREDENTIALS"), QStringLiteral("Invalid email or password."));
}

Result<TokenPair> SessionService::login(const LoginRequest& request, const RequestContext& ctx)
{
    if (m_throttle) {
        Status allowed = m_throttle->check(ctx.ipAddress);
        if (!allowed)
            return allowed.error();
    }
    auto failed = [&]() -> Error {
        const bool banned = m_throttle && m_throttle->recordFailure(ctx.ipAddress);
        qCInfo(lcAuth).noquote() << "failed login from" << ctx.ipAddress;
        return invalidCredentials(banned, ctx.ipAddress);
    };
    auto user = m_users.findByEmail(request.email);
    if (!user) {
        if (user.error().kind != Error::Kind::NotFound)
            return user.error();
        m_users.hasher().burnVerify(request.password); // same time as a real account
        return failed();
    }
    auto hash = m_users.passwordHash(user->id);
    if (!hash)
        return hash.error();
    if (!m_users.hasher().verify(request.password, *hash))
        return failed();
    if (!user->active)
        return unauthorized(
            QStringLiteral("USER_DEACTIVATED"), QStringLiteral("This account is deactivated; ask an administrator."));
    if (m_throttle)
        m_throttle->recordSuccess(ctx.ipAddress);
    if (m_users.hasher().needsRehash(*hash)) {
        if (auto rehashed = m_users.hasher().hash(request.password))
            (void)m_users.updatePasswordHash(user->id, *rehashed);
    }
    (void)m_users.touchLastLogin(user->id);
    auto fresh = m_users.findById(user->id);
    return issue(fresh ? *fresh : *user, crypto::newId(), ctx);
}

Result<TokenPair> SessionService::issue(const User& user, const QString& familyId, const RequestContext& ctx)
{
    const QDateTime now = m_now();
    TokenPair pair;
    pair.user = user;
    pair.refreshToken = QString::fromLatin1(crypto::base64UrlEncode(crypto::randomBytes(32)));
    pair.refreshExpiresAt = now.addSecs(refreshTokenSeconds());
    auto q = execSql(m_db.connection(),
        QStringLiteral("INSERT INTO refresh_tokens(id, user_id, family_id, token_hash, created_at, "
                       "expires_at, ip_address, user_agent) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
        {crypto::newId(), user.id, familyId, crypto::sha256Hex(pair.refreshToken.toLatin1()), json::isoUtc(now),
            json::isoUtc(pair.refreshExpiresAt), ctx.ipAddress, ctx.userAgent.left(512)});
    if (!q)
        return q.error();
    AccessClaims claims;
    claims.subject = user.id;
    claims.role = roleName(user.role);
    claims.jti = crypto::newId();
    claims.sessionId = familyId;
    claims.issuedAt = now;
    claims.expiresAt = now.addSecs(accessTokenSeconds());
    pair.accessToken = QString::fromLatin1(m_jwt.sign(claims));
    pair.expiresIn = accessTokenSeconds();
    return pair;
}

Status SessionService::revokeFamily(const QString& familyId)
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL"),
        {json::isoUtc(m_now()), familyId});
    if (!q)
        return q.error();
    return {};
}

Result<TokenPair> SessionService::refresh(const QString& refreshToken, const RequestContext& ctx)
{
    if (refreshToken.trimmed().isEmpty())
        return Error::validation(
            QStringLiteral("The field 'refresh_token' is required."), {{"field", "refresh_token"}});
    if (refreshToken.size() > 256)
        return unauthorized(QStringLiteral("REFRESH_TOKEN_INVALID"), QStringLiteral("The refresh token is not valid."));
    QMutexLocker lock(&m_rotateMutex);
    const QString hash = crypto::sha256Hex(refreshToken.trimmed().toLatin1());
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT id, user_id, family_id, expires_at, used_at, revoked_at FROM refresh_tokens "
                       "WHERE token_hash = ?"),
        {hash});
    if (!q)
        return q.error();
    if (!q->next())
        return unauthorized(
            QStringLiteral("REFRESH_TOKEN_INVALID"), QStringLiteral("The refresh token is not valid; log in again."));
    const QString id = q->value(0).toString();
    const QString userId = q->value(1).toString();
    const QString family = q->value(2).toString();
    const QDateTime expires = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);
    const bool used = !q->value(4).isNull();
    const bool revoked = !q->value(5).isNull();
    q->finish();

    auto reuse = [&]() -> Error {
        (void)revokeFamily(family);
        qCWarning(lcAuth).noquote() << "refresh token reuse detected for user" << userId << "from" << ctx.ipAddress
                                    << "- session family revoked";
        return unauthorized(QStringLiteral("REFRESH_TOKEN_REUSED"),
            QStringLiteral("This refresh token was already used; as a precaution the whole session "
                           "has been revoked. Log in again."));
    };
    if (used)
        return reuse();
    if (revoked)
        return unauthorized(QStringLiteral("REFRESH_TOKEN_REVOKED"),
            QStringLiteral("The refresh token has been revoked; log in again."));
    if (m_now() >= expires)
        return unauthorized(
            QStringLiteral("REFRESH_TOKEN_EXPIRED"), QStringLiteral("The refresh token expired; log in again."));
    auto user = m_users.findById(userId);
    if (!user)
        return unauthorized(QStringLiteral("USER_NOT_FOUND"), QStringLiteral("The account no longer exists."));
    if (!user->active)
        return unauthorized(
            QStringLiteral("USER_DEACTIVATED"), QStringLiteral("This account is deactivated; ask an administrator."));

    // Spend the old token; the condition makes a concurrent second use (other process) lose.
    auto spend = execSql(m_db.connection(),
        QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL AND "
                       "revoked_at IS NULL"),
        {json::isoUtc(m_now()), id});
    if (!spend)
        return spend.error();
    if (spend->numRowsAffected() != 1)
        return reuse();
    auto pair = issue(*user, family, ctx);
    if (!pair)
        return pair;
    return pair;
}

Status SessionService::logout(const Principal& principal, const QString& refreshToken)
{
    if (principal.kind == Principal::Kind::Local)
        return {};
    if (principal.kind == Principal::Kind::ApiToken)
        return Error::unprocessable(
            QStringLiteral("API tokens do not log out; revoke the token with DELETE /api/v1/tokens/{id}."));
    const QDateTime expires
        = principal.expiresAt.isValid() ? principal.expiresAt : m_now().addSecs(accessTokenSeconds());
    Status s = m_db.transaction([&](QSqlDatabase& db) -> Status {
        auto q = execSql(db,
            QStringLiteral("INSERT INTO revoked_access_tokens(jti, user_id, expires_at, revoked_at) "
                           "VALUES(?, ?, ?, ?) ")
                + Database::upsertClause(QStringLiteral("jti"), {}),
            {principal.tokenId, principal.userId, json::isoUtc(expires), json::isoUtc(m_now())});
        if (!q)
            return q.error();
        return {};
    });
    if (!s)
        return s;
    if (!principal.credentialId.isEmpty()) {
        s = revokeFamily(principal.credentialId);
        if (!s)
            return s;
    }
    if (!refreshToken.trimmed().isEmpty()) {
        auto q = execSql(m_db.connection(),
            QStringLiteral("SELECT family_id FROM refresh_tokens WHERE token_hash = ? "
                           "AND user_id = ?"),
            {crypto::sha256Hex(refreshToken.trimmed().toLatin1()), principal.userId});
        if (!q)
            return q.error();
        if (q->next()) {
            const QString family = q->value(0).toString();
            q->finish();
            s = revokeFamily(family);
            if (!s)
                return s;
        }
    }
    return {};
}

Result<Principal> SessionService::verifyAccessToken(const QString& token) const
{
    auto claims = m_jwt.verify(token.toLatin1());
    if (!claims)
        return claims.error();
    // One round trip: the account and whether this token or its session was revoked.
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT u.email, u.role, u.is_active, "
                       "EXISTS(SELECT 1 FROM revoked_access_tokens WHERE jti = ?), "
                       "EXISTS(SELECT 1 FROM refresh_tokens WHERE family_id = ? AND revoked_at IS NOT NULL) "
                       "FROM users u WHERE u.id = ?"),
        {claims->jti, claims->sessionId, claims->subject});
    if (!q)
        return q.error();
    if (!q->next())
        return unauthorized(QStringLiteral("USER_NOT_FOUND"), QStringLiteral("The account no longer exists."));
    if (q->value(3).toInt() != 0 || q->value(4).toInt() != 0)
        return unauthorized(QStringLiteral("TOKEN_REVOKED"),
            QStringLiteral("The access token has been revoked (logged out or session ended)."));
    if (q->value(2).toInt() == 0)
        return unauthorized(
            QStringLiteral("USER_DEACTIVATED"), QStringLiteral("This account is deactivated; ask an administrator."));
    const Role role = parseRole(q->value(1).toString()).value_or(Role::Viewer);
    Principal p;
    p.userId = claims->subject;
    p.email = q->value(0).toString();
    p.role = role; // the current role: a demotion applies at once
    p.scopes = Scopes::forRole(role);
    p.kind = Principal::Kind::Jwt;
    p.credentialId = claims->sessionId;
    p.tokenId = claims->jti;
    p.expiresAt = claims->expiresAt;
    return p;
}

Json SessionInfo::toJson() const
{
    return Json {{"id", json::str(id)}, {"user_id", json::str(userId)}, {"user_email", json::str(userEmail)},
        {"started_at", json::timeOrNull(startedAt)}, {"last_seen_at", json::timeOrNull(lastSeenAt)},
        {"expires_at", json::timeOrNull(expiresAt)},
        {"ip_address", ipAddress.isEmpty() ? Json(nullptr) : Json(json::str(ipAddress))},
        {"user_agent", userAgent.isEmpty() ? Json(nullptr) : Json(json::str(userAgent))}};
}

Result<QList<SessionInfo>> SessionService::activeSessions(const Principal& actor, const QString& userId) const
{
    QString owner = userId;
    if (!actor.isAdmin()) {
        if (!owner.isEmpty() && owner != actor.userId)
            return Error::forbidden(QStringLiteral("Only an administrator can see other users' sessions."));
        owner = actor.userId;
    }
    // The live token of each family is the one neither spent nor revoked nor expired.
    QString sql = QStringLiteral(
        "SELECT t.family_id, t.user_id, u.email, (SELECT MIN(f.created_at) FROM refresh_tokens f WHERE f.family_id = "
        "t.family_id), t.created_at, t.expires_at, t.ip_address, t.user_agent FROM refresh_tokens t JOIN users u ON "
        "u.id = t.user_id WHERE t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > ? AND u.is_active = 1");
    QVariantList args {json::isoUtc(m_now())};
    if (!owner.isEmpty()) {
        sql += QStringLiteral(" AND t.user_id = ?");
        args << owner;
    }
    sql += QStringLiteral(" ORDER BY t.created_at DESC LIMIT 1000");
    auto q = execSql(m_db.connection(), sql, args);
    if (!q)
        return q.error();
    QList<SessionInfo> out;
    auto time = [](const QVariant& v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); };
    while (q->next()) {
        SessionInfo s;
        s.id = q->value(0).toString();
        s.userId = q->value(1).toString();
        s.userEmail = q->value(2).toString();
        s.startedAt = time(q->value(3));
        s.lastSeenAt = time(q->value(4));
        s.expiresAt = time(q->value(5));
        s.ipAddress = q->value(6).toString();
        s.userAgent = q->value(7).toString();
        out << s;
    }
    return out;
}

Status SessionService::revokeSession(const Principal& actor, const QString& sessionId)
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT user_id FROM refresh_tokens WHERE family_id = ? LIMIT 1"), {sessionId});
    if (!q)
        return q.error();
    if (!q->next() || !ownsOrAdmin(actor, q->value(0).toString()))
        return Error::notFound(QStringLiteral("No session with id %1.").arg(sessionId));
    q->finish();
    return revokeFamily(sessionId);
}

Status SessionService::revokeAllSessions(const QString& userId)
{
    const QString now = json::isoUtc(m_now());
    auto q = userId.isEmpty()
        ? execSql(m_db.connection(),
            QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE revoked_at IS NULL"), {now})
        : execSql(m_db.connection(),
            QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE revoked_at IS NULL AND user_id = ?"),
            {now, userId});
    if (!q)
        return q.error();
    return {};
}

Status SessionService::rotateSigningKey(KeyStore& keys)
{
    const QByteArray key = crypto::randomBytes(32);
    Status s = keys.set(QString::fromLatin1(KeyStore::kJwtSigningKey), key);
    if (!s)
        return s;
    m_jwt.setKey(key);
    qCInfo(lcAuth) << "JWT signing key rotated; every access token issued before is now invalid";
    return {};
}

Result<int> SessionService::purgeExpired()
{
    const QString now = json::isoUtc(m_now());
    int removed = 0;
    Status s = m_db.transaction([&](QSqlDatabase& db) -> Status {
        auto a = execSql(db, QStringLiteral("DELETE FROM refresh_tokens WHERE expires_at < ?"), {now});
        if (!a)
            return a.error();
        removed += a->numRowsAffected();
        auto b = execSql(db, QStringLiteral("DELETE FROM revoked_access_tokens WHERE expires_at < ?"), {now});
        if (!b)
            return b.error();
        removed += b->numRowsAffected();
        return {};
    });
    if (!s)
        return s.error();
    return removed;
}

} // namespace assay::auth
