// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/deps/Ecosystem.h"
#include "audit/deps/ManifestParser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include "TestUtil.h"

using namespace assay;
using namespace assay::audit;
using namespace assay::audit::deps;

// Every supported manifest and lockfile format, from fixtures written in the real formats
// (tests/deps/fixtures/<case>/…): names, exact versions vs ranges, purls, scope, direct/transitive,
// licenses, and what must be left out (workspace links, local paths, SDK packages).
class TestManifestParser : public QObject
{
    Q_OBJECT

    std::vector<Dependency> parse(const QString& rel)
    {
        const QString root = QStringLiteral(ASSAY_DEPS_FIXTURES);
        QFile f(root + QLatin1Char('/') + rel);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(rel));
        const QByteArray bytes = f.readAll();
        auto r = ManifestParser::parse(rel, std::string_view(bytes.constData(), size_t(bytes.size())),
            ManifestParser::fileSystemReader(root, rel));
        if (!r)
            qFatal("%s: %s", qPrintable(rel), qPrintable(r.error().message));
        for (const auto& d : r->dependencies)
            if (d.manifest != rel)
                qFatal("manifest path not recorded");
        return r->dependencies;
    }

    static const Dependency* find(const std::vector<Dependency>& deps, const QString& name, const QString& version = {})
    {
        for (const auto& d : deps)
            if (d.name == name && (version.isNull() || d.version == version))
                return &d;
        return nullptr;
    }

#define EXPECT_DEP(DEPS, NAME, VERSION, PURL, SCOPE, DIRECT)                                                           \
    do {                                                                                                               \
        const Dependency* _d = find(DEPS, QStringLiteral(NAME), QStringLiteral(VERSION));                              \
        QVERIFY2(_d, "missing " NAME " " VERSION);                                                                     \
        QCOMPARE(_d->purl, QStringLiteral(PURL));                                                                      \
        QCOMPARE(_d->scope, QStringLiteral(SCOPE));                                                                    \
        QCOMPARE(_d->direct, DIRECT);                                                                                  \
    } while (false)

