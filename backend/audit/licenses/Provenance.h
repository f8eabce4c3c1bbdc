// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LicensePolicy.h"
#include "SourceMetrics.h"
#include "audit/model/AuditModel.h"

#include <QHash>
#include <QString>
#include <nlohmann/json.hpp>

#include <functional>
#include <map>

// Repository-level conclusions of the license detector, run once in finish():
//  - the repository's declared license (root LICENSE/COPYING files, root manifests, or the
//    `declared_license` setting);
//  - each file's IP class (foreground / third_party / background / unknown) and the rationale,
//    from weighted signals (resources/licenses/provenance.json, `provenance_weights` setting);
//  - `license` findings: risk-listed licenses and conflicts with the declared license;
//  - rewriteability score and effort estimate of foreground files (docs/LICENSES.md).
namespace assay::licenses {

struct ProvenanceSettings
{
    std::map<QString, double> weights;
    double minScore = 1.0;
    QStringList vendorDirectories;
    double daysPerKloc = 10.0;
    double hoursPerDay = 8.0;
    double hourlyRate = 100.0;
    double wComplexity = 0.45, wCoupling = 0.30, wLicense = 0.15, wVulnerability = 0.10;

    double weight(const char* key) const;
    // Embedded defaults, then `provenance_weights`, `rewrite_days_per_kloc`, `rewrite_hourly_rate`,
    // `rewrite_hours_per_day` from the audit's settings.
    static ProvenanceSettings load(const nlohmann::json& settings = nlohmann::json::object());
};

using Rewriteability = audit::Rewriteability;

class Provenance
{
public:
    Provenance(ProvenanceSettings settings, LicensePolicy policy);

    void run(
        audit::AuditReport& report, const audit::AuditOptions& options, const QHash<QString, SourceMetrics>& metrics,
        const QString& root = {}, const std::function<bool()>& cancelled = [] { return false; }) const;

    // Steps of run(), public for tests and callers that need only one of them.
    QString declaredLicense(const audit::AuditReport& report) const;
    void classify(audit::AuditReport& report, const audit::AuditOptions& options, const QString& declared) const;
    void addFindings(audit::AuditReport& report, const QString& declared) const;
    void rewriteability(audit::AuditReport& report, const QHash<QString, SourceMetrics>& metrics) const;

    bool isVendoredPath(const QString& path) const;
    // Files and lines per IP class: {"foreground": {"files", "lines"}, …}.
    static nlohmann::json composition(const audit::AuditReport& report);

    const ProvenanceSettings& settings() const { return m_settings; }
    const LicensePolicy& policy() const { return m_policy; }

private:
    ProvenanceSettings m_settings;
    LicensePolicy m_policy;
};

} // namespace assay::licenses
