// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/deps/SbomWriter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace assay::audit;
using namespace assay::audit::deps;
using nlohmann::json;

namespace {

Dependency dep(const char* eco, const char* name, const char* version, const char* purl, const char* scope, bool direct,
    QStringList licenses = {}, bool exact = true)
{
    Dependency d;
    d.ecosystem = QString::fromLatin1(eco);
    d.name = QString::fromLatin1(name);
    d.version = QString::fromLatin1(version);
    d.purl = QString::fromLatin1(purl);
    d.scope = QString::fromLatin1(scope);
    d.direct = direct;
    d.versionExact = exact;
    d.manifest = QStringLiteral("package-lock.json");
    d.licenses = licenses;
    return d;
}

AuditReport sampleReport()
{
    AuditReport r;
    r.id = QStringLiteral("2f1c7f4e-5d7b-4b0e-9a55-7c1c0e0b9f11");
    r.repository.source = QStringLiteral("https://example.invalid/acme/widget.git");
    r.repository.commit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    r.finishedAt = QDateTime(QDate(2026, 11, 23), QTime(18, 30, 5), Qt::UTC);
    r.dependencies.push_back(dep("npm", "@babel/code-frame", "7.22.13", "pkg:npm/%40babel/code-frame@7.22.13",
        "runtime", true, {QStringLiteral("MIT")}));
    r.dependencies.push_back(dep("npm", "lodash", "4.17.20", "pkg:npm/lodash@4.17.20", "runtime", false,
        {QStringLiteral("MIT"), QStringLiteral("Apache-2.0 WITH LLVM-exception")}));
    r.dependencies.push_back(dep("Maven", "org.apache.logging.log4j:log4j-core", "2.14.1",
        "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "runtime", true,
        {QStringLiteral("The Apache Software License, Version 2.0")}));
    r.dependencies.push_back(dep("PyPI", "requests", ">=2.25,<3", "pkg:pypi/requests", "dev", true, {}, false));
    r.dependencies.push_back(
        dep("PyPI", "requests", "^2", "pkg:pypi/requests", "optional", true, {}, false)); // same purl
    Vulnerability v;
    v.id = QStringLiteral("GHSA-test-lodash-0001");
    v.aliases = {QStringLiteral("CVE-2021-23337")};
    v.purl = QStringLiteral("pkg:npm/lodash@4.17.20");
    v.installedVersion = QStringLiteral("4.17.20");
    v.fixedVersion = QStringLiteral("4.17.21");
    v.severity = QStringLiteral("high");
    v.cvss = 7.2;
    v.summary = QStringLiteral("Command injection in lodash");
    r.vulnerabilities.push_back(v);
    Vulnerability u = v;
    u.id = QStringLiteral("GHSA-test-log4j-0001");
    u.aliases.clear();
    u.purl = QStringLiteral("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
    u.severity = QStringLiteral("unknown");
    u.cvss.reset();
    u.fixedVersion.clear();
    r.vulnerabilities.push_back(u);
    return r;
}

QString schema(const char* name)
{
    return QStringLiteral(ASSAY_SCHEMA_DIR "/") + QString::fromLatin1(name);
}

// Runs tests/tools/validate_json_schema.py; returns its output, empty when valid.
QString validate(const json& doc, const QString& mainSchema, const QStringList& extra)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the document");
    f.write(QByteArray::fromStdString(doc.dump(2)));
    f.close();
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
        QStringList {QStringLiteral(ASSAY_SCHEMA_VALIDATOR), mainSchema, path} + extra);
    if (!p.waitForFinished(60000))
        return QStringLiteral("validator did not finish");
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitCode() == 0 ? QString() : (out.isEmpty() ? QStringLiteral("invalid") : out);
}

} // namespace

