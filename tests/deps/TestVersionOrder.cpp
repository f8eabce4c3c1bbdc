// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/deps/VersionOrder.h"

#include <QTest>

using namespace assay::audit::deps;
using Scheme = VersionOrder::Scheme;

Q_DECLARE_METATYPE(Scheme)

// Version precedence tables per ecosystem, including the tricky cases of each scheme.
class TestVersionOrder : public QObject
{
    Q_OBJECT

    void row(const char* name, Scheme s, const char* lower, const char* higher)
    {
        QTest::newRow(name) << s << QString::fromLatin1(lower) << QString::fromLatin1(higher);
    }

private slots:
    void ordered_data()
    {
        QTest::addColumn<Scheme>("scheme");
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("higher");
        // SemVer 2 (npm, crates.io): the spec's own precedence chain and numeric parts.
        row("semver rc < release", Scheme::SemVer, "1.0.0-rc.1", "1.0.0");
        row("semver alpha < alpha.1", Scheme::SemVer, "1.0.0-alpha", "1.0.0-alpha.1");
        row("semver alpha.1 < alpha.beta", Scheme::SemVer, "1.0.0-alpha.1", "1.0.0-alpha.beta");
        row("semver alpha.beta < beta", Scheme::SemVer, "1.0.0-alpha.beta", "1.0.0-beta");
        row("semver beta.2 < beta.11", Scheme::SemVer, "1.0.0-beta.2", "1.0.0-beta.11");
        row("semver beta.11 < rc.1", Scheme::SemVer, "1.0.0-beta.11", "1.0.0-rc.1");
        row("semver numeric parts", Scheme::SemVer, "1.9.0", "1.10.0");
        row("semver patch", Scheme::SemVer, "2.0.9", "2.0.10");
        row("semver big numbers", Scheme::SemVer, "1.0.99999999999999999998", "1.0.99999999999999999999");
        // Go: the leading v, pseudo-versions and +incompatible.
        row("go v prefix", Scheme::Go, "v1.2.3", "v1.10.0");
        row("go pseudo-version < release", Scheme::Go, "v0.0.0-20191109021931-daa7c04131f5", "v0.0.1");
        row("go incompatible major", Scheme::Go, "v1.9.0", "v2.0.0+incompatible");
        row("go incompatible vs next", Scheme::Go, "v2.0.0+incompatible", "v2.0.1");
        // PEP 440.
        row("pep440 post > release", Scheme::Pep440, "1.0", "1.0.post1");
        row("pep440 epoch", Scheme::Pep440, "2.0", "1!0.1");
        row("pep440 dev < pre", Scheme::Pep440, "1.0.dev1", "1.0a1");
        row("pep440 a < b < rc", Scheme::Pep440, "1.0b2", "1.0rc1");
        row("pep440 rc < release", Scheme::Pep440, "1.0rc1", "1.0");
        row("pep440 pre.dev < pre", Scheme::Pep440, "1.0a1.dev1", "1.0a1");
        row("pep440 post.dev < post", Scheme::Pep440, "1.0.post1.dev1", "1.0.post1");
        row("pep440 local > public", Scheme::Pep440, "1.0", "1.0+local.1");
        row("pep440 local numeric > alpha", Scheme::Pep440, "1.0+abc", "1.0+5");
        row("pep440 release segments", Scheme::Pep440, "1.9", "1.10");
        row("pep440 alternative spellings", Scheme::Pep440, "1.0-alpha.2", "1.0.beta1");
        // Maven ComparableVersion.
        row("maven snapshot < release", Scheme::Maven, "1.0-SNAPSHOT", "1.0");
        row("maven alpha < beta", Scheme::Maven, "1.0-alpha-1", "1.0-beta-1");
        row("maven a1 alias", Scheme::Maven, "1.0-a1", "1.0-b1");
        row("maven milestone < rc", Scheme::Maven, "1.0-M1", "1.0-RC1");
        row("maven rc < snapshot", Scheme::Maven, "1.0-rc1", "1.0-SNAPSHOT");
        row("maven release < sp", Scheme::Maven, "1.0", "1.0-sp1");
        row("maven qualifier < number", Scheme::Maven, "1.0-jre", "1.0.1");
        row("maven numeric", Scheme::Maven, "2.9", "2.10");
        row("maven unknown qualifier after sp", Scheme::Maven, "1.0-sp", "1.0-foo");
        row("maven guava flavours", Scheme::Maven, "31.1-android", "31.1-jre");
        // RubyGems.
        row("gem prerelease < release", Scheme::RubyGems, "1.0.0.pre", "1.0.0");
        row("gem rc ordering", Scheme::RubyGems, "2.0.0.rc1", "2.0.0.rc2");
        row("gem numeric", Scheme::RubyGems, "1.9", "1.10");
        row("gem beta < rc", Scheme::RubyGems, "3.0.0.beta2", "3.0.0.rc1");
        // Composer.
        row("composer v prefix", Scheme::Composer, "v1.2.3", "1.2.4");
        row("composer RC < release", Scheme::Composer, "2.0.0-RC1", "2.0.0");
        row("composer beta < RC", Scheme::Composer, "2.0.0-beta3", "2.0.0-RC1");
        row("composer dev < alpha", Scheme::Composer, "2.0.0-dev", "2.0.0-alpha1");
        row("composer patch > release", Scheme::Composer, "2.0.0", "2.0.0-p1");
        row("composer four parts", Scheme::Composer, "1.0.0", "1.0.0.1");
        // NuGet.
        row("nuget four parts", Scheme::NuGet, "1.0.0", "1.0.0.1");
        row("nuget prerelease", Scheme::NuGet, "2.0.0-beta", "2.0.0");
        row("nuget labels", Scheme::NuGet, "1.0.0-Alpha", "1.0.0-beta");
        // Generic (ConanCenter, vcpkg).
        row("generic letters", Scheme::Generic, "1.1.1t", "1.1.1u");
        row("generic numbers", Scheme::Generic, "1.2.9", "1.2.13");
    }

