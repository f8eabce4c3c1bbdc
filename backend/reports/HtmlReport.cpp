// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlReport.h"

#include "AuditView.h"

#include <QFile>
#include <QLocale>

#include <cmath>
#include <map>

namespace assay::reports {

namespace {

using Flavour = HtmlReport::Flavour;

QString esc(const QString& s)
{
    QString out = s.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return out;
}

QString num(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString pct(double v)
{
    return QStringLiteral("%1%").arg(v, 0, 'f', v > 0 && v < 10 ? 1 : 0);
}

QString sevBadge(const QString& severity, Flavour flavour)
{
    const QString s = normalizeSeverity(severity);
    if (flavour == Flavour::Print)
        return QStringLiteral("<span style=\"color:%1;font-weight:bold\">%2</span>")
            .arg(HtmlReport::severityColor(s), esc(s.toUpper()));
    return QStringLiteral("<span class=\"sev %1\">%2</span>").arg(s, esc(s));
}

QString actionTag(const QString& action, Flavour flavour)
{
    if (flavour == Flavour::Print) {
        const QString color = action == QLatin1String("block") ? QStringLiteral("#b91c1c")
            : action == QLatin1String("warn")                  ? QStringLiteral("#92400e")
                                                               : QStringLiteral("#075985");
        return QStringLiteral("<span style=\"color:%1;font-weight:bold\">%2</span>").arg(color, esc(action.toUpper()));
    }
    return QStringLiteral("<span class=\"tag %1\">%2</span>").arg(esc(action), esc(action));
}

QString ipCell(const QString& ip, Flavour flavour)
{
    if (flavour == Flavour::Print)
        return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&#160;%2")
            .arg(HtmlReport::ipColor(ip), esc(HtmlReport::ipLabel(ip)));
    return QStringLiteral("<span class=\"nowrap\"><span class=\"swatch\" style=\"background:%1\"></span><span "
                          "class=\"ip-%2\">%3</span></span>")
        .arg(HtmlReport::ipColor(ip), esc(ip), esc(HtmlReport::ipLabel(ip)));
}

QString location(const Json& f)
{
    QString where = AuditView::string(f, "file");
    const qint64 line = AuditView::integer(f, "line");
    if (!where.isEmpty() && line > 0)
        where += QStringLiteral(":%1").arg(line);
    return where;
}

QString sectionStart(const QString& id, const QString& title, Flavour flavour)
{
    if (flavour == Flavour::Print)
        return QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>\n").arg(id, esc(title));
    return QStringLiteral("<section id=\"%1\">\n<h2>%2</h2>\n").arg(id, esc(title));
}

QString sectionEnd(Flavour flavour)
{
    return flavour == Flavour::Print ? QString() : QStringLiteral("</section>\n");
}

QString tableStart(const QStringList& headers, const QList<bool>& numeric, Flavour flavour)
{
    QString out = flavour == Flavour::Print
        ? QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" class=\"grid\">\n<thead><tr>")
        : QStringLiteral("<table>\n<thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        out += (i < numeric.size() && numeric[i])
            ? QStringLiteral("<th class=\"num\" align=\"right\">%1</th>").arg(esc(headers[i]))
            : QStringLiteral("<th align=\"left\">%1</th>").arg(esc(headers[i]));
    return out + QStringLiteral("</tr></thead>\n<tbody>\n");
}

QString td(const QString& html, const char* cls = nullptr)
{
    if (!cls)
        return QStringLiteral("<td>%1</td>").arg(html);
    if (qstrcmp(cls, "num") == 0)
        return QStringLiteral("<td class=\"num\" align=\"right\">%1</td>").arg(html);
    return QStringLiteral("<td class=\"%1\">%2</td>").arg(QLatin1String(cls), html);
}

QString empty(const QString& text)
{
    return QStringLiteral("<p class=\"empty\"><i>%1</i></p>\n").arg(esc(text));
}

// --- SVG charts (Browser flavour) -------------------------------------------------------------

QString donut(const std::vector<std::pair<QString, qint64>>& parts, const QString& centre, const QString& caption)
{
    qint64 total = 0;
    for (const auto& p : parts)
        total += p.second;
    QString svg = QStringLiteral("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 42 42\" "
                                 "width=\"240\" height=\"240\" role=\"img\" aria-label=\"%1\">"
                                 "<title>%1</title>"
                                 "<circle cx=\"21\" cy=\"21\" r=\"15.915\" fill=\"none\" stroke=\"#e2e8f0\" "
                                 "stroke-width=\"6\"/>")
                      .arg(esc(caption));
    double offset = 25; // start at 12 o'clock
    for (const auto& [ip, value] : parts) {
        if (total <= 0 || value <= 0)
            continue;
        const double share = 100.0 * double(value) / double(total);
        svg += QStringLiteral("<circle cx=\"21\" cy=\"21\" r=\"15.915\" fill=\"none\" stroke=\"%1\" stroke-width=\"6\" "
                              "stroke-dasharray=\"%2 %3\" stroke-dashoffset=\"%4\"><title>%5: %6</title></circle>")
                   .arg(HtmlReport::ipColor(ip))
                   .arg(share, 0, 'f', 3)
                   .arg(100.0 - share, 0, 'f', 3)
                   .arg(offset, 0, 'f', 3)
                   .arg(esc(HtmlReport::ipLabel(ip)), pct(share));
        offset -= share;
    }
    svg += QStringLiteral(
        "<text x=\"21\" y=\"21\" text-anchor=\"middle\" font-size=\"6\" font-weight=\"600\" "
        "fill=\"#0f172a\">%1</text>"
        "<text x=\"21\" y=\"26.5\" text-anchor=\"middle\" font-size=\"2.6\" fill=\"#475569\">%2</text></svg>")
               .arg(esc(centre), esc(caption));
    return svg;
}

QString barChart(const std::vector<std::tuple<QString, qint64, QString>>& bars, const QString& caption)
{
    if (bars.empty())
        return {};
    qint64 max = 1;
    for (const auto& b : bars)
        max = std::max(max, std::get<1>(b));
    const int rowH = 26, labelW = 230, barW = 400, width = labelW + barW + 70;
    const int height = int(bars.size()) * rowH + 8;
    QString svg = QStringLiteral("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" "
                                 "width=\"%1\" height=\"%2\" role=\"img\" aria-label=\"%3\"><title>%3</title>")
                      .arg(width)
                      .arg(height)
                      .arg(esc(caption));
    int y = 4;
    for (const auto& [label, value, color] : bars) {
        const double w = std::max(2.0, double(barW) * double(value) / double(max));
        QString shown = label;
        if (shown.size() > 30)
            shown = shown.left(29) + QChar(0x2026);
        svg += QStringLiteral(
            "<text x=\"%1\" y=\"%2\" text-anchor=\"end\" font-size=\"12\" fill=\"#0f172a\">%3</text>"
            "<rect x=\"%4\" y=\"%5\" width=\"%6\" height=\"16\" rx=\"2\" fill=\"%7\"><title>%8: %9</title></rect>"
            "<text x=\"%10\" y=\"%2\" font-size=\"12\" fill=\"#475569\">%9</text>")
                   .arg(labelW - 10)
                   .arg(y + 13)
                   .arg(esc(shown))
                   .arg(labelW)
                   .arg(y + 1)
                   .arg(w, 0, 'f', 1)
                   .arg(color, esc(label), num(value))
                   .arg(labelW + int(w) + 8);
        y += rowH;
    }
    return svg + QStringLiteral("</svg>");
}

QString categoryColor(const QString& category)
{
    const QString c = coarseCategory(category);
    if (c == QLatin1String("permissive"))
        return QStringLiteral("#16a34a");
    if (c == QLatin1String("weak-copyleft"))
        return QStringLiteral("#d97706");
    if (c == QLatin1String("strong-copyleft"))
        return QStringLiteral("#dc2626");
    if (c == QLatin1String("proprietary"))
        return QStringLiteral("#7c3aed");
    return QStringLiteral("#94a3b8");
}

} // namespace

QString HtmlReport::ipColor(const QString& ipClass)
{
    if (ipClass == QLatin1String("foreground"))
        return QStringLiteral("#2563eb");
    if (ipClass == QLatin1String("third_party"))
        return QStringLiteral("#f59e0b");
    if (ipClass == QLatin1String("background"))
        return QStringLiteral("#8b5cf6");
    return QStringLiteral("#94a3b8");
}

QString HtmlReport::severityColor(const QString& severity)
{
    const QString s = normalizeSeverity(severity);
    if (s == QLatin1String("critical"))
        return QStringLiteral("#991b1b");
    if (s == QLatin1String("high"))
        return QStringLiteral("#dc2626");
    if (s == QLatin1String("medium"))
        return QStringLiteral("#d97706");
    if (s == QLatin1String("low"))
        return QStringLiteral("#2563eb");
    return QStringLiteral("#64748b");
}

QString HtmlReport::ipLabel(const QString& ipClass)
{
    if (ipClass == QLatin1String("foreground"))
        return QStringLiteral("Foreground");
    if (ipClass == QLatin1String("third_party"))
        return QStringLiteral("Third party");
    if (ipClass == QLatin1String("background"))
        return QStringLiteral("Background");
    return QStringLiteral("Unknown");
}

QList<HtmlReport::Section> HtmlReport::sections()
{
    return {{QStringLiteral("summary"), QStringLiteral("Summary")},
        {QStringLiteral("ip"), QStringLiteral("IP composition")},
        {QStringLiteral("licenses"), QStringLiteral("Licenses")},
        {QStringLiteral("dependencies"), QStringLiteral("Dependencies and vulnerabilities")},
        {QStringLiteral("secrets"), QStringLiteral("Secrets")},
        {QStringLiteral("findings"), QStringLiteral("License findings")},
        {QStringLiteral("contributors"), QStringLiteral("Contributors")},
        {QStringLiteral("policy"), QStringLiteral("Policy result")},
        {QStringLiteral("files"), QStringLiteral("Files")}};
}

QString HtmlReport::body(const Json& audit, const ReportOptions& options, Flavour flavour)
{
    Q_UNUSED(options);
    const AuditView view(audit);
    const Json& summary = view.summary();
    const bool print = flavour == Flavour::Print;
    QString h;
    h.reserve(64 * 1024);
    const auto titles = sections();
    auto titleOf = [&](const char* id) {
        for (const auto& s : titles)
            if (s.id == QLatin1String(id))
                return s.title;
        return QString();
    };

    // --- Summary
    const Json lines = summary.value("lines", Json::object());
    const qint64 code = AuditView::integer(lines, "code");
    qint64 vulnTotal = 0;
    const Json vulnCounts = summary.value("vulnerabilities", Json::object());
    for (const auto& [k, v] : vulnCounts.items())
        vulnTotal += v.is_number() ? v.get<qint64>() : 0;
    if (vulnTotal == 0)
        vulnTotal = qint64(view.vulnerabilities().size());
    const qint64 secrets = qint64(view.findingsOfType(QStringLiteral("secret")).size());
    std::map<int, qint64> bySeverity;
    for (const auto& f : view.findings())
        ++bySeverity[severityRank(AuditView::string(f, "severity"))];

    h += sectionStart(QStringLiteral("summary"), titleOf("summary"), flavour);
    h += QStringLiteral("<p class=\"lead\">What was audited and what was found, at a glance.</p>\n");
    const std::vector<std::tuple<QString, QString, bool>> cards {
        {QStringLiteral("Files scanned"),
            num(AuditView::integer(summary, "files_scanned", qint64(view.files().size()))), false},
        {QStringLiteral("Lines of code"), num(code), false},
        {QStringLiteral("Contributors"), num(qint64(view.contributors().size())), false},
        {QStringLiteral("Dependencies"), num(qint64(view.dependencies().size())), false},
        {QStringLiteral("Vulnerabilities"), num(vulnTotal), vulnTotal > 0},
        {QStringLiteral("Secrets"), num(secrets), secrets > 0},
        {QStringLiteral("Licenses"), num(qint64(summary.value("licenses", Json::array()).size())), false},
        {QStringLiteral("Findings"), num(qint64(view.findings().size())), false}};
    if (print) {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"6\" cellpadding=\"8\" class=\"cards\"><tr>");
        int i = 0;
        for (const auto& [label, value, alert] : cards) {
            if (i == 4)
                h += QStringLiteral("</tr><tr>");
            h += QStringLiteral("<td class=\"card\" width=\"25%\"><span class=\"value\"%1>%2</span><br/><span "
                                "class=\"label\">%3</span></td>")
                     .arg(alert ? QStringLiteral(" style=\"color:#dc2626\"") : QString(), esc(value),
                         esc(label.toUpper()));
            ++i;
        }
        h += QStringLiteral("</tr></table>\n");
    } else {
        h += QStringLiteral("<div class=\"cards\">");
        for (const auto& [label, value, alert] : cards)
            h += QStringLiteral(
                "<div class=\"card%1\"><div class=\"value\">%2</div><div class=\"label\">%3</div></div>")
                     .arg(alert ? QStringLiteral(" alert") : QString(), esc(value), esc(label));
        h += QStringLiteral("</div>\n");
    }
    h += QStringLiteral("<h3>Findings by severity</h3>\n");
    h += tableStart({QStringLiteral("Severity"), QStringLiteral("Findings")}, {false, true}, flavour);
    for (const char* s : {"critical", "high", "medium", "low", "info"}) {
        const int rank = severityRank(QLatin1String(s));
        h += QStringLiteral("<tr>%1%2</tr>\n")
                 .arg(td(sevBadge(QLatin1String(s), flavour)), td(num(bySeverity[rank]), "num"));
    }
    h += QStringLiteral("</tbody></table>\n");
    QStringList scope;
    if (!view.repositorySource().isEmpty())
        scope << QStringLiteral("Source: <code>%1</code>").arg(esc(view.repositorySource()));
    if (!view.commit().isEmpty())
        scope << QStringLiteral("commit <code>%1</code>").arg(esc(view.commit()));
    if (!view.ref().isEmpty())
        scope << QStringLiteral("ref <code>%1</code>").arg(esc(view.ref()));
    scope << QStringLiteral("%1 bytes scanned, %2 commits")
                 .arg(num(AuditView::integer(summary, "bytes_scanned")), num(AuditView::integer(summary, "commits")));
    h += QStringLiteral("<p class=\"lead\">%1.</p>\n").arg(scope.join(QStringLiteral("; ")));
    h += sectionEnd(flavour);

