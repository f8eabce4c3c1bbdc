// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>

#include <map>

namespace assay::metrics {

// Commits per UTC day (author date) reachable from `commit` (HEAD when empty) of the git
// repository at `path`, newest first, at most `maxCommits`. Used to fill audit_commit_days
// when an audit completes, for commit_frequency and the sessions/commits correlation.
class CommitDays
{
public:
    static Result<std::map<QDate, qint64>> collect(const QString& path, const QString& commit, qint64 maxCommits);
};

} // namespace assay::metrics
