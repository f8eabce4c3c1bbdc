// SPDX-License-Identifier: GPL-3.0-or-later
#include "Services.h"

#include "audit/jobs/AuditService.h"
#include "core/DataDir.h"
#include "core/Json.h"
#include "core/Logging.h"
#include "core/Version.h"
#include "metrics/MetricsService.h"
#include "scan/ScanService.h"

namespace assay {

Services::Services(QString dataDir)
    : m_dataDir(std::move(dataDir))
    , m_startedAt(QDateTime::currentDateTimeUtc())
{ }

Services::~Services()
{
    shutdown();
}

Result<std::unique_ptr<Services>> Services::open(const QString& dataDir)
{
    return open(dataDir, Options {});
}

Result<std::unique_ptr<Services>> Services::open(const QString& dataDir, const Options& options)
{
    auto prepared = DataDir::prepare(dataDir);
    if (!prepared)
        return prepared.error();
    std::unique_ptr<Services> s(new Services(*prepared));
    s->m_database = std::make_unique<Database>(DataDir::databasePath(s->m_dataDir));
    if (auto st = s->m_database->open(); !st)
        return st.error();
    s->m_settings = std::make_unique<SettingsStore>(*s->m_database);
    if (auto st = s->m_settings->load(); !st)
        return st.error();
    s->m_audits = std::make_unique<audit::AuditService>(*s->m_database, *s->m_settings, s->m_events, s->m_dataDir);
    s->m_metrics = std::make_unique<metrics::MetricsService>(*s->m_database, *s->m_settings, s->m_events, s->m_dataDir);
    s->m_scans = std::make_unique<scan::ScanService>(*s->m_database, *s->m_settings, s->m_dataDir, &s->m_events);
    auto auth = auth::AuthServices::create(*s->m_database, *s->m_settings, s->m_dataDir, options.auth);
    if (!auth)
        return auth.error();
    s->m_auth = std::move(*auth);
    s->m_auth->tokens().setEventBus(&s->m_events);
    // Write-only settings (the AI provider key) are kept in the keystore, never in the database
    // (PATCH /settings puts them there); an older value in the settings table still works.
    auth::KeyStore* keys = &s->m_auth->keys();
    const SettingsStore* settings = s->m_settings.get();
    s->m_scans->setApiKeyProvider([keys, settings] {
        auto key = keys->get(QStringLiteral("ai_api_key"));
        if (key && !key->isEmpty())
            return QString::fromUtf8(*key);
        return settings->stringValue(QStringLiteral("ai_api_key"));
    });
    // Git credentials per host, also a write-only setting kept in the keystore.
    s->m_audits->setGitCredentials([keys](const QString& host) -> std::optional<audit::GitCredentials> {
        auto text = keys->get(QStringLiteral("git_credentials"));
        if (!text || text->isEmpty())
            return std::nullopt;
        return audit::GitRemote::credentialsFor(QString::fromUtf8(*text), host);
    });
    qCInfo(lcCore).noquote() << "data directory" << s->m_dataDir;
    return s;
}

Json Services::health(bool* healthy) const
{
    const bool dbOk = m_database && m_database->check().ok();
    const QString provider = m_settings ? m_settings->stringValue(QStringLiteral("ai_provider")) : QString();
    Json checks = {{"database", dbOk ? "ok" : "failed"}, {"job_queue", "ok"},
        {"ai_service", provider.isEmpty() || provider == QLatin1String("none") ? "not_configured" : "configured"}};
    if (healthy)
        *healthy = dbOk;
    return {{"status", dbOk ? "ok" : "unavailable"}, {"version", ASSAY_VERSION},
        {"uptime_s", m_startedAt.secsTo(QDateTime::currentDateTimeUtc())}, {"checks", checks}};
}

Json Services::visibleSettings()
{
    Json out = m_settings->all();
    for (const auto& [key, spec] : m_settings->schema().specs())
        if (spec.writeOnly) {
            auto stored = m_auth->keys().get(key);
            const bool inKeychain = stored && !stored->isEmpty();
            const bool inSettings = out[json::str(key)].value("set", false);
            out[json::str(key)] = {{"set", inKeychain || inSettings}};
        }
    return out;
}

Status Services::updateSettings(const Json& changes)
{
    if (!changes.is_object())
        return Error::validation(QStringLiteral("Settings must be a JSON object."));
    // Secrets are validated like any setting, then kept in the keystore; the settings table
    // only ever holds an empty value for them (clearing any older clear copy).
    Json forwarded = changes;
    std::vector<std::pair<QString, QString>> secrets;
    for (const auto& [key, value] : changes.items()) {
        const SettingSpec* spec = m_settings->schema().find(json::qstr(key));
        if (!spec || !spec->writeOnly)
            continue;
        if (spec->validate) {
            const QString problem = spec->validate(value);
            if (!problem.isEmpty())
                return Error::unprocessable(QStringLiteral("Setting '%1' %2.").arg(json::qstr(key), problem),
                    {{"fields", {{key, json::str(problem)}}}});
        }
        secrets.emplace_back(json::qstr(key), json::qstr(value.get<std::string>()));
        forwarded[key] = "";
    }
    if (auto s = m_settings->update(forwarded); !s)
        return s;
    for (const auto& [key, value] : secrets) {
        Status s = value.isEmpty() ? m_auth->keys().remove(key) : m_auth->keys().set(key, value.toUtf8());
        if (!s && !(value.isEmpty() && s.error().kind == Error::Kind::NotFound))
            return s;
    }
    return {};
}

void Services::startJobs()
{
    m_audits->start();
}

void Services::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    if (m_audits)
        m_audits->stop();
    if (m_metrics)
        m_metrics->flushUsage();
    if (m_auth)
        m_auth->tokens().flushUsage();
    if (m_database) {
        m_database->checkpoint();
        qCInfo(lcCore) << "database checkpointed";
    }
}

} // namespace assay
