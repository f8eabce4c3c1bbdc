// SPDX-License-Identifier: GPL-3.0-or-later
#include "SarifReport.h"

#include "AuditView.h"

#include <QUrl>

#include <map>

namespace assay::reports {

using assay::json::str;

namespace {

QString level(const QString& severity)
{
    const int rank = severityRank(severity);
    return rank >= 4 ? QStringLiteral("error") : rank >= 3 ? QStringLiteral("warning") : QStringLiteral("note");
}

QString securitySeverity(const QString& severity)
{
    switch (severityRank(severity)) {
    case 5:
        return QStringLiteral("9.5");
    case 4:
        return QStringLiteral("8.0");
    case 3:
        return QStringLiteral("5.5");
    case 2:
        return QStringLiteral("3.0");
    default:
        return QStringLiteral("0.0");
    }
}

QString typeDescription(const QString& type)
{
    if (type == QLatin1String("secret"))
        return QStringLiteral("A credential or key is written in the code. Revoke it, remove it from the history and "
                              "load it from a secret store at run time. Evidence is redacted.");
    if (type == QLatin1String("license"))
        return QStringLiteral("A file's license is on the license risk list or is incompatible with the repository's "
                              "declared license.");
    if (type == QLatin1String("vulnerability"))
        return QStringLiteral("A dependency version is affected by a published security advisory.");
    if (type == QLatin1String("policy"))
        return QStringLiteral("A rule of the audit's policy is violated.");
    return QStringLiteral("An audit finding.");
}

QString ruleName(const QString& id)
{
    // SARIF rule names are PascalCase identifiers: "license.risk-list" → "LicenseRiskList".
    QString out;
    bool upper = true;
    for (const QChar c : id) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out.isEmpty() ? QStringLiteral("Finding") : out;
}

Json location(const QString& path, qint64 line)
{
    Json physical = {{"artifactLocation",
        {{"uri", QUrl::toPercentEncoding(path, "/-._~").toStdString()}, {"uriBaseId", "SRCROOT"}}}};
    if (line > 0)
        physical["region"] = {{"startLine", line}};
    return {{"physicalLocation", physical}};
}

} // namespace

Json SarifReport::build(const Json& audit)
{
    const AuditView view(audit);
    Json rules = Json::array();
    std::map<QString, std::size_t> ruleIndex;
    auto ruleFor = [&](const QString& id, const QString& type, const QString& severity, const QString& title,
                       const QString& description) -> std::size_t {
        const auto it = ruleIndex.find(id);
        if (it != ruleIndex.end()) {
            // The rule's default severity is the highest seen.
            auto& rule = rules[it->second];
            if (severityRank(severity)
                > severityRank(QString::fromStdString(rule["properties"]["severity"].get<std::string>()))) {
                rule["properties"]["severity"] = str(normalizeSeverity(severity));
                rule["properties"]["security-severity"] = str(securitySeverity(severity));
                rule["defaultConfiguration"]["level"] = str(level(severity));
            }
            return it->second;
        }
        Json rule = {{"id", str(id)}, {"name", str(ruleName(id))}, {"shortDescription", {{"text", str(title)}}},
            {"fullDescription", {{"text", str(description)}}}, {"help", {{"text", str(description)}}},
            {"defaultConfiguration", {{"level", str(level(severity))}}},
            {"properties",
                {{"tags", Json::array({str(type), "assay"})}, {"severity", str(normalizeSeverity(severity))},
                    {"security-severity", str(securitySeverity(severity))}}}};
        rules.push_back(std::move(rule));
        ruleIndex[id] = rules.size() - 1;
        return rules.size() - 1;
    };

    Json results = Json::array();
    for (const auto& f : view.findings()) {
        const QString type = AuditView::string(f, "type");
        const QString severity = AuditView::string(f, "severity", QStringLiteral("unknown"));
        QString ruleId = AuditView::string(f, "rule_id");
        if (ruleId.isEmpty())
            ruleId = type;
        const QString title = AuditView::string(f, "title", ruleId);
        const std::size_t index = ruleFor(ruleId, type, severity,
            type == QLatin1String("vulnerability") || type == QLatin1String("license")
                ? title.section(QLatin1Char(':'), 0, 0)
                : title,
            typeDescription(type));
        QString text = title;
        const QString evidence = AuditView::string(f, "evidence");
        if (!evidence.isEmpty())
            text += QStringLiteral(" (evidence: %1)").arg(evidence);
        Json r = {{"ruleId", str(ruleId)}, {"ruleIndex", index}, {"level", str(level(severity))},
            {"message", {{"text", str(text)}}}};
        const QString path = AuditView::string(f, "file");
        if (!path.isEmpty())
            r["locations"] = Json::array({location(path, AuditView::integer(f, "line"))});
        const QString fp = AuditView::string(f, "fingerprint");
        if (!fp.isEmpty())
            r["partialFingerprints"] = {{"assayFingerprint/v1", str(fp)}};
        const QString status = AuditView::string(f, "status", QStringLiteral("open"));
        if (status == QLatin1String("false_positive") || status == QLatin1String("resolved"))
            r["suppressions"] = Json::array({{{"kind", "external"}, {"status", "accepted"},
                {"justification",
                    status == QLatin1String("false_positive") ? "triaged as a false positive"
                                                              : "triaged as resolved"}}});
        r["properties"] = {{"type", str(type)}, {"severity", str(normalizeSeverity(severity))}, {"status", str(status)},
            {"findingId", str(AuditView::string(f, "id"))}};
        results.push_back(std::move(r));
    }

    const Json& policy = view.policy();
    if (policy.is_object())
        for (const auto& v : policy.value("violations", Json::array())) {
            const QString id = QStringLiteral("policy/") + AuditView::string(v, "policy_id");
            const QString action = AuditView::string(v, "action", QStringLiteral("warn"));
            const QString severity = AuditView::string(v, "severity", QStringLiteral("medium"));
            const std::size_t index = ruleFor(id, QStringLiteral("policy"), severity,
                AuditView::string(v, "name", AuditView::string(v, "policy_id")),
                typeDescription(QStringLiteral("policy")));
            Json r = {{"ruleId", str(id)}, {"ruleIndex", index},
                {"level",
                    action == QLatin1String("block")      ? "error"
                        : action == QLatin1String("warn") ? "warning"
                                                          : "note"},
                {"message", {{"text", str(AuditView::string(v, "message"))}}},
                {"properties",
                    {{"type", "policy"}, {"action", str(action)}, {"policy", str(AuditView::string(policy, "name"))},
                        {"findingIds", v.value("finding_ids", Json::array())}}}};
            results.push_back(std::move(r));
        }

    Json driver = {{"name", "Assay"}, {"fullName", "Assay offline code audit"}, {"rules", rules}};
    if (!view.toolVersion().isEmpty()) {
        driver["version"] = str(view.toolVersion());
        driver["semanticVersion"] = str(view.toolVersion());
    }
    Json run = {{"tool", {{"driver", driver}}}, {"results", results}, {"columnKind", "unicodeCodePoints"}};
    const QString root = AuditView::string(audit.value("repository", Json::object()), "root");
    if (!root.isEmpty() && root.startsWith(QLatin1Char('/'))) {
        QString uri = QUrl::fromLocalFile(root).toString(QUrl::FullyEncoded);
        if (!uri.endsWith(QLatin1Char('/')))
            uri += QLatin1Char('/');
        run["originalUriBaseIds"] = {{"SRCROOT", {{"uri", str(uri)}}}};
    }
    const QString source = view.repositorySource();
    if (source.contains(QLatin1String("://")) && !view.commit().isEmpty()) {
        Json vcp = {{"repositoryUri", str(QUrl(source).toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded))},
            {"revisionId", str(view.commit())}};
        if (!view.ref().isEmpty())
            vcp["branch"] = str(view.ref());
        run["versionControlProvenance"] = Json::array({vcp});
    }
    const QString id = AuditView::string(audit, "id");
    if (!id.isEmpty())
        run["automationDetails"] = {{"id", str(QStringLiteral("assay/%1").arg(id))}};
    Json invocation = {{"executionSuccessful",
        AuditView::string(audit, "status", QStringLiteral("completed")) != QLatin1String("failed")}};
    if (!AuditView::string(audit, "started_at").isEmpty())
        invocation["startTimeUtc"] = str(AuditView::string(audit, "started_at"));
    if (!AuditView::string(audit, "finished_at").isEmpty())
        invocation["endTimeUtc"] = str(AuditView::string(audit, "finished_at"));
    run["invocations"] = Json::array({invocation});
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"},
        {"runs", Json::array({run})}};
}

} // namespace assay::reports