// CycloneDX 1.5 and SPDX 2.3 documents from an audit report: content, and validity against the
// official CycloneDX JSON schema (fetched by scripts/setup.d/30-sbom-schemas.sh). No npm package
// ships the SPDX 2.3 JSON schema, so the SPDX document is checked against the spec's rules here.
class TestSbomWriter : public QObject
{
    Q_OBJECT
private slots:
    void cycloneDxContent()
    {
        const json bom = SbomWriter::cycloneDx(sampleReport());
        QCOMPARE(bom["bomFormat"].get<std::string>(), std::string("CycloneDX"));
        QCOMPARE(bom["specVersion"].get<std::string>(), std::string("1.5"));
        QCOMPARE(bom["serialNumber"].get<std::string>(), std::string("urn:uuid:2f1c7f4e-5d7b-4b0e-9a55-7c1c0e0b9f11"));
        QCOMPARE(bom["metadata"]["component"]["name"].get<std::string>(), std::string("widget"));
        const json& comps = bom["components"];
        QCOMPARE(comps.size(), size_t(5));
        QCOMPARE(comps[0]["group"].get<std::string>(), std::string("@babel"));
        QCOMPARE(comps[0]["name"].get<std::string>(), std::string("code-frame"));
        QCOMPARE(comps[0]["licenses"][0]["expression"].get<std::string>(), std::string("MIT"));
        QCOMPARE(comps[1]["licenses"][0]["expression"].get<std::string>(),
            std::string("MIT OR (Apache-2.0 WITH LLVM-exception)"));
        QCOMPARE(comps[2]["licenses"][0]["license"]["name"].get<std::string>(),
            std::string("The Apache Software License, Version 2.0"));
        QCOMPARE(comps[3]["scope"].get<std::string>(), std::string("excluded"));
        QVERIFY(!comps[3].contains("version")); // a range is not a version
        std::set<std::string> refs;
        for (const auto& c : comps)
            QVERIFY(refs.insert(c["bom-ref"].get<std::string>()).second); // unique even for equal purls
        QCOMPARE(bom["dependencies"][0]["dependsOn"].size(), size_t(4)); // the direct ones
        const json& vulns = bom["vulnerabilities"];
        QCOMPARE(vulns.size(), size_t(2));
        QCOMPARE(vulns[0]["affects"][0]["ref"].get<std::string>(), std::string("pkg:npm/lodash@4.17.20"));
        QCOMPARE(vulns[0]["ratings"][0]["score"].get<double>(), 7.2);
        QCOMPARE(vulns[0]["references"][0]["id"].get<std::string>(), std::string("CVE-2021-23337"));
        QCOMPARE(vulns[1]["ratings"][0]["severity"].get<std::string>(), std::string("unknown"));
    }

    void rangesStayRangesWhenExactnessIsLost()
    {
        // As read back from storage: versionExact defaulted to true, but the purl has no version.
        AuditReport r;
        r.dependencies.push_back(dep("npm", "lodash", "^4.17.0", "pkg:npm/lodash", "runtime", true));
        const json bom = SbomWriter::cycloneDx(r);
        QVERIFY(!bom["components"][0].contains("version"));
        QCOMPARE(bom["components"][0]["properties"][3]["value"].get<std::string>(), std::string("^4.17.0"));
        const json doc = SbomWriter::spdx(r);
        QVERIFY(
            QString::fromStdString(doc["packages"][1]["comment"].get<std::string>()).contains(QLatin1String("range")));
    }

    void cycloneDxIsSchemaValid()
    {
        if (!QFile::exists(schema("bom-1.5.schema.json")))
            QFAIL("CycloneDX schemas missing: run scripts/setup.d/30-sbom-schemas.sh (./scripts/test runs it)");
        const QString errors = validate(SbomWriter::cycloneDx(sampleReport()), schema("bom-1.5.schema.json"),
            {schema("spdx.schema.json"), schema("jsf-0.82.schema.json")});
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        AuditReport empty; // no dependencies at all is a valid BOM too
        const QString emptyErrors = validate(SbomWriter::cycloneDx(empty), schema("bom-1.5.schema.json"),
            {schema("spdx.schema.json"), schema("jsf-0.82.schema.json")});
        QVERIFY2(emptyErrors.isEmpty(), qPrintable(emptyErrors));
    }

    void validatorRejectsABrokenBom()
    {
        if (!QFile::exists(schema("bom-1.5.schema.json")))
            QFAIL("CycloneDX schemas missing: run scripts/setup.d/30-sbom-schemas.sh");
        json bom = SbomWriter::cycloneDx(sampleReport());
        bom["components"][0]["scope"] = "sometimes"; // not in the enum
        QVERIFY(
            !validate(bom, schema("bom-1.5.schema.json"), {schema("spdx.schema.json"), schema("jsf-0.82.schema.json")})
                 .isEmpty());
    }

