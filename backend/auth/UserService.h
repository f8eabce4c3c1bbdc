// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Paging.h"
#include "PasswordHasher.h"
#include "Principal.h"
#include "RequestContext.h"
#include "core/Result.h"

#include <QDateTime>
#include <QMutex>

#include <optional>

namespace assay {
class Database;
class SettingsStore;
} // namespace assay

namespace assay::auth {

// A user account as the API shows it (`/auth/me`, `/admin/users`); never the password hash.
struct User
{
    QString id;
    QString email;
    QString fullName;
    Role role = Role::Viewer;
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastLoginAt;

    // {id, email, full_name, role, is_active, created_at, updated_at, last_login_at}
    Json toJson() const;
};

// Body of POST /auth/register and POST /admin/users.
struct NewUser
{
    QString email;
    QString password;
    QString fullName;
    std::optional<Role> role; // only an administrator may choose it

    // {email, password, full_name?, role?}; Validation/Unprocessable errors name the field.
    static Result<NewUser> fromJson(const Json& body);
};

// Body of PATCH /admin/users/{id}: any subset of {full_name, role, is_active, password}.
struct UserPatch
{
    std::optional<QString> fullName;
    std::optional<Role> role;
    std::optional<bool> active;
    std::optional<QString> password;

    static Result<UserPatch> fromJson(const Json& body);
};

// Accounts (SPEC §4 auth/register, auth/me, admin/users; §10 first admin): registration rules,
// Argon2id passwords, and administration with a guard that the last active admin stays.
// Thread-safe (one SQLite connection per calling thread).
class UserService
{
public:
    UserService(Database& db, const SettingsStore* settings, PasswordHasher hasher = PasswordHasher());

    bool hasUsers() const;
    bool hasAdmin() const;
    // True while no administrator exists: the API must then accept registration only from
    // loopback (registerUser enforces it through RequestContext::local as well).
    bool needsFirstAdmin() const { return !hasAdmin(); }

    // POST /auth/register. First user → admin (local callers only); then an admin caller may
    // register anyone, others only when `open_registration` is on (as viewer); else Forbidden.
    Result<User> registerUser(const NewUser& request, const RequestContext& ctx);

    // Administration (admin principal required; Forbidden otherwise).
    Result<User> createUser(const Principal& actor, const NewUser& request);
    Result<Page<User>> list(const Principal& actor, PageRequest page, const QString& search = {}) const;
    Result<User> get(const Principal& actor, const QString& id) const; // admin, or the user themself
    Result<User> update(const Principal& actor, const QString& id, const UserPatch& patch);
    Result<User> setRole(const Principal& actor, const QString& id, Role role);
    Result<User> setActive(const Principal& actor, const QString& id, bool active);
    Status resetPassword(const Principal& actor, const QString& id, const QString& newPassword);
    Status remove(const Principal& actor, const QString& id);

    // GET /auth/me; Unauthorized for the local desktop principal, which has no account.
    Result<User> me(const Principal& principal) const;
    // A user changing their own password (checks the current one); ends their other sessions.
    Status changePassword(const Principal& principal, const QString& currentPassword, const QString& newPassword);

    // Lookups for the other auth services and the CLI (`assay user passwd EMAIL`).
    Result<User> findById(const QString& id) const;
    Result<User> findByEmail(const QString& email) const;
    // The stored Argon2id string of an account (SessionService verifies logins with it).
    Result<QString> passwordHash(const QString& userId) const;
    Status updatePasswordHash(const QString& userId, const QString& encodedHash);
    Status touchLastLogin(const QString& userId);

    const PasswordHasher& hasher() const { return m_hasher; }

    // Lower-cased, trimmed email or a Validation error naming `field`.
    static Result<QString> normalizeEmail(const QString& email, const QString& field = QStringLiteral("email"));

private:
    Result<User> insert(const NewUser& request, Role role);
    Status requireAdmin(const Principal& actor) const;
    // Conflict when `id` is the last active admin and the change would remove that.
    Status guardLastAdmin(const QString& id, bool removingAdmin) const;
    Status revokeSessions(const QString& userId);

    Database& m_db;
    const SettingsStore* m_settings;
    PasswordHasher m_hasher;
    QMutex m_writeMutex; // serialises the first-admin and last-admin checks with their writes
};

} // namespace assay::auth
