// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"
#include "audit/jobs/AuditStore.h"
#include "core/Actor.h"

namespace assay::api {

// Who made the request. The authentication middleware stores an Actor in the request;
// without one (no authentication configured: loopback-only desktop use) it is the local admin.
Actor actorOf(const HttpRequest& request);
// Whether the request came from another machine (not loopback).
bool fromLan(const HttpRequest& request);

// One route declaration: every controller registers its endpoints through this, so access
// (minimum role and token scope) is always declared next to the handler.
Route makeRoute(const char* method, const char* pattern, const char* summary, const char* tag, const char* minRole,
    const char* scope, std::function<HttpResponse(HttpRequest&)> handler);

audit::PageSpec toPageSpec(const PageRequest& page);
// Comma-separated or repeated query values (`?type=secret,license` or `?type=a&type=b`).
QStringList queryList(const HttpRequest& request, const QString& name);

} // namespace assay::api
