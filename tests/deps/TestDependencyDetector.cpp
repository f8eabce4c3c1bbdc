// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/deps/DependencyDetector.h"
#include "audit/deps/VulnDb.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include "OsvFixtures.h"
#include "TestUtil.h"

using namespace assay;
using namespace assay::audit;
using namespace assay::audit::deps;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const Dependency* find(const std::vector<Dependency>& deps, const char* name)
{
    for (const auto& d : deps)
        if (d.name == QLatin1String(name))
            return &d;
    return nullptr;
}

} // namespace

// The detector end to end on a small repository written by the test: wants(), concurrent
// scan(), finish() de-duplication (lockfile over manifest) and vulnerability findings.
class TestDependencyDetector : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString repo() const { return m_dir.filePath(QStringLiteral("repo")); }

private slots:
    void initTestCase()
    {
        writeFile(repo() + QStringLiteral("/package.json"),
            R"({"name":"app","dependencies":{"lodash":"^4.17.0"},"devDependencies":{"left-pad":"^1.3.0"}})");
        writeFile(repo() + QStringLiteral("/package-lock.json"), R"({
  "name": "app", "lockfileVersion": 3, "requires": true,
  "packages": {
    "": {"name": "app", "dependencies": {"lodash": "^4.17.0"}, "devDependencies": {"left-pad": "^1.3.0"}},
    "node_modules/lodash": {"version": "4.17.20", "license": "MIT"},
    "node_modules/left-pad": {"version": "1.3.0", "dev": true, "license": "WTFPL"}
  }
})");
        writeFile(repo() + QStringLiteral("/tools/requirements.txt"), "Django>=3.0\nrequests==2.31.0\n");
        writeFile(repo() + QStringLiteral("/services/api/go.mod"),
            "module example.invalid/api\n\ngo 1.21\n\nrequire golang.org/x/text v0.3.7\n");
        writeFile(repo() + QStringLiteral("/services/api/go.sum"),
            "golang.org/x/text v0.3.7 h1:olpwvP2KacW1ZWvsR7uQhoyTYvKAupfQrRGBFM352Gk=\n"
            "golang.org/x/text v0.3.6 h1:aRYxNxv6iGQlyVaZmk6ZgYEDa+Jg18DxebPSrd6bg1M=\n");
    }

    void wantsOnlyManifests()
    {
        auto detector = makeDependencyDetector(DetectorSetup {repo(), {}, nullptr, {}});
        FileView f;
        f.path = QStringLiteral("package-lock.json");
        QVERIFY(detector->wants(f));
        f.path = QStringLiteral("src/main.cpp");
        QVERIFY(!detector->wants(f));
        f.path = QStringLiteral("third_party/lib/package-lock.json");
        f.vendored = true;
        QVERIFY(!detector->wants(f));
        QCOMPARE(detector->name(), QStringLiteral("dependencies"));
    }

    void scansAndMatches()
    {
        Database database(m_dir.filePath(QStringLiteral("assay.db")));
        ASSAY_VERIFY_OK(database.open());
        const QString osv = m_dir.filePath(QStringLiteral("osv"));
        osvfixtures::writeAll(osv, osvfixtures::all());
        ASSAY_VERIFY_OK(VulnDb(database).importPath(osv));

        auto detector = makeDependencyDetector(DetectorSetup {repo(), {}, &database, {}});
        const QStringList files {QStringLiteral("package.json"), QStringLiteral("package-lock.json"),
            QStringLiteral("tools/requirements.txt"), QStringLiteral("services/api/go.mod"),
            QStringLiteral("services/api/go.sum")};
        std::vector<QByteArray> contents;
        for (const auto& p : files) {
            QFile f(repo() + QLatin1Char('/') + p);
            QVERIFY(f.open(QIODevice::ReadOnly));
            contents.push_back(f.readAll());
        }
        // scan() runs on the runner's worker threads: two at once here.
        std::vector<FileResult> results(files.size());
        auto work = [&](int parity) {
            for (int i = parity; i < files.size(); i += 2) {
                FileView v;
                v.path = files[i];
                v.absolutePath = repo() + QLatin1Char('/') + files[i];
                v.size = contents[size_t(i)].size();
                v.content = std::string_view(contents[size_t(i)].constData(), size_t(contents[size_t(i)].size()));
                QVERIFY(detector->wants(v));
                detector->scan(v, results[size_t(i)]);
            }
        };
        std::thread a(work, 0), b(work, 1);
        a.join();
        b.join();
        QVERIFY(!results[0].dependencies.empty()); // package.json's ranges, before de-duplication

        AuditReport report;
        for (const auto& r : results) // what the job runner does with each FileResult
            report.dependencies.insert(report.dependencies.end(), r.dependencies.begin(), r.dependencies.end());
        AuditOptions options;
        detector->finish(report, DetectorContext {options, &database});

        // package.json ranges are replaced by the lockfile's versions; go.sum adds nothing go.mod has.
        QCOMPARE(report.dependencies.size(), size_t(5));
        const Dependency* lodash = find(report.dependencies, "lodash");
        QVERIFY(lodash && lodash->versionExact && lodash->version == QLatin1String("4.17.20"));
        QCOMPARE(lodash->manifest, QStringLiteral("package-lock.json"));
        QVERIFY(lodash->direct);
        QCOMPARE(find(report.dependencies, "left-pad")->scope, QStringLiteral("dev"));
        const Dependency* text = find(report.dependencies, "golang.org/x/text");
        QVERIFY(text && text->version == QLatin1String("v0.3.7") && text->manifest.endsWith(QLatin1String("go.mod")));
        QVERIFY(find(report.dependencies, "Django") && !find(report.dependencies, "Django")->versionExact);

        // Vulnerabilities: lodash 4.17.20 (one of its two advisories) and x/text v0.3.7.
        QCOMPARE(report.vulnerabilities.size(), size_t(2));
        QStringList vulnIds;
        for (const auto& v : report.vulnerabilities)
            vulnIds << v.id;
        vulnIds.sort();
        QCOMPARE(vulnIds, (QStringList {QStringLiteral("GHSA-test-lodash-0001"), QStringLiteral("GO-test-text-0001")}));
        int vulnFindings = 0, unknownVersion = 0;
        for (const auto& f : report.findings) {
            QCOMPARE(f.type, QStringLiteral("vulnerability"));
            QVERIFY(!f.fingerprint.isEmpty());
            if (f.ruleId == QLatin1String("version-unknown")) {
                ++unknownVersion;
                QCOMPARE(f.severity, QStringLiteral("info"));
                QVERIFY(f.title.contains(QLatin1String("Django")));
                QCOMPARE(f.file, QStringLiteral("tools/requirements.txt"));
                QCOMPARE(f.line, 1);
            } else {
                ++vulnFindings;
                if (f.ruleId == QLatin1String("GHSA-test-lodash-0001")) {
                    QCOMPARE(f.severity, QStringLiteral("critical"));
                    QVERIFY(f.evidence.contains(QLatin1String("4.17.21")));
                    QCOMPARE(f.file, QStringLiteral("package-lock.json"));
                    QCOMPARE(f.line, 5); // the "node_modules/lodash" entry, not the root's range on line 4
                    QVERIFY(f.details["aliases"].dump().find("CVE-2021-23337") != std::string::npos);
                } else {
                    QCOMPARE(f.severity, QStringLiteral("medium")); // unrated advisory
                }
            }
        }
        QCOMPARE(vulnFindings, 2);
        QCOMPARE(unknownVersion, 1); // Django>=3.0 has an advisory but no pinned version
        const auto summary = report.summaryJson();
        QCOMPARE(summary["vulnerabilities"]["critical"].get<int>(), 1);
        QCOMPARE(summary["vulnerabilities"]["unknown"].get<int>(), 1);
    }

    void finishWithoutDatabaseOnlyDeduplicates()
    {
        auto detector = makeDependencyDetector(DetectorSetup {repo(), {}, nullptr, {}});
        QFile f(repo() + QStringLiteral("/package-lock.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        FileView v;
        v.path = QStringLiteral("package-lock.json");
        v.content = std::string_view(bytes.constData(), size_t(bytes.size()));
        FileResult r;
        detector->scan(v, r);
        AuditReport report; // this runner does not copy FileResult::dependencies: the detector has its own
        AuditOptions options;
        detector->finish(report, DetectorContext {options, nullptr});
        QCOMPARE(report.dependencies.size(), size_t(2));
        QVERIFY(report.vulnerabilities.empty());
        QVERIFY(report.findings.empty());
    }

    void readsManifestsOverTheTextCapFromDisk()
    {
        // The runner hands no bytes for files over the text-size cap; big lockfiles are read anyway.
        auto detector = makeDependencyDetector(DetectorSetup {repo(), {}, nullptr, {}});
        FileView v;
        v.path = QStringLiteral("package-lock.json");
        v.absolutePath = repo() + QStringLiteral("/package-lock.json");
        v.size = QFileInfo(v.absolutePath).size();
        FileResult r;
        QVERIFY(detector->wants(v));
        detector->scan(v, r);
        QCOMPARE(r.dependencies.size(), size_t(2));
    }

    void reportsUnparseableManifest()
    {
        auto detector = makeDependencyDetector(DetectorSetup {repo(), {}, nullptr, {}});
        FileView v;
        v.path = QStringLiteral("composer.lock");
        v.content = "{ broken";
        FileResult r;
        detector->scan(v, r);
        QVERIFY(r.dependencies.empty());
        QVERIFY(r.extra.contains("dependencies"));
        QVERIFY(r.extra["dependencies"].contains("error"));
    }
};

QTEST_GUILESS_MAIN(TestDependencyDetector)
#include "TestDependencyDetector.moc"
