// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditService.h"

#include "core/Logging.h"
#include "core/Memory.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#ifdef ASSAY_HAVE_REPORTS
#include "reports/PolicyEngine.h"
#endif

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>
#include <QUuid>

#include <set>

namespace assay::audit {

namespace {

using assay::json::qstr;
using assay::json::str;

constexpr int kStaleSeconds = 30;
constexpr int kHeartbeatMs = 5000;
constexpr qint64 kProgressEventMs = 250; // at most 4 progress events per second per audit
constexpr qint64 kProgressWriteMs = 1000;

// Queue bookkeeping that fails is logged, never silently dropped.
template <typename R> void warnOnError(const R& result, const char* what)
{
    if (!result.ok())
        qCWarning(lcAudit).noquote() << what << result.error().message;
}

Json pageEnvelope(Json data, const PageSpec& page, qint64 total)
{
    return json::pageEnvelope(std::move(data), page.page, page.limit, total);
}

#ifdef ASSAY_HAVE_REPORTS
// The policy gate for API and GUI audits: the submission's `policy` (a built-in pack, a policy
// file or an inline object), else the `default_policy` setting. A policy that cannot be loaded
// fails the gate with one blocking violation that names the problem — never a silent pass.
void applyPolicy(AuditReport& report, const Json& options, const SettingsStore& settings)
{
    Json option = options.value("policy", Json());
    if (option.is_null() || (option.is_string() && option.get<std::string>().empty())) {
        const QString fallback = settings.stringValue(QStringLiteral("default_policy"));
        if (fallback.trimmed().isEmpty())
            return;
        option = json::str(fallback.trimmed());
    }
    report.policy = PolicyResult();
    report.policy.evaluated = true;
    auto policies = reports::PolicySet::fromOption(option);
    if (!policies) {
        report.policy.name = option.is_string() ? json::qstr(option.get<std::string>()) : QStringLiteral("policy");
        report.policy.passed = false;
        report.policy.violations.push_back({QStringLiteral("invalid-policy"), QStringLiteral("high"),
            QStringLiteral("block"), policies.error().message, {}});
        return;
    }
    const Json result = policies->evaluate(report.toJson());
    report.policy.name = json::getString(result, "name");
    report.policy.passed = result.value("passed", false);
    for (const auto& v : result.value("violations", Json::array()))
        report.policy.violations.push_back(
            {json::getString(v, "policy_id"), json::getString(v, "severity"), json::getString(v, "action"),
                json::getString(v, "message"), json::toStringList(v.value("finding_ids", Json::array()))});
}
#endif

AuditOptions optionsFrom(const Json& j, const SettingsStore& settings)
{
    AuditOptions o;
    o.orgDomains = json::toStringList(j.value("org_domains", Json::array()));
    if (o.orgDomains.isEmpty())
        o.orgDomains = settings.stringListValue(QStringLiteral("org_domains"));
    o.orgNames = json::toStringList(j.value("org_names", Json::array()));
    if (o.orgNames.isEmpty())
        o.orgNames = settings.stringListValue(QStringLiteral("org_names"));
    const QString start = json::getString(j, "engagement_start");
    if (!start.isEmpty())
        o.engagementStart = QDateTime::fromString(start, Qt::ISODate);
    o.history = j.value("history", settings.boolValue(QStringLiteral("secret_history_scan")));
    o.maxTextBytes = settings.intValue(QStringLiteral("max_text_bytes"));
    o.settings = j;
    return o;
}

} // namespace

AuditService::AuditService(Database& db, SettingsStore& settings, EventBus& events, QString dataDir, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(settings)
    , m_events(events)
    , m_dataDir(std::move(dataDir))
    , m_store(db)
    , m_workerId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

AuditService::~AuditService()
{
    stop();
}

bool AuditService::isFinal(const QString& s)
{
    return s == QLatin1String("completed") || s == QLatin1String("failed") || s == QLatin1String("cancelled")
        || s == QLatin1String("interrupted");
}

void AuditService::start()
{
    if (!m_threads.empty())
        return;
    const QString runDir = QDir(m_dataDir).filePath(QStringLiteral("run"));
    QDir().mkpath(runDir);
    m_lock = std::make_unique<QLockFile>(QDir(runDir).filePath(QStringLiteral("audit-worker-%1.lock").arg(m_workerId)));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        qCWarning(lcAudit) << "cannot take the worker lock" << m_lock->error();
    recover();
    m_stopping = false;
    qint64 workers = m_settings.intValue(QStringLiteral("audit_workers"));
    if (workers <= 0)
        workers = std::max(1, QThread::idealThreadCount());
    for (int i = 0; i < workers; ++i)
        m_threads.emplace_back([this, i] { workerLoop(i); });
    m_heartbeat = std::thread([this] { heartbeatLoop(); });
}

bool AuditService::workerIsDead(const QString& workerId, const QDateTime& heartbeat) const
{
    if (workerId == m_workerId)
        return false;
    if (!workerId.isEmpty()) {
        // A worker's lock file outlives a crash but QLockFile knows its process is gone.
        const QString path = QDir(m_dataDir).filePath(QStringLiteral("run/audit-worker-%1.lock").arg(workerId));
        if (QFile::exists(path)) {
            QLockFile probe(path);
            probe.setStaleLockTime(0);
            qint64 pid = 0;
            QString host, app;
            if (probe.getLockInfo(&pid, &host, &app) && !probe.tryLock(0))
                return !heartbeat.isValid() || heartbeat.secsTo(QDateTime::currentDateTimeUtc()) > kStaleSeconds;
            probe.unlock();
            QFile::remove(path);
            return true;
        }
    }
    return !heartbeat.isValid() || heartbeat.secsTo(QDateTime::currentDateTimeUtc()) > kStaleSeconds;
}

QStringList AuditService::recover()
{
    const bool requeue = m_settings.boolValue(QStringLiteral("requeue_interrupted"));
    auto recovered = m_store.recoverStale(
        [this](const QString& worker, const QDateTime& heartbeat) { return workerIsDead(worker, heartbeat); }, requeue);
    if (!recovered) {
        qCWarning(lcAudit).noquote() << "cannot recover interrupted audits:" << recovered.error().message;
        return {};
    }
    for (const auto& id : *recovered) {
        qCInfo(lcAudit) << "audit" << id << "was interrupted" << (requeue ? "and is queued again" : "");
        auto owner = m_store.ownerOf(id);
        publish(
            QStringLiteral("interrupted"), id, owner ? *owner : QString(), {{"id", str(id)}, {"requeued", requeue}});
    }
    if (!recovered->isEmpty())
        m_wake.notify_all();
    return *recovered;
}

void AuditService::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_threads.empty())
            return;
        m_stopping = true;
        for (auto& [id, flag] : m_running)
            flag->store(true);
    }
    m_wake.notify_all();
    for (auto& t : m_threads)
        t.join();
    m_threads.clear();
    if (m_heartbeat.joinable())
        m_heartbeat.join();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

