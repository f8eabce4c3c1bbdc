// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <vector>

// License categories, the configurable risk list and compatibility with the repository's
// declared license. Data in resources/licenses/risk.json; AuditOptions.settings may replace
// the risk list (`license_risk_list`) and name the declared license (`declared_license`,
// e.g. "LicenseRef-proprietary" for closed code without a LICENSE file).
namespace assay::licenses {

enum class LicenseCategory
{
    None,
    PublicDomain,
    Permissive,
    WeakCopyleft,
    StrongCopyleft,
    NetworkCopyleft,
    NonCommercial,
    Proprietary,
    Unknown,
};

QString categoryName(LicenseCategory c);

struct Conflict
{
    QString severity; // critical | high | medium | low
    QString reason; // one sentence
};

class LicensePolicy
{
public:
    // The embedded defaults, then overrides from audit settings.
    static LicensePolicy load(const nlohmann::json& settings = nlohmann::json::object());
    static LicensePolicy fromJson(const nlohmann::json& doc);

    LicenseCategory category(const QString& licenseId) const;
    // The riskiest category among an expression's ids (an OR takes its least risky branch).
    LicenseCategory expressionCategory(const QString& expression) const;
    // 0 (no obligations) … 1 (network copyleft / proprietary), for rewriteability.
    double riskFactor(const QString& expression) const;

    // Ids of `expression` that are on the risk list (glob patterns such as "AGPL-*").
    QStringList riskListed(const QString& expression) const;
    QString severityFor(LicenseCategory c) const;

    // Why a file under `fileExpr` cannot ship in a product under `declaredExpr`; nullopt when fine.
    std::optional<Conflict> conflict(const QString& fileExpr, const QString& declaredExpr) const;

    const QStringList& riskList() const { return m_riskList; }
    QString declaredOverride() const { return m_declared; }

private:
    std::optional<Conflict> conflictIds(const QString& fileId, const QString& declaredId) const;

    std::vector<std::pair<QString, LicenseCategory>> m_categories; // glob → category, first match wins
    QStringList m_riskList;
    std::map<QString, QString> m_severity;
    std::map<QString, double> m_riskFactor;
    QStringList m_linkingExceptions;
    QString m_declared;
};

bool globMatch(const QString& pattern, const QString& id);

} // namespace assay::licenses