    void ordered()
    {
        QFETCH(Scheme, scheme);
        QFETCH(QString, lower);
        QFETCH(QString, higher);
        const std::string a = lower.toStdString(), b = higher.toStdString();
        QVERIFY2(VersionOrder::compare(scheme, a, b) < 0, qPrintable(lower + QStringLiteral(" < ") + higher));
        QVERIFY2(VersionOrder::compare(scheme, b, a) > 0, qPrintable(higher + QStringLiteral(" > ") + lower));
    }

    void equal_data()
    {
        QTest::addColumn<Scheme>("scheme");
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("higher");
        row("semver build metadata ignored", Scheme::SemVer, "1.0.0+build.1", "1.0.0+build.2");
        row("go incompatible ignored in precedence", Scheme::Go, "v2.0.0+incompatible", "v2.0.0");
        row("pep440 trailing zeros", Scheme::Pep440, "1.0", "1.0.0");
        row("pep440 normalised spellings", Scheme::Pep440, "1.0alpha1", "1.0a1");
        row("pep440 implicit post", Scheme::Pep440, "1.0-1", "1.0.post1");
        row("maven ga is release", Scheme::Maven, "1.0-ga", "1.0");
        row("maven trailing zeros", Scheme::Maven, "1.0.0", "1");
        row("maven cr is rc", Scheme::Maven, "1.0-cr1", "1.0-rc1");
        row("gem trailing zeros", Scheme::RubyGems, "1.0", "1.0.0");
        row("nuget case-insensitive label", Scheme::NuGet, "1.0.0-BETA", "1.0.0-beta");
        row("nuget fourth zero", Scheme::NuGet, "1.0.0.0", "1.0.0");
    }

    void equal()
    {
        QFETCH(Scheme, scheme);
        QFETCH(QString, lower);
        QFETCH(QString, higher);
        QCOMPARE(VersionOrder::compare(scheme, lower.toStdString(), higher.toStdString()), 0);
    }

    void schemesAndValidity()
    {
        QCOMPARE(VersionOrder::schemeFor("npm"), Scheme::SemVer);
        QCOMPARE(VersionOrder::schemeFor("crates.io"), Scheme::SemVer);
        QCOMPARE(VersionOrder::schemeFor("Go"), Scheme::Go);
        QCOMPARE(VersionOrder::schemeFor("PyPI"), Scheme::Pep440);
        QCOMPARE(VersionOrder::schemeFor("Maven"), Scheme::Maven);
        QCOMPARE(VersionOrder::schemeFor("RubyGems"), Scheme::RubyGems);
        QCOMPARE(VersionOrder::schemeFor("Packagist"), Scheme::Composer);
        QCOMPARE(VersionOrder::schemeFor("NuGet"), Scheme::NuGet);
        QVERIFY(VersionOrder::isValid(Scheme::SemVer, "1.2.3-rc.1"));
        QVERIFY(!VersionOrder::isValid(Scheme::SemVer, "^1.2.3"));
        QVERIFY(!VersionOrder::isValid(Scheme::SemVer, "latest"));
        QVERIFY(VersionOrder::isValid(Scheme::Go, "v2.0.0+incompatible"));
        QVERIFY(!VersionOrder::isValid(Scheme::Go, "2.0.0"));
        QVERIFY(VersionOrder::isValid(Scheme::Pep440, "1!2.0.post1.dev3+ubuntu.1"));
        QVERIFY(!VersionOrder::isValid(Scheme::Pep440, ">=1.0"));
        QVERIFY(!VersionOrder::isValid(Scheme::Maven, "[1.0,2.0)"));
        QVERIFY(!VersionOrder::isValid(Scheme::NuGet, "2.1.*"));
    }
};

QTEST_GUILESS_MAIN(TestVersionOrder)
#include "TestVersionOrder.moc"