void AuditService::heartbeatLoop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, std::chrono::milliseconds(kHeartbeatMs));
        if (m_stopping)
            break;
        std::vector<QString> ids;
        for (const auto& [id, flag] : m_running)
            ids.push_back(id);
        lock.unlock();
        for (const auto& id : ids)
            warnOnError(execSql(m_db.connection(),
                            QStringLiteral("UPDATE audits SET heartbeat_at = ? WHERE id = ? AND status = 'running'"),
                            {json::nowIso(), id}),
                "cannot record the audit heartbeat:");
        // Audits another process left running are recovered here too.
        recover();
        lock.lock();
    }
}

void AuditService::workerLoop(int)
{
    while (true) {
        {
            std::unique_lock lock(m_mutex);
            if (m_stopping)
                return;
        }
        auto claimed = m_store.claimNext(m_workerId);
        if (claimed && *claimed) {
            runOne(**claimed);
            releaseFreeMemory(); // the audit's file contents and results are freed by now
            continue;
        }
        if (!claimed)
            qCWarning(lcAudit) << "cannot read the audit queue:" << claimed.error().message;
        std::unique_lock lock(m_mutex);
        if (m_stopping)
            return;
        m_wake.wait_for(lock, std::chrono::milliseconds(1000));
    }
}

void AuditService::runOne(const QueuedAudit& job)
{
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    {
        std::lock_guard lock(m_mutex);
        m_running[job.id] = cancelFlag;
        if (m_stopping)
            cancelFlag->store(true);
    }
    publish(QStringLiteral("updated"), job.id, job.ownerId, {{"id", str(job.id)}, {"status", "running"}});

    AuditRequest request;
    request.id = job.id;
    request.source = job.source;
    request.ref = job.ref;
    request.archivePath = job.archivePath;
    request.archiveName = job.archiveName;
    request.options = optionsFrom(job.options, m_settings);
    request.dataDir = m_dataDir;
    if (job.options.value("restrict_to_allowed_roots", false))
        request.allowedRoots = m_settings.stringListValue(QStringLiteral("allowed_roots"));
    request.historyMaxCommits = m_settings.intValue(QStringLiteral("history_max_commits"));
    request.gitCredentials = m_gitCredentials;

    QElapsedTimer sinceEvent, sinceWrite, sinceCancelCheck;
    sinceEvent.start();
    sinceWrite.start();
    sinceCancelCheck.start();
    int lastPercent = -1;
    AuditRunner runner(&m_db);
    auto result = runner.run(
        request,
        [&](const AuditProgress& p) {
            if (sinceCancelCheck.elapsed() >= 500) {
                sinceCancelCheck.restart();
                auto requested = m_store.cancelRequested(job.id);
                if (requested && *requested)
                    cancelFlag->store(true);
            }
            if (sinceWrite.elapsed() >= kProgressWriteMs || p.stage != QLatin1String("scanning")) {
                sinceWrite.restart();
                warnOnError(m_store.updateProgress(job.id, p.percent, p.stage, p.filesDone, p.filesTotal, p.etaSeconds),
                    "cannot update the audit queue:");
            }
            // The first progress at once, then at most one per kProgressEventMs.
            if (lastPercent < 0 || (p.percent != lastPercent && sinceEvent.elapsed() >= kProgressEventMs)) {
                sinceEvent.restart();
                lastPercent = p.percent;
                publish(QStringLiteral("progress"), job.id, job.ownerId,
                    {{"id", str(job.id)}, {"percent", p.percent}, {"stage", str(p.stage)}, {"files_done", p.filesDone},
                        {"files_total", p.filesTotal}, {"eta_s", p.etaSeconds}});
            }
        },
        *cancelFlag);

    if (result) {
        warnOnError(
            m_store.updateProgress(job.id, 97, QStringLiteral("saving"), result->filesScanned, result->filesScanned, 0),
            "cannot update the audit queue:");
#ifdef ASSAY_HAVE_REPORTS
        applyPolicy(*result, job.options, m_settings);
#endif
        const QString previous = m_store.previousCompleted(job.source, job.ref, job.id).value();
        const Json diff = previous.isEmpty() ? Json(nullptr) : computeDiff(*result, previous);
        // The results file first, then the row: whoever sees "completed" can read audit.json.
        const QString dir = AuditRunner::artefactDir(m_dataDir, job.id);
        QDir().mkpath(dir);
        QSaveFile file(QDir(dir).filePath(QStringLiteral("audit.json")));
        const bool written = file.open(QIODevice::WriteOnly)
            && result->writeJson(
                [&file](const char* data, size_t size) { return file.write(data, qint64(size)) == qint64(size); }, -1)
            && file.commit();
        Status saved = written
            ? m_store.complete(*result, diff, previous)
            : Status(
                Error::internal(QStringLiteral("Cannot write the results of the audit to %1 (disk full?).").arg(dir)));
        if (saved) {
            auto row = m_store.get(job.id);
            publish(QStringLiteral("completed"), job.id, job.ownerId, row ? *row : Json {{"id", str(job.id)}});
            qCInfo(lcAudit).noquote() << "audit" << job.id << "completed:" << result->filesScanned << "files";
        } else {
            warnOnError(m_store.setStatus(job.id, QStringLiteral("failed"), saved.error().message),
                "cannot update the audit queue:");
            publish(QStringLiteral("failed"), job.id, job.ownerId,
                {{"id", str(job.id)}, {"error", str(saved.error().message)}});
        }
    } else if (result.error().code == QLatin1String("CANCELLED")) {
        bool stopping;
        {
            std::lock_guard lock(m_mutex);
            stopping = m_stopping;
        }
        auto requested = m_store.cancelRequested(job.id);
        if (stopping && !(requested && *requested)) {
            // Assay is shutting down, not a user's cancel: run it again next time.
            warnOnError(m_store.setStatus(job.id, QStringLiteral("queued")), "cannot update the audit queue:");
        } else {
            warnOnError(m_store.setStatus(job.id, QStringLiteral("cancelled")), "cannot update the audit queue:");
            publish(QStringLiteral("cancelled"), job.id, job.ownerId, {{"id", str(job.id)}, {"status", "cancelled"}});
        }
    } else {
        warnOnError(m_store.setStatus(job.id, QStringLiteral("failed"), result.error().message),
            "cannot update the audit queue:");
        publish(QStringLiteral("failed"), job.id, job.ownerId,
            {{"id", str(job.id)}, {"status", "failed"}, {"error", str(result.error().message)}});
        qCInfo(lcAudit).noquote() << "audit" << job.id << "failed:" << result.error().message;
    }
    std::lock_guard lock(m_mutex);
    m_running.erase(job.id);
}

