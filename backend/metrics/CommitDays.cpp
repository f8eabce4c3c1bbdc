// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitDays.h"

#include "audit/walk/GitSupport.h"

#include <QDateTime>
#include <QTimeZone>

namespace assay::metrics {

Result<std::map<QDate, qint64>> CommitDays::collect(const QString& path, const QString& commit, qint64 maxCommits)
{
    namespace git = audit::git;
    auto repo = git::open(path);
    if (!repo)
        return repo.error();
    auto start = git::resolveCommit(repo->get(), commit);
    if (!start)
        return start.error();
    git_revwalk* rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repo->get()) != 0)
        return Error::internal(git::lastError(QStringLiteral("Cannot walk the history")));
    git::RevWalk walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TIME);
    if (git_revwalk_push(walk.get(), git_commit_id(start->get())) != 0)
        return Error::internal(git::lastError(QStringLiteral("Cannot walk the history")));
    std::map<QDate, qint64> days;
    git_oid oid;
    qint64 walked = 0;
    while (walked < maxCommits && git_revwalk_next(&oid, walk.get()) == 0) {
        git_commit* raw = nullptr;
        if (git_commit_lookup(&raw, repo->get(), &oid) != 0)
            continue;
        git::Commit c(raw);
        const git_signature* author = git_commit_author(c.get());
        const qint64 seconds = author ? qint64(author->when.time) : qint64(git_commit_time(c.get()));
        ++days[QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).date()];
        ++walked;
    }
    return days;
}

} // namespace assay::metrics
