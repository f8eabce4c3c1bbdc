// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserService.h"

#include "Crypto.h"
#include "core/Logging.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace assay::auth {

namespace {

const QString kUserColumns
    = QStringLiteral("id, email, full_name, role, is_active, created_at, updated_at, last_login_at");

QDateTime parseTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

User userFromRow(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toString();
    u.email = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = parseRole(q.value(3).toString()).value_or(Role::Viewer);
    u.active = q.value(4).toInt() != 0;
    u.createdAt = parseTime(q.value(5));
    u.updatedAt = parseTime(q.value(6));
    u.lastLoginAt = parseTime(q.value(7));
    return u;
}

Error fieldError(Error::Kind kind, const QString& field, const QString& message)
{
    return Error::make(kind, message, {{"field", json::str(field)}});
}

Result<std::optional<QString>> optionalString(const Json& body, const char* key, int maxLength)
{
    if (!body.contains(key) || body[key].is_null())
        return std::optional<QString>();
    if (!body[key].is_string())
        return fieldError(Error::Kind::Validation, QString::fromLatin1(key),
            QStringLiteral("The field '%1' must be a string.").arg(QString::fromLatin1(key)));
    const QString value = json::qstr(body[key].get<std::string>());
    if (value.size() > maxLength)
        return fieldError(Error::Kind::Unprocessable, QString::fromLatin1(key),
            QStringLiteral("The field '%1' must be at most %2 characters.")
                .arg(QString::fromLatin1(key))
                .arg(maxLength));
    return std::optional<QString>(value);
}

Result<std::optional<Role>> optionalRole(const Json& body)
{
    auto s = optionalString(body, "role", 32);
    if (!s)
        return s.error();
    if (!*s)
        return std::optional<Role>();
    auto role = parseRole(**s);
    if (!role)
        return fieldError(Error::Kind::Unprocessable, QStringLiteral("role"),
            QStringLiteral("The field 'role' must be one of: admin, analyst, viewer."));
    return std::optional<Role>(*role);
}

} // namespace

Json User::toJson() const
{
    return Json {{"id", json::str(id)}, {"email", json::str(email)}, {"full_name", json::str(fullName)},
        {"role", json::str(roleName(role))}, {"is_active", active}, {"created_at", json::timeOrNull(createdAt)},
        {"updated_at", json::timeOrNull(updatedAt)}, {"last_login_at", json::timeOrNull(lastLoginAt)}};
}

Result<QString> UserService::normalizeEmail(const QString& email, const QString& field)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
                       R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$)"));
    const QString e = email.trimmed().toLower();
    if (e.isEmpty())
        return fieldError(Error::Kind::Validation, field, QStringLiteral("The field '%1' is required.").arg(field));
    if (e.size() > 254 || !pattern.match(e).hasMatch() || e.section(QLatin1Char('@'), 0, 0).size() > 64)
        return fieldError(Error::Kind::Unprocessable, field,
            QStringLiteral("The field '%1' must be a valid email address.").arg(field));
    return e;
}

Result<NewUser> NewUser::fromJson(const Json& body)
{
    if (!body.is_object())
        return Error::validation(QStringLiteral("The request body must be a JSON object."));
    NewUser u;
    auto email = optionalString(body, "email", 254);
    if (!email)
        return email.error();
    auto normalized = UserService::normalizeEmail(email->value_or(QString()));
    if (!normalized)
        return normalized.error();
    u.email = *normalized;
    auto password = optionalString(body, "password", PasswordHasher::kMaxLength);
    if (!password)
        return password.error();
    u.password = password->value_or(QString());
    Status pw = PasswordHasher::validate(u.password);
    if (!pw)
        return pw.error();
    auto name = optionalString(body, "full_name", 200);
    if (!name)
        return name.error();
    u.fullName = name->value_or(QString()).trimmed();
    auto role = optionalRole(body);
    if (!role)
        return role.error();
    u.role = *role;
    return u;
}