Json AuditService::computeDiff(const AuditReport& report, const QString& previousId)
{
    const QStringList oldPrints = m_store.fingerprints(previousId).value();
    const QStringList oldPaths = m_store.filePaths(previousId).value();
    const std::set<QString> before(oldPrints.begin(), oldPrints.end());
    const std::set<QString> beforePaths(oldPaths.begin(), oldPaths.end());
    std::set<QString> now, nowPaths;
    for (const auto& f : report.findings)
        now.insert(f.fingerprint);
    for (const auto& f : report.files)
        nowPaths.insert(f.path);
    Json newFindings = Json::array(), resolved = Json::array(), added = Json::array(), removed = Json::array();
    for (const auto& f : report.findings)
        if (!before.count(f.fingerprint))
            newFindings.push_back(str(f.id));
    qint64 resolvedCount = 0;
    for (const auto& fp : before)
        if (!now.count(fp)) {
            ++resolvedCount;
            if (resolved.size() < 1000)
                resolved.push_back(str(fp));
        }
    for (const auto& p : nowPaths)
        if (!beforePaths.count(p) && added.size() < 1000)
            added.push_back(str(p));
    qint64 removedCount = 0;
    for (const auto& p : beforePaths)
        if (!nowPaths.count(p)) {
            ++removedCount;
            if (removed.size() < 1000)
                removed.push_back(str(p));
        }
    qint64 addedCount = 0;
    for (const auto& p : nowPaths)
        addedCount += beforePaths.count(p) ? 0 : 1;
    return {{"previous_audit_id", str(previousId)}, {"new_findings", qint64(newFindings.size())},
        {"resolved_findings", resolvedCount}, {"new_finding_ids", newFindings}, {"resolved_fingerprints", resolved},
        {"files_added", addedCount}, {"files_removed", removedCount}, {"added_paths", added},
        {"removed_paths", removed}};
}

