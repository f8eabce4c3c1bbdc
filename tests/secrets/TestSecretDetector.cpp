// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/secrets/GitHistoryScanner.h"
#include "audit/secrets/SecretDetector.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include "SecretSamples.h"
#include "TestUtil.h"

using namespace assay;
using namespace assay::audit;
using namespace secretsamples;

// The detector as the audit job runner uses it: finding shape, redaction, fingerprints,
// .assayignore, thread safety and the git history scan on a real repository made here.
class TestSecretDetector : public QObject
{
    Q_OBJECT

    quint32 m_seed = 0;

    static FileView view(const QString& path, const QByteArray& bytes)
    {
        FileView v;
        v.path = path;
        v.size = bytes.size();
        v.content = std::string_view(bytes.constData(), size_t(bytes.size()));
        return v;
    }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    static QString git(const QString& dir, const QStringList& args)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("git"),
            QStringList {QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                QStringLiteral("user.email=test@example.invalid"), QStringLiteral("-c"),
                QStringLiteral("commit.gpgsign=false")}
                + args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    QString githubToken(Gen& g) { return QStringLiteral("gh") + QStringLiteral("p_") + g.pick(kAlnum, 36); }

private slots:
    void initTestCase()
    {
        m_seed = qEnvironmentVariableIsSet("ASSAY_TEST_SEED") ? qEnvironmentVariable("ASSAY_TEST_SEED").toUInt()
                                                              : QRandomGenerator::global()->generate();
        qInfo("random seed %u (set ASSAY_TEST_SEED to replay)", m_seed);
    }

    void findingIsRedactedAndFingerprinted()
    {
        Gen g(m_seed);
        QTemporaryDir root;
        DetectorSetup setup;
        setup.root = root.path();
        auto detector = makeSecretDetector(setup);
        QVERIFY(detector);
        QCOMPARE(detector->name(), QStringLiteral("secrets"));
        const QString token = githubToken(g);
        const QByteArray bytes = QStringLiteral("import os\n\nTOKEN = \"%1\"\n").arg(token).toUtf8();
        const auto file = view(QStringLiteral("src/app.py"), bytes);
        QVERIFY(detector->wants(file));
        FileResult out;
        detector->scan(file, out);
        QCOMPARE(out.findings.size(), size_t(1));
        const Finding& f = out.findings[0];
        QCOMPARE(f.type, QStringLiteral("secret"));
        QCOMPARE(f.ruleId, QStringLiteral("github-pat"));
        QCOMPARE(f.severity, QStringLiteral("critical"));
        QCOMPARE(f.file, QStringLiteral("src/app.py"));
        QCOMPARE(f.line, 3);
        QCOMPARE(f.evidence, token.left(4) + QChar(0x2026));
        const QString secretHash
            = QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(f.fingerprint, fingerprint({f.ruleId, f.file, secretHash}));
        // The secret itself is nowhere in what the detector hands back.
        const std::string everything = toJson(f).dump() + f.details.dump() + out.extra.dump();
        QVERIFY(everything.find(token.toStdString()) == std::string::npos);
        QVERIFY(everything.find(token.mid(4, 12).toStdString()) == std::string::npos);
    }

    void binaryAndEmptyFilesAreSkipped()
    {
        DetectorSetup setup;
        auto detector = makeSecretDetector(setup);
        QVERIFY(detector);
        FileView bin = view(QStringLiteral("a.png"), QByteArray());
        bin.binary = true;
        bin.size = 100;
        QVERIFY(!detector->wants(bin));
        QVERIFY(!detector->wants(view(QStringLiteral("empty.txt"), QByteArray())));
    }

    void assayIgnoreGlobs()
    {
        const auto ig
            = AssayIgnore::parse(QStringLiteral("# comment\nvendor/\n*.min.js\n!keep.min.js\n/docs/**/examples/\n"
                                                "build/out?.txt\nrule:jwt\n"));
        QVERIFY(ig.ignoresPath(QStringLiteral("vendor/lib/a.py")));
        QVERIFY(ig.ignoresPath(QStringLiteral("src/vendor/a.py")));
        QVERIFY(!ig.ignoresPath(QStringLiteral("src/vendored.py")));
        QVERIFY(ig.ignoresPath(QStringLiteral("web/app.min.js")));
        QVERIFY(!ig.ignoresPath(QStringLiteral("web/keep.min.js")));
        QVERIFY(ig.ignoresPath(QStringLiteral("docs/api/v1/examples/token.md")));
        QVERIFY(ig.ignoresPath(QStringLiteral("docs/examples/token.md")));
        QVERIFY(!ig.ignoresPath(QStringLiteral("src/docs/examples/token.md")));
        QVERIFY(ig.ignoresPath(QStringLiteral("build/out1.txt")));
        QVERIFY(!ig.ignoresPath(QStringLiteral("build/out12.txt")));
        QVERIFY(ig.ignoresRule(QStringLiteral("jwt")));
        QVERIFY(!ig.ignoresRule(QStringLiteral("github-pat")));
    }