Result<UserPatch> UserPatch::fromJson(const Json& body)
{
    if (!body.is_object())
        return Error::validation(QStringLiteral("The request body must be a JSON object."));
    static const QStringList known {
        QStringLiteral("full_name"), QStringLiteral("role"), QStringLiteral("is_active"), QStringLiteral("password")};
    for (const auto& [key, value] : body.items())
        if (!known.contains(json::qstr(key)))
            return fieldError(Error::Kind::Unprocessable, json::qstr(key),
                QStringLiteral("Unknown field '%1'; allowed: %2.")
                    .arg(json::qstr(key), known.join(QStringLiteral(", "))));
    UserPatch p;
    auto name = optionalString(body, "full_name", 200);
    if (!name)
        return name.error();
    if (*name)
        p.fullName = (*name)->trimmed();
    auto role = optionalRole(body);
    if (!role)
        return role.error();
    p.role = *role;
    if (body.contains("is_active") && !body["is_active"].is_null()) {
        if (!body["is_active"].is_boolean())
            return fieldError(Error::Kind::Validation, QStringLiteral("is_active"),
                QStringLiteral("The field 'is_active' must be true or false."));
        p.active = body["is_active"].get<bool>();
    }
    auto password = optionalString(body, "password", PasswordHasher::kMaxLength);
    if (!password)
        return password.error();
    if (*password) {
        Status s = PasswordHasher::validate(**password);
        if (!s)
            return s.error();
        p.password = **password;
    }
    return p;
}

UserService::UserService(Database& db, const SettingsStore* settings, PasswordHasher hasher)
    : m_db(db)
    , m_settings(settings)
    , m_hasher(std::move(hasher))
{ }

bool UserService::hasUsers() const
{
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM users"));
    return q && q->next() && q->value(0).toLongLong() > 0;
}

bool UserService::hasAdmin() const
{
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND is_active = 1"),
        {QStringLiteral("admin")});
    return q && q->next() && q->value(0).toLongLong() > 0;
}

Status UserService::requireAdmin(const Principal& actor) const
{
    if (!actor.isAdmin())
        return Error::forbidden(QStringLiteral("Only an administrator can manage users."));
    return {};
}

Result<User> UserService::insert(const NewUser& unchecked, Role role)
{
    // Callers other than the HTTP layer (GUI, CLI) build NewUser directly: validate here too.
    NewUser request = unchecked;
    auto email = normalizeEmail(unchecked.email);
    if (!email)
        return email.error();
    request.email = *email;
    if (Status pw = PasswordHasher::validate(request.password); !pw)
        return pw.error();
    if (request.fullName.size() > 200)
        return Error::unprocessable(
            QStringLiteral("The field 'full_name' must be at most 200 characters."), {{"field", "full_name"}});
    if (findByEmail(request.email))
        return Error::make(Error::Kind::Conflict,
            QStringLiteral("An account with the email %1 already exists.").arg(request.email), {{"field", "email"}});
    auto hash = m_hasher.hash(request.password);
    if (!hash)
        return hash.error();
    const QString id = crypto::newId();
    const QString now = json::nowIso();
    auto q = execSql(m_db.connection(),
        QStringLiteral("INSERT INTO users(id, email, full_name, password_hash, role, is_active, created_at, "
                       "updated_at, password_changed_at) VALUES(?, ?, ?, ?, ?, 1, ?, ?, ?)"),
        {id, request.email, request.fullName.isNull() ? QString(QLatin1String("")) : request.fullName, *hash,
            roleName(role), now, now, now});
    if (!q)
        return q.error();
    qCInfo(lcAuth).noquote() << "created user" << id << "with role" << roleName(role);
    return findById(id);
}

Result<User> UserService::registerUser(const NewUser& request, const RequestContext& ctx)
{
    QMutexLocker lock(&m_writeMutex);
    const bool callerIsAdmin = ctx.principal && ctx.principal->isAdmin();
    if (!hasAdmin()) {
        if (!ctx.local && !callerIsAdmin)
            return Error::make(Error::Kind::Forbidden,
                QStringLiteral("The first administrator can only be created from this computer (the "
                               "desktop app, the command line or a request from localhost)."),
                {}, QStringLiteral("FIRST_ADMIN_LOCAL_ONLY"));
        return insert(request, Role::Admin);
    }
    if (callerIsAdmin)
        return insert(request, request.role.value_or(Role::Viewer));
    const bool open = m_settings && m_settings->boolValue(QStringLiteral("open_registration"));
    if (!open)
        return Error::make(Error::Kind::Forbidden,
            QStringLiteral("Registration is closed; ask an administrator to create your account."), {},
            QStringLiteral("REGISTRATION_CLOSED"));
    if (request.role && *request.role != Role::Viewer)
        return Error::make(
            Error::Kind::Forbidden, QStringLiteral("Only an administrator can choose a role."), {{"field", "role"}});
    return insert(request, Role::Viewer);
}

