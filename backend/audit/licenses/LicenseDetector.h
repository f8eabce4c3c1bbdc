// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceMetrics.h"
#include "audit/model/Detector.h"

#include <QHash>
#include <QMutex>

#include <memory>

// The licenses-and-provenance detector (issue 5). scan() finds each file's license expression,
// its evidence and copyright statements, and measures what rewriteability needs (branches,
// nesting, imports); finish() decides each file's IP class and rationale, the repository's IP
// composition, `license` findings (risk list, conflicts with the declared license) and the
// rewriteability score and effort of foreground files. Built by makeLicenseDetector().
namespace assay::audit {

class LicenseDetector : public Detector
{
public:
    explicit LicenseDetector(const DetectorSetup& setup);

    QString name() const override { return QStringLiteral("licenses"); }
    bool wants(const FileView& file) const override;
    void prepare(const QStringList& rootFiles) override;
    void scan(const FileView& file, FileResult& out) const override;
    void finish(AuditReport& report, const DetectorContext& context) override;

    // Metrics gathered by scan(), by path (finish() and tests read them).
    QHash<QString, licenses::SourceMetrics> metrics() const;

private:
    DetectorSetup m_setup;
    bool m_measure = true; // whether any file can be foreground (scored for rewriteability)
    // Whether a file without a license of its own can be foreground (the organisation's names,
    // domains or engagement start are known); otherwise such a file's imports alone are read.
    bool m_measureUnlicensed = true;
    mutable QMutex m_mutex;
    mutable QHash<QString, licenses::SourceMetrics> m_metrics;
};

std::unique_ptr<Detector> makeLicenseDetector(const DetectorSetup& setup);

} // namespace assay::audit
