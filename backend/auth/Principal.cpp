// SPDX-License-Identifier: GPL-3.0-or-later
#include "Principal.h"

#include <array>
#include <utility>

namespace assay::auth {

namespace {

constexpr std::array<std::pair<Scope, const char*>, 7> kScopes {{
    {Scope::ReadAudits, "read:audits"},
    {Scope::WriteAudits, "write:audits"},
    {Scope::ReadScans, "read:scans"},
    {Scope::WriteScans, "write:scans"},
    {Scope::ReadMetrics, "read:metrics"},
    {Scope::WriteMetrics, "write:metrics"},
    {Scope::Admin, "admin"},
}};

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Analyst:
        return QStringLiteral("analyst");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return QStringLiteral("viewer");
}

std::optional<Role> parseRole(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("admin"))
        return Role::Admin;
    if (n == QLatin1String("analyst"))
        return Role::Analyst;
    if (n == QLatin1String("viewer"))
        return Role::Viewer;
    return std::nullopt;
}

QStringList allRoleNames()
{
    return {QStringLiteral("admin"), QStringLiteral("analyst"), QStringLiteral("viewer")};
}

QString scopeName(Scope s)
{
    for (const auto& [scope, name] : kScopes)
        if (scope == s)
            return QString::fromLatin1(name);
    return {};
}

QStringList allScopeNames()
{
    return Scopes::all().names();
}

Scopes Scopes::all()
{
    quint32 bits = 0;
    for (const auto& entry : kScopes)
        bits |= quint32(entry.first);
    return Scopes(bits);
}

Scopes Scopes::forRole(Role role)
{
    Scopes s = Scopes(Scope::ReadAudits) | Scope::ReadScans | Scope::ReadMetrics;
    if (role == Role::Analyst || role == Role::Admin)
        s = s | Scope::WriteAudits | Scope::WriteScans | Scope::WriteMetrics;
    if (role == Role::Admin)
        s = s | Scope::Admin;
    return s;
}

std::optional<Scopes> Scopes::parse(const QStringList& names, QString* unknown)
{
    quint32 bits = 0;
    for (const QString& raw : names) {
        const QString n = raw.trimmed();
        bool found = false;
        for (const auto& [scope, name] : kScopes) {
            if (n == QLatin1String(name)) {
                bits |= quint32(scope);
                found = true;
                break;
            }
        }
        if (!found) {
            if (unknown)
                *unknown = n;
            return std::nullopt;
        }
    }
    return Scopes(bits);
}

QStringList Scopes::names() const
{
    QStringList out;
    for (const auto& [scope, name] : kScopes)
        if (has(scope))
            out << QString::fromLatin1(name);
    return out;
}

Principal Principal::localAdmin()
{
    Principal p;
    p.userId = kLocalUserId;
    p.email = QStringLiteral("local");
    p.role = Role::Admin;
    p.scopes = Scopes::all();
    p.kind = Kind::Local;
    return p;
}

QString Principal::kindName() const
{
    switch (kind) {
    case Kind::Jwt:
        return QStringLiteral("jwt");
    case Kind::ApiToken:
        return QStringLiteral("api_token");
    case Kind::Local:
        return QStringLiteral("local");
    }
    return QStringLiteral("jwt");
}

QString Principal::rateLimitKey() const
{
    if (kind == Kind::ApiToken)
        return QStringLiteral("token:") + tokenId;
    return QStringLiteral("user:") + userId;
}

Json Principal::toJson() const
{
    return Json {{"user_id", json::str(userId)}, {"email", json::str(email)}, {"role", json::str(roleName(role))},
        {"scopes", json::toJson(scopes.names())}, {"kind", json::str(kindName())},
        {"token_id", json::nullable(tokenId.isEmpty() ? QString() : tokenId)}};
}

} // namespace assay::auth
