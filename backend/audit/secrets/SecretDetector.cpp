// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretDetector.h"

#include "GitHistoryScanner.h"

#include "core/Logging.h"

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

std::vector<Finding> SecretDetector::findingsFor(std::string_view content, const QString& path) const
{
    std::vector<Finding> out;
    const auto& rules = m_scanner->rules();
    for (const auto& hit : m_scanner->scan(content, path)) {
        if (m_ignore.ignoresRule(rules.rules()[size_t(hit.rule)].id))
            continue;
        Finding f = secretFinding(rules, hit, path);
        if (m_ignore.ignoresFingerprint(f.fingerprint))
            continue;
        out.push_back(std::move(f));
    }
    return out;
}

void SecretDetector::scan(const FileView& file, FileResult& out) const
{
    if (file.content.empty() || m_ignore.ignoresPath(file.path))
        return;
    auto found = findingsFor(file.content, file.path);
    if (found.empty())
        return;
    out.extra["secrets"] = {{"count", found.size()}};
    for (auto& f : found)
        out.findings.push_back(std::move(f));
}

void SecretDetector::finish(AuditReport& report, const DetectorContext& context)
{
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
