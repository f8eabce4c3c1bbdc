// SPDX-License-Identifier: GPL-3.0-or-later
#include "SbomWriter.h"

#include "Purl.h"
#include "core/Json.h"
#include "core/Version.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>

#include <map>
#include <set>

namespace assay::audit::deps {

using assay::json::str;
using nlohmann::json;

namespace {

QString projectName(const AuditReport& r)
{
    if (!r.repository.name.isEmpty())
        return r.repository.name;
    QString s = r.repository.source.isEmpty() ? r.repository.root : r.repository.source;
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    s = s.mid(s.lastIndexOf(QLatin1Char('/')) + 1);
    if (s.endsWith(QLatin1String(".git")))
        s.chop(4);
    return s.isEmpty() ? QStringLiteral("project") : s;
}

// A stable UUID for the document: the audit's id when it is one, else derived from it.
QUuid documentUuid(const AuditReport& r)
{
    const QUuid id(r.id);
    if (!id.isNull())
        return id;
    if (r.id.isEmpty())
        return QUuid::createUuid();
    return QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")), r.id);
}

QDateTime documentTime(const AuditReport& r)
{
    if (r.finishedAt.isValid())
        return r.finishedAt.toUTC();
    if (r.startedAt.isValid())
        return r.startedAt.toUTC();
    return QDateTime::currentDateTimeUtc();
}

// The declared licenses as one SPDX expression when each is one ("MIT", "(MIT OR Apache-2.0)");
// an empty string when any of them is free text.
QString combinedExpression(const QStringList& licenses)
{
    if (licenses.isEmpty())
        return {};
    QStringList parts;
    for (const auto& l : licenses) {
        if (!SbomWriter::isSpdxExpression(l))
            return {};
        parts << (licenses.size() > 1 && l.contains(QLatin1Char(' ')) ? QStringLiteral("(%1)").arg(l) : l);
    }
    // Several declared licenses (npm "licenses", composer "license" arrays) mean a choice.
    return parts.join(QStringLiteral(" OR "));
}

std::string cdxScope(const QString& scope)
{
    if (scope == QLatin1String("dev"))
        return "excluded";
    if (scope == QLatin1String("optional"))
        return "optional";
    return "required";
}

std::string cdxSeverity(const QString& s)
{
    static const QStringList known {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
        QStringLiteral("low"), QStringLiteral("info"), QStringLiteral("none")};
    return known.contains(s) ? str(s) : std::string("unknown");
}

QString advisoryUrl(const QString& id)
{
    return QStringLiteral("https://osv.dev/vulnerability/%1").arg(id);
}

// Whether the dependency's version is an exact one. The purl is the reference: it carries a
// version only when the parser saw an exact one (an audit read back from storage may not keep
// Dependency::versionExact).
bool isExact(const Dependency& d)
{
    if (!d.versionExact || d.version.isEmpty())
        return false;
    if (d.purl.isEmpty())
        return true;
    const auto p = Purl::parse(d.purl.toStdString());
    return p && !p->version.empty();
}

} // namespace

bool SbomWriter::isSpdxExpression(const QString& expression)
{
    static const QRegularExpression token(
        QStringLiteral("^(?:[A-Za-z0-9][A-Za-z0-9.\\-]*\\+?|LicenseRef-[A-Za-z0-9.\\-]+|"
                       "DocumentRef-[A-Za-z0-9.\\-]+:LicenseRef-[A-Za-z0-9.\\-]+)$"));
    QString e = expression;
    e.replace(QLatin1Char('('), QStringLiteral(" ( ")).replace(QLatin1Char(')'), QStringLiteral(" ) "));
    const QStringList tokens = e.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return false;
    int depth = 0;
    bool expectOperand = true;
    for (const auto& t : tokens) {
        if (t == QLatin1String("(")) {
            if (!expectOperand)
                return false;
            ++depth;
        } else if (t == QLatin1String(")")) {
            if (expectOperand || --depth < 0)
                return false;
        } else if (t == QLatin1String("AND") || t == QLatin1String("OR") || t == QLatin1String("WITH")) {
            if (expectOperand)
                return false;
            expectOperand = true;
        } else {
            if (!expectOperand || !token.match(t).hasMatch())
                return false;
            expectOperand = false;
        }
    }
    return depth == 0 && !expectOperand;
}

json SbomWriter::cycloneDx(const AuditReport& report)
{
    const QString name = projectName(report);
    const std::string rootRef = "assay-root";
    json root = {{"type", "application"}, {"bom-ref", rootRef}, {"name", str(name)}};
    if (!report.repository.commit.isEmpty())
        root["version"] = str(report.repository.commit);

    json components = json::array();
    json direct = json::array();
    std::map<QString, std::string> refByPurl; // for vulnerabilities' "affects"
    std::set<std::string> usedRefs {rootRef};
    for (const auto& d : report.dependencies) {
        std::string ref = str(d.purl.isEmpty() ? d.ecosystem + QLatin1Char('/') + d.name : d.purl);
        for (int n = 2; usedRefs.count(ref); ++n)
            ref = str(d.purl) + "#" + std::to_string(n);
        usedRefs.insert(ref);
        if (!refByPurl.count(d.purl))
            refByPurl[d.purl] = ref;
        json c = {{"type", "library"}, {"bom-ref", ref}, {"scope", cdxScope(d.scope)}};
        // npm scope and Maven group go to "group", as CycloneDX tools do.
        const auto purl = Purl::parse(str(d.purl));
        if (purl && !purl->ns.empty()
            && (purl->type == "npm" || purl->type == "maven" || purl->type == "composer" || purl->type == "golang"
                || purl->type == "swift")) {
            c["group"] = purl->ns;
            c["name"] = purl->name;
        } else {
            c["name"] = str(d.name);
        }
        if (isExact(d))
            c["version"] = str(d.version);
        if (!d.purl.isEmpty())
            c["purl"] = str(d.purl);
        if (const QString expr = combinedExpression(d.licenses); !expr.isEmpty()) {
            c["licenses"] = json::array({{{"expression", str(expr)}}});
        } else if (!d.licenses.isEmpty()) {
            json ls = json::array();
            for (const auto& l : d.licenses)
                ls.push_back({{"license", {{"name", str(l)}}}});
            c["licenses"] = ls;
        }
        json props = json::array({{{"name", "assay:ecosystem"}, {"value", str(d.ecosystem)}},
            {{"name", "assay:manifest"}, {"value", str(d.manifest)}},
            {{"name", "assay:direct"}, {"value", d.direct ? "true" : "false"}}});
        if (!isExact(d) && !d.version.isEmpty())
            props.push_back({{"name", "assay:version_range"}, {"value", str(d.version)}});
        c["properties"] = props;
        components.push_back(c);
        if (d.direct)
            direct.push_back(ref);
    }

    json vulnerabilities = json::array();
    std::map<QString, size_t> vulnIndex;
    for (const auto& v : report.vulnerabilities) {
        const auto ref = refByPurl.find(v.purl);
        json affects = json::array();
        if (ref != refByPurl.end()) {
            json a = {{"ref", ref->second}};
            if (!v.installedVersion.isEmpty())
                a["versions"] = json::array({{{"version", str(v.installedVersion)}, {"status", "affected"}}});
            affects.push_back(a);
        }
        if (const auto it = vulnIndex.find(v.id); it != vulnIndex.end()) {
            for (auto& a : affects)
                vulnerabilities[it->second]["affects"].push_back(a);
            continue;
        }
        json entry = {{"bom-ref", "vuln:" + str(v.id)}, {"id", str(v.id)},
            {"source", {{"name", "OSV"}, {"url", str(advisoryUrl(v.id))}}}};
        json rating = {{"severity", cdxSeverity(v.severity)}, {"source", {{"name", "OSV"}}}};
        if (v.cvss) {
            rating["score"] = *v.cvss;
            rating["method"] = "CVSSv3";
        }
        entry["ratings"] = json::array({rating});
        if (!v.aliases.isEmpty()) {
            json refs = json::array();
            for (const auto& a : v.aliases)
                refs.push_back(
                    {{"id", str(a)}, {"source", {{"name", a.startsWith(QLatin1String("CVE-")) ? "NVD" : "OSV"}}}});
            entry["references"] = refs;
        }
        if (!v.summary.isEmpty())
            entry["description"] = str(v.summary);
        if (!v.fixedVersion.isEmpty())
            entry["recommendation"] = str(QStringLiteral("Upgrade to %1 or later.").arg(v.fixedVersion));
        entry["affects"] = affects;
        vulnIndex[v.id] = vulnerabilities.size();
        vulnerabilities.push_back(entry);
    }

    json bom = {{"$schema", "http://cyclonedx.org/schema/bom-1.5.schema.json"}, {"bomFormat", "CycloneDX"},
        {"specVersion", "1.5"},
        {"serialNumber", "urn:uuid:" + str(documentUuid(report).toString(QUuid::WithoutBraces))}, {"version", 1},
        {"metadata",
            {{"timestamp", str(documentTime(report).toString(Qt::ISODate))},
                {"tools",
                    {{"components",
                        json::array({{{"type", "application"}, {"name", "assay"}, {"version", ASSAY_VERSION}}})}}},
                {"component", root}}},
        {"components", components}, {"dependencies", json::array({{{"ref", rootRef}, {"dependsOn", direct}}})}};
    if (!vulnerabilities.empty())
        bom["vulnerabilities"] = vulnerabilities;
    return bom;
}

json SbomWriter::spdx(const AuditReport& report)
{
    const QString name = projectName(report);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9.\\-]+"));
    auto spdxId = [](QString s) {
        s.replace(unsafe, QStringLiteral("-"));
        return QStringLiteral("SPDXRef-") + s;
    };
    const QString rootId = QStringLiteral("SPDXRef-Project");
    json packages = json::array();
    json root = {{"SPDXID", str(rootId)}, {"name", str(name)}, {"downloadLocation", "NOASSERTION"},
        {"filesAnalyzed", false}, {"licenseConcluded", "NOASSERTION"}, {"licenseDeclared", "NOASSERTION"},
        {"copyrightText", "NOASSERTION"}, {"primaryPackagePurpose", "APPLICATION"}};
    if (!report.repository.commit.isEmpty())
        root["versionInfo"] = str(report.repository.commit);
    if (!report.repository.source.isEmpty() && report.repository.source.contains(QLatin1String("://")))
        root["downloadLocation"] = str(QStringLiteral("git+") + report.repository.source);
    packages.push_back(root);

