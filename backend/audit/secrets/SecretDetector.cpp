// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretDetector.h"

#include "GitHistoryScanner.h"

#include "core/Logging.h"

#include <xxh_x86dispatch.h>

#include <algorithm>
#include <mutex>

namespace assay::audit {

Finding secretFinding(const SecretRules& rules, const SecretHit& hit, const QString& path)
{
    const SecretRule& rule = rules.rules()[size_t(hit.rule)];
    Finding f;
    f.type = QStringLiteral("secret");
    f.severity = hit.severity;
    f.ruleId = rule.id;
    f.title = rule.title;
    f.file = path;
    f.line = hit.line;
    f.evidence = hit.evidence;
    f.fingerprint = fingerprint({rule.id, path, hit.secretSha256});
    f.details = {{"column", hit.column}, {"test_context", hit.testContext}};
    return f;
}

Result<std::unique_ptr<SecretDetector>> SecretDetector::create(const DetectorSetup& setup)
{
    // The compiled database (~0.6 s to build) is shared by every audit of the process, and kept
    // between runs in the data directory's cache folder.
    static std::mutex mutex;
    static std::shared_ptr<const SecretScanner> shared;
    std::shared_ptr<const SecretScanner> scanner;
    {
        std::lock_guard lock(mutex);
        if (!shared) {
            auto rules = SecretRules::builtin();
            if (!rules)
                return rules.error();
            auto created = SecretScanner::create(*rules, setup.cacheDir);
            if (!created)
                return created.error();
            shared = *created;
        }
        scanner = shared;
    }
    return std::make_unique<SecretDetector>(scanner, AssayIgnore::load(setup.root), setup);
}

SecretDetector::SecretDetector(std::shared_ptr<const SecretScanner> scanner, AssayIgnore ignore, DetectorSetup setup)
    : m_scanner(std::move(scanner))
    , m_ignore(std::move(ignore))
    , m_setup(std::move(setup))
{ }

bool SecretDetector::wants(const FileView& file) const
{
    if (file.binary || file.size == 0)
        return false;
    if (file.path == u".assayignore")
        return false;
    return !m_ignore.ignoresPath(file.path);
}

namespace {

// Files smaller than this are matched again rather than remembered: their scan costs about what
// a lookup does, and a tree of millions of small files would fill the memo.
constexpr size_t kMemoMinBytes = 2048;
constexpr size_t kMemoMaxEntries = size_t(1) << 20;

} // namespace

std::vector<Finding> SecretDetector::findingsFrom(const std::vector<SecretHit>& hits, const QString& path) const
{
    std::vector<Finding> out;
    const auto& rules = m_scanner->rules();
    for (const auto& hit : hits) {
        if (m_ignore.ignoresRule(rules.rules()[size_t(hit.rule)].id))
            continue;
        Finding f = secretFinding(rules, hit, path);
        if (m_ignore.ignoresFingerprint(f.fingerprint))
            continue;
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<Finding> SecretDetector::findingsFor(std::string_view content, const QString& path) const
{
    return findingsFrom(m_scanner->scan(content, path), path);
}

std::vector<SecretHit> SecretDetector::hitsFor(std::string_view content, const QString& path) const
{
    SecretPathProfile profile = m_scanner->profile(path);
    if (content.size() < kMemoMinBytes)
        return m_scanner->scan(content, profile);
    const XXH128_hash_t hash = XXH3_128bits_dispatch(content.data(), content.size());
    MemoKey key {hash.low64, hash.high64, content.size(), profile.pathRules};
    bool known = false;
    {
        std::lock_guard lock(m_memoMutex);
        if (const auto it = m_memo.find(key); it != m_memo.end()) {
            const MemoEntry& e = it->second;
            known = true;
            if (!e.candidates) {
                ++m_fromMemo;
                return {};
            }
            if (e.lockfile == profile.isLockfile() && e.test == profile.isTestPath()) {
                ++m_fromMemo;
                return e.hits;
            }
        }
    }
    // A copy in another context (say, under tests/) is matched again; the entry stays.
    if (known)
        return m_scanner->scan(content, profile);
    // Two workers holding the same bytes at once both match them; the first result is kept.
    MemoEntry entry;
    entry.hits = m_scanner->scan(content, profile, &entry.candidates);
    if (entry.candidates) {
        entry.lockfile = profile.isLockfile();
        entry.test = profile.isTestPath();
    }
    std::lock_guard lock(m_memoMutex);
    if (m_memo.size() < kMemoMaxEntries)
        m_memo.try_emplace(std::move(key), entry);
    return std::move(entry.hits);
}

qint64 SecretDetector::filesFromMemo() const
{
    std::lock_guard lock(m_memoMutex);
    return m_fromMemo;
}

void SecretDetector::scan(const FileView& file, FileResult& out) const
{
    if (file.content.empty() || m_ignore.ignoresPath(file.path))
        return;
    auto found = findingsFrom(hitsFor(file.content, file.path), file.path);
    if (found.empty())
        return;
    out.extra["secrets"] = {{"count", found.size()}};
    for (auto& f : found)
        out.findings.push_back(std::move(f));
}

void SecretDetector::finish(AuditReport& report, const DetectorContext& context)
{
    if (const qint64 reused = filesFromMemo(); reused > 0)
        qCInfo(lcAudit) << "secret scan:" << reused << "files were copies of files already matched";
    if (!context.options.history || m_setup.root.isEmpty())
        return;
    HistoryScanOptions options;
    options.cancelled = context.cancelled;
    // Settings overrides of the audit (SettingsStore key history_max_commits) bound the walk.
    if (const auto it = context.options.settings.find("history_max_commits");
        it != context.options.settings.end() && it->is_number_integer())
        options.maxCommits = int(std::clamp<qint64>(it->get<qint64>(), 1, 10000000));
    auto removed = scanGitHistory(m_setup.root, *this, options);
    if (!removed) {
        qCWarning(lcAudit) << "secret history scan skipped:" << removed.error().message;
        return;
    }
    qCInfo(lcAudit) << "secret history scan:" << removed->commitsScanned << "commits," << removed->findings.size()
                    << "removed secrets";
    for (auto& f : removed->findings)
        report.findings.push_back(std::move(f));
}

std::unique_ptr<Detector> makeSecretDetector(const DetectorSetup& setup)
{
    auto detector = SecretDetector::create(setup);
    if (!detector) {
        qCCritical(lcAudit) << "secret detector unavailable:" << detector.error().message;
        return nullptr;
    }
    return std::move(*detector);
}

} // namespace assay::audit