void AuditService::publish(const QString& action, const QString& id, const QString& ownerId, Json data)
{
    m_events.publish(QStringLiteral("audit"), action, std::move(data), QStringLiteral("audit:") + id, ownerId);
}

Status AuditService::checkReadable(const Actor& actor, const QString& id)
{
    auto owner = m_store.ownerOf(id);
    if (!owner)
        return owner.error();
    if (actor.isAdmin() || *owner == actor.userId || m_settings.boolValue(QStringLiteral("share_audits_with_team")))
        return {};
    return Error::notFound(QStringLiteral("No audit %1.").arg(id)); // do not reveal others' audits
}

Status AuditService::checkOwnerOrAdmin(const Actor& actor, const QString& id)
{
    if (auto s = checkReadable(actor, id); !s)
        return s;
    auto owner = m_store.ownerOf(id);
    if (!owner)
        return owner.error();
    if (actor.isAdmin() || *owner == actor.userId)
        return {};
    return Error::forbidden(QStringLiteral("Only the audit's owner or an admin may do this."));
}

Result<Json> AuditService::submit(const Actor& actor, const AuditSubmission& s)
{
    if (!actor.atLeast(QStringLiteral("analyst")))
        return Error::forbidden(QStringLiteral("Running audits needs the analyst or admin role."));
    QueuedAudit job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.ownerId = actor.userId;
    job.ref = s.ref.trimmed();
    job.options = s.options.is_object() ? s.options : Json::object();
    if (s.restrictToAllowedRoots)
        job.options["restrict_to_allowed_roots"] = true;
    job.priority = s.interactive ? 10 : 0;
    AuditRequest check;
    check.source = s.repository.trimmed();
    check.ref = job.ref;
    if (s.restrictToAllowedRoots) {
        check.allowedRoots = m_settings.stringListValue(QStringLiteral("allowed_roots"));
        if (check.allowedRoots.isEmpty() && !GitRemote::looksLikeUrl(check.source) && s.archivePath.isEmpty())
            return Error::forbidden(
                QStringLiteral("This server audits local folders only under configured allowed roots, "
                               "and none is configured; upload an archive or use a git URL."));
    }
    if (!s.archivePath.isEmpty()) {
        // Keep the upload with the audit's artefacts until it is unpacked.
        const QString dir = AuditRunner::artefactDir(m_dataDir, job.id);
        QDir().mkpath(dir);
        const QString suffix = s.archiveName.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)
            ? QStringLiteral(".zip")
            : QStringLiteral(".tar");
        const QString kept = QDir(dir).filePath(QStringLiteral("upload") + suffix);
        const bool moved = s.archiveIsTemporary && QFile::rename(s.archivePath, kept);
        if (!moved && !QFile::copy(s.archivePath, kept))
            return Error::internal(QStringLiteral("Cannot keep the uploaded archive."));
        job.archivePath = kept;
        job.archiveName = s.archiveName.isEmpty() ? QStringLiteral("upload") : QFileInfo(s.archiveName).fileName();
        job.source = QStringLiteral("upload:") + job.archiveName;
    } else {
        if (auto v = AuditRunner::validateSource(check); !v)
            return v.error();
        job.source = GitRemote::looksLikeUrl(check.source) ? check.source : QDir::cleanPath(check.source);
    }
    if (auto st = m_store.insertQueued(job); !st)
        return st.error();
    auto row = m_store.get(job.id);
    if (!row)
        return row.error();
    publish(QStringLiteral("created"), job.id, job.ownerId, *row);
    m_wake.notify_one();
    return row;
}

