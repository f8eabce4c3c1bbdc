// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiServer.h"
#include "auth/NetworkPolicy.h"
#include "auth/Permission.h"

#include <QMutex>
#include <QObject>

#include <memory>

namespace assay {
class Services;
}

namespace assay::api {

// SPEC §10 applied to every request, in this order:
//  1. client address (the peer, or X-Forwarded-For behind a trusted proxy);
//  2. authentication: `Authorization: Bearer <access JWT | assay_ token>` → Principal; the
//     handler sees an assay::Actor in request.principal and the Principal via principalOf();
//  3. rate limiting per credential (per address when anonymous), X-RateLimit-* on every /api
//     response, 429 + Retry-After when the bucket is empty;
//  4. Host header check (DNS rebinding) → 403 HOST_REFUSED;
//  5. CORS: headers only for configured origins; OPTIONS preflight answered with 204;
//  6. authorization from the route's declaration: open routes need nothing, every other route
//     needs a credential (401 with the reason) whose role and token scopes suffice (403).
// Authentication is required on every non-open route whether the server is bound to loopback
// or shared: the desktop user works in-process and never goes through HTTP.
// After the handler, every state-changing request (POST/PUT/PATCH/DELETE) is written to the
// audit log with its outcome; the auth routes record their own, richer entries.
class AuthMiddleware : public QObject
{
    Q_OBJECT
public:
    // Installs the middleware, the audit-log observer and the WebSocket authenticator on `server`.
    static AuthMiddleware* install(ApiServer& server, Services& services);

    std::optional<HttpResponse> handle(HttpRequest& request, const Route* route, ResponseHeaders& extra);
    void record(const HttpRequest& request, const Route* route, const HttpResponse& response);

    // The permission a route declares (minimum role and token scope).
    static auth::Permission permissionOf(const Route& route);
    std::shared_ptr<const auth::NetworkPolicy> policy() const;

private:
    AuthMiddleware(ApiServer& server, Services& services);
    void rebuildPolicy();

    ApiServer& m_server;
    Services& m_services;
    mutable QMutex m_policyMutex;
    std::shared_ptr<const auth::NetworkPolicy> m_policy;
};

} // namespace assay::api
