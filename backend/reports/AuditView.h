// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

// Read-only helpers over an audit.json document (SPEC §6) shared by the report writers and the
// policy engine: tolerant accessors (a stored audit may lack optional parts), the repository's
// display name, license categories, IP shares and top-level modules.
namespace assay::reports {

// "critical" 5 … "info" 0; unknown words rank 1 (between info and low).
int severityRank(const QString& severity);
// Normalises "CRITICAL", "moderate", … to critical | high | medium | low | info | unknown.
QString normalizeSeverity(const QString& severity);

// License category of an SPDX expression: permissive, public-domain, weak-copyleft,
// strong-copyleft, network-copyleft, non-commercial, proprietary, unknown; "none" when empty.
// From the license detector's LicensePolicy (resources/licenses/risk.json) when it is built in.
QString licenseCategory(const QString& expression);
// The coarse group used by policies: permissive | weak-copyleft | strong-copyleft | proprietary |
// unknown (public domain → permissive, network copyleft → strong copyleft, non-commercial → proprietary).
QString coarseCategory(const QString& category);
// Every license id of an expression ("Apache-2.0 OR MIT" → Apache-2.0, MIT), WITH exceptions dropped.
QStringList licenseIds(const QString& expression);

// Shell-style glob on '/'-separated paths: `*` and `?` stay within one segment, `**` crosses
// segments ("vendor/**", "**/*.min.js"); case-sensitive. A pattern without '/' matches the base name too.
bool pathGlobMatch(const QString& pattern, const QString& path);

struct ModuleRow
{
    QString module; // top-level folder, or "(root)" for files at the root
    qint64 files = 0;
    qint64 lines = 0;
    std::map<QString, qint64> ipLines; // ip_class → lines
    std::map<QString, qint64> licenseFiles; // expression → files
    QString origin; // dominant IP class by lines
    QStringList licenses; // most files first
    double score = -1; // mean rewriteability score of its scored files (lines-weighted), -1 when none
    qint64 scoredFiles = 0;
    double effortDays = 0;
    QString worstCategory; // riskiest license category among its files
    QStringList notes;
    QString rewriteable; // yes | partly | no | n/a
};

class AuditView
{
public:
    explicit AuditView(const Json& audit);

    // `audit` must outlive the view.
    const Json& doc() const { return m_doc; }
    const Json& files() const { return *m_files; }
    const Json& findings() const { return *m_findings; }
    const Json& dependencies() const { return *m_dependencies; }
    const Json& vulnerabilities() const { return *m_vulnerabilities; }
    const Json& contributors() const { return *m_contributors; }
    const Json& summary() const { return *m_summary; }
    const Json& policy() const { return *m_policy; } // null when no policy was evaluated

    QString repositoryName() const; // last path segment of root/source, ".git" stripped
    QString repositorySource() const;
    QString commit() const;
    QString ref() const;
    QString date() const; // yyyy-MM-dd of finished_at (or started_at, or today)
    QString finishedAt() const;
    QString toolVersion() const;

    qint64 totalLines() const;
    // Lines (or files when no line counts) per IP class; the four classes always present.
    std::map<QString, qint64> ipLines() const;
    std::map<QString, qint64> ipFiles() const;
    // Share of lines (files when there are no lines) in `ipClass`, 0..100.
    double ipPercentage(const QString& ipClass) const;

    std::vector<ModuleRow> modules() const;
    // Findings with the given type, in document order.
    std::vector<const Json*> findingsOfType(const QString& type) const;
    // The file entry for a path, or nullptr.
    const Json* file(const QString& path) const;

    static QString string(const Json& obj, const char* key, const QString& fallback = {});
    static qint64 integer(const Json& obj, const char* key, qint64 fallback = 0);

private:
    const Json& m_doc;
    const Json *m_files, *m_findings, *m_dependencies, *m_vulnerabilities, *m_contributors, *m_summary, *m_policy;
    std::map<QString, std::size_t> m_fileIndex;
};

} // namespace assay::reports
