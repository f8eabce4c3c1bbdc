// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingController.h"

#include "api/ControllerSupport.h"
#include "auth/AuthServices.h"
#include "services/Services.h"

namespace assay::api {

void SharingController::registerRoutes(Router& router, Services& services)
{
    auth::AuthServices& auth = services.auth();

    Route sessions = makeRoute("GET", "/api/v1/admin/sessions",
        "Signed-in sessions (who is connected), most recent first; filter by user_id", "admin", "admin", "admin",
        [&auth](HttpRequest& req) {
            auto list = auth.sessions().activeSessions(
                principalOf(req).value_or(auth::Principal {}), req.queryValue(QStringLiteral("user_id")));
            if (!list)
                return HttpResponse::error(list.error(), req.requestId);
            Json data = Json::array();
            for (const auto& s : *list)
                data.push_back(s.toJson());
            return HttpResponse::json(200, {{"data", data}});
        });
    sessions.queryParameters = {QStringLiteral("user_id")};
    router.add(std::move(sessions));

    Route endSession = makeRoute("DELETE", "/api/v1/admin/sessions/{id}",
        "End a session: its refresh tokens and access tokens stop working", "admin", "admin", "admin",
        [&auth](HttpRequest& req) {
            return respond(auth.sessions().revokeSession(
                               principalOf(req).value_or(auth::Principal {}), req.param(QStringLiteral("id"))),
                req);
        });
    endSession.successStatus = 204;
    router.add(std::move(endSession));

    router.add(makeRoute("GET", "/api/v1/admin/login-bans", "Addresses locked out after too many failed logins",
        "admin", "admin", "admin", [&auth](HttpRequest&) {
            Json data = Json::array();
            for (const auto& b : auth.loginThrottle().bannedAddresses())
                data.push_back({{"address", json::str(b.address)}, {"banned_until", json::timeOrNull(b.bannedUntil)},
                    {"failures", b.failures}});
            return HttpResponse::json(200, {{"data", data}});
        }));

    Route rotateKey = makeRoute("POST", "/api/v1/admin/signing-key/rotate",
        "New JWT signing key: every access token issued so far stops working (refresh tokens still work); "
        "?revoke_sessions=true also signs everybody out",
        "admin", "admin", "admin", [&auth](HttpRequest& req) {
            if (auto s = auth.sessions().rotateSigningKey(auth.keys()); !s)
                return HttpResponse::error(s.error(), req.requestId);
            const QString all = req.queryValue(QStringLiteral("revoke_sessions"));
            if (all == QLatin1String("true") || all == QLatin1String("1"))
                if (auto s = auth.sessions().revokeAllSessions(); !s)
                    return HttpResponse::error(s.error(), req.requestId);
            return HttpResponse::noContent();
        });
    rotateKey.successStatus = 204;
    rotateKey.queryParameters = {QStringLiteral("revoke_sessions")};
    router.add(std::move(rotateKey));

    Route unban = makeRoute("DELETE", "/api/v1/admin/login-bans/{id}", "Lift the login ban of an address", "admin",
        "admin", "admin", [&auth](HttpRequest& req) {
            if (!auth.loginThrottle().unban(req.param(QStringLiteral("id"))))
                return HttpResponse::error(
                    Error::notFound(QStringLiteral("This address is not banned.")), req.requestId);
            return HttpResponse::noContent();
        });
    unban.successStatus = 204;
    router.add(std::move(unban));
}

} // namespace assay::api
