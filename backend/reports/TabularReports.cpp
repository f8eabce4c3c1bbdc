// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularReports.h"

#include "AuditView.h"

#include <map>

namespace assay::reports {

namespace {

QString csvCell(QString v)
{
    // A leading = + - @ (or tab / CR) makes spreadsheets evaluate the cell.
    if (!v.isEmpty()
        && (v[0] == QLatin1Char('=') || v[0] == QLatin1Char('+') || v[0] == QLatin1Char('-') || v[0] == QLatin1Char('@')
            || v[0] == QLatin1Char('\t') || v[0] == QLatin1Char('\r')))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\''))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString mdCell(QString v)
{
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    v.replace(QLatin1Char('\n'), QLatin1Char(' '));
    v.replace(QLatin1Char('\r'), QLatin1Char(' '));
    for (const char c : {'*', '_', '`', '<', '>', '[', ']'})
        v.replace(QLatin1Char(c), QStringLiteral("\\") + QLatin1Char(c));
    return v;
}

QString ipLabel(const QString& ip)
{
    if (ip == QLatin1String("third_party"))
        return QStringLiteral("third-party");
    return ip;
}

QString percent(qint64 part, qint64 total)
{
    return total <= 0 ? QStringLiteral("0%")
                      : QStringLiteral("%1%").arg(100.0 * double(part) / double(total), 0, 'f', 1);
}

} // namespace