    // --- IP composition
    h += sectionStart(QStringLiteral("ip"), titleOf("ip"), flavour);
    h += QStringLiteral("<p class=\"lead\">Who the code belongs to: <b>foreground</b> is written by the organisation, "
                        "<b>third party</b> is open-source or vendored code, <b>background</b> is pre-existing IP "
                        "brought in from elsewhere, <b>unknown</b> has no decisive signal. Shares are by lines.</p>\n");
    const auto ipLines = view.ipLines();
    const auto ipFiles = view.ipFiles();
    qint64 totalLines = 0;
    for (const auto& [k, v] : ipLines)
        totalLines += v;
    const bool byFiles = totalLines == 0;
    std::vector<std::pair<QString, qint64>> parts;
    for (const char* ip : {"foreground", "third_party", "background", "unknown"})
        parts.emplace_back(QLatin1String(ip), byFiles ? ipFiles.at(QLatin1String(ip)) : ipLines.at(QLatin1String(ip)));
    QString ipTable = tableStart(
        {QStringLiteral("Origin"), QStringLiteral("Files"), QStringLiteral("Lines"), QStringLiteral("Share")},
        {false, true, true, true}, flavour);
    for (const auto& [ip, value] : parts)
        ipTable += QStringLiteral("<tr>%1%2%3%4</tr>\n")
                       .arg(td(ipCell(ip, flavour)), td(num(ipFiles.at(ip)), "num"), td(num(ipLines.at(ip)), "num"),
                           td(pct(view.ipPercentage(ip)), "num"));
    ipTable += QStringLiteral("</tbody></table>\n");
    if (print) {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"38%\" "
                            "valign=\"middle\"><img src=\"chart:ip\" width=\"220\" height=\"220\"/></td><td "
                            "valign=\"middle\">%1</td></tr></table>\n")
                 .arg(ipTable);
    } else {
        h += QStringLiteral("<div class=\"split\"><div>%1</div><div>%2</div></div>\n")
                 .arg(donut(parts, pct(view.ipPercentage(QStringLiteral("foreground"))), QStringLiteral("foreground")),
                     ipTable);
    }
    h += QStringLiteral("<h3>IP contribution by module</h3>\n");
    const auto modules = view.modules();
    if (modules.empty()) {
        h += empty(QStringLiteral("No files were scanned."));
    } else {
        h += tableStart({QStringLiteral("Module"), QStringLiteral("Origin"), QStringLiteral("License"),
                            QStringLiteral("Rewriteable"), QStringLiteral("Score"), QStringLiteral("Lines"),
                            QStringLiteral("Notes")},
            {false, false, false, false, true, true, false}, flavour);
        for (const auto& m : modules) {
            QStringList lics = m.licenses.mid(0, 3);
            if (m.licenses.size() > 3)
                lics << QStringLiteral("+%1").arg(m.licenses.size() - 3);
            h += QStringLiteral("<tr>%1%2%3%4%5%6%7</tr>\n")
                     .arg(td(esc(m.module), "path"), td(ipCell(m.origin, flavour)),
                         td(lics.isEmpty() ? QStringLiteral("&#8212;") : esc(lics.join(QStringLiteral(", ")))),
                         td(esc(m.rewriteable)),
                         td(m.score >= 0 ? QString::number(m.score, 'f', 0) : QStringLiteral("&#8212;"), "num"),
                         td(num(m.lines), "num"), td(esc(m.notes.join(QStringLiteral("; ")))));
        }
        h += QStringLiteral("</tbody></table>\n");
    }
    h += sectionEnd(flavour);