Result<User> UserService::createUser(const Principal& actor, const NewUser& request)
{
    Status s = requireAdmin(actor);
    if (!s)
        return s.error();
    QMutexLocker lock(&m_writeMutex);
    return insert(request, request.role.value_or(Role::Viewer));
}

Result<Page<User>> UserService::list(const Principal& actor, PageRequest page, const QString& search) const
{
    Status s = requireAdmin(actor);
    if (!s)
        return s.error();
    Page<User> out;
    out.request = page.normalized();
    QString where;
    QVariantList args;
    if (!search.trimmed().isEmpty()) {
        where = QStringLiteral(" WHERE email LIKE ? ESCAPE '\\' OR full_name LIKE ? ESCAPE '\\'");
        QString pattern = search.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        args = {pattern, pattern};
    }
    auto count = execSql(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM users") + where, args);
    if (!count)
        return count.error();
    out.totalItems = count->next() ? count->value(0).toLongLong() : 0;
    QVariantList pageArgs = args;
    pageArgs << out.request.limit << page.offset();
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT %1 FROM users%2 ORDER BY created_at, email LIMIT ? OFFSET ?").arg(kUserColumns, where),
        pageArgs);
    if (!q)
        return q.error();
    while (q->next())
        out.items << userFromRow(*q);
    return out;
}

Result<User> UserService::findById(const QString& id) const
{
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("No user with id %1.").arg(id));
    return userFromRow(*q);
}

Result<User> UserService::findByEmail(const QString& email) const
{
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT %1 FROM users WHERE email = ?").arg(kUserColumns),
        {email.trimmed().toLower()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("No user with the email %1.").arg(email.trimmed().toLower()));
    return userFromRow(*q);
}

Result<User> UserService::get(const Principal& actor, const QString& id) const
{
    if (!actor.isAdmin() && actor.userId != id)
        return Error::forbidden(QStringLiteral("You can only see your own account."));
    return findById(id);
}

Result<User> UserService::me(const Principal& principal) const
{
    if (principal.isLocal())
        return Error::make(Error::Kind::NotFound,
            QStringLiteral("The desktop user is the built-in local administrator and has no account."));
    auto u = findById(principal.userId);
    if (!u && u.error().kind == Error::Kind::NotFound)
        return Error::unauthorized(QStringLiteral("Your account no longer exists."));
    return u;
}

Status UserService::guardLastAdmin(const QString& id, bool removingAdmin) const
{
    if (!removingAdmin)
        return {};
    auto target = findById(id);
    if (!target)
        return target.error();
    if (target->role != Role::Admin || !target->active)
        return {};
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND is_active = 1 AND id <> ?"),
        {QStringLiteral("admin"), id});
    if (!q)
        return q.error();
    if (q->next() && q->value(0).toLongLong() == 0)
        return Error::conflict(QStringLiteral("This is the last active administrator; make another user an "
                                              "administrator first."));
    return {};
}

Status UserService::revokeSessions(const QString& userId)
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
        {json::nowIso(), userId});
    if (!q)
        return q.error();
    return {};
}

