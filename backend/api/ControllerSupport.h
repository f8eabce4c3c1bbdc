// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"
#include "audit/jobs/AuditStore.h"
#include "auth/RequestContext.h"
#include "core/Actor.h"

#include <optional>

namespace assay::api {

// Who made the request. The authentication middleware stores an Actor in the request; without
// one (a server built without the middleware, e.g. a test harness) it is the local admin.
Actor actorOf(const HttpRequest& request);
// The full credential of the request (role, scopes, kind, token id) as the authentication
// middleware resolved it; empty for anonymous requests. Valid inside the route's handler.
std::optional<auth::Principal> principalOf(const HttpRequest& request);
// Principal, client address (after trusted proxies), user agent and whether the caller is on
// this machine — what the auth services need for their address-dependent rules.
auth::RequestContext contextOf(const HttpRequest& request);
// The client address after trusted-proxy resolution (the peer address without the middleware).
QString clientAddressOf(const HttpRequest& request);
// Whether the request came from another machine (not loopback).
bool fromLan(const HttpRequest& request);

// Called by the authentication middleware on the worker thread that then runs the handler:
// remembers the request's resolved credential and client address for principalOf/contextOf.
void setRequestIdentity(const HttpRequest& request, std::optional<auth::Principal> principal, QString clientAddress);
Actor toActor(const auth::Principal& principal);

// One route declaration: every controller registers its endpoints through this, so access
// (minimum role and token scope) is always declared next to the handler.
Route makeRoute(const char* method, const char* pattern, const char* summary, const char* tag, const char* minRole,
    const char* scope, std::function<HttpResponse(HttpRequest&)> handler);

audit::PageSpec toPageSpec(const PageRequest& page);
// Comma-separated or repeated query values (`?type=secret,license` or `?type=a&type=b`).
QStringList queryList(const HttpRequest& request, const QString& name);

} // namespace assay::api
