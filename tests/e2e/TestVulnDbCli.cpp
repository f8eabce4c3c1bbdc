// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;

// Offline vulnerability matching end to end with the real binary: import an OSV folder,
// audit a project whose lockfile pins an affected and an unaffected version, and export the
// SBOM in both formats.
class TestVulnDbCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    int run(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr)
    {
        QProcess p;
        p.start(qEnvironmentVariable("ASSAY_BINARY"), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

    void write(const QString& path, const QByteArray& content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private slots:
    void importMatchAndSbom()
    {
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const QString osv = m_dir.filePath(QStringLiteral("osv"));
        write(osv + QStringLiteral("/GHSA-test-0001.json"), R"({"id": "GHSA-test-0001", "aliases": ["CVE-2099-0001"],
            "summary": "Prototype pollution in widget-lib", "modified": "2025-01-01T00:00:00Z",
            "affected": [{"package": {"ecosystem": "npm", "name": "widget-lib"},
                          "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "2.1.0"}]}]}],
            "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}]})");
        write(osv + QStringLiteral("/GHSA-test-0002.json"),
            R"({"id": "GHSA-test-0002", "modified": "2025-01-01T00:00:00Z",
            "summary": "Only old gadget versions", "affected": [{"package": {"ecosystem": "npm", "name": "gadget"},
            "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.0.0"}]}]}]})");
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("vulndb"), QStringLiteral("import"), osv, QStringLiteral("--data-dir"), data},
                     &out, &err),
            0);
        auto summary = json::parse(out);
        QVERIFY2(summary, out.constData());

        QByteArray status;
        QCOMPARE(
            run({QStringLiteral("vulndb"), QStringLiteral("status"), QStringLiteral("--data-dir"), data}, &status), 0);
        QVERIFY(status.contains("npm"));

        const QString project = m_dir.filePath(QStringLiteral("project"));
        write(project + QStringLiteral("/package.json"),
            R"({"name": "demo", "version": "1.0.0", "dependencies": {"widget-lib": "^2.0.0", "gadget": "^1.2.0"}})");
        write(project + QStringLiteral("/package-lock.json"),
            R"({"name": "demo", "version": "1.0.0", "lockfileVersion": 3,
            "packages": {"": {"name": "demo", "version": "1.0.0", "dependencies": {"widget-lib": "^2.0.0", "gadget": "^1.2.0"}},
                         "node_modules/widget-lib": {"version": "2.0.3"},
                         "node_modules/gadget": {"version": "1.2.0"}}})");
        QCOMPARE(run({QStringLiteral("audit"), project, QStringLiteral("--data-dir"), data}, &out, &err), 0);
        const auto doc = json::parse(out);
        QVERIFY2(doc, err.constData());
        const Json& vulns = (*doc)["vulnerabilities"];
        QCOMPARE(vulns.size(), 1u); // gadget 1.2.0 is past the fix of GHSA-test-0002
        QCOMPARE(vulns[0]["id"].get<std::string>(), std::string("GHSA-test-0001"));
        QCOMPARE(vulns[0]["installed_version"].get<std::string>(), std::string("2.0.3"));
        QCOMPARE(vulns[0]["fixed_version"].get<std::string>(), std::string("2.1.0"));
        QCOMPARE(vulns[0]["severity"].get<std::string>(), std::string("critical"));
        QCOMPARE((*doc)["summary"]["vulnerabilities"]["critical"].get<int>(), 1);

        for (const char* format : {"cyclonedx", "spdx"}) {
            QCOMPARE(run({QStringLiteral("audit"), project, QStringLiteral("--format"), QLatin1String(format),
                             QStringLiteral("--data-dir"), data},
                         &out, &err),
                0);
            QVERIFY2(out.contains("pkg:npm/widget-lib@2.0.3"), format);
            QVERIFY2(out.contains("pkg:npm/gadget@1.2.0"), format);
        }
    }

    void badInput()
    {
        QByteArray err;
        QCOMPARE(run({QStringLiteral("vulndb"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing")),
                         QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))},
                     nullptr, &err),
            2);
        QVERIFY(!err.isEmpty());
        QCOMPARE(run({QStringLiteral("vulndb"), QStringLiteral("frobnicate")}, nullptr, &err), 2);
    }
};

QTEST_GUILESS_MAIN(TestVulnDbCli)
#include "TestVulnDbCli.moc"