    std::map<QString, QStringList> advisoriesByPurl;
    for (const auto& v : report.vulnerabilities)
        advisoriesByPurl[v.purl] << v.id;

    json relationships = json::array({{{"spdxElementId", "SPDXRef-DOCUMENT"}, {"relationshipType", "DESCRIBES"},
        {"relatedSpdxElement", str(rootId)}}});
    std::set<QString> ids {rootId};
    for (const auto& d : report.dependencies) {
        QString id
            = spdxId(QStringLiteral("Package-%1-%2-%3").arg(d.ecosystem, d.name, isExact(d) ? d.version : QString()));
        while (id.endsWith(QLatin1Char('-')))
            id.chop(1);
        const QString base = id;
        for (int n = 2; ids.count(id); ++n)
            id = QStringLiteral("%1-%2").arg(base).arg(n);
        ids.insert(id);
        json p = {{"SPDXID", str(id)}, {"name", str(d.name)}, {"downloadLocation", "NOASSERTION"},
            {"filesAnalyzed", false}, {"licenseConcluded", "NOASSERTION"}, {"copyrightText", "NOASSERTION"},
            {"primaryPackagePurpose", "LIBRARY"}};
        if (!d.version.isEmpty())
            p["versionInfo"] = str(d.version);
        const QString expr = combinedExpression(d.licenses);
        p["licenseDeclared"] = expr.isEmpty() ? "NOASSERTION" : str(expr);
        if (expr.isEmpty() && !d.licenses.isEmpty())
            p["licenseComments"] = str(QStringLiteral("Declared: %1").arg(d.licenses.join(QStringLiteral("; "))));
        json refs = json::array();
        if (!d.purl.isEmpty())
            refs.push_back({{"referenceCategory", "PACKAGE-MANAGER"}, {"referenceType", "purl"},
                {"referenceLocator", str(d.purl)}});
        if (const auto it = advisoriesByPurl.find(d.purl); it != advisoriesByPurl.end())
            for (const auto& adv : it->second)
                refs.push_back({{"referenceCategory", "SECURITY"}, {"referenceType", "advisory"},
                    {"referenceLocator", str(advisoryUrl(adv))}});
        if (!refs.empty())
            p["externalRefs"] = refs;
        QStringList comment;
        comment << QStringLiteral("ecosystem: %1").arg(d.ecosystem) << QStringLiteral("manifest: %1").arg(d.manifest)
                << (d.direct ? QStringLiteral("direct dependency") : QStringLiteral("transitive dependency"));
        if (!isExact(d) && !d.version.isEmpty())
            comment << QStringLiteral("version range: %1").arg(d.version);
        p["comment"] = str(comment.join(QStringLiteral("; ")));
        packages.push_back(p);
        if (d.scope == QLatin1String("dev"))
            relationships.push_back({{"spdxElementId", str(id)}, {"relationshipType", "DEV_DEPENDENCY_OF"},
                {"relatedSpdxElement", str(rootId)}});
        else if (d.scope == QLatin1String("optional"))
            relationships.push_back({{"spdxElementId", str(id)}, {"relationshipType", "OPTIONAL_DEPENDENCY_OF"},
                {"relatedSpdxElement", str(rootId)}});
        else
            relationships.push_back(
                {{"spdxElementId", str(rootId)}, {"relationshipType", "DEPENDS_ON"}, {"relatedSpdxElement", str(id)}});
    }
    const QString uuid = documentUuid(report).toString(QUuid::WithoutBraces);
    return {{"spdxVersion", "SPDX-2.3"}, {"dataLicense", "CC0-1.0"}, {"SPDXID", "SPDXRef-DOCUMENT"},
        {"name", str(name)},
        {"documentNamespace",
            str(QStringLiteral("https://assay.invalid/spdx/%1-%2")
                    .arg(QString(name).replace(unsafe, QStringLiteral("-")), uuid))},
        {"creationInfo",
            {{"created", str(documentTime(report).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")))},
                {"creators", json::array({str(QStringLiteral("Tool: assay-%1").arg(QStringLiteral(ASSAY_VERSION)))})}}},
        {"documentDescribes", json::array({str(rootId)})}, {"packages", packages}, {"relationships", relationships}};
}

} // namespace assay::audit::deps
