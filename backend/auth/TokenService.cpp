// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenService.h"

#include "Crypto.h"
#include "Permission.h"
#include "core/EventBus.h"
#include "core/Logging.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace assay::auth {

namespace {

const QString kColumns = QStringLiteral("id, user_id, name, prefix, scopes, created_at, expires_at, last_used_at, "
                                        "last_used_ip, rotated_at, revoked_at");

QDateTime parseTime(const QVariant& v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

ApiTokenInfo infoFromRow(const QSqlQuery& q)
{
    ApiTokenInfo t;
    t.id = q.value(0).toString();
    t.userId = q.value(1).toString();
    t.name = q.value(2).toString();
    t.prefix = q.value(3).toString();
    t.scopes = Scopes::parse(q.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)).value_or(Scopes());
    t.createdAt = parseTime(q.value(5));
    t.expiresAt = parseTime(q.value(6));
    t.lastUsedAt = parseTime(q.value(7));
    t.lastUsedIp = q.value(8).toString();
    t.rotatedAt = parseTime(q.value(9));
    t.revokedAt = parseTime(q.value(10));
    return t;
}

Error unauthorized(const QString& code, const QString& message)
{
    return Error::make(Error::Kind::Unauthorized, message, {}, code);
}

Error fieldError(Error::Kind kind, const char* field, const QString& message)
{
    return Error::make(kind, message, {{"field", field}});
}

QVariant timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(json::isoUtc(t)) : QVariant();
}

} // namespace

QString ApiTokenInfo::status(const QDateTime& now) const
{
    if (revokedAt.isValid())
        return QStringLiteral("revoked");
    if (expiresAt.isValid() && now >= expiresAt)
        return QStringLiteral("expired");
    return QStringLiteral("active");
}

Json ApiTokenInfo::toJson() const
{
    return Json {{"id", json::str(id)}, {"user_id", json::str(userId)}, {"name", json::str(name)},
        {"prefix", json::str(prefix)}, {"scopes", json::toJson(scopes.names())},
        {"created_at", json::timeOrNull(createdAt)}, {"expires_at", json::timeOrNull(expiresAt)},
        {"last_used_at", json::timeOrNull(lastUsedAt)},
        {"last_used_ip", lastUsedIp.isEmpty() ? Json(nullptr) : Json(json::str(lastUsedIp))},
        {"rotated_at", json::timeOrNull(rotatedAt)}, {"revoked_at", json::timeOrNull(revokedAt)},
        {"status", json::str(status())}};
}

Json IssuedToken::toJson() const
{
    return Json {{"token", json::str(secret)}, {"token_info", info.toJson()}};
}

Result<TokenRequest> TokenRequest::fromJson(const Json& body)
{
    if (!body.is_object())
        return Error::validation(QStringLiteral("The request body must be a JSON object."));
    TokenRequest r;
    if (!body.contains("name") || !body["name"].is_string())
        return fieldError(Error::Kind::Validation, "name", QStringLiteral("The field 'name' is required (a string)."));
    r.name = json::qstr(body["name"].get<std::string>()).trimmed();
    if (r.name.isEmpty() || r.name.size() > 100)
        return fieldError(
            Error::Kind::Unprocessable, "name", QStringLiteral("The field 'name' must be 1 to 100 characters."));
    if (body.contains("scopes") && !body["scopes"].is_null()) {
        if (!body["scopes"].is_array())
            return fieldError(
                Error::Kind::Validation, "scopes", QStringLiteral("The field 'scopes' must be a list of strings."));
        QStringList names;
        for (const auto& s : body["scopes"]) {
            if (!s.is_string())
                return fieldError(
                    Error::Kind::Validation, "scopes", QStringLiteral("The field 'scopes' must be a list of strings."));
            names << json::qstr(s.get<std::string>());
        }
        QString unknown;
        auto parsed = Scopes::parse(names, &unknown);
        if (!parsed)
            return fieldError(Error::Kind::Unprocessable, "scopes",
                QStringLiteral("Unknown scope '%1'; valid scopes: %2.")
                    .arg(unknown, allScopeNames().join(QLatin1Char(' '))));
        if (parsed->isEmpty())
            return fieldError(
                Error::Kind::Unprocessable, "scopes", QStringLiteral("The field 'scopes' needs at least one scope."));
        r.scopes = *parsed;
    }
    if (body.contains("expires_in_days") && !body["expires_in_days"].is_null()) {
        const Json& d = body["expires_in_days"];
        if (!d.is_number_integer())
            return fieldError(Error::Kind::Validation, "expires_in_days",
                QStringLiteral("The field 'expires_in_days' must be a whole number."));
        const qint64 days = d.get<qint64>();
        if (days < 1 || days > 3650)
            return fieldError(Error::Kind::Unprocessable, "expires_in_days",
                QStringLiteral("The field 'expires_in_days' must be between 1 and 3650."));
        r.expiresInDays = int(days);
    }
    return r;
}

