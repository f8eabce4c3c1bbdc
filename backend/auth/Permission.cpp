// SPDX-License-Identifier: GPL-3.0-or-later
#include "Permission.h"

namespace assay::auth {

Json Permission::toJson() const
{
    return Json {{"min_role", json::str(roleName(minRole))},
        {"scope", scope ? Json(json::str(scopeName(*scope))) : Json(nullptr)}, {"session_only", sessionOnly}};
}

bool allows(const Principal& principal, const Permission& permission)
{
    return authorize(principal, permission).ok();
}

Status authorize(const Principal& p, const Permission& permission)
{
    if (permission.sessionOnly && p.kind == Principal::Kind::ApiToken)
        return Error::make(Error::Kind::Forbidden,
            QStringLiteral("This action needs a signed-in user; API tokens cannot perform it."), {},
            QStringLiteral("SESSION_REQUIRED"));
    if (int(p.role) < int(permission.minRole))
        return Error::make(Error::Kind::Forbidden,
            QStringLiteral("This action requires the %1 role; you are %2.")
                .arg(roleName(permission.minRole), roleName(p.role)),
            {{"required_role", json::str(roleName(permission.minRole))}}, QStringLiteral("INSUFFICIENT_ROLE"));
    if (permission.scope && !p.scopes.has(*permission.scope)) {
        const QString name = scopeName(*permission.scope);
        return Error::make(Error::Kind::Forbidden,
            p.kind == Principal::Kind::ApiToken ? QStringLiteral("This API token lacks the scope %1.").arg(name)
                                                : QStringLiteral("Your role does not grant the scope %1.").arg(name),
            {{"required_scope", json::str(name)}}, QStringLiteral("INSUFFICIENT_SCOPE"));
    }
    return {};
}

bool ownsOrAdmin(const Principal& principal, const QString& ownerUserId)
{
    if (principal.isAdmin())
        return true;
    return !ownerUserId.isEmpty() && principal.userId == ownerUserId;
}

} // namespace assay::auth
