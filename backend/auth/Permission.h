// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Principal.h"
#include "core/Result.h"

#include <optional>

namespace assay::auth {

// What a route requires, declared next to the route: a minimum role and, optionally, a scope.
// A JWT user holds every scope of its role; an API token acts with its owner's role narrowed by
// the token's scopes. `sessionOnly` routes (e.g. creating API tokens) refuse API tokens.
struct Permission
{
    Role minRole = Role::Viewer;
    std::optional<Scope> scope;
    bool sessionOnly = false;

    // Common declarations for the route table.
    static Permission anyUser() { return {Role::Viewer, std::nullopt, false}; }
    static Permission read(Scope scope) { return {Role::Viewer, scope, false}; }
    static Permission write(Scope scope) { return {Role::Analyst, scope, false}; }
    static Permission admin() { return {Role::Admin, Scope::Admin, false}; }

    Json toJson() const; // {"min_role", "scope", "session_only"} for the OpenAPI document / tests
};

bool allows(const Principal& principal, const Permission& permission);

// Same decision, with a 403 that says why ("requires the analyst role", "token lacks scope …").
Status authorize(const Principal& principal, const Permission& permission);

// Ownership rule for scans, tokens, audits: the owner, or an administrator.
bool ownsOrAdmin(const Principal& principal, const QString& ownerUserId);

} // namespace assay::auth