Result<Json> AuditService::get(const Actor& actor, const QString& id)
{
    if (auto s = checkReadable(actor, id); !s)
        return s.error();
    return m_store.get(id);
}

Result<Json> AuditService::list(const Actor& actor, const AuditListFilter& filter, const PageSpec& page)
{
    auto r = m_store.list(actor, m_settings.boolValue(QStringLiteral("share_audits_with_team")), filter, page);
    if (!r)
        return r.error();
    return pageEnvelope(std::move(r->first), page, r->second);
}

Result<QByteArray> AuditService::listText(const Actor& actor, const AuditListFilter& filter, const PageSpec& page)
{
    auto r = m_store.listText(actor, m_settings.boolValue(QStringLiteral("share_audits_with_team")), filter, page);
    if (!r)
        return r.error();
    // The envelope of pageEnvelope() around the rows' text; "data" sorts before "pagination".
    Json envelope = pageEnvelope(Json::array(), page, r->second);
    QByteArray out;
    out.reserve(r->first.size() + 160);
    out += "{\"data\":";
    out += r->first;
    out += ",\"pagination\":";
    out += json::dump(envelope["pagination"]);
    out += '}';
    return out;
}

Result<Json> AuditService::cancel(const Actor& actor, const QString& id)
{
    if (auto s = checkOwnerOrAdmin(actor, id); !s)
        return s.error();
    if (!actor.atLeast(QStringLiteral("analyst")))
        return Error::forbidden(QStringLiteral("Cancelling audits needs the analyst or admin role."));
    auto row = m_store.get(id);
    if (!row)
        return row.error();
    const QString status = qstr((*row)["status"].get<std::string>());
    if (isFinal(status))
        return Error::conflict(
            QStringLiteral("The audit is already %1; only queued or running audits can be cancelled.").arg(status));
    if (auto st = m_store.requestCancel(id); !st)
        return st.error();
    if (status == QLatin1String("queued")) {
        // Not picked up yet: cancel at once (the claim only takes 'queued' rows).
        auto upd = execSql(m_db.connection(),
            QStringLiteral(
                "UPDATE audits SET status = 'cancelled', finished_at = ? WHERE id = ? AND status = 'queued'"),
            {json::nowIso(), id});
        if (!upd)
            return upd.error();
        publish(QStringLiteral("cancelled"), id, qstr((*row)["owner_id"].get<std::string>()),
            {{"id", str(id)}, {"status", "cancelled"}});
    } else {
        std::lock_guard lock(m_mutex);
        if (auto it = m_running.find(id); it != m_running.end())
            it->second->store(true);
    }
    return m_store.get(id);
}

