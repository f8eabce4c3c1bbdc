// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiFactory.h"

#include "WebSocketHub.h"
#include "audit/jobs/AuditService.h"
#include "controllers/AuditsController.h"
#include "controllers/SystemController.h"
#include "core/Actor.h"
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
    // WebSocket visibility: a client sees the events of what its credential may read.
    audit::AuditService* audits = &services.audits();
    SettingsStore* settingsStore = &services.settings();
    auto actorFrom = [](const std::any& principal) {
        const Actor* a = std::any_cast<Actor>(&principal);
        return a ? *a : Actor::localAdmin();
    };
    server->hub()->setChannelPolicy([audits, actorFrom](const std::any& principal, const QString& channel) {
        const Actor actor = actorFrom(principal);
        if (channel.startsWith(QLatin1String("audit:")))
            return audits->get(actor, channel.mid(6)).ok();
        if (channel == QLatin1String("system"))
            return actor.isAdmin();
        return true;
    });
    server->hub()->setEventPolicy([settingsStore, actorFrom](const std::any& principal, const Event& event) {
        const Actor actor = actorFrom(principal);
        if (actor.isAdmin() || event.ownerId.isEmpty() || event.ownerId == actor.userId)
            return true;
        return (event.type == QLatin1String("audit") || event.type == QLatin1String("finding"))
            && settingsStore->boolValue(QStringLiteral("share_audits_with_team"));
    });

    SystemController::registerRoutes(server->router(), services);
    AuditsController::registerRoutes(server->router(), services);
    return server;
}

} // namespace assay::api