    // --- Licenses
    h += sectionStart(QStringLiteral("licenses"), titleOf("licenses"), flavour);
    const Json licenses = summary.value("licenses", Json::array());
    std::vector<std::tuple<QString, qint64, QString>> bars;
    if (licenses.empty()) {
        h += empty(QStringLiteral("No license was detected in the files."));
    } else {
        h += QStringLiteral(
            "<p class=\"lead\">Licenses detected in files (SPDX expressions), by number of files.</p>\n");
        for (const auto& l : licenses) {
            if (bars.size() >= 12)
                break;
            const QString spdx = AuditView::string(l, "spdx");
            bars.emplace_back(spdx, AuditView::integer(l, "files"), categoryColor(licenseCategory(spdx)));
        }
        if (print)
            h += QStringLiteral("<p><img src=\"chart:licenses\" width=\"560\" height=\"%1\"/></p>\n")
                     .arg(int(bars.size()) * 22 + 8);
        else
            h += barChart(bars, QStringLiteral("Files per license"));
        h += tableStart({QStringLiteral("License"), QStringLiteral("Category"), QStringLiteral("Files")},
            {false, false, true}, flavour);
        for (const auto& l : licenses) {
            const QString spdx = AuditView::string(l, "spdx");
            const QString cat = licenseCategory(spdx);
            h += QStringLiteral("<tr>%1%2%3</tr>\n")
                     .arg(td(QStringLiteral("<code>%1</code>").arg(esc(spdx))),
                         td(QStringLiteral("<span style=\"color:%1\">&#9632;</span>&#160;%2")
                                 .arg(categoryColor(cat), esc(cat))),
                         td(num(AuditView::integer(l, "files")), "num"));
        }
        h += QStringLiteral("</tbody></table>\n");
    }
    h += sectionEnd(flavour);

