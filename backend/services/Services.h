// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AuthServices.h"
#include "core/EventBus.h"
#include "core/Json.h"
#include "core/Result.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace assay::audit {
class AuditService;
}
namespace assay::metrics {
class MetricsService;
}
namespace assay::scan {
class ScanService;
}

namespace assay {

// Everything one data directory serves: the database, settings, the event bus and the
// services built on them. The GUI uses it in-process; the API is a thin adapter over it;
// both are constructed with a Services& (no global instance).
class Services : public QObject
{
    Q_OBJECT
public:
    ~Services() override;

    struct Options
    {
        // Identity services: keychain use, password cost (tests pass a cheap one), timers.
        auth::AuthServices::Options auth;
    };

    // Prepares the data directory, opens and migrates the database, loads settings, and builds
    // the identity services (users, sessions, API tokens, limits, audit log).
    static Result<std::unique_ptr<Services>> open(const QString& dataDir);
    static Result<std::unique_ptr<Services>> open(const QString& dataDir, const Options& options);

    const QString& dataDir() const { return m_dataDir; }
    Database& database() { return *m_database; }
    SettingsStore& settings() { return *m_settings; }
    EventBus& events() { return m_events; }
    audit::AuditService& audits() { return *m_audits; }
    metrics::MetricsService& metrics() { return *m_metrics; }
    auth::AuthServices& auth() { return *m_auth; }
    scan::ScanService& scans() { return *m_scans; }

    // Settings as clients see them: defaults filled in, write-only secrets reported as
    // {"set": bool} wherever they are kept (keystore, or an older copy in the settings table).
    Json visibleSettings();
    // The one way settings change, for PATCH /settings and the desktop Settings page: every key
    // is validated first and all or nothing is written; write-only keys (secrets) go to the
    // keystore and the settings table keeps only an empty value for them. A refusal carries
    // details {"fields": {key: problem}}.
    Status updateSettings(const Json& changes);

    // Starts background work (the audit workers): the GUI and `assay serve` do, the CLI does not.
    void startJobs();
    const QDateTime& startedAt() const { return m_startedAt; }

    // SPEC §4 /health: {status, version, uptime_s, checks:{database, job_queue, ai_service}}.
    // `healthy` is false when a critical check (the database) fails.
    Json health(bool* healthy = nullptr) const;

    // Clean shutdown: stops background work and checkpoints the WAL.
    void shutdown();

private:
    explicit Services(QString dataDir);

    QString m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SettingsStore> m_settings;
    EventBus m_events;
    std::unique_ptr<audit::AuditService> m_audits;
    std::unique_ptr<metrics::MetricsService> m_metrics;
    std::unique_ptr<auth::AuthServices> m_auth;
    std::unique_ptr<scan::ScanService> m_scans;
    QDateTime m_startedAt;
    bool m_shutDown = false;
};

} // namespace assay
