// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/detectors/DetectorRegistry.h"
#include "audit/model/AuditModel.h"
#include "audit/walk/GitRemote.h"
#include "core/Result.h"

#include <atomic>
#include <functional>

namespace assay {
class Database;
}

namespace assay::audit {

// What to audit and how.
struct AuditRequest
{
    QString id;
    QString source; // folder path or git URL, as the user gave it
    QString ref; // branch, tag or commit (git sources)
    QString archivePath; // an uploaded archive to unpack instead of `source`
    QString archiveName; // its original file name
    AuditOptions options;
    QString dataDir; // cache (git clones) and artefacts (unpacked archives) live here
    QStringList allowedRoots; // when non-empty, local folders must be inside one of them
    qint64 historyMaxCommits = 20000;
    int workers = 0; // 0 = one per core
    QStringList detectors; // names of the detectors to run (empty = all); "languages" always runs
    CredentialLookup gitCredentials;
};

struct AuditProgress
{
    int percent = 0;
    QString stage; // preparing | listing | scanning | history | analysing | saving
    qint64 filesDone = 0;
    qint64 filesTotal = 0;
    qint64 etaSeconds = -1;
};

// Runs one audit from source to report, in-process: resolves the source (folder, git URL,
// archive), lists it, reads every file once on worker threads and hands it to each detector
// that wants it, walks the git history, then lets detectors draw repository-level
// conclusions. Used by the job queue (AuditService) and by `assay audit`.
class AuditRunner
{
public:
    explicit AuditRunner(Database* database = nullptr, std::vector<DetectorFactory> detectors = builtInDetectors());

    Result<AuditReport> run(const AuditRequest& request, const std::function<void(const AuditProgress&)>& progress,
        const std::atomic<bool>& cancelled) const;

    // Checks the source without running (existence, readability, allowed roots): for clear
    // 4xx answers before a job is queued.
    static Status validateSource(const AuditRequest& request);
    // The folder an audit's artefacts live in.
    static QString artefactDir(const QString& dataDir, const QString& auditId);

private:
    Database* m_database;
    std::vector<DetectorFactory> m_detectors;
};

} // namespace assay::audit