    // --- Dependencies and vulnerabilities
    h += sectionStart(QStringLiteral("dependencies"), titleOf("dependencies"), flavour);
    const Json& deps = view.dependencies();
    h += QStringLiteral("<h3>Dependencies (%1)</h3>\n").arg(num(qint64(deps.size())));
    if (deps.empty()) {
        h += empty(QStringLiteral("No dependency manifest was found."));
    } else {
        h += tableStart({QStringLiteral("Package"), QStringLiteral("Version"), QStringLiteral("Ecosystem"),
                            QStringLiteral("Scope"), QStringLiteral("Licenses"), QStringLiteral("Manifest")},
            {}, flavour);
        for (const auto& d : deps)
            h += QStringLiteral("<tr>%1%2%3%4%5%6</tr>\n")
                     .arg(td(esc(AuditView::string(d, "name"))),
                         td(QStringLiteral("<code>%1</code>").arg(esc(AuditView::string(d, "version")))),
                         td(esc(AuditView::string(d, "ecosystem"))),
                         td(esc(AuditView::string(d, "scope"))
                             + (d.value("direct", true) ? QString() : QStringLiteral(" (transitive)"))),
                         td(esc(json::toStringList(d.value("licenses", Json::array())).join(QStringLiteral(", ")))),
                         td(esc(AuditView::string(d, "manifest")), "path"));
        h += QStringLiteral("</tbody></table>\n");
    }
    const Json& vulns = view.vulnerabilities();
    h += QStringLiteral("<h3>Vulnerabilities (%1)</h3>\n").arg(num(qint64(vulns.size())));
    if (vulns.empty()) {
        h += empty(deps.empty()
                ? QStringLiteral("No dependencies, so no known vulnerabilities.")
                : QStringLiteral("No known vulnerability affects the dependencies (offline advisory database)."));
    } else {
        std::vector<const Json*> sorted;
        for (const auto& v : vulns)
            sorted.push_back(&v);
        std::stable_sort(sorted.begin(), sorted.end(), [](const Json* a, const Json* b) {
            return severityRank(AuditView::string(*a, "severity")) > severityRank(AuditView::string(*b, "severity"));
        });
        h += tableStart(
            {QStringLiteral("Advisory"), QStringLiteral("Severity"), QStringLiteral("CVSS"), QStringLiteral("Package"),
                QStringLiteral("Installed"), QStringLiteral("Fixed in"), QStringLiteral("Summary")},
            {false, false, true, false, false, false, false}, flavour);
        for (const Json* v : sorted) {
            const Json cvss = v->value("cvss", Json());
            h += QStringLiteral("<tr>%1%2%3%4%5%6%7</tr>\n")
                     .arg(td(QStringLiteral("<code>%1</code>").arg(esc(AuditView::string(*v, "id")))),
                         td(sevBadge(AuditView::string(*v, "severity"), flavour)),
                         td(cvss.is_number() ? QString::number(cvss.get<double>(), 'f', 1) : QStringLiteral("&#8212;"),
                             "num"),
                         td(esc(AuditView::string(*v, "purl")), "path"),
                         td(esc(AuditView::string(*v, "installed_version"))),
                         td(AuditView::string(*v, "fixed_version").isEmpty()
                                 ? QStringLiteral("no fix known")
                                 : esc(AuditView::string(*v, "fixed_version"))),
                         td(esc(AuditView::string(*v, "summary"))));
        }
        h += QStringLiteral("</tbody></table>\n");
    }
    h += sectionEnd(flavour);

