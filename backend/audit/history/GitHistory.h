// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/AuditModel.h"
#include "core/Result.h"

#include <QHash>

#include <atomic>

namespace assay::audit {

// Who wrote what, from a repository's history (libgit2): commits reachable from a commit,
// per-author commits and lines added/removed (with .mailmap applied), first and last commit,
// and per-file authors. Walks at most `maxCommits` commits, newest first.
struct HistoryFacts
{
    qint64 commits = 0;
    bool truncated = false; // more commits exist than were walked
    std::vector<Contributor> contributors; // most commits first
    QHash<QString, QStringList> fileAuthors; // path → e-mails, most lines added first
    QHash<QString, QString> lastAuthor; // path → e-mail of the newest commit touching it
};

class GitHistory
{
public:
    static Result<HistoryFacts> collect(
        const QString& repositoryPath, const QString& commit, qint64 maxCommits, const std::atomic<bool>& cancelled);
};

} // namespace assay::audit