TokenService::TokenService(Database& db, int usageFlushMs, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    crypto::ensureSodium();
    m_flushTimer.setInterval(usageFlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flushUsage(); });
    if (usageFlushMs > 0)
        m_flushTimer.start();
}

TokenService::~TokenService()
{
    flushUsage();
}

void TokenService::publish(const QString& action, const ApiTokenInfo& info) const
{
    if (m_bus)
        m_bus->publish(QStringLiteral("token"), action, info.toJson(), QStringLiteral("system"), info.userId);
}

void TokenService::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

bool TokenService::looksLikeToken(const QString& bearer)
{
    return bearer.startsWith(kSecretPrefix);
}

Result<ApiTokenInfo> TokenService::load(const QString& id) const
{
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT %1 FROM api_tokens WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("No API token with id %1.").arg(id));
    return infoFromRow(*q);
}

Result<IssuedToken> TokenService::issueSecret(ApiTokenInfo info, bool rotation)
{
    IssuedToken out;
    out.secret = kSecretPrefix + crypto::base62(crypto::randomBytes(32));
    info.prefix = out.secret.left(kPrefixLength);
    const QString hash = crypto::sha256Hex(out.secret.toLatin1());
    if (rotation) {
        info.rotatedAt = m_now();
        auto q = execSql(m_db.connection(),
            QStringLiteral("UPDATE api_tokens SET token_hash = ?, prefix = ?, rotated_at = ? WHERE id = ?"),
            {hash, info.prefix, json::isoUtc(info.rotatedAt), info.id});
        if (!q)
            return q.error();
    } else {
        auto q = execSql(m_db.connection(),
            QStringLiteral("INSERT INTO api_tokens(id, user_id, name, token_hash, prefix, scopes, "
                           "created_at, expires_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
            {info.id, info.userId, info.name, hash, info.prefix, info.scopes.names().join(QLatin1Char(' ')),
                json::isoUtc(info.createdAt), timeOrNull(info.expiresAt)});
        if (!q)
            return q.error();
    }
    out.info = info;
    return out;
}

Result<IssuedToken> TokenService::create(
    const Principal& actor, const TokenRequest& request, const QString& ownerUserId)
{
    const QString owner = ownerUserId.isEmpty() ? actor.userId : ownerUserId;
    if (owner.isEmpty() || owner == Principal::kLocalUserId)
        return fieldError(Error::Kind::Validation, "user",
            QStringLiteral("Choose the user who will own the token (the desktop user has no account)."));
    if (owner != actor.userId && !actor.isAdmin())
        return Error::forbidden(QStringLiteral("Only an administrator can create tokens for another user."));
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT role, is_active FROM users WHERE id = ?"), {owner});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("No user with id %1.").arg(owner));
    const Role ownerRole = parseRole(q->value(0).toString()).value_or(Role::Viewer);
    if (q->value(1).toInt() == 0)
        return Error::unprocessable(QStringLiteral("The account is deactivated; it cannot get new tokens."));
    q->finish();

    const Scopes wanted = request.scopes.value_or(Scopes(Scope::ReadAudits) | Scope::ReadScans | Scope::ReadMetrics);
    const Scopes allowed
        = Scopes::forRole(ownerRole) & (actor.kind == Principal::Kind::ApiToken ? actor.scopes : Scopes::all());
    if (!allowed.contains(wanted)) {
        const QStringList beyond = Scopes(wanted.bits() & ~allowed.bits()).names();
        return fieldError(Error::Kind::Unprocessable, "scopes",
            QStringLiteral("The scope(s) %1 exceed what the %2 role%3 may grant.")
                .arg(beyond.join(QLatin1Char(' ')), roleName(ownerRole),
                    actor.kind == Principal::Kind::ApiToken ? QStringLiteral(" and this token") : QString()));
    }
    ApiTokenInfo info;
    info.id = crypto::newId();
    info.userId = owner;
    info.name = request.name;
    info.scopes = wanted;
    info.createdAt = m_now();
    if (request.expiresInDays)
        info.expiresAt = info.createdAt.addDays(*request.expiresInDays);
    auto issued = issueSecret(info, false);
    if (issued) {
        qCInfo(lcAuth).noquote() << "created API token" << info.id << "for user" << owner;
        publish(QStringLiteral("created"), issued->info);
    }
    return issued;
}

Result<Page<ApiTokenInfo>> TokenService::list(
    const Principal& actor, PageRequest page, const QString& ownerUserId) const
{
    const QString owner = ownerUserId.isEmpty() ? actor.userId : ownerUserId;
    if (owner != actor.userId && !actor.isAdmin())
        return Error::forbidden(QStringLiteral("Only an administrator can list another user's tokens."));
    Page<ApiTokenInfo> out;
    out.request = page.normalized();
    auto count
        = execSql(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE user_id = ?"), {owner});
    if (!count)
        return count.error();
    out.totalItems = count->next() ? count->value(0).toLongLong() : 0;
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT %1 FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC, id "
                       "LIMIT ? OFFSET ?")
            .arg(kColumns),
        {owner, out.request.limit, page.offset()});
    if (!q)
        return q.error();
    QMutexLocker lock(&m_usageMutex);
    while (q->next()) {
        ApiTokenInfo t = infoFromRow(*q);
        if (auto it = m_pendingUsage.constFind(t.id); it != m_pendingUsage.cend()) {
            t.lastUsedAt = it->at;
            t.lastUsedIp = it->ip;
        }
        out.items << t;
    }
    return out;
}

