// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/detectors/LanguageDetector.h"
#include "audit/jobs/AuditRunner.h"
#include "core/Json.h"

#include "GitFixture.h"
#include "TestUtil.h"

#include <QTemporaryDir>

#include <unistd.h>

using namespace assay;
using namespace assay::audit;

// A real git repository with two authors (one of them under two addresses joined by
// .mailmap), several commits, a .gitignore, a binary file, a vendored folder and a symlink
// pointing outside: every count of the summary is checked exactly.
class TestAuditRunner : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_repo;
    QString m_outside;

    AuditReport run(const QString& source, const QString& ref = {},
        std::vector<DetectorFactory> detectors = {{QStringLiteral("languages"), makeLanguageDetector}})
    {
        AuditRequest request;
        request.source = source;
        request.ref = ref;
        request.dataDir = m_dir.filePath(QStringLiteral("data"));
        request.workers = 3;
        AuditRunner runner(nullptr, std::move(detectors));
        std::atomic<bool> cancelled {false};
        QList<int> percents;
        auto r = runner.run(
            request, [&](const AuditProgress& p) { percents << p.percent; }, cancelled);
        if (!r) {
            qWarning() << r.error().message;
            return {};
        }
        for (int i = 1; i < percents.size(); ++i)
            if (percents[i] < percents[i - 1])
                qWarning() << "progress went backwards" << percents;
        return std::move(*r);
    }

    static const FileRecord* file(const AuditReport& r, const QString& path)
    {
        for (const auto& f : r.files)
            if (f.path == path)
                return &f;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_repo = m_dir.filePath(QStringLiteral("repo"));
        m_outside = m_dir.filePath(QStringLiteral("outside"));
        QDir().mkpath(m_outside);
        QFile secret(m_outside + QStringLiteral("/private.txt"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("outside the repository\n");
        secret.close();

        GitFixture git(m_repo);
        // Commit 1 (Alice): C++ with comments and blanks.
        git.write(QStringLiteral("src/main.cpp"),
            "// entry point\n#include <cstdio>\n\n/* block\n   comment */\nint main()\n{\n"
            "    return 0; // done\n}\n");
        git.write(QStringLiteral(".gitignore"), "build/\n*.log\n!keep.log\n");
        git.commit(QStringLiteral("first"), QStringLiteral("Alice Example"), QStringLiteral("alice@example.com"),
            QStringLiteral("2025-01-10T10:00:00Z"));
        // Commit 2 (Bob, old address): Python and a vendored library.
        git.write(
            QStringLiteral("tools/gen.py"), "#!/usr/bin/env python3\n# generate\nimport sys\n\nprint(sys.argv)\n");
        git.write(QStringLiteral("vendor/lib/util.js"), "// vendored\nfunction f() { return 1; }\n");
        git.commit(QStringLiteral("second"), QStringLiteral("Bob"), QStringLiteral("bob@old.example.org"),
            QStringLiteral("2025-02-01T09:00:00Z"));
        // Commit 3 (Bob, new address): a binary file and a script without extension.
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png.append(QByteArray(64, '\0'));
        git.write(QStringLiteral("assets/logo.png"), png);
        git.write(QStringLiteral("bin/run"), "#!/bin/sh\necho hi\n");
        git.commit(QStringLiteral("third"), QStringLiteral("Bob Builder"), QStringLiteral("bob@example.com"),
            QStringLiteral("2025-03-05T12:00:00Z"));
        // Commit 4 (Alice): .mailmap joins Bob's addresses; main.cpp grows by one line.
        git.write(QStringLiteral(".mailmap"), "Bob Builder <bob@example.com> <bob@old.example.org>\n");
        git.write(QStringLiteral("src/main.cpp"),
            "// entry point\n#include <cstdio>\n\n/* block\n   comment */\nint main()\n{\n"
            "    std::puts(\"hi\");\n    return 0; // done\n}\n");
        git.commit(QStringLiteral("fourth"), QStringLiteral("Alice Example"), QStringLiteral("alice@example.com"),
            QStringLiteral("2025-04-01T08:00:00Z"));
        // Not committed: ignored files and a symlink out of the repository (in the work tree only).
        git.write(QStringLiteral("build/out.o"), "object");
        git.write(QStringLiteral("debug.log"), "log");
        git.write(QStringLiteral("keep.log"), "kept\n");
        QVERIFY(::symlink(qPrintable(m_outside + QStringLiteral("/private.txt")),
                    qPrintable(m_repo + QStringLiteral("/leak.txt")))
            == 0);
        QVERIFY(::symlink(qPrintable(m_repo + QStringLiteral("/src/main.cpp")),
                    qPrintable(m_repo + QStringLiteral("/alias.cpp")))
            == 0);
    }

    void workTreeCounts()
    {
        AuditReport r = run(m_repo);
        // Listed: .gitignore, .mailmap, src/main.cpp, tools/gen.py, vendor/lib/util.js, assets/logo.png,
        // bin/run, keep.log (re-included), alias.cpp (link inside the root). Not: build/, debug.log,
        // leak.txt (link out of the root), .git/.
        QStringList paths;
        for (const auto& f : r.files)
            paths << f.path;
        QCOMPARE(paths,
            (QStringList {QStringLiteral(".gitignore"), QStringLiteral(".mailmap"), QStringLiteral("alias.cpp"),
                QStringLiteral("assets/logo.png"), QStringLiteral("bin/run"), QStringLiteral("keep.log"),
                QStringLiteral("src/main.cpp"), QStringLiteral("tools/gen.py"), QStringLiteral("vendor/lib/util.js")}));
        QCOMPARE(r.filesScanned, 9);
        const FileRecord* main = file(r, QStringLiteral("src/main.cpp"));
        QVERIFY(main);
        QCOMPARE(main->language, QStringLiteral("C++"));
        QCOMPARE(main->lines.code, 6); // #include, int main(), {, std::puts, return, }
        QCOMPARE(main->lines.comment, 3); // // entry point, /* block, comment */
        QCOMPARE(main->lines.blank, 1);
        const FileRecord* py = file(r, QStringLiteral("tools/gen.py"));
        QCOMPARE(py->language, QStringLiteral("Python"));
        QCOMPARE(py->lines.code, 2);
        QCOMPARE(py->lines.comment, 2); // shebang and # generate
        QCOMPARE(py->lines.blank, 1);
        QCOMPARE(file(r, QStringLiteral("bin/run"))->language, QStringLiteral("Shell")); // by shebang
        const FileRecord* png = file(r, QStringLiteral("assets/logo.png"));
        QVERIFY(png->binary);
        QVERIFY(!png->textScanned);
        QCOMPARE(png->lines.total(), 0);
        QCOMPARE(png->size, 72);
        QVERIFY(file(r, QStringLiteral("vendor/lib/util.js"))->vendored);
        QVERIFY(!main->vendored);

        // History: 4 commits; Bob's two addresses are one contributor thanks to .mailmap.
        QCOMPARE(r.commits, 4);
        QCOMPARE(int(r.contributors.size()), 2);
        const Contributor& alice
            = r.contributors[0].email == QLatin1String("alice@example.com") ? r.contributors[0] : r.contributors[1];
        const Contributor& bob
            = r.contributors[0].email == QLatin1String("bob@example.com") ? r.contributors[0] : r.contributors[1];
        QCOMPARE(alice.email, QStringLiteral("alice@example.com"));
        QCOMPARE(bob.email, QStringLiteral("bob@example.com"));
        QCOMPARE(bob.name, QStringLiteral("Bob Builder"));
        QCOMPARE(alice.commits, 2);
        QCOMPARE(bob.commits, 2);
        // Alice: 9 lines of main.cpp + 3 of .gitignore, then +1 line of .mailmap and +1 of main.cpp.
        QCOMPARE(alice.linesAdded, 14);
        QCOMPARE(alice.linesRemoved, 0);
        // Bob: 5 + 2 lines, then 2 lines of bin/run (the PNG is binary: no lines).
        QCOMPARE(bob.linesAdded, 9);
        QCOMPARE(alice.firstCommit, QDateTime(QDate(2025, 1, 10), QTime(10, 0), Qt::UTC));
        QCOMPARE(alice.lastCommit, QDateTime(QDate(2025, 4, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(bob.firstCommit, QDateTime(QDate(2025, 2, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(main->authors, QStringList {QStringLiteral("alice@example.com")});
        QCOMPARE(py->authors, QStringList {QStringLiteral("bob@example.com")});

        const Json summary = r.summaryJson();
        QCOMPARE(summary["files_scanned"].get<int>(), 9);
        QCOMPARE(summary["commits"].get<int>(), 4);
        QCOMPARE(summary["contributors"].get<int>(), 2);
        // Lines: main.cpp 6/3/1 and its alias the same, gen.py 2/2/1, util.js 1/1/0, bin/run 1/1/0,
        // .gitignore 3/0/0 (Text? no: no language → all code), .mailmap 1, keep.log 1.
        qint64 code = 0, comment = 0, blank = 0;
        for (const auto& f : r.files) {
            code += f.lines.code;
            comment += f.lines.comment;
            blank += f.lines.blank;
        }
        QCOMPARE(summary["lines"]["code"].get<qint64>(), code);
        QCOMPARE(summary["lines"]["comment"].get<qint64>(), comment);
        QCOMPARE(summary["lines"]["blank"].get<qint64>(), blank);
        QCOMPARE(code, 6 + 6 + 2 + 1 + 1 + 3 + 1 + 1);
        QCOMPARE(comment, 3 + 3 + 2 + 1 + 1);
        QCOMPARE(blank, 1 + 1 + 1);
        QCOMPARE(r.repository.commit.size(), 40);

        // The streamed audit.json (CLI) and the in-memory document (API, reports) are the same JSON,
        // also for the parts written by hand: findings (with and without a file and a line) and
        // rewriteability (rounded values, whole numbers, text that needs escaping).
        Finding located;
        located.id = QStringLiteral("f-1");
        located.type = QStringLiteral("license");
        located.severity = QStringLiteral("high");
        located.ruleId = QStringLiteral("license.conflict");
        located.title = QStringLiteral("GPL-2.0-only conflicts with \"MIT\"\n\u00e9 \\ \x01\x1f\t\r\b\f\x7f");
        located.file = QStringLiteral("src/main.cpp");
        located.line = 3;
        located.evidence = QStringLiteral("GPL-2.0-only");
        located.fingerprint = fingerprint({located.ruleId, located.file});
        Finding repositoryLevel = located;
        repositoryLevel.file.clear();
        repositoryLevel.line = 0;
        r.findings = {located, repositoryLevel};
        Rewriteability rw;
        rw.score = 61.2345;
        rw.complexity = 0.5;
        rw.coupling = 1.0 / 3.0;
        rw.licenseRisk = 1;
        rw.vulnerability = 0;
        rw.fanIn = 4;
        rw.fanOut = 2;
        rw.effortDays = 12.005;
        rw.effortCost = 9604.0;
        r.files.front().rewriteability = rw;
        std::string streamed;
        QVERIFY(r.writeJson([&](const char* data, size_t size) {
            streamed.append(data, size);
            return true;
        }));
        const auto parsed = json::parse(QByteArray::fromStdString(streamed));
        QVERIFY(parsed);
        QCOMPARE(QByteArray::fromStdString(parsed->dump()), QByteArray::fromStdString(r.toJson().dump()));
    }

    void committedTreeAtRef()
    {
        GitFixture git(m_repo);
        const QString first
            = git.git({QStringLiteral("rev-list"), QStringLiteral("--max-parents=0"), QStringLiteral("HEAD")});
        // At the first commit only two files existed; the work tree's extra files do not count.
        const AuditReport atFirst = run(m_repo, first);
        QCOMPARE(atFirst.filesScanned, 2);
        QCOMPARE(atFirst.commits, 1);
        QCOMPARE(atFirst.repository.commit, first);
        QCOMPARE(file(atFirst, QStringLiteral("src/main.cpp"))->lines.code, 5);
        // At the branch head: the committed files only (no keep.log, no links).
        const AuditReport head = run(m_repo, QStringLiteral("main"));
        QCOMPARE(head.filesScanned, 7);
        QCOMPARE(head.commits, 4);
    }

    void errorsAreClear()
    {
        AuditRunner runner(nullptr, {{QStringLiteral("languages"), makeLanguageDetector}});
        std::atomic<bool> cancelled {false};
        AuditRequest missing;
        missing.source = m_dir.filePath(QStringLiteral("nope"));
        auto r = runner.run(missing, {}, cancelled);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QVERIFY(r.error().message.contains(QStringLiteral("does not exist")));

        AuditRequest notDir;
        notDir.source = m_repo + QStringLiteral("/src/main.cpp");
        r = runner.run(notDir, {}, cancelled);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("not a folder")));

        AuditRequest badRef;
        badRef.source = m_repo;
        badRef.ref = QStringLiteral("no-such-branch");
        r = runner.run(badRef, {}, cancelled);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("REF_NOT_FOUND"));

        AuditRequest outsideRoots;
        outsideRoots.source = m_repo;
        outsideRoots.allowedRoots = {m_outside};
        r = runner.run(outsideRoots, {}, cancelled);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);

        AuditRequest url;
        url.source = QStringLiteral("file://") + m_dir.filePath(QStringLiteral("no-repo-here"));
        url.dataDir = m_dir.filePath(QStringLiteral("data"));
        r = runner.run(url, {}, cancelled);
        QVERIFY(!r);
        QVERIFY2(r.error().code.startsWith(QStringLiteral("GIT_")), qPrintable(r.error().code));
    }

    void cloneByUrl()
    {
        const AuditReport r = run(QStringLiteral("file://") + m_repo);
        QCOMPARE(r.filesScanned, 7);
        QCOMPARE(r.commits, 4);
        QCOMPARE(int(r.contributors.size()), 2);
        // A second audit fetches into the same cache.
        GitFixture git(m_repo);
        git.write(QStringLiteral("docs/README.md"), "# Docs\n");
        git.commit(QStringLiteral("fifth"), QStringLiteral("Alice Example"), QStringLiteral("alice@example.com"),
            QStringLiteral("2025-05-01T08:00:00Z"));
        const AuditReport again = run(QStringLiteral("file://") + m_repo);
        // `git add -A` also committed keep.log and the two links; links are not followed in git trees.
        QCOMPARE(again.filesScanned, 9);
        QCOMPARE(again.commits, 5);
    }

    void gitCredentialsPerHost()
    {
        const QString text
            = QStringLiteral("# keychain text\ngit.example.com alice:s3cr3t\nGITLAB.example.org tok-only\n");
        auto a = GitRemote::credentialsFor(text, QStringLiteral("git.example.com"));
        QVERIFY(a);
        QCOMPARE(a->username, QStringLiteral("alice"));
        QCOMPARE(a->secret, QStringLiteral("s3cr3t"));
        auto b = GitRemote::credentialsFor(text, QStringLiteral("gitlab.example.org"));
        QVERIFY(b);
        QVERIFY(b->username.isEmpty());
        QCOMPARE(b->secret, QStringLiteral("tok-only"));
        QVERIFY(!GitRemote::credentialsFor(text, QStringLiteral("other.example.net")));
    }

    void cancelStopsQuickly()
    {
        AuditRunner runner(nullptr, {{QStringLiteral("languages"), makeLanguageDetector}});
        std::atomic<bool> cancelled {true};
        AuditRequest request;
        request.source = m_repo;
        auto r = runner.run(request, {}, cancelled);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("CANCELLED"));
    }
};

QTEST_GUILESS_MAIN(TestAuditRunner)
#include "TestAuditRunner.moc"
