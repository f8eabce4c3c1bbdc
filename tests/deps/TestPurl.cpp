// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/deps/Purl.h"

#include <QTest>

using namespace assay::audit::deps;

// Package URLs: building, parsing and round trips per the purl specification and its type rules.
class TestPurl : public QObject
{
    Q_OBJECT
private slots:
    void roundTrips_data()
    {
        QTest::addColumn<QString>("purl");
        for (const char* p : {"pkg:npm/%40angular/core@16.2.0", "pkg:npm/lodash@4.17.21",
                 "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "pkg:golang/github.com/gorilla/mux@v1.8.0",
                 "pkg:golang/github.com/docker/docker@v24.0.7%2Bincompatible", "pkg:pypi/django@3.2.4",
                 "pkg:cargo/serde@1.0.190", "pkg:gem/nokogiri@1.15.4?platform=x86_64-linux",
                 "pkg:composer/monolog/monolog@3.4.0", "pkg:nuget/Newtonsoft.Json@13.0.1",
                 "pkg:conan/openssl@3.1.3?channel=stable&user=fixture", "pkg:pub/http@1.1.0",
                 "pkg:swift/github.com/apple/swift-nio@2.59.0", "pkg:pypi/requests", "pkg:generic/fmt@10.1.1",
                 "pkg:maven/org.example/a@1.0?type=pom#sub/path"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void roundTrips()
    {
        QFETCH(QString, purl);
        const auto parsed = Purl::parse(purl.toStdString());
        QVERIFY(parsed.has_value());
        QCOMPARE(QString::fromStdString(parsed->toString()), purl);
        QCOMPARE(Purl::parse(parsed->toString()), parsed);
    }

    void buildsPerTypeRules()
    {
        Purl npm {"npm", "@Scope", "Name", "1.0.0", {}, {}};
        QCOMPARE(npm.toString(), std::string("pkg:npm/%40scope/name@1.0.0"));
        Purl pypi {"pypi", "", "Zope_Interface", "5.4.0", {}, {}};
        QCOMPARE(pypi.toString(), std::string("pkg:pypi/zope-interface@5.4.0"));
        Purl go {"golang", "github.com/Masterminds/semver", "v3", "v3.2.1", {}, {}};
        QCOMPARE(go.toString(), std::string("pkg:golang/github.com/masterminds/semver/v3@v3.2.1"));
        Purl maven {"maven", "org.Example", "My-Lib", "1.0-SNAPSHOT", {{"classifier", "sources"}, {"type", ""}}, {}};
        QCOMPARE(maven.toString(), std::string("pkg:maven/org.Example/My-Lib@1.0-SNAPSHOT?classifier=sources"));
        Purl special {"generic", "", "a b", "1.0+local", {{"Checksum", "sha256:ab"}}, {}};
        QCOMPARE(special.toString(), std::string("pkg:generic/a%20b@1.0%2Blocal?checksum=sha256:ab"));
    }

    void parsesEncodedAndEdgeForms()
    {
        const auto p = Purl::parse("pkg:npm/%40babel/code-frame@7.22.13");
        QVERIFY(p);
        QCOMPARE(p->ns, std::string("@babel"));
        QCOMPARE(p->name, std::string("code-frame"));
        QCOMPARE(p->version, std::string("7.22.13"));
        const auto q = Purl::parse("pkg://maven/org.a/b@1.0"); // leading slashes are tolerated
        QVERIFY(q && q->ns == "org.a" && q->name == "b");
        QVERIFY(!Purl::parse("npm/lodash@1.0"));
        QVERIFY(!Purl::parse("pkg:npm"));
        QCOMPARE(purlDecode(purlEncode("@a/b c+d:e")), std::string("@a/b c+d:e"));
    }
};

QTEST_GUILESS_MAIN(TestPurl)
#include "TestPurl.moc"