    void assayIgnoreFileSuppressesPathsRulesAndFingerprints()
    {
        Gen g(m_seed + 1);
        QTemporaryDir root;
        const QString t1 = githubToken(g), t2 = githubToken(g);
        const QByteArray bytes = QStringLiteral("A = \"%1\"\nB = \"%2\"\nC = \"%3\"\n").arg(t1, t2, g.jwt()).toUtf8();
        DetectorSetup setup;
        setup.root = root.path();
        // First without an ignore file: three findings.
        std::vector<Finding> before;
        {
            auto detector = makeSecretDetector(setup);
            FileResult out;
            detector->scan(view(QStringLiteral("src/a.py"), bytes), out);
            before = out.findings;
        }
        QCOMPARE(before.size(), size_t(3));
        writeFile(root.filePath(QStringLiteral(".assayignore")),
            (QStringLiteral("third_party/\nrule:jwt\n") + before[0].fingerprint + u'\n').toUtf8());
        auto detector = makeSecretDetector(setup);
        QVERIFY(!detector->wants(view(QStringLiteral("third_party/x/a.py"), bytes)));
        QVERIFY(!detector->wants(view(QStringLiteral(".assayignore"), bytes)));
        FileResult out;
        detector->scan(view(QStringLiteral("src/a.py"), bytes), out);
        QCOMPARE(out.findings.size(), size_t(1));
        QCOMPARE(out.findings[0].line, 2);
        QCOMPARE(out.findings[0].fingerprint, before[1].fingerprint);
    }

