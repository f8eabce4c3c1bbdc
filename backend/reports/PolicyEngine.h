// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PolicyExpression.h"
#include "core/Json.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The policy gate (issue "Reports and the policy gate"): policy files in YAML or JSON,
//   {name, policies: [{id, name, description, severity, action: block|warn|info, enabled,
//                      when: {...} | condition: "..."}]}
// evaluated against an audit.json document. Structured `when` keys (all must hold):
// license_in, license_category, ip_class, finding_type, severity_at_least,
// vulnerability_severity_at_least, path_glob, metric + op + value. `condition` is a
// PolicyExpression over PolicyEngine::facts(). Built-in packs (resources/policies/*.yaml:
// ma-strict, oss-release, ci-default) are selectable by name. Used by `assay audit --policy`,
// AuditService (API/GUI audits: the submission's `policy`, else the `default_policy` setting)
// and the report writers (the policy section).
namespace assay::reports {

struct PolicyRule
{
    QString id;
    QString name;
    QString description;
    QString severity = QStringLiteral("medium"); // critical | high | medium | low | info
    QString action = QStringLiteral("warn"); // block | warn | info
    bool enabled = true;
    QString message; // optional text of the violation; the engine adds what matched

    // Structured form (empty members are not tested).
    QStringList licenseIn;
    QStringList licenseCategories;
    QStringList ipClasses;
    QStringList findingTypes;
    QString severityAtLeast;
    QString vulnerabilitySeverityAtLeast;
    QStringList pathGlobs;
    QString metric;
    QString op;
    Json value;
    bool hasWhen = false;

    std::optional<PolicyExpression> condition;
};

class PolicySet
{
public:
    // Parses a YAML or JSON policy document; `sourceName` (a file name) prefixes error messages,
    // which are one sentence naming the line and the field.
    static Result<PolicySet> parse(const QByteArray& text, const QString& sourceName);
    // From an already-parsed JSON object (an API submission's inline policy).
    static Result<PolicySet> fromJson(const Json& policy, const QString& sourceName = QStringLiteral("policy"));
    // A built-in pack name (ma-strict, oss-release, ci-default) or a path to a file.
    static Result<PolicySet> load(const QString& packOrFile);
    // A submission's `policy` option: a pack name / path (string) or an inline object.
    static Result<PolicySet> fromOption(const Json& option);

    static QStringList builtInPacks();
    static bool isBuiltInPack(const QString& name);

    const QString& name() const { return m_name; }
    const std::vector<PolicyRule>& rules() const { return m_rules; }

    // {name, passed, violations: [{policy_id, severity, action, message, finding_ids}]}.
    Json evaluate(const Json& audit) const;

private:
    QString m_name;
    std::vector<PolicyRule> m_rules;
};

class PolicyEngine
{
public:
    // The values a condition can read (see docs/REPORTS.md): third_party_percentage,
    // vulnerability_count.CRITICAL, license_types, secret_count, repository.name, …
    static Json facts(const Json& audit);
    static QStringList factNames();
    // Evaluates `policies` and writes the result into `audit["policy"]`; returns whether it passed.
    static bool apply(const PolicySet& policies, Json& audit);
};

} // namespace assay::reports
