// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricsReport.h"
#include "SessionImport.h"
#include "UsageMeter.h"
#include "core/Actor.h"
#include "core/EventBus.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace assay::metrics {

// A time filter of SPEC §4: since/until as an ISO date, date-time or a whole number of days back.
struct TimeRange
{
    QDateTime since; // invalid = open
    QDateTime until; // exclusive; invalid = open
};
// `until` given as a date includes that whole day. Errors name the field.
Result<TimeRange> parseTimeRange(
    const QString& since, const QString& until, const QDateTime& now = QDateTime::currentDateTimeUtc());

struct ImportResult
{
    qint64 imported = 0;
    qint64 duplicates = 0;
    std::vector<RejectedLine> rejected;
    Json toJson() const;
};

struct SessionQuery
{
    QString developerId;
    QString model;
    QString repo;
    TimeRange range;
    int page = 1;
    int limit = 20;
    QString sortBy
        = QStringLiteral("started_at"); // started_at | ended_at | requests | tokens | cost | developer_id | model
    bool descending = true;
};

// Metrics of one data directory (SPEC §9): AI-session import, KPIs and the full report
// (correlation, anomalies, SLA), insights, per-developer profiles, and usage metering. Used by
// the API's MetricsController, `assay metrics`, and the Dashboard and Metrics pages. Publishes
// `metric` events on channel `metrics` when an import or a completed audit changes the figures.
class MetricsService : public QObject
{
    Q_OBJECT
public:
    MetricsService(Database& db, SettingsStore& settings, EventBus& events, QString dataDir, int usageFlushMs = 5000,
        QObject* parent = nullptr);
    ~MetricsService() override;

    // Imports sessions in one transaction; duplicates (same content hash) are skipped.
    Result<ImportResult> importSessions(const Actor& actor, const QByteArray& data, ImportFormat format);

    // The report of the range; `repo` (optional) narrows sessions to a repo slug and commits to
    // the audited repositories of that name.
    Result<Report> report(const TimeRange& range, const QString& repo = {}, int maxLag = 7);
    Result<Json> kpis(const Actor& actor, const TimeRange& range, const QString& repo = {});
    Result<Json> raw(const Actor& actor, const TimeRange& range, const QString& repo = {}, int maxLag = 7);
    Result<Json> insights(const Actor& actor, const TimeRange& range, const QString& repo = {}, int maxLag = 7);

    // Sessions grouped by session id: {data, total}.
    Result<std::pair<Json, qint64>> sessions(const Actor& actor, const SessionQuery& query);
    Result<Json> session(const Actor& actor, const QString& sessionId);
    Result<Json> profile(const Actor& actor, const QString& developerId, const TimeRange& range);

    // Dashboard helpers: the latest audits and the open findings of the latest audit of each
    // repository by severity, and the last completed audit's IP composition.
    Result<Json> overview(const Actor& actor);

    // Usage metering. recordRequest is cheap (in-memory, flushed every few seconds).
    void recordRequest(const QString& userId, const QString& tokenId, qint64 bytesIn, qint64 bytesOut, bool error);
    void recordJob(const QString& userId, const QString& tokenId, const QString& kind, qint64 files, qint64 bytes);
    // Remembers which credential queued a job (kind `audit` or `scan`), so that the job's
    // events are metered to it.
    void noteJobCredential(const QString& kind, const QString& jobId, const QString& tokenId);
    int flushUsage();
    UsageMeter& usageMeter() { return *m_usage; }
    // Totals for a period (`day`, `week`, `month`, `year`, `all` or a number of days) and per
    // token; admins may ask for another user or every user (`userId` = "*").
    Result<Json> usageStats(const Actor& actor, const QString& period, const QString& userId = {});
    Result<Json> usageHistory(const Actor& actor, int days, const QString& userId = {});

    // Commits per day of an audit's repository (libgit2 walk at the audited commit) into
    // audit_commit_days. Called on every `completed` audit event; callable directly.
    Status recordCommitDays(const QString& auditId);

private:
    Result<ReportInputs> loadInputs(const TimeRange& range, const QString& repo);
    ReportConfig config(const TimeRange& range, int maxLag) const;
    PriceTable prices() const;
    void onEvent(const Event& event);
    void publishChanged(const QString& reason, Json data);
    Result<QString> resolveUser(const Actor& actor, const QString& userId) const;

    Database& m_db;
    SettingsStore& m_settings;
    EventBus& m_events;
    QString m_dataDir;
    std::unique_ptr<UsageMeter> m_usage;
    QMutex m_jobTokensMutex;
    QHash<QString, QString> m_jobTokens; // "kind:id" → token id
    QThreadPool m_pool; // commit walks after audits
    int m_subscription = 0;
};

} // namespace assay::metrics