Status AuditService::remove(const Actor& actor, const QString& id)
{
    if (auto s = checkOwnerOrAdmin(actor, id); !s)
        return s;
    auto row = m_store.get(id);
    if (!row)
        return row.error();
    const QString owner = qstr((*row)["owner_id"].get<std::string>());
    if (!isFinal(qstr((*row)["status"].get<std::string>()))) {
        warnOnError(m_store.requestCancel(id), "cannot update the audit queue:");
        std::lock_guard lock(m_mutex);
        if (auto it = m_running.find(id); it != m_running.end())
            it->second->store(true);
    }
    // Wait briefly for a running job to notice, so its worker does not write after the delete.
    for (int i = 0; i < 50; ++i) {
        {
            std::lock_guard lock(m_mutex);
            if (!m_running.count(id))
                break;
        }
        QThread::msleep(40);
    }
    if (auto st = m_store.remove(id); !st)
        return st;
    QDir(AuditRunner::artefactDir(m_dataDir, id)).removeRecursively();
    publish(QStringLiteral("deleted"), id, owner, {{"id", str(id)}});
    return {};
}

Result<Json> AuditService::files(const Actor& actor, const QString& id, const QString& pathPrefix, const PageSpec& page)
{
    if (auto s = checkReadable(actor, id); !s)
        return s.error();
    auto r = m_store.files(id, pathPrefix, page);
    if (!r)
        return r.error();
    return pageEnvelope(std::move(r->first), page, r->second);
}

Result<Json> AuditService::findings(
    const Actor& actor, const QString& id, const FindingFilter& filter, const PageSpec& page)
{
    if (auto s = checkReadable(actor, id); !s)
        return s.error();
    auto r = m_store.findings(id, filter, page);
    if (!r)
        return r.error();
    return pageEnvelope(std::move(r->first), page, r->second);
}

Result<Json> AuditService::triage(
    const Actor& actor, const QString& findingId, const QString& status, const QString& note)
{
    static const QStringList statuses {QStringLiteral("open"), QStringLiteral("acknowledged"),
        QStringLiteral("false_positive"), QStringLiteral("resolved")};
    if (!statuses.contains(status))
        return Error::validation(
            QStringLiteral("'status' must be one of: open, acknowledged, false_positive, resolved."),
            {{"field", "status"}});
    if (note.size() > 4000)
        return Error::validation(QStringLiteral("'note' must be at most 4000 characters."), {{"field", "note"}});
    if (!actor.atLeast(QStringLiteral("analyst")))
        return Error::forbidden(QStringLiteral("Triage needs the analyst or admin role."));
    auto f = m_store.finding(findingId);
    if (!f)
        return f.error();
    const QString auditId = qstr((*f)["audit_id"].get<std::string>());
    if (auto s = checkReadable(actor, auditId); !s)
        return Error::notFound(QStringLiteral("No finding %1.").arg(findingId));
    auto updated = m_store.triage(findingId, status, note, actor.userId);
    if (!updated)
        return updated.error();
    auto owner = m_store.ownerOf(auditId);
    m_events.publish(QStringLiteral("finding"), QStringLiteral("updated"), *updated, QStringLiteral("audit:") + auditId,
        owner ? *owner : QString());
    return updated;
}

Result<Json> AuditService::document(const Actor& actor, const QString& id)
{
    if (auto s = checkReadable(actor, id); !s)
        return s.error();
    auto row = m_store.get(id);
    if (!row)
        return row.error();
    if ((*row)["status"] != "completed")
        return Error::conflict(QStringLiteral("The audit is %1; its results exist once it has completed.")
                                   .arg(qstr((*row)["status"].get<std::string>())));
    QFile file(QDir(AuditRunner::artefactDir(m_dataDir, id)).filePath(QStringLiteral("audit.json")));
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("The results of audit %1 are missing from the data directory.").arg(id));
    auto doc = json::parse(file.readAll());
    if (!doc)
        return Error::internal(QStringLiteral("The results of audit %1 are damaged.").arg(id));
    // Current triage status of each finding.
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT id, status FROM findings WHERE audit_id = ?"), {id});
    if (q) {
        std::map<std::string, std::string> status;
        while (q->next())
            status[q->value(0).toString().toStdString()] = q->value(1).toString().toStdString();
        for (auto& f : (*doc)["findings"])
            if (auto it = status.find(f.value("id", std::string())); it != status.end())
                f["status"] = it->second;
    }
    return std::move(*doc);
}

Result<Json> AuditService::waitFor(const QString& id, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (true) {
        auto row = m_store.get(id);
        if (!row)
            return row.error();
        if (isFinal(qstr((*row)["status"].get<std::string>())) || t.elapsed() > timeoutMs)
            return row;
        QThread::msleep(20);
    }
}

} // namespace assay::audit
