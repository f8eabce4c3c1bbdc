// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditRunner.h"
#include "AuditStore.h"
#include "core/Actor.h"
#include "core/EventBus.h"

#include <QLockFile>
#include <QObject>

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace assay {
class Database;
class SettingsStore;
} // namespace assay

namespace assay::audit {

// A request to audit something, from the GUI, the API or a script.
struct AuditSubmission
{
    QString repository; // folder path or git URL; empty when an archive is given
    QString ref;
    QString archivePath; // an uploaded archive saved by the caller (moved into the audit's artefacts)
    QString archiveName;
    bool archiveIsTemporary = false; // the service may move it (API uploads); otherwise it is copied
    Json options = Json::object(); // org_domains, org_names, history, policy…
    bool interactive = false; // GUI audits run before queued API audits
    bool restrictToAllowedRoots = false; // true when the request came over the LAN
};

// The audit job queue (SPEC §4 audits, issue "Audit jobs"): persistent in SQLite, run by
// worker threads (setting `audit_workers`, 0 = one per core), interactive audits first,
// cooperative cancel, progress events (at most 4 per second per audit) on the event bus,
// crash recovery (stale running audits → interrupted → queued again), a diff against the
// previous audit of the same repository. Used by the GUI and the API alike.
class AuditService : public QObject
{
    Q_OBJECT
public:
    AuditService(Database& db, SettingsStore& settings, EventBus& events, QString dataDir, QObject* parent = nullptr);
    ~AuditService() override;

    // Recovers audits a crash left running, then starts the workers.
    void start();
    void stop();
    bool isRunning() const { return !m_threads.empty(); }

    Result<Json> submit(const Actor& actor, const AuditSubmission& submission);
    Result<Json> get(const Actor& actor, const QString& id);
    Result<Json> list(const Actor& actor, const AuditListFilter& filter, const PageSpec& page);
    // The same page envelope as list(), as JSON text (the API's hot path: nothing parsed).
    Result<QByteArray> listText(const Actor& actor, const AuditListFilter& filter, const PageSpec& page);
    Result<Json> cancel(const Actor& actor, const QString& id);
    Status remove(const Actor& actor, const QString& id);
    Result<Json> files(const Actor& actor, const QString& id, const QString& pathPrefix, const PageSpec& page);
    Result<Json> findings(const Actor& actor, const QString& id, const FindingFilter& filter, const PageSpec& page);
    Result<Json> triage(const Actor& actor, const QString& findingId, const QString& status, const QString& note);
    // The stored audit.json of a completed audit, with findings' current triage status.
    Result<Json> document(const Actor& actor, const QString& id);

    // Blocks until the audit reaches a final status or `timeoutMs` passes (tests, CLI).
    Result<Json> waitFor(const QString& id, int timeoutMs);

    AuditStore& store() { return m_store; }
    // Where git credentials per host come from (the keychain); set once at start-up.
    void setGitCredentials(CredentialLookup lookup) { m_gitCredentials = std::move(lookup); }
    static bool isFinal(const QString& status);

private:
    void workerLoop(int index);
    void runOne(const QueuedAudit& job);
    void heartbeatLoop();
    QStringList recover();
    bool workerIsDead(const QString& workerId, const QDateTime& heartbeat) const;
    Status checkReadable(const Actor& actor, const QString& id);
    Status checkOwnerOrAdmin(const Actor& actor, const QString& id);
    void publish(const QString& action, const QString& id, const QString& ownerId, Json data);
    Json computeDiff(const AuditReport& report, const QString& previousId);

    Database& m_db;
    SettingsStore& m_settings;
    EventBus& m_events;
    QString m_dataDir;
    AuditStore m_store;
    QString m_workerId;
    CredentialLookup m_gitCredentials;
    std::unique_ptr<QLockFile> m_lock; // held while this process runs audits: proves it is alive

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
    std::thread m_heartbeat;
    std::map<QString, std::shared_ptr<std::atomic<bool>>> m_running; // id → cancel flag
};

} // namespace assay::audit
