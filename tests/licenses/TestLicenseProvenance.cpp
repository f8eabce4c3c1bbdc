// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/licenses/LicenseData.h"
#include "audit/licenses/LicenseDetector.h"
#include "audit/licenses/LicensePolicy.h"
#include "audit/licenses/Provenance.h"
#include "audit/licenses/SourceMetrics.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::audit;
using namespace assay::licenses;

namespace {

std::string licenseText(const char* id)
{
    for (const auto& e : LicenseData::instance().licenses())
        if (e.id == id)
            return std::string(e.text);
    return {};
}

FileRecord record(const QString& path, const QString& license, QStringList authors = {}, QStringList holders = {})
{
    FileRecord f;
    f.path = path;
    f.language = QStringLiteral("C++");
    f.lines.code = 100;
    f.license = license;
    f.authors = std::move(authors);
    if (!holders.isEmpty()) {
        CopyrightHit c;
        c.holders = holders;
        c.years = QStringLiteral("2020");
        c.statement = QStringLiteral("Copyright 2020 ") + holders.join(QStringLiteral(", "));
        f.copyrights.push_back(c);
    }
    return f;
}

AuditOptions acme()
{
    AuditOptions o;
    o.orgDomains = {QStringLiteral("acme.com")};
    o.orgNames = {QStringLiteral("Acme")};
    return o;
}

bool rationaleHas(const FileRecord& f, const char* text)
{
    for (const auto& r : f.rationale)
        if (r.contains(QLatin1String(text)) && !r.startsWith(QLatin1String("outweighed")))
            return true;
    return false;
}

const FileRecord& byPath(const AuditReport& r, const char* path)
{
    for (const auto& f : r.files)
        if (f.path == QLatin1String(path))
            return f;
    qFatal("no file %s", path);
}

} // namespace

// Provenance signals one by one, findings, rewriteability, and a fixture repository scanned by the
// real detector in which foreground, third-party and background files all appear.
class TestLicenseProvenance : public QObject
{
    Q_OBJECT
private:
    Provenance make(const nlohmann::json& settings = nlohmann::json::object())
    {
        return Provenance(ProvenanceSettings::load(settings), LicensePolicy::load(settings));
    }

private slots:
    // The structural facts behind rewriteability, per language family.
    void sourceMetrics()
    {
        const auto c
            = licenses::measureSource("#include <stdio.h>\n#include \"util.h\"\n\nint main(int argc, char** argv)\n"
                                      "{\n    if (argc > 1 && argv[1]) {\n        for (;;) { break; }\n    }\n"
                                      "    return x || y; // elsewhere, unlessly\n}\n",
                QStringLiteral("C"));
        QCOMPARE(c.lines, 9);
        QCOMPARE(c.branches, 4); // if, &&, for, ||
        QCOMPARE(c.maxNesting, 3);
        QCOMPARE(c.imports, QStringList {QStringLiteral("util.h")});

        const auto py = licenses::measureSource("from os import path\nimport sys\n\ndef f(x):\n    while x:\n"
                                                "        if x > 2:\n            x -= 1\n    return x\n",
            QStringLiteral("Python"));
        QCOMPARE(py.lines, 7);
        QCOMPARE(py.branches, 2);
        QCOMPARE(py.maxNesting, 3);
        QCOMPARE(py.imports, (QStringList {QStringLiteral("os"), QStringLiteral("sys")}));

        const auto js = licenses::measureSource("import React from 'react';\nconst fs = require(\"fs\");\n"
                                                "export * from './util';\n",
            QStringLiteral("JavaScript"));
        QCOMPARE(js.imports, (QStringList {QStringLiteral("react"), QStringLiteral("fs"), QStringLiteral("./util")}));
        QCOMPARE(licenses::measureSource("use std::io;\npub mod net;\n", QStringLiteral("Rust")).imports,
            (QStringList {QStringLiteral("std::io"), QStringLiteral("net")}));
    }

