// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace assay::auth {

// Roles, ordered: every role can do what the ones below it can (SPEC §10).
enum class Role
{
    Viewer = 0,
    Analyst = 1,
    Admin = 2
};

QString roleName(Role role);
std::optional<Role> parseRole(const QString& name);
QStringList allRoleNames();

// API scopes (SPEC §4 tokens). A bit set keeps checks O(1).
enum class Scope : quint32
{
    ReadAudits = 1u << 0,
    WriteAudits = 1u << 1,
    ReadScans = 1u << 2,
    WriteScans = 1u << 3,
    ReadMetrics = 1u << 4,
    WriteMetrics = 1u << 5,
    Admin = 1u << 6,
};

class Scopes
{
public:
    constexpr Scopes() = default;
    constexpr explicit Scopes(quint32 bits)
        : m_bits(bits)
    { }
    constexpr Scopes(Scope s)
        : m_bits(quint32(s))
    { }

    static Scopes all();
    // Everything a role may grant: viewer reads, analyst also writes, admin also administers.
    static Scopes forRole(Role role);
    // Parses names like "read:audits"; the first unknown name is reported in `unknown`.
    static std::optional<Scopes> parse(const QStringList& names, QString* unknown = nullptr);

    bool has(Scope s) const { return (m_bits & quint32(s)) != 0; }
    bool contains(Scopes other) const { return (m_bits & other.m_bits) == other.m_bits; }
    bool isEmpty() const { return m_bits == 0; }
    quint32 bits() const { return m_bits; }
    Scopes operator&(Scopes o) const { return Scopes(m_bits & o.m_bits); }
    Scopes operator|(Scopes o) const { return Scopes(m_bits | o.m_bits); }
    bool operator==(const Scopes&) const = default;

    // Names in canonical order ("read:audits", …); `join` with a space for storage.
    QStringList names() const;

private:
    quint32 m_bits = 0;
};

QString scopeName(Scope s);
QStringList allScopeNames();

// Who is calling: a logged-in user (JWT), a personal API token, or the desktop user in-process.
// Built by the Authenticator for every request; the router checks it against each route's
// Permission, services use it for ownership checks.
struct Principal
{
    enum class Kind
    {
        Jwt,
        ApiToken,
        Local
    };

    QString userId;
    QString email;
    Role role = Role::Viewer;
    Scopes scopes; // all of the role's scopes for a JWT user; the token's, narrowed, for a token
    Kind kind = Kind::Jwt;
    QString credentialId; // refresh-token family (sid) for a JWT, token id for an API token
    QString tokenId; // the JWT's jti, or the API token id
    QDateTime expiresAt; // when the credential stops working (invalid = never)

    // The built-in desktop administrator (no login for the local GUI and the CLI).
    static Principal localAdmin();
    static inline const QString kLocalUserId = QStringLiteral("local");

    bool isLocal() const { return kind == Kind::Local; }
    bool isAdmin() const { return role == Role::Admin && scopes.has(Scope::Admin); }
    QString kindName() const; // "jwt" | "api_token" | "local"
    // The key the rate limiter counts this caller under.
    QString rateLimitKey() const;
    Json toJson() const;
};

} // namespace assay::auth