private slots:
    void recognisesManifestNames()
    {
        for (const char* p :
            {"package-lock.json", "a/npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "requirements.txt",
                "requirements-dev.txt", "dev-requirements.txt", "requirements/base.txt", "Pipfile.lock", "poetry.lock",
                "uv.lock", "pyproject.toml", "go.mod", "go.sum", "Cargo.lock", "pom.xml", "gradle.lockfile",
                "Gemfile.lock", "composer.lock", "packages.lock.json", "src/App/App.csproj", "vcpkg.json",
                "conanfile.txt", "conan.lock", "Package.resolved", "pubspec.lock", "package.json", "Cargo.toml",
                "Pipfile", "Gemfile", "build.gradle", "app/build.gradle.kts", "gradle/libs.versions.toml"})
            QVERIFY2(ManifestParser::isManifest(QString::fromLatin1(p)), p);
        for (const char* p :
            {"README.md", "src/main.cpp", "node_modules/x/package.json", "requirements.md", "settings.gradle"})
            QVERIFY2(!ManifestParser::isManifest(QString::fromLatin1(p)), p);
        QVERIFY(ManifestParser::isLockfile(QStringLiteral("yarn.lock")));
        QVERIFY(!ManifestParser::isLockfile(QStringLiteral("pom.xml")));
    }

    void npmPackageLockV1()
    {
        const auto deps = parse(QStringLiteral("npm-v1/package-lock.json"));
        QCOMPARE(deps.size(), size_t(6));
        EXPECT_DEP(deps, "@types/node", "14.18.63", "pkg:npm/%40types/node@14.18.63", "runtime", true);
        EXPECT_DEP(deps, "left-pad", "1.3.0", "pkg:npm/left-pad@1.3.0", "runtime", true);
        EXPECT_DEP(deps, "mocha", "8.4.0", "pkg:npm/mocha@8.4.0", "dev", true);
        EXPECT_DEP(deps, "debug", "4.3.1", "pkg:npm/debug@4.3.1", "dev", false); // nested
        // "npm:string-width@4.2.3" is an alias: the real package is named.
        EXPECT_DEP(deps, "string-width", "4.2.3", "pkg:npm/string-width@4.2.3", "dev", false);
        QVERIFY(std::all_of(deps.begin(), deps.end(),
            [](const Dependency& d) { return d.versionExact && d.ecosystem == QLatin1String("npm"); }));
    }

    void npmPackageLockV3()
    {
        const auto deps = parse(QStringLiteral("npm-v3/package-lock.json"));
        QCOMPARE(deps.size(), size_t(7)); // the workspace link and folder are the project's own code
        EXPECT_DEP(deps, "@babel/code-frame", "7.22.13", "pkg:npm/%40babel/code-frame@7.22.13", "runtime", true);
        EXPECT_DEP(deps, "chalk", "2.4.2", "pkg:npm/chalk@2.4.2", "runtime", false);
        EXPECT_DEP(deps, "express", "4.17.1", "pkg:npm/express@4.17.1", "runtime", true);
        EXPECT_DEP(deps, "qs", "6.7.0", "pkg:npm/qs@6.7.0", "runtime", false);
        EXPECT_DEP(deps, "qs", "6.11.2", "pkg:npm/qs@6.11.2", "dev", false);
        EXPECT_DEP(deps, "typescript", "5.2.2", "pkg:npm/typescript@5.2.2", "dev", true);
        EXPECT_DEP(deps, "fsevents", "2.3.3", "pkg:npm/fsevents@2.3.3", "optional", true);
        QCOMPARE(find(deps, QStringLiteral("qs"), QStringLiteral("6.7.0"))->licenses,
            QStringList {QStringLiteral("BSD-3-Clause")});
        QVERIFY(!find(deps, QStringLiteral("@fixture/util")));
    }

    void npmShrinkwrap()
    {
        const auto deps = parse(QStringLiteral("shrinkwrap/npm-shrinkwrap.json"));
        QCOMPARE(deps.size(), size_t(1));
        EXPECT_DEP(deps, "lodash", "4.17.20", "pkg:npm/lodash@4.17.20", "runtime", true);
    }

    void yarnClassic()
    {
        const auto deps = parse(QStringLiteral("yarn-classic/yarn.lock"));
        QCOMPARE(deps.size(), size_t(7));
        EXPECT_DEP(deps, "@babel/code-frame", "7.12.13", "pkg:npm/%40babel/code-frame@7.12.13", "runtime", true);
        EXPECT_DEP(deps, "@babel/highlight", "7.13.10", "pkg:npm/%40babel/highlight@7.13.10", "runtime", false);
        EXPECT_DEP(deps, "chalk", "2.4.2", "pkg:npm/chalk@2.4.2", "runtime", false);
        // Reached only through a devDependency: dev.
        EXPECT_DEP(deps, "chalk", "4.1.0", "pkg:npm/chalk@4.1.0", "dev", false);
        EXPECT_DEP(deps, "graceful-fs", "4.2.6", "pkg:npm/graceful-fs@4.2.6", "dev", false);
        EXPECT_DEP(deps, "jest-util", "26.6.2", "pkg:npm/jest-util@26.6.2", "dev", true);
        EXPECT_DEP(deps, "lodash", "4.17.21", "pkg:npm/lodash@4.17.21", "runtime", true);
    }

    void yarnBerry()
    {
        const auto deps = parse(QStringLiteral("yarn-berry/yarn.lock"));
        QCOMPARE(deps.size(), size_t(4)); // the workspace entry is the project itself
        EXPECT_DEP(deps, "@types/semver", "7.5.4", "pkg:npm/%40types/semver@7.5.4", "dev", true);
        EXPECT_DEP(deps, "semver", "7.5.4", "pkg:npm/semver@7.5.4", "runtime", true);
        EXPECT_DEP(deps, "lru-cache", "6.0.0", "pkg:npm/lru-cache@6.0.0", "runtime", false);
        EXPECT_DEP(deps, "yallist", "4.0.0", "pkg:npm/yallist@4.0.0", "runtime", false);
    }

    void pnpmV5()
    {
        const auto deps = parse(QStringLiteral("pnpm-v5/pnpm-lock.yaml"));
        QCOMPARE(deps.size(), size_t(4));
        EXPECT_DEP(deps, "@babel/core", "7.20.12", "pkg:npm/%40babel/core@7.20.12", "runtime", true);
        EXPECT_DEP(deps, "debug", "4.3.4", "pkg:npm/debug@4.3.4", "runtime", true);
        EXPECT_DEP(deps, "eslint", "8.31.0", "pkg:npm/eslint@8.31.0", "dev", true);
        EXPECT_DEP(deps, "ms", "2.1.2", "pkg:npm/ms@2.1.2", "runtime", false);
    }

    void pnpmV6()
    {
        const auto deps = parse(QStringLiteral("pnpm-v6/pnpm-lock.yaml"));
        QCOMPARE(deps.size(), size_t(7));
        EXPECT_DEP(deps, "react", "18.2.0", "pkg:npm/react@18.2.0", "runtime", true);
        EXPECT_DEP(deps, "react-dom", "18.2.0", "pkg:npm/react-dom@18.2.0", "runtime", true); // peer suffix dropped
        EXPECT_DEP(deps, "@types/react", "18.2.31", "pkg:npm/%40types/react@18.2.31", "dev", true);
        EXPECT_DEP(deps, "csstype", "3.1.2", "pkg:npm/csstype@3.1.2", "dev", false);
        EXPECT_DEP(deps, "scheduler", "0.23.0", "pkg:npm/scheduler@0.23.0", "runtime", false);
    }

    void pnpmV9()
    {
        const auto deps = parse(QStringLiteral("pnpm-v9/pnpm-lock.yaml"));
        QCOMPARE(deps.size(), size_t(5)); // the workspace link is not a package
        EXPECT_DEP(deps, "zod", "3.22.4", "pkg:npm/zod@3.22.4", "runtime", true);
        EXPECT_DEP(deps, "nanoid", "5.0.4", "pkg:npm/nanoid@5.0.4", "runtime", true); // packages/lib importer
        EXPECT_DEP(deps, "vitest", "1.0.4", "pkg:npm/vitest@1.0.4", "dev", true);
        // v9 has no dev flags: classified by reachability through `snapshots`.
        EXPECT_DEP(deps, "tinyspy", "2.2.0", "pkg:npm/tinyspy@2.2.0", "dev", false);
        EXPECT_DEP(deps, "@types/node", "20.10.5", "pkg:npm/%40types/node@20.10.5", "dev", false);
    }

    void requirementsWithIncludesMarkersAndHashes()
    {
        const auto deps = parse(QStringLiteral("python-req/requirements.txt"));
        QCOMPARE(deps.size(), size_t(8));
        EXPECT_DEP(
            deps, "urllib3", "1.26.5", "pkg:pypi/urllib3@1.26.5", "runtime", true); // from -r requirements/base.txt
        EXPECT_DEP(deps, "certifi", "2021.5.30", "pkg:pypi/certifi@2021.5.30", "runtime", true);
        EXPECT_DEP(deps, "Django", "3.2.4", "pkg:pypi/django@3.2.4", "runtime", true); // hash continuation line
        EXPECT_DEP(deps, "zope.interface", "5.4.0", "pkg:pypi/zope.interface@5.4.0", "runtime", true);
        EXPECT_DEP(deps, "pywin32", "306", "pkg:pypi/pywin32@306", "runtime", true); // marker stripped
        const Dependency* requests = find(deps, QStringLiteral("requests"));
        QVERIFY(requests);
        QVERIFY(!requests->versionExact);
        QCOMPARE(requests->version, QStringLiteral(">=2.25,<3"));
        QCOMPARE(requests->purl, QStringLiteral("pkg:pypi/requests")); // a range is not a purl version
        const Dependency* numpy = find(deps, QStringLiteral("numpy"));
        QVERIFY(numpy && !numpy->versionExact); // ==1.21.* is a range
        const Dependency* url = find(deps, QStringLiteral("some-lib"));
        QVERIFY(url && !url->versionExact && url->version.isEmpty());
        QVERIFY(!find(deps, QStringLiteral("editable_pkg")));
    }

    // Found by tests/fuzz/fuzz_manifest: "-r" lines spelling the same file differently ("./a.txt",
    // ".//a.txt", "x/../a.txt") were each read again, to depth 10: 3^10 reads of a file that includes
    // itself three times (a hang of the audit on a hostile repository). Each file is now read once.
    void requirementsIncludeLoopsAreReadOnce()
    {
        const std::string top = "-r base.txt\n-r ./base.txt\n-r sub/../base.txt\n";
        const std::string base = "-r base.txt\n-r .//base.txt\nflask==2.0.1\n";
        int reads = 0;
        const SiblingReader reader = [&](const QString& rel) -> std::optional<std::string> {
            ++reads;
            if (QDir::cleanPath(rel) == QLatin1String("base.txt"))
                return base;
            return std::nullopt;
        };
        auto r = ManifestParser::parse(QStringLiteral("requirements.txt"), top, reader);
        ASSAY_VERIFY_OK(r);
        QCOMPARE(reads, 1);
        QCOMPARE(r->dependencies.size(), size_t(1));
        // Distinct files that each include three more: bounded by the include limit, not 3^10.
        reads = 0;
        const SiblingReader fanOut = [&](const QString&) -> std::optional<std::string> {
            ++reads;
            return std::string("-r a/r.txt\n-r b/r.txt\n-r c/r.txt\nflask==2.0.1\n");
        };
        ASSAY_VERIFY_OK(ManifestParser::parse(QStringLiteral("requirements.txt"), "-r x/r.txt\n", fanOut));
        QVERIFY2(reads <= 64, qPrintable(QString::number(reads)));
    }

    void requirementsPipCompileNotes()
    {
        const auto deps = parse(QStringLiteral("python-req/requirements-dev.txt"));
        QCOMPARE(deps.size(), size_t(4));
        EXPECT_DEP(deps, "pytest", "7.4.3", "pkg:pypi/pytest@7.4.3", "dev", true);
        EXPECT_DEP(deps, "iniconfig", "2.0.0", "pkg:pypi/iniconfig@2.0.0", "dev", false);
    }

    void pipfileLock()
    {
        const auto deps = parse(QStringLiteral("python-pipenv/Pipfile.lock"));
        QCOMPARE(deps.size(), size_t(4));
        EXPECT_DEP(deps, "flask", "2.0.1", "pkg:pypi/flask@2.0.1", "runtime", true);
        EXPECT_DEP(deps, "jinja2", "3.0.1", "pkg:pypi/jinja2@3.0.1", "runtime", false);
        EXPECT_DEP(deps, "Werkzeug", "2.0.1", "pkg:pypi/werkzeug@2.0.1", "runtime", false);
        EXPECT_DEP(deps, "black", "23.1.0", "pkg:pypi/black@23.1.0", "dev", true);
    }

    void poetryLock()
    {
        const auto deps = parse(QStringLiteral("python-poetry/poetry.lock"));
        QCOMPARE(deps.size(), size_t(6));
        EXPECT_DEP(deps, "httpx", "0.24.1", "pkg:pypi/httpx@0.24.1", "runtime", true);
        EXPECT_DEP(deps, "anyio", "3.7.1", "pkg:pypi/anyio@3.7.1", "runtime", false);
        EXPECT_DEP(deps, "sniffio", "1.3.0", "pkg:pypi/sniffio@1.3.0", "runtime", false);
        EXPECT_DEP(deps, "pytest", "7.4.2", "pkg:pypi/pytest@7.4.2", "dev", true);
        EXPECT_DEP(deps, "iniconfig", "2.0.0", "pkg:pypi/iniconfig@2.0.0", "dev", false);
    }

    void uvLock()
    {
        const auto deps = parse(QStringLiteral("python-uv/uv.lock"));
        QCOMPARE(deps.size(), size_t(2)); // the editable project itself is left out
        EXPECT_DEP(deps, "attrs", "23.1.0", "pkg:pypi/attrs@23.1.0", "runtime", true);
        EXPECT_DEP(deps, "coverage", "7.3.2", "pkg:pypi/coverage@7.3.2", "dev", true);
    }

    void pyprojectPep621()
    {
        const auto deps = parse(QStringLiteral("python-pyproject/pyproject.toml"));
        QCOMPARE(deps.size(), size_t(5));
        EXPECT_DEP(deps, "rich", "13.7.0", "pkg:pypi/rich@13.7.0", "runtime", true);
        EXPECT_DEP(deps, "click", ">=8.0", "pkg:pypi/click", "runtime", true);
        EXPECT_DEP(deps, "tomli", ">=1.1.0", "pkg:pypi/tomli", "runtime", true);
        EXPECT_DEP(deps, "PyYAML", ">=6", "pkg:pypi/pyyaml", "optional", true);
        EXPECT_DEP(deps, "pytest", ">=8", "pkg:pypi/pytest", "dev", true);
        QVERIFY(!find(deps, QStringLiteral("setuptools"))); // build requirements are not dependencies
    }

    void goModAndSum()
    {
        const auto mod = parse(QStringLiteral("go/go.mod"));
        QCOMPARE(mod.size(), size_t(5)); // the local replacement is the project's own code
        EXPECT_DEP(
            mod, "github.com/gorilla/mux", "v1.8.0", "pkg:golang/github.com/gorilla/mux@v1.8.0", "runtime", true);
        EXPECT_DEP(mod, "github.com/Masterminds/semver/v3", "v3.2.1",
            "pkg:golang/github.com/masterminds/semver/v3@v3.2.1", "runtime", true);
        EXPECT_DEP(mod, "github.com/docker/docker", "v24.0.7+incompatible",
            "pkg:golang/github.com/docker/docker@v24.0.7%2Bincompatible", "runtime", true);
        EXPECT_DEP(mod, "golang.org/x/sys", "v0.13.0", "pkg:golang/golang.org/x/sys@v0.13.0", "runtime", false);
        EXPECT_DEP(mod, "github.com/pkg/errors", "v0.9.0", "pkg:golang/github.com/pkg/errors@v0.9.0", "runtime", false);

        // go 1.21: go.mod is the complete build list; go.sum beside it adds nothing.
        QVERIFY(parse(QStringLiteral("go/go.sum")).empty());
        // A go.sum on its own (or beside a pre-1.17 go.mod) is read.
        const auto sum = parse(QStringLiteral("go-sum-only/go.sum"));
        // One entry per module with a zip hash, the newest version; go.mod-only lines are skipped.
        QVERIFY(find(sum, QStringLiteral("golang.org/x/sys"), QStringLiteral("v0.13.0")));
        QVERIFY(!find(sum, QStringLiteral("golang.org/x/sys"), QStringLiteral("v0.10.0")));
        QVERIFY(!find(sum, QStringLiteral("golang.org/x/text")));
        QVERIFY(find(sum, QStringLiteral("github.com/stretchr/testify"), QStringLiteral("v1.8.4")));
        QCOMPARE(sum.size(), size_t(6));
    }

    void cargoLock()
    {
        const auto deps = parse(QStringLiteral("rust/Cargo.lock"));
        QCOMPARE(deps.size(), size_t(4)); // the workspace crate itself is left out
        EXPECT_DEP(deps, "serde", "1.0.190", "pkg:cargo/serde@1.0.190", "runtime", true);
        EXPECT_DEP(deps, "serde_derive", "1.0.190", "pkg:cargo/serde_derive@1.0.190", "runtime", false);
        EXPECT_DEP(deps, "tempfile", "3.8.1", "pkg:cargo/tempfile@3.8.1", "dev", true); // Cargo.toml [dev-dependencies]
        EXPECT_DEP(deps, "fastrand", "2.0.1", "pkg:cargo/fastrand@2.0.1", "dev", false);
    }

    void pomWithParentPropertiesAndDependencyManagement()
    {
        const auto deps = parse(QStringLiteral("maven/app/pom.xml"));
        QCOMPARE(deps.size(), size_t(5)); // build plugins are not dependencies
        EXPECT_DEP(deps, "org.apache.logging.log4j:log4j-core", "2.14.1",
            "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "runtime", true);
        // Version from the parent's dependencyManagement, through a parent property.
        EXPECT_DEP(deps, "com.fasterxml.jackson.core:jackson-databind", "2.15.3",
            "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.3", "runtime", true);
        // Scope from dependencyManagement: test → dev.
        EXPECT_DEP(deps, "org.junit.jupiter:junit-jupiter", "5.10.0",
            "pkg:maven/org.junit.jupiter/junit-jupiter@5.10.0", "dev", true);
        // ${project.groupId} / ${project.version} inherited from the parent.
        EXPECT_DEP(
            deps, "org.example.fixture:core", "2.1.0", "pkg:maven/org.example.fixture/core@2.1.0", "runtime", true);
        const Dependency* guava = find(deps, QStringLiteral("com.google.guava:guava"));
        QVERIFY(guava && !guava->versionExact && guava->scope == QLatin1String("optional"));
        QCOMPARE(guava->purl, QStringLiteral("pkg:maven/com.google.guava/guava"));
    }

    void gradleLockfile()
    {
        const auto deps = parse(QStringLiteral("gradle/gradle.lockfile"));
        QCOMPARE(deps.size(), size_t(4));
        EXPECT_DEP(deps, "com.google.guava:guava", "32.1.3-jre", "pkg:maven/com.google.guava/guava@32.1.3-jre",
            "runtime", false);
        EXPECT_DEP(deps, "junit:junit", "4.13.2", "pkg:maven/junit/junit@4.13.2", "dev", false);
    }

    void gemfileLock()
    {
        const auto deps = parse(QStringLiteral("ruby/Gemfile.lock"));
        QCOMPARE(deps.size(), size_t(7)); // the PATH gem is the project's own
        EXPECT_DEP(deps, "rails", "7.0.8", "pkg:gem/rails@7.0.8", "runtime", true);
        EXPECT_DEP(deps, "actionpack", "7.0.8", "pkg:gem/actionpack@7.0.8", "runtime", false);
        EXPECT_DEP(deps, "nokogiri", "1.15.4", "pkg:gem/nokogiri@1.15.4?platform=x86_64-linux", "runtime", true);
        EXPECT_DEP(deps, "rack-fork", "2.2.8", "pkg:gem/rack-fork@2.2.8", "runtime", true); // GIT source
        QVERIFY(!find(deps, QStringLiteral("local_engine")));
    }

    void composerLock()
    {
        const auto deps = parse(QStringLiteral("php/composer.lock"));
        QCOMPARE(deps.size(), size_t(3));
        EXPECT_DEP(deps, "monolog/monolog", "3.4.0", "pkg:composer/monolog/monolog@3.4.0", "runtime", true);
        EXPECT_DEP(deps, "psr/log", "3.0.0", "pkg:composer/psr/log@3.0.0", "runtime", false);
        EXPECT_DEP(deps, "phpunit/phpunit", "10.4.1", "pkg:composer/phpunit/phpunit@10.4.1", "dev", true);
        QCOMPARE(find(deps, QStringLiteral("psr/log"))->licenses, QStringList {QStringLiteral("MIT")});
    }

    void nugetPackagesLock()
    {
        const auto deps = parse(QStringLiteral("dotnet-lock/packages.lock.json"));
        QCOMPARE(deps.size(), size_t(3)); // one entry across target frameworks; project references left out
        EXPECT_DEP(deps, "Newtonsoft.Json", "13.0.1", "pkg:nuget/Newtonsoft.Json@13.0.1", "runtime", true);
        EXPECT_DEP(deps, "Microsoft.Extensions.Logging.Abstractions", "8.0.0",
            "pkg:nuget/Microsoft.Extensions.Logging.Abstractions@8.0.0", "runtime", false);
    }

    void csprojPackageReferences()
    {
        const auto deps = parse(QStringLiteral("dotnet/src/App/App.csproj"));
        QCOMPARE(deps.size(), size_t(5));
        EXPECT_DEP(
            deps, "Newtonsoft.Json", "13.0.3", "pkg:nuget/Newtonsoft.Json@13.0.3", "runtime", true); // $(JsonVersion)
        EXPECT_DEP(deps, "Serilog", "3.0.1", "pkg:nuget/Serilog@3.0.1", "runtime", true); // Directory.Packages.props
        EXPECT_DEP(deps, "Polly", "8.2.0", "pkg:nuget/Polly@8.2.0", "runtime", true); // [8.2.0] exact
        EXPECT_DEP(deps, "StyleCop.Analyzers", "1.1.118", "pkg:nuget/StyleCop.Analyzers@1.1.118", "dev", true);
        const Dependency* dapper = find(deps, QStringLiteral("Dapper"));
        QVERIFY(dapper && !dapper->versionExact && dapper->version == QLatin1String("2.1.*"));
    }

    void vcpkgManifest()
    {
        const auto deps = parse(QStringLiteral("vcpkg/vcpkg.json"));
        QCOMPARE(deps.size(), size_t(4));
        EXPECT_DEP(deps, "fmt", "10.1.1", "pkg:generic/fmt@10.1.1", "runtime", true); // from overrides
        const Dependency* openssl = find(deps, QStringLiteral("openssl"));
        QVERIFY(openssl && !openssl->versionExact && openssl->version == QLatin1String(">=3.0.8"));
        const Dependency* host = find(deps, QStringLiteral("vcpkg-cmake"));
        QVERIFY(host && host->scope == QLatin1String("dev") && host->version.isEmpty());
        QCOMPARE(host->ecosystem, QStringLiteral("vcpkg"));
    }

    void conanfileTxt()
    {
        const auto deps = parse(QStringLiteral("conan/conanfile.txt"));
        QCOMPARE(deps.size(), size_t(4));
        EXPECT_DEP(deps, "zlib", "1.2.13", "pkg:conan/zlib@1.2.13", "runtime", true);
        EXPECT_DEP(deps, "openssl", "3.1.3", "pkg:conan/openssl@3.1.3?channel=stable&user=fixture", "runtime", true);
        EXPECT_DEP(deps, "cmake", "3.27.7", "pkg:conan/cmake@3.27.7", "dev", true);
        const Dependency* boost = find(deps, QStringLiteral("boost"));
        QVERIFY(boost && !boost->versionExact);
    }

    void conanLock()
    {
        const auto deps = parse(QStringLiteral("conan2/conan.lock"));
        QCOMPARE(deps.size(), size_t(3));
        EXPECT_DEP(deps, "zlib", "1.3", "pkg:conan/zlib@1.3?rrev=f52e03ae3d251dec704634230cd806a2", "runtime", false);
        EXPECT_DEP(
            deps, "cmake", "3.27.7", "pkg:conan/cmake@3.27.7?rrev=a5ff80f9ea6a3c3b13bb6a8a8b0a8ed2", "dev", false);
    }

    void swiftPackageResolved()
    {
        const auto deps = parse(QStringLiteral("swift/Package.resolved"));
        QCOMPARE(deps.size(), size_t(2));
        EXPECT_DEP(deps, "github.com/apple/swift-argument-parser", "1.2.3",
            "pkg:swift/github.com/apple/swift-argument-parser@1.2.3", "runtime", false);
        const Dependency* nio = find(deps, QStringLiteral("github.com/apple/swift-nio"));
        QVERIFY(nio && !nio->versionExact); // a branch pin: the revision is kept, not matched as a version
    }

    void pubspecLock()
    {
        const auto deps = parse(QStringLiteral("dart/pubspec.lock"));
        QCOMPARE(deps.size(), size_t(3)); // the SDK and the path package are left out
        EXPECT_DEP(deps, "http", "1.1.0", "pkg:pub/http@1.1.0", "runtime", true);
        EXPECT_DEP(deps, "async", "2.11.0", "pkg:pub/async@2.11.0", "runtime", false);
        EXPECT_DEP(deps, "lints", "2.1.1", "pkg:pub/lints@2.1.1", "dev", true);
    }

    void cargoToml()
    {
        const auto deps = parse(QStringLiteral("rust-manifest/Cargo.toml"));
        QCOMPARE(deps.size(), size_t(8)); // the path dependency is a crate of this repository
        EXPECT_DEP(deps, "regex", "1.10.2", "pkg:cargo/regex@1.10.2", "runtime", true); // "=1.10.2" pins
        EXPECT_DEP(deps, "clap", "4.4", "pkg:cargo/clap", "runtime", true); // a caret range
        EXPECT_DEP(deps, "log", "0.4.20", "pkg:cargo/log", "runtime", true); // workspace = true
        EXPECT_DEP(deps, "serde_json", "1.0.108", "pkg:cargo/serde_json", "optional", true); // renamed
        EXPECT_DEP(deps, "libc", "0.2", "pkg:cargo/libc", "runtime", true); // target-specific
        EXPECT_DEP(deps, "assert_cmd", "2", "pkg:cargo/assert_cmd", "dev", true);
        EXPECT_DEP(deps, "cc", "1.0", "pkg:cargo/cc", "dev", true);
        QVERIFY(!find(deps, QStringLiteral("fixture-core")));
        QVERIFY(!find(deps, QStringLiteral("clap"))->versionExact);
    }

    void pipfile()
    {
        const auto deps = parse(QStringLiteral("python-pipenv/Pipfile"));
        QCOMPARE(deps.size(), size_t(2));
        const Dependency* flask = find(deps, QStringLiteral("flask"));
        QVERIFY(flask && !flask->versionExact && flask->version.isEmpty()); // "*"
        EXPECT_DEP(deps, "black", "23.1.0", "pkg:pypi/black@23.1.0", "dev", true);
    }

    void gemfile()
    {
        const auto deps = parse(QStringLiteral("ruby-gemfile/Gemfile"));
        QCOMPARE(deps.size(), size_t(9)); // the path: gem is the project's own
        EXPECT_DEP(deps, "pg", "1.5.4", "pkg:gem/pg@1.5.4", "runtime", true);
        EXPECT_DEP(deps, "rails", "~> 7.0.8", "pkg:gem/rails", "runtime", true);
        EXPECT_DEP(deps, "puma", ">= 5.0, < 7", "pkg:gem/puma", "runtime", true);
        EXPECT_DEP(deps, "rspec-rails", "6.0.3", "pkg:gem/rspec-rails@6.0.3", "dev", true);
        QCOMPARE(find(deps, QStringLiteral("debug"))->scope, QStringLiteral("dev"));
        QCOMPARE(find(deps, QStringLiteral("lograge"))->scope, QStringLiteral("runtime")); // production group
        QCOMPARE(find(deps, QStringLiteral("rubocop"))->scope, QStringLiteral("dev")); // group: option
        QVERIFY(find(deps, QStringLiteral("sidekiq")) && find(deps, QStringLiteral("bootsnap")));
        QVERIFY(!find(deps, QStringLiteral("internal_tools")));
    }

    void gradleBuildScripts()
    {
        const auto deps = parse(QStringLiteral("gradle-build/build.gradle"));
        QCOMPARE(deps.size(), size_t(10)); // lombok twice: compileOnly and annotationProcessor
        EXPECT_DEP(deps, "com.fasterxml.jackson.core:jackson-databind", "2.15.3",
            "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.3", "runtime", true); // '…:' + var
        EXPECT_DEP(deps, "com.fasterxml.jackson.core:jackson-core", "2.15.3",
            "pkg:maven/com.fasterxml.jackson.core/jackson-core@2.15.3", "runtime", true); // ${var} from ext
        EXPECT_DEP(deps, "org.slf4j:slf4j-api", "2.0.9", "pkg:maven/org.slf4j/slf4j-api@2.0.9", "runtime", true);
        EXPECT_DEP(deps, "com.squareup.okhttp3:okhttp", "4.12.0", "pkg:maven/com.squareup.okhttp3/okhttp@4.12.0",
            "runtime", true); // gradle.properties
        EXPECT_DEP(deps, "org.apache.commons:commons-lang3", "3.13.0",
            "pkg:maven/org.apache.commons/commons-lang3@3.13.0", "runtime", true); // map notation
        EXPECT_DEP(deps, "org.projectlombok:lombok", "1.18.30", "pkg:maven/org.projectlombok/lombok@1.18.30",
            "optional", true);
        EXPECT_DEP(deps, "org.junit.jupiter:junit-jupiter", "5.10.0",
            "pkg:maven/org.junit.jupiter/junit-jupiter@5.10.0", "dev", true);
        const Dependency* pg = find(deps, QStringLiteral("org.postgresql:postgresql"));
        QVERIFY(pg && !pg->versionExact); // 42.+ is dynamic

        const auto kts = parse(QStringLiteral("gradle-kts/build.gradle.kts"));
        QCOMPARE(kts.size(), size_t(2)); // platform BOMs and kotlin("test") are not coordinates
        EXPECT_DEP(
            kts, "io.ktor:ktor-server-core", "2.3.6", "pkg:maven/io.ktor/ktor-server-core@2.3.6", "runtime", true);
        EXPECT_DEP(kts, "io.mockk:mockk", "1.13.8", "pkg:maven/io.mockk/mockk@1.13.8", "dev", true);

        const auto catalog = parse(QStringLiteral("gradle-kts/gradle/libs.versions.toml"));
        QCOMPARE(catalog.size(), size_t(3));
        EXPECT_DEP(catalog, "org.jetbrains.kotlinx:kotlinx-coroutines-core", "1.7.3",
            "pkg:maven/org.jetbrains.kotlinx/kotlinx-coroutines-core@1.7.3", "runtime", true); // version.ref
        EXPECT_DEP(catalog, "ch.qos.logback:logback-classic", "1.4.11",
            "pkg:maven/ch.qos.logback/logback-classic@1.4.11", "runtime", true);
        EXPECT_DEP(catalog, "org.jetbrains.exposed:exposed-core", "0.44.1",
            "pkg:maven/org.jetbrains.exposed/exposed-core@0.44.1", "runtime", true); // strictly
    }

    void credentialsInUrlsAreNeverKept()
    {
        const std::string resolved
            = "{\"pins\":[{\"identity\":\"private\",\"kind\":\"remoteSourceControl\","
              "\"location\":\"https://builder:ghp_SecretToken123@github.com/acme/private-kit.git\","
              "\"state\":{\"revision\":\"0123456789abcdef0123456789abcdef01234567\",\"version\":\"1.4.0\"}}],"
              "\"version\":2}";
        auto swift = ManifestParser::parse(QStringLiteral("Package.resolved"), resolved);
        ASSAY_VERIFY_OK(swift);
        QCOMPARE(swift->dependencies.front().name, QStringLiteral("github.com/acme/private-kit"));
        QCOMPARE(swift->dependencies.front().purl, QStringLiteral("pkg:swift/github.com/acme/private-kit@1.4.0"));

        const std::string reqs = "--index-url https://ci:s3cr3tpass@pypi.example.invalid/simple\n"
                                 "private-lib @ https://ci:s3cr3tpass@files.example.invalid/private_lib-1.0.whl\n"
                                 "??? https://ci:s3cr3tpass@broken.example.invalid\n";
        auto py = ManifestParser::parse(QStringLiteral("requirements.txt"), reqs);
        ASSAY_VERIFY_OK(py);
        QCOMPARE(py->dependencies.size(), size_t(1));
        QVERIFY(py->dependencies.front().version.isEmpty());
        QVERIFY(!py->warnings.isEmpty());
        for (const auto& w : py->warnings)
            QVERIFY2(!w.contains(QLatin1String("s3cr3t")), qPrintable(w));
        for (const auto& d : py->dependencies)
            QVERIFY(!d.name.contains(QLatin1String("s3cr3t")) && !d.version.contains(QLatin1String("s3cr3t")));
    }

    void damagedFilesNeverCrash()
    {
        // Every fixture cut short at many points and with bytes flipped: each parse returns a
        // result or an Error, never crashes or throws.
        const QString root = QStringLiteral(ASSAY_DEPS_FIXTURES);
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        int parsed = 0;
        while (it.hasNext()) {
            const QString abs = it.next();
            const QString rel = QDir(root).relativeFilePath(abs);
            if (!ManifestParser::isManifest(rel))
                continue;
            QFile f(abs);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (int cut = 0; cut <= 16; ++cut) {
                QByteArray damaged = bytes.left(bytes.size() * cut / 16);
                if (cut % 2 && !damaged.isEmpty())
                    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x5a);
                auto r = ManifestParser::parse(rel, std::string_view(damaged.constData(), size_t(damaged.size())));
                if (!r)
                    QVERIFY(!r.error().message.isEmpty());
                ++parsed;
            }
        }
        QVERIFY(parsed > 400);
    }

    void malformedInputIsAnError()
    {
        const std::string_view bad = "{ not json";
        auto r = ManifestParser::parse(QStringLiteral("package-lock.json"), bad);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("package-lock.json")));
        auto y = ManifestParser::parse(QStringLiteral("pnpm-lock.yaml"), "a: [unclosed");
        QVERIFY(!y);
        auto t = ManifestParser::parse(QStringLiteral("Cargo.lock"), "[[package]\nname = ");
        QVERIFY(!t);
        auto x = ManifestParser::parse(QStringLiteral("pom.xml"), "<notaproject/>");
        QVERIFY(!x);
    }
};

QTEST_GUILESS_MAIN(TestManifestParser)
#include "TestManifestParser.moc"