Result<User> UserService::update(const Principal& actor, const QString& id, const UserPatch& patch)
{
    Status s = requireAdmin(actor);
    if (!s)
        return s.error();
    QMutexLocker lock(&m_writeMutex);
    auto existing = findById(id);
    if (!existing)
        return existing.error();
    const bool losesAdmin = (patch.role && *patch.role != Role::Admin) || (patch.active && !*patch.active);
    s = guardLastAdmin(id, losesAdmin);
    if (!s)
        return s.error();
    QString newHash;
    if (patch.password) {
        if (Status pw = PasswordHasher::validate(*patch.password); !pw)
            return pw.error();
        auto h = m_hasher.hash(*patch.password);
        if (!h)
            return h.error();
        newHash = *h;
    }
    const QString now = json::nowIso();
    s = m_db.transaction([&](QSqlDatabase& db) -> Status {
        if (patch.fullName)
            if (auto q
                = execSql(db, QStringLiteral("UPDATE users SET full_name = ? WHERE id = ?"), {*patch.fullName, id});
                !q)
                return q.error();
        if (patch.role)
            if (auto q
                = execSql(db, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {roleName(*patch.role), id});
                !q)
                return q.error();
        if (patch.active)
            if (auto q = execSql(
                    db, QStringLiteral("UPDATE users SET is_active = ? WHERE id = ?"), {*patch.active ? 1 : 0, id});
                !q)
                return q.error();
        if (patch.password)
            if (auto q = execSql(db,
                    QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?"),
                    {newHash, now, id});
                !q)
                return q.error();
        if (auto q = execSql(db, QStringLiteral("UPDATE users SET updated_at = ? WHERE id = ?"), {now, id}); !q)
            return q.error();
        return {};
    });
    if (!s)
        return s.error();
    // A deactivated account or a reset password ends every session of that user.
    if ((patch.active && !*patch.active) || patch.password) {
        s = revokeSessions(id);
        if (!s)
            return s.error();
    }
    return findById(id);
}

Result<User> UserService::setRole(const Principal& actor, const QString& id, Role role)
{
    UserPatch p;
    p.role = role;
    return update(actor, id, p);
}

Result<User> UserService::setActive(const Principal& actor, const QString& id, bool active)
{
    UserPatch p;
    p.active = active;
    return update(actor, id, p);
}

Status UserService::resetPassword(const Principal& actor, const QString& id, const QString& newPassword)
{
    Status s = PasswordHasher::validate(newPassword);
    if (!s)
        return s;
    UserPatch p;
    p.password = newPassword;
    auto r = update(actor, id, p);
    if (!r)
        return r.error();
    return {};
}

Status UserService::remove(const Principal& actor, const QString& id)
{
    Status s = requireAdmin(actor);
    if (!s)
        return s;
    QMutexLocker lock(&m_writeMutex);
    s = guardLastAdmin(id, true);
    if (!s)
        return s;
    auto q = execSql(m_db.connection(), QStringLiteral("DELETE FROM users WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::notFound(QStringLiteral("No user with id %1.").arg(id));
    qCInfo(lcAuth).noquote() << "deleted user" << id;
    return {};
}

Status UserService::changePassword(
    const Principal& principal, const QString& currentPassword, const QString& newPassword)
{
    if (principal.isLocal() || principal.userId.isEmpty())
        return Error::validation(QStringLiteral("The local desktop user has no password."));
    Status s = PasswordHasher::validate(newPassword, QStringLiteral("new_password"));
    if (!s)
        return s;
    auto hash = passwordHash(principal.userId);
    if (!hash)
        return hash.error();
    if (!m_hasher.verify(currentPassword, *hash))
        return Error::make(Error::Kind::Unprocessable, QStringLiteral("The current password is wrong."),
            {{"field", "current_password"}});
    auto newHash = m_hasher.hash(newPassword);
    if (!newHash)
        return newHash.error();
    s = updatePasswordHash(principal.userId, *newHash);
    if (!s)
        return s;
    return revokeSessions(principal.userId);
}

Result<QString> UserService::passwordHash(const QString& userId) const
{
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("No user with id %1.").arg(userId));
    return q->value(0).toString();
}

Status UserService::updatePasswordHash(const QString& userId, const QString& encodedHash)
{
    const QString now = json::nowIso();
    auto q = execSql(m_db.connection(),
        QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ? "
                       "WHERE id = ?"),
        {encodedHash, now, now, userId});
    if (!q)
        return q.error();
    return {};
}

Status UserService::touchLastLogin(const QString& userId)
{
    auto q = execSql(
        m_db.connection(), QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"), {json::nowIso(), userId});
    if (!q)
        return q.error();
    return {};
}

} // namespace assay::auth