    // --- Secrets
    h += sectionStart(QStringLiteral("secrets"), titleOf("secrets"), flavour);
    const auto secretFindings = view.findingsOfType(QStringLiteral("secret"));
    if (secretFindings.empty()) {
        h += empty(QStringLiteral("No hard-coded secret was found."));
    } else {
        h += QStringLiteral("<p class=\"lead\">Credentials written in the code. Values are redacted to their first "
                            "four characters; revoke each one and remove it from the history.</p>\n");
        h += tableStart({QStringLiteral("Severity"), QStringLiteral("Rule"), QStringLiteral("Location"),
                            QStringLiteral("Evidence (redacted)"), QStringLiteral("Status")},
            {}, flavour);
        for (const Json* f : secretFindings)
            h += QStringLiteral("<tr>%1%2%3%4%5</tr>\n")
                     .arg(td(sevBadge(AuditView::string(*f, "severity"), flavour)),
                         td(esc(AuditView::string(*f, "title"))
                             + QStringLiteral("<br/><code>%1</code>").arg(esc(AuditView::string(*f, "rule_id")))),
                         td(esc(location(*f)), "path"),
                         td(QStringLiteral("<span class=\"redacted\">%1</span>")
                                 .arg(esc(AuditView::string(*f, "evidence")))),
                         td(esc(AuditView::string(*f, "status"))));
        h += QStringLiteral("</tbody></table>\n");
    }
    h += sectionEnd(flavour);