QByteArray TabularReports::csv(const Json& audit)
{
    const AuditView view(audit);
    std::map<QString, std::map<QString, int>> findings; // path → type → count
    for (const auto& f : view.findings()) {
        const QString path = AuditView::string(f, "file");
        if (!path.isEmpty())
            ++findings[path][AuditView::string(f, "type")];
    }
    QString out;
    const QStringList header {QStringLiteral("path"), QStringLiteral("language"), QStringLiteral("lines"),
        QStringLiteral("license"), QStringLiteral("license_category"), QStringLiteral("ip_class"),
        QStringLiteral("rewriteability_score"), QStringLiteral("authors"), QStringLiteral("license_findings"),
        QStringLiteral("secret_findings"), QStringLiteral("vulnerability_findings"), QStringLiteral("rationale")};
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const auto& f : view.files()) {
        const QString path = AuditView::string(f, "path");
        const QString license = AuditView::string(f, "license");
        QString score;
        if (f.contains("rewriteability") && f["rewriteability"].is_object() && f["rewriteability"].contains("score")
            && f["rewriteability"]["score"].is_number())
            score = QString::number(f["rewriteability"]["score"].get<double>(), 'f', 0);
        const auto& counts = findings[path];
        auto count = [&](const char* type) {
            const auto it = counts.find(QLatin1String(type));
            return QString::number(it == counts.end() ? 0 : it->second);
        };
        const QStringList row {csvCell(path), csvCell(AuditView::string(f, "language")),
            QString::number(AuditView::integer(f, "lines")), csvCell(license),
            license.isEmpty() ? QString() : licenseCategory(license), AuditView::string(f, "ip_class"), score,
            csvCell(json::toStringList(f.value("authors", Json::array())).join(QStringLiteral("; "))), count("license"),
            count("secret"), count("vulnerability"),
            csvCell(json::toStringList(f.value("rationale", Json::array())).join(QStringLiteral("; ")))};
        out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray TabularReports::markdown(const Json& audit)
{
    const AuditView view(audit);
    QString out;
    out += QStringLiteral("# IP contribution — %1\n\n").arg(mdCell(view.repositoryName()));
    QStringList facts;
    facts << QStringLiteral("Audit date: %1").arg(view.date());
    if (!view.commit().isEmpty())
        facts << QStringLiteral("Commit: `%1`").arg(view.commit().left(12));
    facts << QStringLiteral("Files: %1").arg(view.files().size());
    facts << QStringLiteral("Lines: %1").arg(view.totalLines());
    out += facts.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");

    out += QStringLiteral("| module | origin | license | rewriteable | score | notes |\n");
    out += QStringLiteral("|---|---|---|---|---:|---|\n");
    const auto modules = view.modules();
    for (const auto& m : modules) {
        QStringList lics = m.licenses.mid(0, 3);
        if (m.licenses.size() > 3)
            lics << QStringLiteral("+%1 more").arg(m.licenses.size() - 3);
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                   .arg(mdCell(m.module), ipLabel(m.origin),
                       lics.isEmpty() ? QStringLiteral("none detected") : mdCell(lics.join(QStringLiteral(", "))),
                       m.rewriteable, m.score >= 0 ? QString::number(m.score, 'f', 0) : QStringLiteral("—"),
                       mdCell(m.notes.isEmpty() ? QStringLiteral("%1 files, %2 lines").arg(m.files).arg(m.lines)
                                                : QStringLiteral("%1 files, %2 lines; %3")
                                                      .arg(m.files)
                                                      .arg(m.lines)
                                                      .arg(m.notes.join(QStringLiteral("; ")))));
    }

    // Totals: lines (and files) per IP class.
    const auto lines = view.ipLines();
    const auto files = view.ipFiles();
    qint64 totalLines = 0, totalFiles = 0;
    for (const auto& [k, v] : lines)
        totalLines += v;
    for (const auto& [k, v] : files)
        totalFiles += v;
    double scoreSum = 0;
    qint64 scoreWeight = 0;
    for (const auto& m : modules)
        if (m.score >= 0) {
            scoreSum += m.score * double(std::max<qint64>(m.lines, 1));
            scoreWeight += std::max<qint64>(m.lines, 1);
        }
    const Json licenses = view.summary().value("licenses", Json::array());
    const qint64 licenseCount = licenses.is_array() ? qint64(licenses.size()) : 0;
    out += QStringLiteral("| **Total** | %1 modules | %2 | | %3 | %4 files, %5 lines |\n")
               .arg(modules.size())
               .arg(licenseCount == 1 ? QStringLiteral("1 license") : QStringLiteral("%1 licenses").arg(licenseCount))
               .arg(scoreWeight > 0 ? QString::number(scoreSum / double(scoreWeight), 'f', 0) : QStringLiteral("—"))
               .arg(totalFiles)
               .arg(totalLines);

    out += QStringLiteral(
        "\n## Totals by origin\n\n| origin | files | lines | share of lines |\n|---|---:|---:|---:|\n");
    for (const char* ip : {"foreground", "third_party", "background", "unknown"}) {
        const QString k = QLatin1String(ip);
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(ipLabel(k))
                   .arg(files.at(k))
                   .arg(lines.at(k))
                   .arg(percent(lines.at(k), totalLines));
    }
    out += QStringLiteral("| **Total** | %1 | %2 | 100%% |\n").arg(totalFiles).arg(totalLines);
    out.replace(QStringLiteral("100%%"), QStringLiteral("100%"));

    const Json& policy = view.policy();
    if (policy.is_object()) {
        out += QStringLiteral("\n## Policy: %1 — %2\n\n")
                   .arg(mdCell(AuditView::string(policy, "name")),
                       policy.value("passed", true) ? QStringLiteral("passed") : QStringLiteral("**failed**"));
        const Json violations = policy.value("violations", Json::array());
        if (violations.empty())
            out += QStringLiteral("No policy was violated.\n");
        for (const auto& v : violations)
            out += QStringLiteral("- **%1** (%2, %3): %4\n")
                       .arg(mdCell(AuditView::string(v, "policy_id")), AuditView::string(v, "action"),
                           AuditView::string(v, "severity"), mdCell(AuditView::string(v, "message")));
    }
    out += QStringLiteral("\n_Origin is the dominant IP class of a module's lines; score is the lines-weighted "
                          "rewriteability of its foreground source files (100 = easy to rewrite). Generated by "
                          "Assay %1. Not legal advice._\n")
               .arg(view.toolVersion());
    return out.toUtf8();
}

} // namespace assay::reports
