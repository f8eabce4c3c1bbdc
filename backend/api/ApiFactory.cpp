// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiFactory.h"

#include "WebSocketHub.h"
#include "controllers/SystemController.h"
#include "services/Services.h"

namespace assay::api {

std::unique_ptr<ApiServer> makeApiServer(Services& services, QObject* parent)
{
    auto server = std::make_unique<ApiServer>(parent);
    ConnectionLimits limits;
    SettingsStore* settings = &services.settings();
    limits.maxJsonBody = [settings] { return settings->intValue(QStringLiteral("max_json_body_bytes")); };
    limits.maxUploadBody = [settings] { return settings->intValue(QStringLiteral("max_upload_bytes")); };
    server->setLimits(limits);
    server->hub()->attach(services.events());

    SystemController::registerRoutes(server->router(), services);
    return server;
}

} // namespace assay::api
