// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiFactory.h"

#include "AuthMiddleware.h"
#include "WebSocketHub.h"
#include "audit/jobs/AuditService.h"
#include "controllers/AuditLogsController.h"
#include "controllers/AuditsController.h"
#include "controllers/DependenciesController.h"
#include "controllers/AuthController.h"
#include "controllers/MetricsController.h"
#include "controllers/ScansController.h"
#include "controllers/SettingsController.h"
#include "controllers/SharingController.h"
#include "controllers/SystemController.h"
#include "controllers/TokensController.h"
#include "controllers/UsersController.h"
#include "core/Actor.h"
#include "services/Services.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace assay::api {

namespace {

// HTTPS from the settings https_enabled / tls_cert_path / tls_key_path (SPEC §10).
Result<std::optional<QSslConfiguration>> tlsFromSettings(const SettingsStore& settings)
{
    if (!settings.boolValue(QStringLiteral("https_enabled")))
        return std::optional<QSslConfiguration>();
    const QString certPath = settings.stringValue(QStringLiteral("tls_cert_path"));
    const QString keyPath = settings.stringValue(QStringLiteral("tls_key_path"));
    if (certPath.isEmpty() || keyPath.isEmpty())
        return Error::validation(
            QStringLiteral("HTTPS is on but no certificate and key are configured; set "
                           "tls_cert_path and tls_key_path or generate a self-signed certificate."));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Error::validation(QStringLiteral("Cannot read the HTTPS certificate %1.").arg(certPath));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error::validation(QStringLiteral("Cannot read the HTTPS key %1.").arg(keyPath));
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return Error::validation(
            QStringLiteral("The HTTPS key %1 is not an unencrypted PEM EC or RSA key.").arg(keyPath));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return std::optional<QSslConfiguration>(config);
}

} // namespace

std::unique_ptr<ApiServer> makeApiServer(Services& services, QObject* parent)
{
    auto server = std::make_unique<ApiServer>(parent);
    ConnectionLimits limits;
    SettingsStore* settings = &services.settings();
    limits.maxJsonBody = [settings] { return settings->intValue(QStringLiteral("max_json_body_bytes")); };
    limits.maxUploadBody = [settings] { return settings->intValue(QStringLiteral("max_upload_bytes")); };
    limits.maxConnectionsPerIp
        = [settings] { return int(settings->intValue(QStringLiteral("max_connections_per_ip"))); };
    server->setLimits(limits);
    server->setTlsProvider([settings] { return tlsFromSettings(*settings); });
    server->hub()->attach(services.events());
    // SPEC §10: host check, client address, CORS, authentication, per-route authorization,
    // rate limits, audit log of mutations; the hub authenticates with the same credentials.
    AuthMiddleware::install(*server, services);
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
    AuthController::registerRoutes(server->router(), services);
    UsersController::registerRoutes(server->router(), services);
    TokensController::registerRoutes(server->router(), services);
    SettingsController::registerRoutes(server->router(), services);
    AuditLogsController::registerRoutes(server->router(), services);
    SharingController::registerRoutes(server->router(), services);
    AuditsController::registerRoutes(server->router(), services);
    DependenciesController::registerRoutes(server->router(), services);
    MetricsController::install(*server, services);
    ScansController::registerRoutes(server->router(), services);
    return server;
}

} // namespace assay::api