    // --- License (and other) findings
    h += sectionStart(QStringLiteral("findings"), titleOf("findings"), flavour);
    std::vector<const Json*> other;
    for (const auto& f : view.findings()) {
        const QString type = AuditView::string(f, "type");
        if (type != QLatin1String("secret") && type != QLatin1String("vulnerability"))
            other.push_back(&f);
    }
    std::stable_sort(other.begin(), other.end(), [](const Json* a, const Json* b) {
        return severityRank(AuditView::string(*a, "severity")) > severityRank(AuditView::string(*b, "severity"));
    });
    if (other.empty()) {
        h += empty(QStringLiteral("No license risk or conflict was found."));
    } else {
        h += tableStart({QStringLiteral("Severity"), QStringLiteral("Finding"), QStringLiteral("Location"),
                            QStringLiteral("Evidence"), QStringLiteral("Status")},
            {}, flavour);
        for (const Json* f : other)
            h += QStringLiteral("<tr>%1%2%3%4%5</tr>\n")
                     .arg(td(sevBadge(AuditView::string(*f, "severity"), flavour)),
                         td(esc(AuditView::string(*f, "title"))), td(esc(location(*f)), "path"),
                         td(esc(AuditView::string(*f, "evidence"))), td(esc(AuditView::string(*f, "status"))));
        h += QStringLiteral("</tbody></table>\n");
    }
    h += sectionEnd(flavour);

