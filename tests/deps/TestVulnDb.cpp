// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/deps/OsvMatcher.h"
#include "audit/deps/VulnDb.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include "OsvFixtures.h"
#include "TestUtil.h"

using namespace assay;
using namespace assay::audit;
using namespace assay::audit::deps;
using nlohmann::json;

namespace {

Dependency dep(const char* ecosystem, const char* name, const char* version, bool exact = true)
{
    Dependency d;
    d.ecosystem = QString::fromLatin1(ecosystem);
    d.name = QString::fromLatin1(name);
    d.version = QString::fromLatin1(version);
    d.versionExact = exact;
    d.purl = QStringLiteral("pkg:test/%1@%2").arg(d.name, d.version);
    return d;
}

// A zip of OSV JSON files, the way osv.dev publishes an ecosystem's export.
void writeZip(const QString& path, const std::vector<json>& docs)
{
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    QVERIFY(archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const auto& d : docs) {
        const std::string text = d.dump();
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, (d["id"].get<std::string>() + ".json").c_str());
        archive_entry_set_size(e, la_int64_t(text.size()));
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_write_header(a, e);
        archive_write_data(a, text.data(), text.size());
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

QStringList ids(const std::vector<Vulnerability>& v)
{
    QStringList out;
    for (const auto& x : v)
        out << x.id;
    out.sort();
    return out;
}

} // namespace

// OSV import (folder and zip) into a real SQLite file, re-import in place, status, and matching:
// ranges with introduced / fixed / last_affected / limit, `versions` lists, withdrawn records,
// fixed_version, severity from CVSS or database_specific, aliases, unpinned dependencies.
class TestVulnDb : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(QStringLiteral("assay-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        ASSAY_VERIFY_OK(m_db->open());
    }

    void importsFolderAndMatches()
    {
        const QString folder = m_dir.filePath(QStringLiteral("osv-folder"));
        osvfixtures::writeAll(folder, osvfixtures::all());
        // Not an OSV record: counted as skipped, not fatal.
        QFile junk(folder + QStringLiteral("/notes.json"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"hello\": 1}");
        junk.close();

        VulnDb db(*m_db);
        auto r = db.importPath(folder);
        ASSAY_VERIFY_OK(r);
        QCOMPARE(r->added, qint64(10));
        QCOMPARE(r->skipped, qint64(1));
        QCOMPARE(r->status, QStringLiteral("completed"));

        // lodash 4.17.20: advisory 0001 matches, 0002 (3.0.0 ≤ v < 4.17.5) must not, the withdrawn one neither.
        auto lodash = db.vulnerabilitiesFor(dep("npm", "lodash", "4.17.20"));
        ASSAY_VERIFY_OK(lodash);
        QCOMPARE(ids(*lodash), QStringList {QStringLiteral("GHSA-test-lodash-0001")});
        const Vulnerability& v = lodash->front();
        QCOMPARE(v.fixedVersion, QStringLiteral("4.17.21"));
        QCOMPARE(v.severity, QStringLiteral("critical"));
        QVERIFY(v.cvss && *v.cvss == 9.8);
        QCOMPARE(v.aliases, QStringList {QStringLiteral("CVE-2021-23337")});
        QCOMPARE(v.installedVersion, QStringLiteral("4.17.20"));
        QCOMPARE(v.summary, QStringLiteral("Test advisory GHSA-test-lodash-0001"));

        auto oldLodash = db.vulnerabilitiesFor(dep("npm", "lodash", "4.17.4"));
        ASSAY_VERIFY_OK(oldLodash);
        QCOMPARE(ids(*oldLodash),
            (QStringList {QStringLiteral("GHSA-test-lodash-0001"), QStringLiteral("GHSA-test-lodash-0002")}));
        for (const auto& x : *oldLodash)
            if (x.id.endsWith(QLatin1String("0002"))) {
                QCOMPARE(x.severity, QStringLiteral("medium")); // database_specific MODERATE
                QCOMPARE(x.fixedVersion, QStringLiteral("4.17.5"));
                QVERIFY(!x.cvss);
            }
        auto fixedLodash = db.vulnerabilitiesFor(dep("npm", "lodash", "4.17.21"));
        ASSAY_VERIFY_OK(fixedLodash);
        QVERIFY(fixedLodash->empty());

        // PyPI names are normalised (Django / django); two ranges, the fix above the installed version.
        // …and the GHSA record naming the PYSEC one is the same vulnerability: reported once.
        auto django = db.vulnerabilitiesFor(dep("PyPI", "Django", "3.2.4"));
        ASSAY_VERIFY_OK(django);
        QCOMPARE(ids(*django), QStringList {QStringLiteral("GHSA-test-django-0001")});
        QCOMPARE(django->front().aliases,
            (QStringList {QStringLiteral("CVE-2021-35042"), QStringLiteral("PYSEC-test-django-0001")}));
        QCOMPARE(django->front().fixedVersion, QStringLiteral("3.2.5"));
        QCOMPARE(django->front().severity, QStringLiteral("critical")); // from the GHSA record's CVSS
        auto django31 = db.vulnerabilitiesFor(dep("PyPI", "django", "3.1.9"));
        ASSAY_VERIFY_OK(django31);
        QVERIFY(django31->empty());
        auto django40 = db.vulnerabilitiesFor(dep("PyPI", "django", "4.0.1"));
        ASSAY_VERIFY_OK(django40);
        QCOMPARE(django40->size(), size_t(1)); // only the PYSEC record covers 4.0.x
        QCOMPARE(django40->front().id, QStringLiteral("PYSEC-test-django-0001"));
        QCOMPARE(django40->front().fixedVersion, QStringLiteral("4.0.2"));
        QCOMPARE(django40->front().severity, QStringLiteral("high"));

        // Go: SEMVER range without the v, installed version with it.
        auto text = db.vulnerabilitiesFor(dep("Go", "golang.org/x/text", "v0.3.7"));
        ASSAY_VERIFY_OK(text);
        QCOMPARE(text->size(), size_t(1));
        QCOMPARE(text->front().fixedVersion, QStringLiteral("0.3.8"));
        QCOMPARE(text->front().severity, QStringLiteral("unknown"));
        auto text38 = db.vulnerabilitiesFor(dep("Go", "golang.org/x/text", "v0.3.8"));
        ASSAY_VERIFY_OK(text38);
        QVERIFY(text38->empty());

        // Maven ComparableVersion: 2.0-beta9 ≤ 2.14.1 < 2.15.0; 2.0-alpha1 is below the range.
        auto log4j = db.vulnerabilitiesFor(dep("Maven", "org.apache.logging.log4j:log4j-core", "2.14.1"));
        ASSAY_VERIFY_OK(log4j);
        QCOMPARE(log4j->size(), size_t(1));
        QCOMPARE(log4j->front().severity, QStringLiteral("critical"));
        QCOMPARE(*log4j->front().cvss, 10.0);
        auto log4jAlpha = db.vulnerabilitiesFor(dep("Maven", "org.apache.logging.log4j:log4j-core", "2.0-alpha1"));
        ASSAY_VERIFY_OK(log4jAlpha);
        QVERIFY(log4jAlpha->empty());

        // last_affected is inclusive; no fixed version known.
        auto sv160 = db.vulnerabilitiesFor(dep("crates.io", "smallvec", "1.6.0"));
        ASSAY_VERIFY_OK(sv160);
        QCOMPARE(sv160->size(), size_t(1));
        QVERIFY(sv160->front().fixedVersion.isEmpty());
        auto sv161 = db.vulnerabilitiesFor(dep("crates.io", "smallvec", "1.6.1"));
        ASSAY_VERIFY_OK(sv161);
        QVERIFY(sv161->empty());

        // `versions` lists (NuGet names are case-insensitive).
        auto nj = db.vulnerabilitiesFor(dep("NuGet", "newtonsoft.json", "12.0.2"));
        ASSAY_VERIFY_OK(nj);
        QCOMPARE(nj->size(), size_t(1));
        auto nj13 = db.vulnerabilitiesFor(dep("NuGet", "Newtonsoft.Json", "13.0.1"));
        ASSAY_VERIFY_OK(nj13);
        QVERIFY(nj13->empty());

        // limit: versions at or above it are outside the range even though no fixed event closes it.
        auto rack = db.vulnerabilitiesFor(dep("RubyGems", "rack", "2.2.4"));
        ASSAY_VERIFY_OK(rack);
        QCOMPARE(rack->size(), size_t(1));
        QVERIFY(rack->front().fixedVersion.isEmpty());
        auto rack3 = db.vulnerabilitiesFor(dep("RubyGems", "rack", "3.0.1"));
        ASSAY_VERIFY_OK(rack3);
        QVERIFY(rack3->empty());

        // An unpinned dependency is never matched as if it were pinned.
        auto unpinned = db.vulnerabilitiesFor(dep("npm", "lodash", "^4.17.0", false));
        ASSAY_VERIFY_OK(unpinned);
        QVERIFY(unpinned->empty());
        auto advisories = db.advisoriesFor(QStringLiteral("npm"), QStringLiteral("lodash"));
        ASSAY_VERIFY_OK(advisories);
        QCOMPARE(advisories->size(), size_t(3));
    }

    void importsZipAndReimportUpdatesInPlace()
    {
        auto docs = osvfixtures::all();
        const QString zip = m_dir.filePath(QStringLiteral("npm.zip"));
        writeZip(zip, docs);
        VulnDb db(*m_db);
        auto first = db.importPath(zip);
        ASSAY_VERIFY_OK(first);
        QCOMPARE(first->files, qint64(10));
        QCOMPARE(first->added, qint64(10));

        // The second advisory now reaches 4.17.20: re-importing updates it, the rest is unchanged.
        docs[1]["affected"][0]["ranges"][0]["events"][1] = {{"fixed", "4.17.22"}};
        docs[1]["modified"] = "2024-03-01T00:00:00Z";
        writeZip(zip, docs);
        auto second = db.importPath(zip);
        ASSAY_VERIFY_OK(second);
        QCOMPARE(second->added, qint64(0));
        QCOMPARE(second->updated, qint64(1));
        QCOMPARE(second->unchanged, qint64(9));
        auto lodash = db.vulnerabilitiesFor(dep("npm", "lodash", "4.17.20"));
        ASSAY_VERIFY_OK(lodash);
        QCOMPARE(lodash->size(), size_t(2));

        auto status = db.status();
        ASSAY_VERIFY_OK(status);
        QCOMPARE(status->advisories, qint64(10));
        QCOMPARE(status->ecosystems.at(QStringLiteral("npm")), qint64(3));
        QCOMPARE(status->ecosystems.at(QStringLiteral("PyPI")), qint64(2));
        QCOMPARE(status->ecosystems.at(QStringLiteral("crates.io")), qint64(1));
        QVERIFY(status->lastImport);
        QCOMPARE(status->lastImport->id, second->id);
        QCOMPARE(status->lastImport->updated, qint64(1));
        const json j = status->toJson();
        QCOMPARE(j["advisories"].get<int>(), 10);
        QCOMPARE(j["last_import"]["status"].get<std::string>(), std::string("completed"));
    }

    void importsUploadedBytes()
    {
        VulnDb db(*m_db);
        const auto docs = osvfixtures::all();
        const QString zip = m_dir.filePath(QStringLiteral("upload.zip"));
        writeZip(zip, docs);
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto fromZip = db.importData(f.readAll(), QStringLiteral("npm-all.zip"));
        ASSAY_VERIFY_OK(fromZip);
        QCOMPARE(fromZip->added, qint64(10));
        QCOMPARE(fromZip->source, QStringLiteral("npm-all.zip"));

        // One JSON array of records (no file name needed): the first two are already there.
        json array = json::array({docs[0], docs[1],
            osvfixtures::advisory("GHSA-test-upload-0001", "PyPI", "flask",
                osvfixtures::ecosystemRange({{{"introduced", "0"}}, {{"fixed", "2.2.5"}}}))});
        auto fromJson = db.importData(QByteArray::fromStdString(array.dump()), QString());
        ASSAY_VERIFY_OK(fromJson);
        QCOMPARE(fromJson->added, qint64(1));
        QCOMPARE(fromJson->unchanged, qint64(2));
        auto flask = db.vulnerabilitiesFor(dep("PyPI", "Flask", "2.2.2"));
        ASSAY_VERIFY_OK(flask);
        QCOMPARE(flask->size(), size_t(1));

        QVERIFY(!db.importData(QByteArray(), QStringLiteral("empty.zip")));
        QVERIFY(!db.importData(QByteArrayLiteral("PK\x03\x04 truncated"), QStringLiteral("bad.zip")));
    }

    // Found by tests/fuzz/fuzz_osv: a record nested 100 000 deep overflowed the stack when it was
    // serialised for storage (a crash of `assay vulndb import` and of the server's upload route).
    void refusesDeeplyNestedRecords()
    {
        VulnDb db(*m_db);
        const QByteArray deep = "{\"id\":\"X-DEEP\",\"affected\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        auto r = db.importData(deep, QStringLiteral("deep.json"));
        ASSAY_VERIFY_OK(r);
        QCOMPARE(r->added, qint64(0));
        QCOMPARE(r->skipped, qint64(1));
        QVERIFY(r->errors.join(QLatin1Char(' ')).contains(QStringLiteral("nested too deeply")));
        // Ordinary nesting still imports.
        const json ok = osvfixtures::advisory("X-OK", "npm", "left-pad",
            osvfixtures::ecosystemRange({{{"introduced", "0"}}, {{"fixed", "1.3.0"}}}));
        auto fine = db.importData(QByteArray::fromStdString(ok.dump()), QStringLiteral("ok.json"));
        ASSAY_VERIFY_OK(fine);
        QCOMPARE(fine->added, qint64(1));
    }

    void rejectsMissingAndDamagedInput()
    {
        VulnDb db(*m_db);
        QVERIFY(!db.importPath(m_dir.filePath(QStringLiteral("does-not-exist.zip"))));
        const QString bad = m_dir.filePath(QStringLiteral("bad.zip"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a zip archive at all");
        f.close();
        auto r = db.importPath(bad);
        QVERIFY(!r);
        auto status = db.status();
        ASSAY_VERIFY_OK(status);
        QVERIFY(status->lastImport);
        QCOMPARE(status->lastImport->status, QStringLiteral("failed"));
    }

    void matcherRating()
    {
        const json cvssAndText = osvfixtures::advisory("X-1", "npm", "a", json::array(),
            {{"severity", {{{"type", "CVSS_V3"}, {"score", "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N"}}}},
                {"database_specific", {{"severity", "CRITICAL"}}}});
        const auto r = OsvMatcher::rate(cvssAndText);
        QCOMPARE(r.severity, std::string("medium")); // the computed CVSS score wins over the label
        QCOMPARE(*r.score, 5.9);
        QVERIFY(OsvMatcher::mentions(cvssAndText, "npm", "A")); // npm names compare case-insensitively
        QVERIFY(!OsvMatcher::mentions(cvssAndText, "PyPI", "a"));
    }
};

QTEST_GUILESS_MAIN(TestVulnDb)
#include "TestVulnDb.moc"
