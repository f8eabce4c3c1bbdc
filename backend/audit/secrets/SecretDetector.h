// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssayIgnore.h"
#include "SecretScanner.h"

#include "audit/model/Detector.h"

#include <memory>
#include <mutex>
#include <unordered_map>

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
    // How many files scan() answered from an identical file's hits (tests, benchmarks).
    qint64 filesFromMemo() const;

    const SecretScanner& scanner() const { return *m_scanner; }
    const AssayIgnore& ignore() const { return m_ignore; }

private:
    // Identical files (vendored copies, per-platform generated headers: a fifth of the bytes of
    // the nodejs sources, a third of /usr/include) are matched once per audit: the result is kept
    // under the content's size and 128-bit XXH3 hash and the path-restricted rules the path
    // selects. A copy takes it when the first file had no candidates at all, or when both paths
    // agree on being lockfiles and test paths (the rest of SecretPathProfile). Findings
    // (fingerprints, .assayignore) are still made per path.
    struct MemoKey
    {
        quint64 hashLow = 0, hashHigh = 0, size = 0;
        std::vector<int> pathRules;
        bool operator==(const MemoKey&) const = default;
    };
    struct MemoKeyHash
    {
        size_t operator()(const MemoKey& k) const noexcept
        {
            return size_t(k.hashLow ^ (k.size * 0x9E3779B97F4A7C15ull));
        }
    };
    struct MemoEntry
    {
        std::vector<SecretHit> hits;
        bool candidates = false;
        bool lockfile = false, test = false; // the first path's, when it had candidates
    };
    std::vector<SecretHit> hitsFor(std::string_view content, const QString& path) const;
    std::vector<Finding> findingsFrom(const std::vector<SecretHit>& hits, const QString& path) const;

    std::shared_ptr<const SecretScanner> m_scanner;
    AssayIgnore m_ignore;
    DetectorSetup m_setup;
    mutable std::mutex m_memoMutex;
    mutable std::unordered_map<MemoKey, MemoEntry, MemoKeyHash> m_memo;
    mutable qint64 m_fromMemo = 0;
};

// A finding of type "secret" from a hit, for `path` (redacted evidence, fingerprint).
Finding secretFinding(const SecretRules& rules, const SecretHit& hit, const QString& path);

// The factory the audit job runner calls; null (and a critical log line) only if the embedded
// rule set cannot be loaded, which the unit tests rule out.
std::unique_ptr<Detector> makeSecretDetector(const DetectorSetup& setup);

} // namespace assay::audit
