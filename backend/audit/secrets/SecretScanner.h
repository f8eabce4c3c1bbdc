// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretRules.h"

#include "core/Result.h"

#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace assay::audit {

// One confirmed secret. It never holds the secret itself: only the redacted evidence and the
// SHA-256 of the value (for fingerprints and for following a secret through history).
struct SecretHit
{
    int rule = -1; // index into SecretRules::rules()
    int line = 0; // 1-based
    int column = 0; // 1-based, in characters
    QString severity; // the rule's, weighted down in test paths and for encrypted keys
    QString evidence; // redactSecret(value): first 4 characters + "…"
    QString secretSha256; // hex
    bool testContext = false;
};

// What a scan takes from a file's path: the path-restricted rules the path selects, and whether
// the file is a lockfile (no generic assignments) or in a test context (severity weighted down);
// those two are worked out only for files with candidates. Two files with the same bytes and
// equal profiles have the same hits.
class SecretPathProfile
{
public:
    SecretPathProfile() = default;
    explicit SecretPathProfile(QString path);

    std::vector<int> pathRules; // indexes into SecretRules::rules(), ascending

    bool isLockfile() const;
    bool isTestPath() const;

private:
    QString m_path;
    mutable signed char m_lockfile = -1, m_test = -1; // -1: not worked out yet
};

// The matching engine: one vectorscan pass over the file runs every rule that starts from or
// holds a distinctive literal (tokens such as `ghp_…`, URLs with credentials) together with the
// keyword literals of the generic rules (`password = "…"`), which are costly regexes; each group
// of generic rules sharing keywords has its own database, run only on the lines that hold one
// of its keywords. Each candidate line is then confirmed with the rule's PCRE2 regex (which
// extracts the `secret` group) and the value-level checks of SecretFilters.
// Immutable after create(); scan() is thread-safe (scratch space is pooled).
class SecretScanner
{
public:
    // `cacheDir`, when given, keeps the compiled databases between runs (compiling them takes
    // ~0.6 s): a file named after a hash of the patterns and the vectorscan version, loaded when
    // it matches this machine and rebuilt (atomically) when it is missing, stale or damaged.
    static Result<std::shared_ptr<const SecretScanner>> create(
        std::shared_ptr<const SecretRules> rules, const QString& cacheDir = {});
    // Whether the last create() with a cache directory loaded the databases from it (tests).
    bool loadedFromCache() const;
    ~SecretScanner();
    SecretScanner(const SecretScanner&) = delete;
    SecretScanner& operator=(const SecretScanner&) = delete;

    const SecretRules& rules() const;

    // Confirmed secrets in `content`, a file at `path` (relative, '/'-separated; used for
    // path-specific rules, lockfiles and test-path weighting). Ordered by line.
    std::vector<SecretHit> scan(std::string_view content, const QString& path) const;
    // The same, for a path already profiled (see SecretPathProfile).
    // `candidates`, when given, tells whether any rule had a raw match (hits or not): without
    // one, the file has no hits under any profile.
    std::vector<SecretHit> scan(
        std::string_view content, const SecretPathProfile& profile, bool* candidates = nullptr) const;
    SecretPathProfile profile(const QString& path) const;

    // The matcher alone (keyword prefilter and regex pass, no confirmation), for benchmarks:
    // the number of raw candidate matches.
    size_t countCandidates(std::string_view content) const;

private:
    SecretScanner();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace assay::audit