Result<ApiTokenInfo> TokenService::get(const Principal& actor, const QString& id) const
{
    auto t = load(id);
    if (!t)
        return t;
    if (!ownsOrAdmin(actor, t->userId))
        return Error::notFound(QStringLiteral("No API token with id %1.").arg(id));
    QMutexLocker lock(&m_usageMutex);
    if (auto it = m_pendingUsage.constFind(id); it != m_pendingUsage.cend()) {
        t->lastUsedAt = it->at;
        t->lastUsedIp = it->ip;
    }
    return t;
}

Result<IssuedToken> TokenService::rotate(const Principal& actor, const QString& id)
{
    auto t = load(id);
    if (!t)
        return t.error();
    if (t->userId != actor.userId) {
        if (actor.isAdmin())
            return Error::forbidden(QStringLiteral("Only the owner can rotate a token; revoke it instead."));
        return Error::notFound(QStringLiteral("No API token with id %1.").arg(id));
    }
    const QString status = t->status(m_now());
    if (status != QLatin1String("active"))
        return Error::conflict(QStringLiteral("This token is %1 and cannot be rotated; create a new one.").arg(status));
    auto issued = issueSecret(*t, true);
    if (issued) {
        qCInfo(lcAuth).noquote() << "rotated API token" << id;
        publish(QStringLiteral("updated"), issued->info);
    }
    return issued;
}

Status TokenService::revoke(const Principal& actor, const QString& id)
{
    auto t = load(id);
    if (!t)
        return t.error();
    if (!ownsOrAdmin(actor, t->userId))
        return Error::notFound(QStringLiteral("No API token with id %1.").arg(id));
    if (t->revokedAt.isValid())
        return {};
    auto q = execSql(m_db.connection(), QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE id = ?"),
        {json::isoUtc(m_now()), id});
    if (!q)
        return q.error();
    qCInfo(lcAuth).noquote() << "revoked API token" << id;
    t->revokedAt = m_now();
    publish(QStringLiteral("deleted"), *t);
    return {};
}

Status TokenService::revokeAllOf(const QString& userId)
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
        {json::isoUtc(m_now()), userId});
    if (!q)
        return q.error();
    return {};
}

