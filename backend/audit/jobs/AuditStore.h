// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/AuditModel.h"
#include "core/Actor.h"
#include "core/Json.h"
#include "core/Result.h"

#include <functional>
#include <optional>

namespace assay {
class Database;
}

namespace assay::audit {

// A queued or running audit as the queue sees it.
struct QueuedAudit
{
    QString id;
    QString ownerId;
    QString source;
    QString ref;
    QString archivePath;
    QString archiveName;
    Json options = Json::object();
    int priority = 0;
};

struct AuditListFilter
{
    QString status;
    QString repository; // substring of source or name
    QString q; // free text over source, name and ref
};

struct FindingFilter
{
    QStringList types;
    QStringList severities;
    QStringList statuses;
    QString path; // prefix or glob (*)
};

struct PageSpec
{
    int page = 1;
    int limit = 20;
    QString sortBy;
    bool descending = true;
};

// SQL over the audit tables of migration 0003: the queue (claim, heartbeat, recover), results
// written in one transaction, and the paginated reads of the API and the GUI.
class AuditStore
{
public:
    explicit AuditStore(Database& db);

    Status insertQueued(const QueuedAudit& audit);
    // Atomically moves the best queued audit to running for `workerId`.
    Result<std::optional<QueuedAudit>> claimNext(const QString& workerId);
    Status updateProgress(const QString& id, int percent, const QString& stage, qint64 done, qint64 total, qint64 eta);
    Result<bool> cancelRequested(const QString& id);
    Status requestCancel(const QString& id);
    Status setStatus(const QString& id, const QString& status, const QString& error = {});
    // Writes everything of a finished audit, carrying triage of known fingerprints over from
    // `previousId`, and marks it completed — in one transaction.
    Status complete(const AuditReport& report, const Json& diff, const QString& previousId);
    // Running audits whose worker is gone (`isDead(workerId, heartbeatAt)`): → interrupted, then
    // queued again when `requeue`. Returns their ids.
    Result<QStringList> recoverStale(const std::function<bool(const QString&, const QDateTime&)>& isDead, bool requeue);

    Result<Json> get(const QString& id);
    Result<QString> ownerOf(const QString& id);
    Result<std::pair<Json, qint64>> list(
        const Actor& actor, bool teamVisible, const AuditListFilter& filter, const PageSpec& page);
    // The same page as list() written straight to JSON text (an array of the rows), for the API:
    // the summaries, diffs and policies are stored as JSON and are copied, not parsed and dumped.
    Result<std::pair<QByteArray, qint64>> listText(
        const Actor& actor, bool teamVisible, const AuditListFilter& filter, const PageSpec& page);
    Result<std::pair<Json, qint64>> files(const QString& auditId, const QString& pathPrefix, const PageSpec& page);
    Result<std::pair<Json, qint64>> findings(const QString& auditId, const FindingFilter& filter, const PageSpec& page);
    Result<Json> finding(const QString& findingId);
    Result<Json> triage(const QString& findingId, const QString& status, const QString& note, const QString& userId);
    Status remove(const QString& id);

    // The last completed audit of the same source and ref before `id`, if any.
    Result<QString> previousCompleted(const QString& source, const QString& ref, const QString& excludeId);
    Result<QStringList> fingerprints(const QString& auditId);
    Result<QStringList> filePaths(const QString& auditId);

    static int severityRank(const QString& severity);

private:
    Database& m_db;
};

} // namespace assay::audit