    // --- Contributors
    h += sectionStart(QStringLiteral("contributors"), titleOf("contributors"), flavour);
    if (view.contributors().empty()) {
        h += empty(QStringLiteral("No git history was available."));
    } else {
        h += tableStart(
            {QStringLiteral("Name"), QStringLiteral("E-mail"), QStringLiteral("Commits"), QStringLiteral("Lines added"),
                QStringLiteral("Lines removed"), QStringLiteral("First commit"), QStringLiteral("Last commit")},
            {false, false, true, true, true, false, false}, flavour);
        for (const auto& c : view.contributors())
            h += QStringLiteral("<tr>%1%2%3%4%5%6%7</tr>\n")
                     .arg(td(esc(AuditView::string(c, "name"))), td(esc(AuditView::string(c, "email")), "path"),
                         td(num(AuditView::integer(c, "commits")), "num"),
                         td(num(AuditView::integer(c, "lines_added")), "num"),
                         td(num(AuditView::integer(c, "lines_removed")), "num"),
                         td(esc(AuditView::string(c, "first_commit").left(10))),
                         td(esc(AuditView::string(c, "last_commit").left(10))));
        h += QStringLiteral("</tbody></table>\n");
    }
    h += sectionEnd(flavour);

    // --- Policy
    h += sectionStart(QStringLiteral("policy"), titleOf("policy"), flavour);
    const Json& policy = view.policy();
    if (!policy.is_object()) {
        h += empty(QStringLiteral("No policy was evaluated for this audit."));
    } else {
        const bool passed = policy.value("passed", true);
        const Json violations = policy.value("violations", Json::array());
        h += QStringLiteral("<p><b>%1</b>: <span style=\"color:%2;font-weight:bold\">%3</span> &#8212; %4</p>\n")
                 .arg(esc(AuditView::string(policy, "name")),
                     passed ? QStringLiteral("#15803d") : QStringLiteral("#b91c1c"),
                     passed ? QStringLiteral("PASSED") : QStringLiteral("FAILED"),
                     violations.empty() ? QStringLiteral("no policy was violated.")
                                        : QStringLiteral("%1 violation%2.")
                                              .arg(violations.size())
                                              .arg(violations.size() == 1 ? QString() : QStringLiteral("s")));
        if (!violations.empty()) {
            h += tableStart({QStringLiteral("Policy"), QStringLiteral("Action"), QStringLiteral("Severity"),
                                QStringLiteral("Message"), QStringLiteral("Findings")},
                {false, false, false, false, true}, flavour);
            for (const auto& v : violations)
                h += QStringLiteral("<tr>%1%2%3%4%5</tr>\n")
                         .arg(td(QStringLiteral("<code>%1</code>").arg(esc(AuditView::string(v, "policy_id")))),
                             td(actionTag(AuditView::string(v, "action"), flavour)),
                             td(sevBadge(AuditView::string(v, "severity"), flavour)),
                             td(esc(AuditView::string(v, "message"))),
                             td(num(qint64(v.value("finding_ids", Json::array()).size())), "num"));
            h += QStringLiteral("</tbody></table>\n");
        }
    }
    h += sectionEnd(flavour);