    // measureSource reads 64-byte blocks through byte masks: on random text (words, operators,
    // braces and line ends falling on every block boundary) it counts what a plain line-by-line
    // reading counts.
    void sourceMetricsMatchALineByLineReading()
    {
        static const char* const pieces[] = {"if", "for", "while", "elif", "case", "foreach", "unless", "iffy", "x_if",
            "2for", "&&", "&", "|", "||", "{", "}", "\n", "\r\n", " ", "  ", "\t", "caf\xc3\xa9", "_", ";", "(",
            "import", "from", "\"s\"", "#", "when", "guard", "catch", "until", "elsif", "except", "use", "using",
            "require", "include", "mod", "eif", "wha",
            // Near misses of the words' first letters, and quoted names an import can take.
            "else", "els", "cast", "int", "inc", "imp", "req", "return", "unsigned", "exit", "gua", "fro", "mode",
            "usage", "whi", "'m'", "\"x.h\"", "include_once", "require_relative", "\nfrom 'm'", "\nfrom a import b",
            " require('r')", "\nimport 'i'", "\nimport a.b", "\n#include \"x.h\"", "\nuse a::b", "\nusing N;",
            "\nmod m", " include('p.php')", "\n# import \"y.h\"", "\n #\tinclude\"z.h\"", "#include \"\"",
            "\n#include_next \"n.h\"", "\n#include \"x.h"};
        static const QString languages[] = {QStringLiteral("Python"), QStringLiteral("C"), QStringLiteral("JavaScript"),
            QStringLiteral("Rust"), QStringLiteral("PHP"), QStringLiteral("C#")};
        QRandomGenerator rng(20261203);
        std::vector<licenses::SourceMetricsIsa> isas;
        for (auto isa : {licenses::SourceMetricsIsa::Baseline, licenses::SourceMetricsIsa::Avx2,
                 licenses::SourceMetricsIsa::Avx512})
            if (licenses::supports(isa))
                isas.push_back(isa);
        for (int round = 0; round < 4000; ++round) {
            QByteArray text;
            const int count = int(rng.bounded(1, 120));
            for (int k = 0; k < count; ++k)
                text += pieces[rng.bounded(int(std::size(pieces)))];
            const QString& language = languages[round % std::size(languages)];
            const bool python = language == QLatin1String("Python");
            const auto got = licenses::measureSource(std::string_view(text.constData(), size_t(text.size())), language);
            // The plain reading: lines split at '\n'; names are runs of [A-Za-z0-9_] and non-ASCII
            // bytes; each run of k '&' (or '|') is k / 2 operators; braces nest across lines.
            int lines = 0, branches = 0, nesting = 0, depth = 0;
            static const QSet<QByteArray> keywords {"if", "for", "case", "elif", "when", "while", "catch", "elsif",
                "until", "guard", "except", "unless", "foreach"};
            for (const QByteArray& line : text.split('\n')) {
                int lead = 0, width = 0;
                while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\r')) {
                    width += line[lead] == '\t' ? 4 : (line[lead] == ' ' ? 1 : 0);
                    ++lead;
                }
                if (lead == line.size())
                    continue;
                ++lines;
                if (python)
                    nesting = std::max(nesting, width / 4);
                for (int i = 0; i < line.size();) {
                    const auto c = static_cast<unsigned char>(line[i]);
                    int j = i + 1;
                    if (std::isalnum(c) || c == '_' || c >= 0x80) {
                        while (j < line.size()
                            && (std::isalnum(static_cast<unsigned char>(line[j])) || line[j] == '_'
                                || static_cast<unsigned char>(line[j]) >= 0x80))
                            ++j;
                        branches += keywords.contains(line.mid(i, j - i)) ? 1 : 0;
                    } else if (c == '&' || c == '|') {
                        while (j < line.size() && line[j] == line[i])
                            ++j;
                        branches += (j - i) / 2;
                    } else if (!python && c == '{') {
                        nesting = std::max(nesting, ++depth);
                    } else if (!python && c == '}' && depth > 0) {
                        --depth;
                    }
                    i = j;
                }
            }
            // A C file's imports are its quoted #include / #import lines, in order, each once.
            if (language == QLatin1String("C")) {
                static const QRegularExpression directive(
                    QStringLiteral("^\\s*#\\s*(?:include|import)\\s*\"([^\"]+)\""));
                QStringList imports;
                for (const QByteArray& line : text.split('\n'))
                    if (const auto match = directive.match(QString::fromUtf8(line)); match.hasMatch())
                        if (!imports.contains(match.captured(1)))
                            imports << match.captured(1);
                QCOMPARE(got.imports, imports);
            }
            // Every classifier this processor runs reads the same (imports included).
            for (const auto isa : isas) {
                const auto each
                    = licenses::measureSource(std::string_view(text.constData(), size_t(text.size())), language, isa);
                QCOMPARE(each.lines, lines);
                QCOMPARE(each.branches, branches);
                QCOMPARE(each.maxNesting, nesting);
                QCOMPARE(each.imports, got.imports);
            }
            // The imports-only pass reads the same imports.
            QCOMPARE(
                licenses::readImports(std::string_view(text.constData(), size_t(text.size())), language), got.imports);
        }
    }

    // The import patterns are read by hand: on random lines made of their own pieces, each reads
    // what its regular expression (QRegularExpression, as they were written) captures.
    void importPatternsMatchTheirRegularExpressions()
    {
        static const QRegularExpression patterns[] = {
            QRegularExpression(QStringLiteral("^\\s*#\\s*(?:include|import)\\s*\"([^\"]+)\"")),
            QRegularExpression(QStringLiteral("^\\s*from\\s+([\\w.]+)\\s+import\\b")),
            QRegularExpression(QStringLiteral("\\bfrom\\s+['\"]([^'\"]+)['\"]")),
            QRegularExpression(QStringLiteral("^\\s*import\\s+(?:static\\s+)?([\\w.]+)")),
            QRegularExpression(QStringLiteral("\\brequire(?:_relative)?\\s*\\(?\\s*['\"]([^'\"]+)['\"]")),
            QRegularExpression(QStringLiteral("^\\s*import\\s+['\"]([^'\"]+)['\"]")),
            QRegularExpression(QStringLiteral("^\\s*(?:pub\\s+)?(?:use|mod)\\s+([\\w:]+)")),
            QRegularExpression(QStringLiteral("^\\s*using\\s+([\\w.]+)\\s*;")),
            QRegularExpression(QStringLiteral("\\b(?:include|require)(?:_once)?\\s*\\(?\\s*['\"]([^'\"]+)['\"]")),
        };
        QCOMPARE(std::size(patterns), std::size_t(licenses::kImportPatternCount));
        static const char* const pieces[] = {"import", "from", "require", "include", "_once", "_relative", "static",
            "pub", "use", "mod", "using", "#", " ", "  ", "\t", "\v", "\r", "(", "'", "\"", ";", ".", ":", "::", "a",
            "b.c", "x_y", "_", "1", "caf\xc3\xa9", "\xe2", "@", "/", "-", "fromage", "imports", "requires", "Import",
            " import ", " from ", "'m'", "pub use ", "pub  mod ", "pub ", "use a::b", "mod m;", "using N.M;",
            "from a.b import c", "import static a.B", "\"h.h\"", "()", "\"\"", "''"};
        QRandomGenerator rng(20261204);
        for (int round = 0; round < 20000; ++round) {
            QByteArray line;
            const int count = int(rng.bounded(1, 12));
            for (int k = 0; k < count; ++k)
                line += pieces[rng.bounded(int(std::size(pieces)))];
            const QString text = QString::fromUtf8(line);
            const std::string_view view(line.constData(), std::size_t(line.size()));
            QString firstOfAll;
            for (unsigned k = 0; k < licenses::kImportPatternCount; ++k) {
                const auto match = patterns[k].match(text);
                const QString want = match.hasMatch() ? match.captured(1) : QString();
                const auto got = licenses::importOnLine(view, 1u << k);
                const QString read = QString::fromUtf8(got.data(), qsizetype(got.size()));
                if (read != want) {
                    const QString message = QStringLiteral("pattern %1 on \"%2\": got \"%3\", want \"%4\"")
                                                .arg(QString::number(k),
                                                    QString::fromUtf8(line.toPercentEncoding(" '\"#()")), read, want);
                    QFAIL(qPrintable(message));
                }
                if (firstOfAll.isEmpty())
                    firstOfAll = want;
            }
            const auto all = licenses::importOnLine(view, ~0u);
            QCOMPARE(QString::fromUtf8(all.data(), qsizetype(all.size())), firstOfAll);
        }
    }

    // Source metrics serve rewriteability, which scores foreground files only: a tree where no
    // file can be foreground (no root license file or manifest, no declared_license setting, no
    // organisation names, domains or engagement start) is not measured; any one of them is enough.
    // A file without a license of its own can be foreground only through the organisation's names,
    // domains or engagement start: otherwise only its imports are read (they count towards the
    // fan-in of the files they name).
    void sourceMetricsOnlyWhereAFileCanBeForeground_data()
    {
        QTest::addColumn<QStringList>("rootFiles");
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("measured");
        QTest::addColumn<bool>("unlicensedMeasured");
        const QStringList bare {QStringLiteral("Makefile"), QStringLiteral("README.md"), QStringLiteral("main.c")};
        QTest::newRow("no declaration") << bare << QString() << false << false;
        QTest::newRow("nothing at the root") << QStringList() << QString() << false << false;
        QTest::newRow("LICENSE") << (bare + QStringList {QStringLiteral("LICENSE")}) << QString() << true << false;
        QTest::newRow("COPYING.txt") << (bare + QStringList {QStringLiteral("COPYING.txt")}) << QString() << true
                                     << false;
        QTest::newRow("package.json") << (bare + QStringList {QStringLiteral("package.json")}) << QString() << true
                                      << false;
        QTest::newRow("org domain") << bare << QStringLiteral("domain") << true << true;
        QTest::newRow("org name") << bare << QStringLiteral("name") << true << true;
        QTest::newRow("engagement") << bare << QStringLiteral("engagement") << true << true;
        QTest::newRow("declared_license") << bare << QStringLiteral("declared") << true << false;
    }

    void sourceMetricsOnlyWhereAFileCanBeForeground()
    {
        QFETCH(QStringList, rootFiles);
        QFETCH(QString, option);
        QFETCH(bool, measured);
        QFETCH(bool, unlicensedMeasured);
        DetectorSetup setup;
        if (option == QLatin1String("domain"))
            setup.options.orgDomains = {QStringLiteral("acme.com")};
        else if (option == QLatin1String("name"))
            setup.options.orgNames = {QStringLiteral("Acme")};
        else if (option == QLatin1String("engagement"))
            setup.options.engagementStart = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        else if (option == QLatin1String("declared"))
            setup.options.settings = {{"declared_license", "MIT"}};
        LicenseDetector detector(setup);
        detector.prepare(rootFiles);
        const auto scan = [&detector](const char* path, const std::string& code) {
            FileView view;
            view.path = QString::fromLatin1(path);
            view.language = QStringLiteral("C");
            view.size = qint64(code.size());
            view.content = code;
            FileResult result;
            detector.scan(view, result);
        };
        scan("main.c", "// Copyright 2024 Acme\n#include \"util.h\"\nint main() { if (1) return 0; }\n");
        scan("util.c", "// SPDX-License-Identifier: MIT\nint util(int x) { while (x) --x; return x; }\n");
        const auto metrics = detector.metrics();
        QCOMPARE(metrics.contains(QStringLiteral("main.c")), measured);
        QCOMPARE(metrics.contains(QStringLiteral("util.c")), measured);
        if (!measured)
            return;
        QCOMPARE(metrics.value(QStringLiteral("util.c")).branches, 1);
        QCOMPARE(metrics.value(QStringLiteral("util.c")).lines, 2);
        const auto main = metrics.value(QStringLiteral("main.c"));
        QCOMPARE(main.imports, QStringList {QStringLiteral("util.h")});
        QCOMPARE(main.branches, unlicensedMeasured ? 1 : 0);
        QCOMPARE(main.lines, unlicensedMeasured ? 3 : 0);
    }

    void vendoredPath()
    {
        AuditReport r;
        r.files = {record(QStringLiteral("third_party/zlib/inflate.c"), {})};
        make().classify(r, acme(), QStringLiteral("MIT"));
        QCOMPARE(r.files[0].ipClass, QStringLiteral("third_party"));
        QVERIFY(rationaleHas(r.files[0], "vendored path"));
    }

    void declaredDependency()
    {
        AuditReport r;
        Dependency d;
        d.name = QStringLiteral("left-pad");
        r.dependencies.push_back(d);
        r.files = {record(QStringLiteral("web/libs/left-pad/index.js"), {})};
        make().classify(r, acme(), QStringLiteral("MIT"));
        QCOMPARE(r.files[0].ipClass, QStringLiteral("third_party"));
        QVERIFY(rationaleHas(r.files[0], "declared dependency left-pad"));
    }

    void licenseDiffers()
    {
        AuditReport r;
        r.files = {record(QStringLiteral("src/a.c"), QStringLiteral("BSD-3-Clause")),
            record(QStringLiteral("src/b.c"), QStringLiteral("MIT"))};
        make().classify(r, AuditOptions {}, QStringLiteral("MIT"));
        QCOMPARE(r.files[0].ipClass, QStringLiteral("third_party"));
        QVERIFY(rationaleHas(r.files[0], "differs from the repository's MIT"));
        QCOMPARE(r.files[1].ipClass, QStringLiteral("foreground"));
        QVERIFY(rationaleHas(r.files[1], "repository's license"));
    }

    void copyrightHolder()
    {
        AuditReport r;
        r.files = {record(QStringLiteral("src/a.c"), {}, {}, {QStringLiteral("Globex Corporation")}),
            record(QStringLiteral("src/b.c"), {}, {}, {QStringLiteral("Acme Inc.")})};
        make().classify(r, acme(), QStringLiteral("MIT"));
        QCOMPARE(r.files[0].ipClass, QStringLiteral("background"));
        QVERIFY(rationaleHas(r.files[0], "copyright Globex Corporation, not the organisation"));
        QCOMPARE(r.files[1].ipClass, QStringLiteral("foreground"));
        QVERIFY(rationaleHas(r.files[1], "copyright Acme Inc."));
    }

    void authorDomains()
    {
        AuditReport r;
        r.files
            = {record(QStringLiteral("src/a.c"), {}, {QStringLiteral("dev@globex.com"), QStringLiteral("x@gmail.com")}),
                record(QStringLiteral("src/b.c"), {},
                    {QStringLiteral("alice@eng.acme.com"), QStringLiteral("dev@globex.com")}),
                record(QStringLiteral("src/c.c"), {}, {})};
        make().classify(r, acme(), {});
        QCOMPARE(r.files[0].ipClass, QStringLiteral("background"));
        QVERIFY(rationaleHas(r.files[0], "authored under globex.com, gmail.com, not an organisation domain"));
        QCOMPARE(r.files[1].ipClass, QStringLiteral("foreground"));
        QVERIFY(rationaleHas(r.files[1], "authored under eng.acme.com"));
        QCOMPARE(r.files[2].ipClass, QStringLiteral("unknown"));
        QCOMPARE(r.files[2].rationale, QStringList {QStringLiteral("no provenance signal")});
    }

    void engagementStart()
    {
        AuditReport r;
        Contributor old;
        old.email = QStringLiteral("carol@acme.com");
        old.lastCommit = QDateTime(QDate(2019, 5, 1), QTime(12, 0), Qt::UTC);
        r.contributors.push_back(old);
        r.files = {record(QStringLiteral("src/old.c"), {}, {QStringLiteral("carol@acme.com")}),
            record(QStringLiteral("src/new.c"), {})};
        r.files[1].extra["first_commit"] = "2024-03-01T10:00:00Z";
        AuditOptions o; // no org domains: only the date speaks
        o.engagementStart = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
        make({{"provenance_weights", {{"after_engagement", 1.0}}}}).classify(r, o, {});
        QCOMPARE(r.files[0].ipClass, QStringLiteral("background"));
        QVERIFY(rationaleHas(r.files[0], "before the engagement start 2023-01-01"));
        QCOMPARE(r.files[1].ipClass, QStringLiteral("foreground"));
        QVERIFY(rationaleHas(r.files[1], "after the engagement start"));
    }

    // A large report is classified and scored on several cores: each file gets what it gets when
    // classified alone, and import fan-in / fan-out follow the files' imports.
    void largeReportsMatchFileByFile()
    {
        const QStringList paths {QStringLiteral("src/core"), QStringLiteral("third_party/zlib"),
            QStringLiteral("web/libs/left-pad"), QStringLiteral("lib/util")};
        const QStringList licenses {QString(), QStringLiteral("MIT"), QStringLiteral("BSD-3-Clause"),
            QStringLiteral("GPL-2.0-only"), QStringLiteral("MIT OR Apache-2.0")};
        const QStringList holders {QString(), QStringLiteral("Acme Inc."), QStringLiteral("Globex Corporation")};
        const QStringList authors {QString(), QStringLiteral("alice@acme.com"), QStringLiteral("dev@globex.com")};
        AuditReport r;
        Dependency dep;
        dep.name = QStringLiteral("left-pad");
        r.dependencies.push_back(dep);
        QHash<QString, SourceMetrics> metrics;
        const int n = 6000;
        for (int i = 0; i < n; ++i) {
            const QString path = QStringLiteral("%1/m%2.c").arg(paths[i % paths.size()]).arg(i);
            const QString holder = holders[(i / 3) % holders.size()];
            const QString author = authors[(i / 7) % authors.size()];
            r.files.push_back(record(path, licenses[(i / 2) % licenses.size()],
                author.isEmpty() ? QStringList {} : QStringList {author},
                holder.isEmpty() ? QStringList {} : QStringList {holder}));
            SourceMetrics m;
            m.lines = 100;
            if (i + 1 < n) // each file includes the next one
                m.imports << QStringLiteral("m%1.h").arg(i + 1);
            metrics.insert(path, m);
        }
        const auto provenance = make();
        provenance.classify(r, acme(), QStringLiteral("MIT"));
        provenance.rewriteability(r, metrics);
        for (int i = 0; i < n; i += 37) {
            AuditReport alone;
            alone.dependencies = r.dependencies;
            alone.files = {record(r.files[size_t(i)].path, r.files[size_t(i)].license, r.files[size_t(i)].authors)};
            alone.files[0].copyrights = r.files[size_t(i)].copyrights;
            provenance.classify(alone, acme(), QStringLiteral("MIT"));
            QCOMPARE(r.files[size_t(i)].ipClass, alone.files[0].ipClass);
            QCOMPARE(r.files[size_t(i)].rationale, alone.files[0].rationale);
        }
        int scored = 0;
        for (int i = 0; i < n; ++i) {
            const auto& f = r.files[size_t(i)];
            if (f.ipClass != QLatin1String("foreground"))
                continue;
            ++scored;
            QVERIFY(f.rewriteability);
            QCOMPARE(f.rewriteability->fanOut, i + 1 < n ? 1 : 0);
            QCOMPARE(f.rewriteability->fanIn, i > 0 ? 1 : 0);
        }
        QVERIFY(scored > 500);
    }

    void weightsAreOverridable()
    {
        AuditReport r;
        r.files = {record(QStringLiteral("vendor/x/y.c"), {})};
        make({{"provenance_weights", {{"vendored_path", 0.0}}}}).classify(r, acme(), {});
        QCOMPARE(r.files[0].ipClass, QStringLiteral("unknown"));
        const auto s = ProvenanceSettings::load({{"rewrite_hourly_rate", 80}, {"rewrite_days_per_kloc", 4.5}});
        QCOMPARE(s.hourlyRate, 80.0);
        QCOMPARE(s.daysPerKloc, 4.5);
    }

    void conflictsAndRiskList()
    {
        const auto policy = LicensePolicy::load();
        QVERIFY(policy.conflict(QStringLiteral("GPL-2.0-only"), QStringLiteral("Apache-2.0")));
        QVERIFY(policy.conflict(QStringLiteral("Apache-2.0"), QStringLiteral("GPL-2.0-only")));
        QVERIFY(!policy.conflict(QStringLiteral("Apache-2.0"), QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(!policy.conflict(QStringLiteral("Apache-2.0"), QStringLiteral("GPL-2.0-or-later")));
        QCOMPARE(
            policy.conflict(QStringLiteral("GPL-3.0-only"), QStringLiteral("LicenseRef-Acme-Proprietary"))->severity,
            QStringLiteral("critical"));
        QVERIFY(
            policy.conflict(QStringLiteral("LicenseRef-scancode-proprietary-license"), QStringLiteral("Apache-2.0")));
        QVERIFY(!policy.conflict(QStringLiteral("MIT OR GPL-2.0-only"), QStringLiteral("Apache-2.0")));
        // A linking exception turns the GPL into weak copyleft: a review, not a blocker.
        QCOMPARE(policy
                     .conflict(QStringLiteral("GPL-2.0-only WITH Classpath-exception-2.0"),
                         QStringLiteral("LicenseRef-Acme-Proprietary"))
                     ->severity,
            QStringLiteral("medium"));
        QCOMPARE(
            policy.riskListed(QStringLiteral("AGPL-3.0-only AND MIT")), QStringList {QStringLiteral("AGPL-3.0-only")});
        QVERIFY(policy.riskListed(QStringLiteral("MIT OR GPL-2.0-only")).isEmpty());
        const auto custom = LicensePolicy::load({{"license_risk_list", {"MPL-*"}}});
        QCOMPARE(custom.riskListed(QStringLiteral("MPL-2.0")), QStringList {QStringLiteral("MPL-2.0")});
        QVERIFY(custom.riskListed(QStringLiteral("GPL-3.0-only")).isEmpty());
    }

    void fixtureRepository()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString& rel, const std::string& content) {
            const QString path = dir.filePath(rel);
            QDir().mkpath(QFileInfo(path).path());
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content.data(), qint64(content.size()));
        };
        write(QStringLiteral("LICENSE"), "MIT License\n\nCopyright (c) 2023 Acme Inc.\n\n" + licenseText("MIT") + "\n");
        write(QStringLiteral("src/app.cpp"),
            "// Copyright 2023 Acme Inc.\n// SPDX-License-Identifier: MIT\n#include \"util.h\"\n\nint main(int argc, "
            "char** argv)\n{\n    if (argc > 1 && argv[1][0] == '-') {\n        for (int i = 0; i < argc; ++i) {\n"
            "            if (i % 2)\n                return i;\n        }\n    }\n    return helper();\n}\n");
        write(QStringLiteral("src/util.h"), "// SPDX-License-Identifier: MIT\n#pragma once\nint helper();\n");
        write(QStringLiteral("third_party/zlib/inflate.c"),
            "/* inflate.c -- zlib decompression\n * Copyright (C) 1995-2022 Mark Adler\n * For conditions of "
            "distribution and use, see the zlib License.\n */\nint inflate(void) { return 0; }\n");
        write(QStringLiteral("src/legacy/parser.cpp"),
            "// Copyright (c) 2014 Globex Corporation. All rights reserved.\nint parse() { return 1; }\n");
        write(QStringLiteral("src/gpl_helper.c"),
            "/* This program is free software; you can redistribute it and/or modify it\n * under the terms of the "
            "GNU General Public License version 2 as published by\n * the Free Software Foundation. */\nint g() "
            "{ return 2; }\n");

        DetectorSetup setup;
        setup.root = dir.path();
        setup.options = acme();
        auto detector = makeLicenseDetector(setup);
        QCOMPARE(detector->name(), QStringLiteral("licenses"));

        AuditReport report;
        report.options = acme();
        const QMap<QString, QStringList> authors {
            {QStringLiteral("LICENSE"), {QStringLiteral("alice@acme.com")}},
            {QStringLiteral("src/app.cpp"), {QStringLiteral("alice@acme.com")}},
            {QStringLiteral("src/util.h"), {QStringLiteral("bob@acme.com")}},
            {QStringLiteral("third_party/zlib/inflate.c"), {QStringLiteral("alice@acme.com")}},
            {QStringLiteral("src/legacy/parser.cpp"), {QStringLiteral("dev@globex.com")}},
            {QStringLiteral("src/gpl_helper.c"), {QStringLiteral("alice@acme.com")}},
        };
        for (auto it = authors.begin(); it != authors.end(); ++it) {
            QFile f(dir.filePath(it.key()));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            FileView view;
            view.path = it.key();
            view.absolutePath = f.fileName();
            view.language = it.key().endsWith(QLatin1String(".cpp")) || it.key().endsWith(QLatin1String(".h"))
                ? QStringLiteral("C++")
                : (it.key().endsWith(QLatin1String(".c")) ? QStringLiteral("C") : QStringLiteral("Text"));
            view.size = bytes.size();
            view.content = std::string_view(bytes.constData(), std::size_t(bytes.size()));
            QVERIFY(detector->wants(view));
            FileResult result;
            detector->scan(view, result);
            // What the job runner does between scan() and finish().
            FileRecord rec;
            rec.path = view.path;
            rec.language = view.language;
            rec.lines.code = bytes.count('\n');
            if (result.license) {
                rec.license = result.license->expression;
                rec.licenseConfidence = result.license->confidence;
            }
            rec.licenseEvidence = result.licenseEvidence;
            rec.copyrights = result.copyrights;
            rec.authors = it.value();
            report.files.push_back(rec);
        }
        DetectorContext context {report.options};
        detector->finish(report, context);

        const auto& app = byPath(report, "src/app.cpp");
        QCOMPARE(app.license, QStringLiteral("MIT"));
        QCOMPARE(app.ipClass, QStringLiteral("foreground"));
        QVERIFY(rationaleHas(app, "authored under acme.com"));
        QVERIFY(rationaleHas(app, "copyright Acme Inc"));
        QVERIFY(app.rewriteability);
        const auto& rw = *app.rewriteability;
        QVERIFY(rw.score > 0 && rw.score <= 100);
        QCOMPARE(rw.fanOut, 1); // includes util.h
        QVERIFY(rw.effortDays > 0);
        QVERIFY(byPath(report, "src/util.h").rewriteability);
        QCOMPARE(byPath(report, "src/util.h").rewriteability->fanIn, 1);

        const auto& zlib = byPath(report, "third_party/zlib/inflate.c");
        QCOMPARE(zlib.license, QStringLiteral("Zlib"));
        QCOMPARE(zlib.ipClass, QStringLiteral("third_party"));
        QVERIFY(rationaleHas(zlib, "vendored path"));
        QVERIFY(rationaleHas(zlib, "license Zlib differs from the repository's MIT"));
        QVERIFY(!zlib.rewriteability);

        const auto& legacy = byPath(report, "src/legacy/parser.cpp");
        QCOMPARE(legacy.ipClass, QStringLiteral("background"));
        QVERIFY(rationaleHas(legacy, "copyright Globex Corporation, not the organisation"));
        QVERIFY(rationaleHas(legacy, "authored under globex.com"));

        const auto& gpl = byPath(report, "src/gpl_helper.c");
        QCOMPARE(gpl.license, QStringLiteral("GPL-2.0-only"));
        bool conflict = false, risk = false;
        for (const auto& f : report.findings) {
            QCOMPARE(f.type, QStringLiteral("license"));
            QVERIFY(!f.fingerprint.isEmpty());
            if (f.file == gpl.path && f.ruleId == QLatin1String("license.conflict")) {
                conflict = true;
                QCOMPARE(f.severity, QStringLiteral("high"));
                QCOMPARE(f.line, 2); // where the notice names the GPL
            }
            if (f.file == gpl.path && f.ruleId == QLatin1String("license.risk-list"))
                risk = true;
            QVERIFY(f.file != app.path); // the repository's own license raises nothing
        }
        QVERIFY(conflict);
        QVERIFY(risk);

        const auto composition = Provenance::composition(report);
        QCOMPARE(composition["third_party"]["files"].get<int>(), 1);
        QCOMPARE(composition["background"]["files"].get<int>(), 1);
        QVERIFY(composition["foreground"]["files"].get<int>() >= 3);
        QVERIFY(composition["foreground"]["lines"].get<int>() > 10);
        const auto summary = report.summaryJson();
        QCOMPARE(summary["ip"]["third_party"].get<int>(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLicenseProvenance)
#include "TestLicenseProvenance.moc"
