// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssayIgnore.h"
#include "SecretScanner.h"

#include "audit/model/Detector.h"

#include <memory>

namespace assay::audit {

// The secret detector of an audit (issue 6): scans every text file with SecretScanner and turns
// each confirmed secret into a finding of type "secret" whose evidence is redacted and whose
// fingerprint is rule + file + SHA-256 of the secret. Honours `assay:ignore` comments and the
// repository's `.assayignore`. With AuditOptions::history set, finish() also walks the git
// history for secrets that were committed and later removed. scan() is thread-safe.
class SecretDetector : public Detector
{
public:
    static Result<std::unique_ptr<SecretDetector>> create(const DetectorSetup& setup);
    SecretDetector(std::shared_ptr<const SecretScanner> scanner, AssayIgnore ignore, DetectorSetup setup);

    QString name() const override { return QStringLiteral("secrets"); }
    bool wants(const FileView& file) const override;
    void scan(const FileView& file, FileResult& out) const override;
    void finish(AuditReport& report, const DetectorContext& context) override;

    // The findings for `content` as if it were the file at `path` (used by scan() and history).
    std::vector<Finding> findingsFor(std::string_view content, const QString& path) const;

    const SecretScanner& scanner() const { return *m_scanner; }
    const AssayIgnore& ignore() const { return m_ignore; }

private:
    std::shared_ptr<const SecretScanner> m_scanner;
    AssayIgnore m_ignore;
    DetectorSetup m_setup;
};

// A finding of type "secret" from a hit, for `path` (redacted evidence, fingerprint).
Finding secretFinding(const SecretRules& rules, const SecretHit& hit, const QString& path);

// The factory the audit job runner calls; null (and a critical log line) only if the embedded
// rule set cannot be loaded, which the unit tests rule out.
std::unique_ptr<Detector> makeSecretDetector(const DetectorSetup& setup);

} // namespace assay::audit