    // --- Files
    h += sectionStart(QStringLiteral("files"), titleOf("files"), flavour);
    const Json& files = view.files();
    if (files.empty()) {
        h += empty(QStringLiteral("No files were scanned."));
    } else {
        const qsizetype limit = print ? kPrintFileRows : files.size();
        h += QStringLiteral(
            "<p class=\"lead\">Every scanned file with its license, origin and the signals behind it%1.</p>\n")
                 .arg(qsizetype(files.size()) > limit
                         ? QStringLiteral(" (the first %1 of %2; the HTML and CSV reports list all)")
                               .arg(limit)
                               .arg(files.size())
                         : QString());
        h += tableStart({QStringLiteral("Path"), QStringLiteral("Language"), QStringLiteral("Lines"),
                            QStringLiteral("License"), QStringLiteral("Origin"), QStringLiteral("Rationale")},
            {false, false, true, false, false, false}, flavour);
        qsizetype n = 0;
        for (const auto& f : files) {
            if (n++ >= limit)
                break;
            QString rationale;
            const QStringList reasons = json::toStringList(f.value("rationale", Json::array()));
            if (print)
                rationale = esc(reasons.join(QStringLiteral("; ")));
            else if (!reasons.isEmpty()) {
                rationale = QStringLiteral("<ul class=\"rationale\">");
                for (const auto& r : reasons)
                    rationale += QStringLiteral("<li>%1</li>").arg(esc(r));
                rationale += QStringLiteral("</ul>");
            }
            h += QStringLiteral("<tr>%1%2%3%4%5%6</tr>\n")
                     .arg(td(esc(AuditView::string(f, "path")), "path"), td(esc(AuditView::string(f, "language"))),
                         td(num(AuditView::integer(f, "lines")), "num"),
                         td(AuditView::string(f, "license").isEmpty()
                                 ? QStringLiteral("&#8212;")
                                 : QStringLiteral("<code>%1</code>").arg(esc(AuditView::string(f, "license")))),
                         td(ipCell(AuditView::string(f, "ip_class", QStringLiteral("unknown")), flavour)),
                         td(rationale));
        }
        h += QStringLiteral("</tbody></table>\n");
    }
    h += sectionEnd(flavour);
    return h;
}

QByteArray HtmlReport::render(const Json& audit, const ReportOptions& options)
{
    const AuditView view(audit);
    QString css;
    QFile cssFile(QStringLiteral(":/reports/report.css"));
    if (cssFile.open(QIODevice::ReadOnly))
        css = QString::fromUtf8(cssFile.readAll());

    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                        "<meta charset=\"utf-8\"/>\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                        "<meta name=\"generator\" content=\"Assay %1\"/>\n"
                        "<title>Code audit report &#8212; %2</title>\n<style>\n%3</style>\n</head>\n<body>\n"
                        "<div class=\"page\">\n")
             .arg(esc(view.toolVersion()), esc(view.repositoryName()), css);

    // Cover header.
    h += QStringLiteral(
        "<header class=\"cover\">\n<p class=\"kicker\">Assay &#183; Code audit report</p>\n<h1>%1</h1>\n<dl>\n")
             .arg(esc(view.repositoryName()));
    auto meta = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            h += QStringLiteral("<div><dt>%1</dt><dd>%2</dd></div>\n").arg(esc(label), esc(value));
    };
    meta(QStringLiteral("Source"), view.repositorySource());
    meta(QStringLiteral("Commit"), view.commit());
    meta(QStringLiteral("Ref"), view.ref());
    meta(QStringLiteral("Audit date"), view.date());
    meta(QStringLiteral("Client"), options.client);
    meta(QStringLiteral("Prepared by"), options.preparedBy);
    meta(QStringLiteral("Audit id"), AuditView::string(audit, "id"));
    meta(QStringLiteral("Report generated"),
        options.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    h += QStringLiteral("</dl>\n");
    const Json& policy = view.policy();
    if (policy.is_object()) {
        const bool passed = policy.value("passed", true);
        h += QStringLiteral("<div class=\"verdict %1\">Policy %2: %3</div>\n")
                 .arg(passed ? QStringLiteral("pass") : QStringLiteral("fail"), esc(AuditView::string(policy, "name")),
                     passed ? QStringLiteral("passed") : QStringLiteral("failed"));
    } else {
        h += QStringLiteral("<div class=\"verdict none\">No policy evaluated</div>\n");
    }
    h += QStringLiteral("</header>\n<nav class=\"toc\" aria-label=\"Contents\"><ol>\n");
    int i = 1;
    for (const auto& s : sections())
        h += QStringLiteral("<li><a href=\"#%1\">%2. %3</a></li>\n").arg(s.id).arg(i++).arg(esc(s.title));
    h += QStringLiteral("</ol></nav>\n<main>\n");
    h += body(audit, options, Flavour::Browser);
    h += QStringLiteral("</main>\n<footer>\n<p><b>Not legal advice.</b> This report is produced automatically by Assay "
                        "%1 from the contents of the repository at the commit shown. License, ownership and "
                        "vulnerability conclusions are technical signals to be reviewed by qualified counsel and "
                        "engineers; they are not a legal opinion.</p>\n</footer>\n</div>\n</body>\n</html>\n")
             .arg(esc(view.toolVersion()));
    return h.toUtf8();
}

} // namespace assay::reports