Result<Principal> TokenService::authenticate(const QString& secret, const QString& clientAddress)
{
    // assay_ + 43 base62 characters; anything else is not one of ours.
    static const int kLength = int(kSecretPrefix.size()) + 43;
    bool wellFormed = secret.size() == kLength && secret.startsWith(kSecretPrefix);
    for (int i = int(kSecretPrefix.size()); wellFormed && i < secret.size(); ++i) {
        const QChar c = secret.at(i);
        wellFormed = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
    }
    if (!wellFormed)
        return unauthorized(QStringLiteral("TOKEN_MALFORMED"),
            QStringLiteral("The API token is malformed (expected assay_ followed by 43 letters and "
                           "digits)."));
    const QString hash = crypto::sha256Hex(secret.toLatin1());
    // Every request with a token runs this: a cached statement (Statement), read as UTF-8.
    auto q = m_db.prepare(
        QStringLiteral("SELECT t.token_hash, t.id, t.user_id, t.scopes, t.expires_at, t.revoked_at, "
                       "u.email, u.role, u.is_active FROM api_tokens t JOIN users u ON u.id = t.user_id "
                       "WHERE t.token_hash = ?"));
    if (!q)
        return q.error();
    q->bind(0, hash);
    auto found = q->next();
    if (!found)
        return found.error();
    if (!*found || !crypto::constantTimeEquals(q->string(0).toLatin1(), hash.toLatin1()))
        return unauthorized(QStringLiteral("UNKNOWN_TOKEN"),
            QStringLiteral("The API token is not recognised (mistyped, rotated or deleted)."));
    const QDateTime now = m_now();
    if (!q->isNull(5))
        return unauthorized(QStringLiteral("TOKEN_REVOKED"), QStringLiteral("The API token has been revoked."));
    const QDateTime expires = q->isNull(4) ? QDateTime() : parseTime(QVariant(q->string(4)));
    if (expires.isValid() && now >= expires)
        return unauthorized(
            QStringLiteral("TOKEN_EXPIRED"), QStringLiteral("The API token expired at %1.").arg(json::isoUtc(expires)));
    if (q->int64(8) == 0)
        return unauthorized(
            QStringLiteral("USER_DEACTIVATED"), QStringLiteral("The account that owns this API token is deactivated."));
    Principal p;
    p.kind = Principal::Kind::ApiToken;
    p.tokenId = q->string(1);
    p.credentialId = p.tokenId;
    p.userId = q->string(2);
    p.email = q->string(6);
    p.role = parseRole(q->string(7)).value_or(Role::Viewer);
    const Scopes tokenScopes
        = Scopes::parse(q->string(3).split(QLatin1Char(' '), Qt::SkipEmptyParts)).value_or(Scopes());
    p.scopes = tokenScopes & Scopes::forRole(p.role); // the owner's role narrowed by the token
    p.expiresAt = expires;
    {
        QMutexLocker lock(&m_usageMutex);
        m_pendingUsage[p.tokenId] = {now, clientAddress};
    }
    return p;
}

int TokenService::pendingUsageCount() const
{
    QMutexLocker lock(&m_usageMutex);
    return int(m_pendingUsage.size());
}

int TokenService::flushUsage()
{
    QHash<QString, Usage> pending;
    {
        QMutexLocker lock(&m_usageMutex);
        pending.swap(m_pendingUsage);
    }
    if (pending.isEmpty())
        return 0;
    int written = 0;
    Status s = m_db.transaction([&](QSqlDatabase& db) -> Status {
        for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
            auto q
                = execSql(db, QStringLiteral("UPDATE api_tokens SET last_used_at = ?, last_used_ip = ? WHERE id = ?"),
                    {json::isoUtc(it->at), it->ip, it.key()});
            if (!q)
                return q.error();
            written += q->numRowsAffected();
        }
        return {};
    });
    if (!s) {
        qCWarning(lcAuth).noquote() << "cannot record API token use:" << s.error().message;
        QMutexLocker lock(&m_usageMutex);
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            if (!m_pendingUsage.contains(it.key()))
                m_pendingUsage.insert(it.key(), it.value());
        return 0;
    }
    return written;
}

} // namespace assay::auth
