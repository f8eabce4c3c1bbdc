// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/Detector.h"

#include <QMutex>

#include <memory>
#include <vector>

namespace assay::audit::deps {

// The dependency detector (issue 7): scan() parses each manifest or lockfile the walker offers
// into FileResult::dependencies (thread-safe: no shared state but a mutex-guarded copy); finish()
// merges them with what the runner put into AuditReport::dependencies, de-duplicates (a lockfile
// wins over a manifest of the same folder or a parent folder), and — when the audit has a
// database — matches exact versions against the imported OSV advisories, filling
// AuditReport::vulnerabilities and findings of type "vulnerability". Unpinned dependencies are
// never matched as if pinned: they get an "info" finding saying the version is unknown.
class DependencyDetector : public Detector
{
public:
    explicit DependencyDetector(DetectorSetup setup);

    QString name() const override { return QStringLiteral("dependencies"); }
    bool wants(const FileView& file) const override;
    void scan(const FileView& file, FileResult& out) const override;
    void finish(AuditReport& report, const DetectorContext& context) override;

    // The de-duplication finish() applies, exposed for tests and the SBOM benchmark.
    static std::vector<Dependency> deduplicate(std::vector<Dependency> deps);

private:
    DetectorSetup m_setup;
    mutable QMutex m_mutex;
    mutable std::vector<Dependency> m_found;
};

} // namespace assay::audit::deps

namespace assay::audit {
// The factory the detector registry calls (next to makeLicenseDetector, makeSecretDetector).
std::unique_ptr<Detector> makeDependencyDetector(const DetectorSetup& setup);
} // namespace assay::audit

namespace assay::audit::deps {
using audit::makeDependencyDetector;
} // namespace assay::audit::deps
