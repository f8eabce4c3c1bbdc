// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemController.h"

#include "api/OpenApi.h"
#include "services/Services.h"

namespace assay::api {

void SystemController::registerRoutes(Router& router, Services& services)
{
    Route health;
    health.method = QStringLiteral("GET");
    health.pattern = QStringLiteral("/health");
    health.summary = QStringLiteral("Liveness and readiness with the state of each dependency");
    health.tag = QStringLiteral("system");
    health.open = true;
    health.responseSchema = {{"type", "object"},
        {"properties",
            {{"status", {{"type", "string"}}}, {"version", {{"type", "string"}}}, {"uptime_s", {{"type", "integer"}}},
                {"checks", {{"type", "object"}}}}}};
    health.handler = [&services](HttpRequest&) {
        bool healthy = true;
        Json body = services.health(&healthy);
        return HttpResponse::json(healthy ? 200 : 503, body);
    };
    router.add(std::move(health));

    Route openapi;
    openapi.method = QStringLiteral("GET");
    openapi.pattern = QStringLiteral("/api/v1/openapi.json");
    openapi.summary = QStringLiteral("OpenAPI 3.1 document of this API");
    openapi.tag = QStringLiteral("system");
    openapi.open = true;
    const Router* table = &router;
    openapi.handler = [table](HttpRequest&) { return HttpResponse::json(200, openApiDocument(*table)); };
    router.add(std::move(openapi));
}

} // namespace assay::api
