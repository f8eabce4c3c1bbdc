// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/AuditModel.h"
#include "core/Result.h"

#include <QString>

#include <functional>
#include <vector>

namespace assay::audit {

class SecretDetector;

struct HistoryScanOptions
{
    int maxCommits = 20000;
    std::function<bool()> cancelled = [] { return false; };
};

struct HistoryScanResult
{
    std::vector<Finding> findings; // secrets committed and no longer in HEAD
    qint64 commitsScanned = 0;
};

// Walks the commits reachable from HEAD of the git repository at `root` and scans the lines
// each commit added (against its first parent) with `detector`. A secret that is no longer in
// the HEAD version of its file is reported as a finding with details {commit, commit_time,
// removed: true} and the line in that commit's version of the file. Secrets still in HEAD are
// left to the ordinary file scan. The secret itself is never kept: only its fingerprint.
Result<HistoryScanResult> scanGitHistory(
    const QString& root, const SecretDetector& detector, const HistoryScanOptions& options = {});

} // namespace assay::audit
