// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsController.h"

#include "api/ControllerSupport.h"
#include "auth/AuthServices.h"
#include "services/Services.h"

namespace assay::api {

void SettingsController::registerRoutes(Router& router, Services& services)
{
    Route get = makeRoute("GET", "/api/v1/settings",
        "Server settings with defaults filled in; write-only secrets are reported as {\"set\": bool}", "settings",
        "admin", "admin", [&services](HttpRequest&) { return HttpResponse::json(200, services.visibleSettings()); });
    get.responseSchema = {{"type", "object"}};
    router.add(std::move(get));

    Route patch = makeRoute("PATCH", "/api/v1/settings",
        "Change settings: every key is validated first and all or nothing is written; unknown keys are 422; "
        "secrets (write-only keys) go to the OS keychain, never to the database",
        "settings", "admin", "admin", [&services](HttpRequest& req) {
            auto body = parseJsonBody(req);
            if (!body)
                return HttpResponse::error(body.error(), req.requestId);
            if (body->empty())
                return HttpResponse::error(
                    Error::validation(QStringLiteral("Send at least one setting to change.")), req.requestId);
            if (auto s = services.updateSettings(*body); !s)
                return HttpResponse::error(s.error(), req.requestId);
            return HttpResponse::json(200, services.visibleSettings());
        });
    patch.requestContentType = QStringLiteral("application/json");
    patch.requestSchema = {{"type", "object"}};
    patch.responseSchema = {{"type", "object"}};
    router.add(std::move(patch));
}

} // namespace assay::api
