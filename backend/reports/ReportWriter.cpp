// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "AuditView.h"
#include "HtmlReport.h"
#include "PdfReport.h"
#include "SarifReport.h"
#include "TabularReports.h"

#ifdef ASSAY_HAVE_DEPS
#include "audit/deps/SbomWriter.h"
#endif

#include <QRegularExpression>

namespace assay::reports {

using assay::json::qstr;
using assay::json::str;

namespace {

#ifdef ASSAY_HAVE_DEPS
// The parts of the model the SBOM writers read, rebuilt from the document.
audit::AuditReport reportForSbom(const Json& doc)
{
    const AuditView view(doc);
    audit::AuditReport r;
    r.id = AuditView::string(doc, "id");
    const Json repo = doc.value("repository", Json::object());
    r.repository.source = AuditView::string(repo, "source");
    r.repository.root = AuditView::string(repo, "root");
    r.repository.ref = AuditView::string(repo, "ref");
    r.repository.commit = AuditView::string(repo, "commit");
    r.repository.name = view.repositoryName();
    r.startedAt = QDateTime::fromString(AuditView::string(doc, "started_at"), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(AuditView::string(doc, "finished_at"), Qt::ISODateWithMs);
    for (const auto& d : view.dependencies()) {
        audit::Dependency x;
        x.name = AuditView::string(d, "name");
        x.version = AuditView::string(d, "version");
        x.ecosystem = AuditView::string(d, "ecosystem");
        x.purl = AuditView::string(d, "purl");
        x.scope = AuditView::string(d, "scope", QStringLiteral("runtime"));
        x.direct = d.value("direct", true);
        x.manifest = AuditView::string(d, "manifest");
        x.licenses = json::toStringList(d.value("licenses", Json::array()));
        r.dependencies.push_back(std::move(x));
    }
    for (const auto& v : view.vulnerabilities()) {
        audit::Vulnerability x;
        x.id = AuditView::string(v, "id");
        x.aliases = json::toStringList(v.value("aliases", Json::array()));
        x.purl = AuditView::string(v, "purl");
        x.installedVersion = AuditView::string(v, "installed_version");
        x.fixedVersion = AuditView::string(v, "fixed_version");
        x.severity = AuditView::string(v, "severity", QStringLiteral("unknown"));
        if (v.contains("cvss") && v["cvss"].is_number())
            x.cvss = v["cvss"].get<double>();
        x.summary = AuditView::string(v, "summary");
        r.vulnerabilities.push_back(std::move(x));
    }
    return r;
}
#endif

} // namespace

QStringList ReportWriter::formats()
{
    return {QStringLiteral("json"), QStringLiteral("sarif"), QStringLiteral("cyclonedx"), QStringLiteral("spdx"),
        QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("md")};
}

bool ReportWriter::isFormat(const QString& format)
{
    return formats().contains(format);
}

QByteArray ReportWriter::contentType(const QString& format)
{
    if (format == QLatin1String("html"))
        return "text/html; charset=utf-8";
    if (format == QLatin1String("pdf"))
        return "application/pdf";
    if (format == QLatin1String("csv"))
        return "text/csv; charset=utf-8";
    if (format == QLatin1String("md"))
        return "text/markdown; charset=utf-8";
    if (format == QLatin1String("sarif"))
        return "application/sarif+json";
    if (format == QLatin1String("cyclonedx"))
        return "application/vnd.cyclonedx+json";
    if (format == QLatin1String("spdx"))
        return "application/spdx+json";
    return "application/json";
}

QString ReportWriter::extension(const QString& format)
{
    if (format == QLatin1String("sarif"))
        return QStringLiteral("sarif");
    if (format == QLatin1String("cyclonedx"))
        return QStringLiteral("cdx.json");
    if (format == QLatin1String("spdx"))
        return QStringLiteral("spdx.json");
    if (isFormat(format))
        return format;
    return QStringLiteral("json");
}

QString ReportWriter::fileName(const Json& audit, const QString& format)
{
    const AuditView view(audit);
    QString name = view.repositoryName();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    name.replace(unsafe, QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("repository");
    return QStringLiteral("audit-%1-%2.%3").arg(name.left(80), view.date(), extension(format));
}

Json ReportWriter::sanitized(const Json& audit)
{
    Json doc = audit;
    if (!doc.is_object())
        return Json::object();
    auto it = doc.find("findings");
    if (it == doc.end() || !it->is_array())
        return doc;
    for (auto& f : *it) {
        if (!f.is_object() || AuditView::string(f, "type") != QLatin1String("secret"))
            continue;
        // Keep the first 4 characters of whatever the evidence holds, never more; drop detector
        // details, which are not part of the document.
        const QString evidence = AuditView::string(f, "evidence");
        QString safe = evidence;
        if (safe.endsWith(QChar(0x2026)))
            safe.chop(1);
        safe = safe.left(4) + QChar(0x2026);
        f["evidence"] = str(evidence.isEmpty() ? QString() : safe);
        f.erase("details");
        f.erase("match");
        f.erase("secret");
        f.erase("raw");
    }
    return doc;
}

Result<QByteArray> ReportWriter::render(const Json& audit, const QString& requested, const ReportOptions& options)
{
    const QString format = requested.trimmed().toLower();
    if (!isFormat(format))
        return Error::validation(QStringLiteral("Unknown report format '%1'; use %2.")
                                     .arg(requested.left(20), formats().join(QStringLiteral(", "))),
            {{"field", "format"}});
    if (!audit.is_object())
        return Error::validation(QStringLiteral("The audit document is not a JSON object."));
    const Json doc = sanitized(audit);
    ReportOptions opts = options;
    if (!opts.generatedAt.isValid())
        opts.generatedAt = QDateTime::currentDateTimeUtc();

    if (format == QLatin1String("json"))
        return json::dump(doc, 2) + '\n';
    if (format == QLatin1String("html"))
        return HtmlReport::render(doc, opts);
    if (format == QLatin1String("pdf"))
        return PdfReport::render(doc, opts);
    if (format == QLatin1String("csv"))
        return TabularReports::csv(doc);
    if (format == QLatin1String("md"))
        return TabularReports::markdown(doc);
    if (format == QLatin1String("sarif"))
        return json::dump(SarifReport::build(doc), 2) + '\n';
#ifdef ASSAY_HAVE_DEPS
    if (format == QLatin1String("cyclonedx"))
        return json::dump(audit::deps::SbomWriter::cycloneDx(reportForSbom(doc)), 2) + '\n';
    if (format == QLatin1String("spdx"))
        return json::dump(audit::deps::SbomWriter::spdx(reportForSbom(doc)), 2) + '\n';
#endif
    return Error::unavailable(
        QStringLiteral("The %1 format needs the dependency module, which is not part of this build.").arg(format));
}

} // namespace assay::reports
