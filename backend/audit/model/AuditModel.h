// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

// The in-memory model of one audit, shaped like `audit.json` (SPEC §6, schema assay.audit/1).
// Detectors fill it, the job runner stores it, report writers read it.
namespace assay::audit {

struct LineCounts
{
    qint64 code = 0;
    qint64 comment = 0;
    qint64 blank = 0;
    qint64 total() const { return code + comment + blank; }
};

// One finding: type license | secret | vulnerability | policy. `evidence` is always safe to
// store and show (a secret's is redacted by redactSecret()).
struct Finding
{
    QString id;
    QString type;
    QString severity; // critical | high | medium | low | info
    QString ruleId;
    QString title;
    QString file; // relative, '/'-separated; empty for repository-level findings
    int line = 0; // 1-based; 0 when not tied to a line
    QString evidence;
    QString fingerprint; // stable across re-audits
    QString status = QStringLiteral("open");
    nlohmann::json details = nlohmann::json::object();
};

// A license matched in one file.
struct LicenseHit
{
    QString expression; // SPDX license expression
    double confidence = 0.0; // 0..1
    int startLine = 0;
    int endLine = 0;
    QString source; // spdx-tag | text | notice | license-file | package-metadata
    bool partial = false;
};

struct CopyrightHit
{
    QString statement;
    QStringList holders;
    QString years;
    int line = 0;
};

struct Dependency
{
    QString name;
    QString version; // exact when locked; the range string when not
    QString ecosystem;
    QString purl;
    QString scope = QStringLiteral("runtime"); // runtime | dev | optional
    bool direct = true;
    bool versionExact = true;
    QString manifest; // relative path
    QStringList licenses;
};

struct Vulnerability
{
    QString id;
    QStringList aliases;
    QString purl;
    QString installedVersion;
    QString fixedVersion;
    QString severity; // critical | high | medium | low | unknown
    std::optional<double> cvss;
    QString summary;
};

struct Contributor
{
    QString name;
    QString email;
    qint64 commits = 0;
    qint64 linesAdded = 0;
    qint64 linesRemoved = 0;
    QDateTime firstCommit;
    QDateTime lastCommit;
};

// What the detectors say about one file, produced on a worker thread.
struct FileResult
{
    std::optional<LineCounts> lines; // from the language detector
    std::vector<Finding> findings;
    std::optional<LicenseHit> license; // the combined per-file expression
    std::vector<LicenseHit> licenseEvidence; // each match that went into it
    std::vector<CopyrightHit> copyrights;
    std::vector<Dependency> dependencies;
    nlohmann::json extra = nlohmann::json::object(); // detector-specific facts keyed by detector name
};

// How hard a foreground source file would be to rewrite (licenses detector; formulas in
// docs/LICENSES.md). Written as the file's `rewriteability` object in audit.json.
struct Rewriteability
{
    double score = 0; // 0 (hard to replace) … 100 (easy)
    double complexity = 0; // 0..1
    double coupling = 0; // 0..1
    double licenseRisk = 0; // 0..1
    double vulnerability = 0; // 0..1
    int fanIn = 0;
    int fanOut = 0;
    double effortDays = 0;
    double effortCost = 0;
    nlohmann::json toJson() const; // values rounded to two decimals
};

struct FileRecord
{
    QString path; // relative, '/'
    QString language;
    qint64 size = 0;
    bool binary = false;
    bool vendored = false;
    bool generated = false;
    bool textScanned = true; // false when over the size cap or binary
    LineCounts lines;
    QString license; // SPDX expression or empty
    double licenseConfidence = 0.0;
    std::vector<LicenseHit> licenseEvidence;
    std::vector<CopyrightHit> copyrights;
    QString ipClass = QStringLiteral("unknown"); // foreground | third_party | background | unknown
    QStringList rationale;
    QStringList authors; // e-mail addresses, most lines first
    std::optional<Rewriteability> rewriteability; // foreground source files
    nlohmann::json extra = nlohmann::json::object();
};

struct RepositoryInfo
{
    QString source; // path or URL as given
    QString ref;
    QString commit;
    QString root; // absolute path that was walked
    QString name; // short display name
};

struct PolicyViolation
{
    QString policyId;
    QString severity;
    QString action; // block | warn | info
    QString message;
    QStringList findingIds;
};

struct PolicyResult
{
    QString name;
    bool evaluated = false;
    bool passed = true;
    std::vector<PolicyViolation> violations;
};

// Options a user chose for an audit; detectors read what concerns them.
struct AuditOptions
{
    QStringList orgDomains; // e-mail domains of the organisation (foreground authorship)
    QStringList orgNames; // copyright holder names of the organisation
    QDateTime engagementStart;
    qint64 maxTextBytes = qint64(10) * 1024 * 1024;
    bool history = false; // scan git history for removed secrets
    nlohmann::json settings = nlohmann::json::object(); // detector settings overrides
};

struct AuditReport
{
    QString id;
    RepositoryInfo repository;
    QString status = QStringLiteral("queued");
    QDateTime startedAt;
    QDateTime finishedAt;
    AuditOptions options;

    qint64 filesScanned = 0;
    qint64 bytesScanned = 0;
    qint64 commits = 0;

    std::vector<FileRecord> files;
    std::vector<Finding> findings;
    std::vector<Dependency> dependencies;
    std::vector<Vulnerability> vulnerabilities;
    std::vector<Contributor> contributors;
    PolicyResult policy;

    // SPEC §6 document; `summary` is computed from the vectors above.
    nlohmann::json toJson() const;
    // The same document written piece by piece (a 100k-file audit never builds one giant tree).
    // `indent` as nlohmann::json::dump; returns false when the sink fails.
    bool writeJson(const std::function<bool(const char*, size_t)>& sink, int indent = 2) const;
    nlohmann::json summaryJson() const;
};

// "AKIA…": first 4 characters and an ellipsis — the only form in which a secret is kept.
QString redactSecret(std::string_view secret);
// SHA-256 hex of `parts` joined with NUL; used for fingerprints (rule + file + secret hash, …).
QString fingerprint(const QStringList& parts);

nlohmann::json toJson(const Finding& f);
nlohmann::json toJson(const Dependency& d);
nlohmann::json toJson(const Vulnerability& v);
nlohmann::json toJson(const Contributor& c);
nlohmann::json toJson(const FileRecord& f);

} // namespace assay::audit