    void concurrentScansAgree()
    {
        Gen g(m_seed + 2);
        std::vector<QByteArray> files;
        size_t expected = 0;
        for (int i = 0; i < 64; ++i) {
            QString text = QStringLiteral("# file %1\n").arg(i);
            for (int k = 0; k < i % 4; ++k, ++expected)
                text += QStringLiteral("key%1 = \"%2\"\n").arg(k).arg(githubToken(g));
            // Over the memo's floor, so that repeated rounds are also answered from it.
            text += QStringLiteral("x = 1\n# %1\n").arg(QString(2048, u'-'));
            files.push_back(text.toUtf8());
        }
        DetectorSetup setup;
        auto detector = makeSecretDetector(setup);
        QVERIFY(detector);
        std::vector<size_t> counts(4, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int round = 0; round < 5; ++round)
                    for (size_t i = 0; i < files.size(); ++i) {
                        FileResult out;
                        detector->scan(view(QStringLiteral("f%1.py").arg(i), files[i]), out);
                        counts[size_t(t)] += out.findings.size();
                    }
            });
        for (auto& th : threads)
            th.join();
        for (size_t c : counts)
            QCOMPARE(c, expected * 5);
    }

    // Copies of a file are matched once; each copy still gets findings of its own path, and a
    // copy in another context (a test folder, a lockfile) is matched again.
    void identicalFilesAreMatchedOnce()
    {
        Gen g(m_seed + 3);
        const QString token = githubToken(g);
        QString text = QStringLiteral("# settings\n");
        for (int i = 0; i < 60; ++i)
            text += QStringLiteral("option_number_%1 = %2 # a setting\n").arg(i).arg(i * 7);
        text += QStringLiteral("api = \"%1\"\npassword = \"%2\"\n").arg(token, g.password(18));
        const QByteArray bytes = text.toUtf8();
        QVERIFY(bytes.size() > 2048);
        const QByteArray plain = QByteArray("# nothing to see\n") + QByteArray(4000, 'x') + '\n';
        DetectorSetup setup;
        auto created = SecretDetector::create(setup);
        QVERIFY(created);
        SecretDetector& memo = **created;
        const auto key = [](const Finding& f) {
            return QStringList {f.ruleId, f.file, QString::number(f.line), f.severity, f.evidence, f.fingerprint,
                QString::fromStdString(f.details.dump())}
                .join(u'|');
        };
        const auto findings = [&](const SecretDetector& d, const QString& path, const QByteArray& b) {
            FileResult out;
            d.scan(view(path, b), out);
            QStringList keys;
            for (const auto& f : out.findings)
                keys << key(f);
            return keys;
        };
        const QStringList paths {QStringLiteral("src/a.py"), QStringLiteral("src/copy.py"),
            QStringLiteral("tests/a.py"), QStringLiteral("deps/poetry.lock"), QStringLiteral("lib/copy.py")};
        for (const QString& path : paths) {
            auto fresh = SecretDetector::create(setup);
            QVERIFY(fresh);
            const QStringList expected = findings(**fresh, path, bytes);
            QCOMPARE(findings(memo, path, bytes), expected);
        }
        QCOMPARE(findings(memo, QStringLiteral("src/a.py"), bytes).size(), 2);
        QCOMPARE(findings(memo, QStringLiteral("deps/poetry.lock"), bytes).size(), 1); // no generic rules
        QVERIFY(findings(memo, QStringLiteral("tests/a.py"), bytes).join(u' ').contains(u"|high|"));
        // src/copy.py, lib/copy.py and the repeat of src/a.py; the lockfile and the test path are
        // matched again each time (the kept result is src/a.py's).
        QCOMPARE(memo.filesFromMemo(), qint64(3));
        QVERIFY(findings(memo, QStringLiteral("a.txt"), plain).isEmpty());
        QVERIFY(findings(memo, QStringLiteral("tests/b.txt"), plain).isEmpty()); // no candidates: any context
        QCOMPARE(memo.filesFromMemo(), qint64(4));
    }

    void historyReportsSecretsCommittedAndRemoved()
    {
        if (QProcess::execute(QStringLiteral("git"), {QStringLiteral("--version")}) != 0)
            QSKIP("git is not installed");
        Gen g(m_seed + 3);
        QTemporaryDir root;
        const QString dir = root.path();
        git(dir, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        const QString removed = githubToken(g), kept = githubToken(g);
        writeFile(dir + QStringLiteral("/app/config.py"),
            QStringLiteral("import os\nDEBUG = False\nTOKEN = \"%1\"\n").arg(removed).toUtf8());
        writeFile(dir + QStringLiteral("/README.md"), "# demo\n");
        git(dir, {QStringLiteral("add"), QStringLiteral(".")});
        git(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("add config")});
        const QString leakCommit = git(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        writeFile(dir + QStringLiteral("/app/config.py"),
            QStringLiteral("import os\nDEBUG = False\nTOKEN = os.environ[\"TOKEN\"]\n").toUtf8());
        writeFile(dir + QStringLiteral("/app/other.py"), QStringLiteral("KEY = \"%1\"\n").arg(kept).toUtf8());
        git(dir, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("read token from env")});
        git(dir, {QStringLiteral("add"), QStringLiteral(".")});
        git(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("other")});

        DetectorSetup setup;
        setup.root = dir;
        auto created = SecretDetector::create(setup);
        ASSAY_VERIFY_OK(created);
        auto history = scanGitHistory(dir, **created);
        ASSAY_VERIFY_OK(history);
        QCOMPARE(history->commitsScanned, qint64(3));
        QCOMPARE(history->findings.size(), size_t(1)); // the one still in HEAD is the file scan's business
        const Finding& f = history->findings[0];
        QCOMPARE(f.file, QStringLiteral("app/config.py"));
        QCOMPARE(f.line, 3);
        QCOMPARE(f.ruleId, QStringLiteral("github-pat"));
        QCOMPARE(QString::fromStdString(f.details.value("commit", std::string())), leakCommit);
        QVERIFY(f.details.value("removed", false));
        QVERIFY(toJson(f).dump().find(removed.toStdString()) == std::string::npos);

        // Through the detector: finish() adds it when the audit asks for history.
        setup.options.history = true;
        auto detector = makeSecretDetector(setup);
        AuditReport report;
        DetectorContext context {setup.options};
        detector->finish(report, context);
        QCOMPARE(report.findings.size(), size_t(1));
        // Without the option nothing is walked.
        setup.options.history = false;
        auto plain = makeSecretDetector(setup);
        AuditReport none;
        DetectorContext noHistory {setup.options};
        plain->finish(none, noHistory);
        QVERIFY(none.findings.empty());
    }

    void historyOnANonRepositoryIsAnError()
    {
        QTemporaryDir root;
        DetectorSetup setup;
        setup.root = root.path();
        auto created = SecretDetector::create(setup);
        ASSAY_VERIFY_OK(created);
        QVERIFY(!scanGitHistory(root.path(), **created).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretDetector)
#include "TestSecretDetector.moc"