    void spdxFollowsTheSpec()
    {
        const json doc = SbomWriter::spdx(sampleReport());
        QCOMPARE(doc["spdxVersion"].get<std::string>(), std::string("SPDX-2.3"));
        QCOMPARE(doc["dataLicense"].get<std::string>(), std::string("CC0-1.0"));
        QCOMPARE(doc["SPDXID"].get<std::string>(), std::string("SPDXRef-DOCUMENT"));
        QVERIFY(
            QString::fromStdString(doc["documentNamespace"].get<std::string>()).startsWith(QLatin1String("https://")));
        QVERIFY(!QString::fromStdString(doc["documentNamespace"].get<std::string>()).contains(QLatin1Char('#')));
        QCOMPARE(doc["creationInfo"]["created"].get<std::string>(), std::string("2026-11-23T18:30:05Z"));
        QVERIFY(QString::fromStdString(doc["creationInfo"]["creators"][0].get<std::string>())
                    .contains(QRegularExpression(QStringLiteral("^Tool: "))));
        const QRegularExpression idPattern(QStringLiteral("^SPDXRef-[A-Za-z0-9.\\-]+$"));
        std::set<std::string> ids {"SPDXRef-DOCUMENT"};
        const json& packages = doc["packages"];
        QCOMPARE(packages.size(), size_t(6)); // the project and its five dependencies
        for (const auto& p : packages) {
            for (const char* field :
                {"SPDXID", "name", "downloadLocation", "licenseConcluded", "licenseDeclared", "copyrightText"})
                QVERIFY2(p.contains(field) && p[field].is_string(), field);
            QVERIFY(p["filesAnalyzed"].is_boolean() && !p["filesAnalyzed"].get<bool>());
            const QString id = QString::fromStdString(p["SPDXID"].get<std::string>());
            QVERIFY2(idPattern.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(ids.insert(id.toStdString()).second, "SPDXIDs must be unique");
            const QString declared = QString::fromStdString(p["licenseDeclared"].get<std::string>());
            QVERIFY(declared == QLatin1String("NOASSERTION") || SbomWriter::isSpdxExpression(declared));
            if (p.contains("externalRefs"))
                for (const auto& ref : p["externalRefs"]) {
                    const std::string cat = ref["referenceCategory"].get<std::string>();
                    QVERIFY(cat == "PACKAGE-MANAGER" || cat == "SECURITY");
                    QVERIFY(!ref["referenceLocator"].get<std::string>().empty());
                }
        }
        QCOMPARE(
            packages[2]["licenseDeclared"].get<std::string>(), std::string("MIT OR (Apache-2.0 WITH LLVM-exception)"));
        QCOMPARE(packages[3]["licenseDeclared"].get<std::string>(), std::string("NOASSERTION")); // free text
        QVERIFY(packages[3].contains("licenseComments"));
        QCOMPARE(packages[2]["externalRefs"][1]["referenceType"].get<std::string>(), std::string("advisory"));
        std::set<std::string> relTypes;
        for (const auto& r : doc["relationships"]) {
            QVERIFY(ids.count(r["spdxElementId"].get<std::string>()));
            QVERIFY(ids.count(r["relatedSpdxElement"].get<std::string>()));
            relTypes.insert(r["relationshipType"].get<std::string>());
        }
        QCOMPARE(relTypes,
            (std::set<std::string> {"DESCRIBES", "DEPENDS_ON", "DEV_DEPENDENCY_OF", "OPTIONAL_DEPENDENCY_OF"}));
    }

    void spdxExpressionSyntax()
    {
        for (const char* ok : {"MIT", "Apache-2.0 OR MIT", "(MIT AND BSD-3-Clause) OR GPL-2.0-or-later",
                 "GPL-2.0+ WITH Classpath-exception-2.0", "LicenseRef-custom"})
            QVERIFY2(SbomWriter::isSpdxExpression(QString::fromLatin1(ok)), ok);
        for (const char* bad : {"", "MIT OR", "(MIT", "The MIT License", "MIT)", "AND MIT", "BSD (3 clause)"})
            QVERIFY2(!SbomWriter::isSpdxExpression(QString::fromLatin1(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestSbomWriter)
#include "TestSbomWriter.moc"
