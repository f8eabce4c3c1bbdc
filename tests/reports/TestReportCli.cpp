// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

// `assay audit --format … --policy …` as CI runs it (the real binary from ASSAY_BINARY): a
// blocking violation exits 1, warnings exit 0, an invalid policy file exits 2 with one sentence
// naming the line and field, and every format is written without the planted secret.
class TestReportCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_repo;
    QByteArray m_token;

    int run(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must pick offscreen itself
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("ASSAY_BINARY"),
            QStringList {
                QStringLiteral("audit"), m_repo, QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))}
                + args);
        if (!p.waitForFinished(300000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

    QString writePolicy(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return path;
    }

    QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("ASSAY_BINARY"));
        m_repo = m_dir.filePath(QStringLiteral("widgets"));
        QVERIFY(QDir().mkpath(m_repo + QStringLiteral("/src")));
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        m_token = "ghp_";
        for (int i = 0; i < 36; ++i)
            m_token += alphabet[QRandomGenerator::global()->bounded(62)];
        QFile a(m_repo + QStringLiteral("/src/deploy.py"));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("import os\n\nTOKEN = \"" + m_token + "\"\n\n\ndef main():\n    print(os.environ)\n");
        a.close();
        QFile b(m_repo + QStringLiteral("/src/util.c"));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("/* SPDX-License-Identifier: MIT */\nint add(int a, int b) { return a + b; }\n");
    }

    void blockExits1()
    {
        const QString output = m_dir.filePath(QStringLiteral("gate.html"));
        QByteArray err;
        const int rc = run({QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output"), output,
                               QStringLiteral("--policy"), QStringLiteral("ci-default")},
            nullptr, &err);
        QVERIFY2(rc == 1, err.constData());
        QVERIFY2(err.contains("policy ci-default failed") && err.contains("[block] no-secrets"), err.constData());
        const QByteArray html = readFile(output);
        QVERIFY(html.contains("Policy ci-default: failed"));
        QVERIFY(!html.contains(m_token) && !err.contains(m_token));
    }

    void warnExits0()
    {
        const QString policy = writePolicy(QStringLiteral("warn.yaml"),
            "name: warn-only\npolicies:\n  - id: secrets\n    severity: high\n    action: warn\n    when:\n"
            "      finding_type: secret\n  - id: many-files\n    action: info\n    condition: \"files_scanned > 0\"\n");
        QByteArray out, err;
        const int rc = run(
            {QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("--policy"), policy}, &out, &err);
        QVERIFY2(rc == 0, err.constData());
        QVERIFY(err.contains("policy warn-only passed (2 violations)"));
        QVERIFY(out.contains("\"version\": \"2.1.0\""));
        QVERIFY(out.contains("policy/secrets"));
        QVERIFY(!out.contains(m_token));
    }

    void invalidPolicyExits2()
    {
        const QString policy = writePolicy(QStringLiteral("broken.yaml"),
            "name: broken\npolicies:\n  - id: secrets\n    action: stop\n    when:\n      finding_type: secret\n");
        const QString output = m_dir.filePath(QStringLiteral("never.json"));
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--policy"), policy, QStringLiteral("--output"), output}, nullptr, &err), 2);
        const QString message = QString::fromUtf8(err).trimmed();
        QVERIFY2(message.contains(QLatin1String("broken.yaml, line 4"))
                && message.contains(QLatin1String("policies[0].action")) && message.contains(QLatin1String("'stop'")),
            qPrintable(message));
        QCOMPARE(message.count(QLatin1Char('\n')), 0); // one sentence
        QVERIFY(!QFile::exists(output));
        QCOMPARE(run({QStringLiteral("--policy"), QStringLiteral("no-such-pack")}, nullptr, &err), 2);
        QVERIFY(err.contains("neither a file nor a built-in pack"));
        QCOMPARE(run({QStringLiteral("--format"), QStringLiteral("docx")}, nullptr, &err), 2);
        QVERIFY(err.contains("unknown format"));
    }

    void pdfHeadless()
    {
        const QString output = m_dir.filePath(QStringLiteral("report.pdf"));
        QByteArray err;
        QVERIFY2(
            run({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), output}, nullptr, &err)
                == 0,
            err.constData());
        const QByteArray pdf = readFile(output);
        QVERIFY(pdf.startsWith("%PDF-"));
        auto doc = Poppler::Document::loadFromData(pdf);
        QVERIFY(doc);
        QString all;
        for (int i = 0; i < doc->numPages(); ++i)
            all += std::unique_ptr<Poppler::Page>(doc->page(i))->text(QRectF());
        QVERIFY(all.contains(QLatin1String("widgets")));
        QVERIFY(all.contains(QLatin1String("src/deploy.py")));
        QVERIFY(!all.contains(QString::fromLatin1(m_token)));
    }

    void markdownAndCsvToStdout()
    {
        QByteArray out, err;
        QVERIFY2(run({QStringLiteral("--format"), QStringLiteral("md")}, &out, &err) == 0, err.constData());
        QVERIFY(out.contains("| module | origin | license | rewriteable | score | notes |"));
        QVERIFY(out.contains("| src |"));
        QVERIFY2(run({QStringLiteral("--format"), QStringLiteral("csv")}, &out, &err) == 0, err.constData());
        QCOMPARE(out.count("\r\n"), 3); // header + two files
        QVERIFY(!out.contains(m_token));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "TestReportCli.moc"
