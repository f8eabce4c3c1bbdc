// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogsController.h"

#include "api/ControllerSupport.h"
#include "auth/AuthServices.h"
#include "services/Services.h"

namespace assay::api {

void AuditLogsController::registerRoutes(Router& router, Services& services)
{
    auth::AuditLog& log = services.auth().auditLog();

    Route list = makeRoute("GET", "/api/v1/admin/audit-logs",
        "Who did what: filter by user, event_type, resource_type, status and date range (since/until)", "admin",
        "admin", "admin", [&log](HttpRequest& req) {
            auto query = auth::AuditQuery::fromUrlQuery(req.query);
            if (!query)
                return HttpResponse::error(query.error(), req.requestId);
            auto page = log.query(*query);
            if (!page)
                return HttpResponse::error(page.error(), req.requestId);
            return HttpResponse::json(200, page->toJson());
        });
    list.queryParameters = {QStringLiteral("user"), QStringLiteral("event_type"), QStringLiteral("resource_type"),
        QStringLiteral("status"), QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("page"),
        QStringLiteral("limit"), QStringLiteral("sort_order")};
    router.add(std::move(list));
}

} // namespace assay::api
