// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Json.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;

// `assay audit` as a user runs it: this repository audited and validated against the
// published JSON Schema (docs/schema/audit.schema.json); input errors exit 2 with one sentence.
class TestAuditCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    int run(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr)
    {
        QProcess p;
        p.start(qEnvironmentVariable("ASSAY_BINARY"), args);
        if (!p.waitForFinished(300000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private slots:
    void auditOfThisRepositoryMatchesTheSchema()
    {
        const QString source = qEnvironmentVariable("ASSAY_SOURCE_DIR");
        const QString output = m_dir.filePath(QStringLiteral("audit.json"));
        QByteArray err;
        const int rc = run({QStringLiteral("audit"), source, QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--output"), output, QStringLiteral("--data-dir"),
                               m_dir.filePath(QStringLiteral("data"))},
            nullptr, &err);
        QVERIFY2(rc == 0 || rc == 1, err.constData());
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto doc = json::parse(f.readAll());
        QVERIFY(doc);
        QVERIFY((*doc)["summary"]["files_scanned"].get<int>() > 50);
        QVERIFY((*doc)["summary"]["lines"]["code"].get<int>() > 1000);

        QProcess validator;
        validator.start(QStringLiteral("/usr/bin/python3"),
            {source + QStringLiteral("/tests/tools/validate_json_schema.py"),
                source + QStringLiteral("/docs/schema/audit.schema.json"), output});
        QVERIFY(validator.waitForFinished(60000));
        QVERIFY2(validator.exitCode() == 0, validator.readAllStandardOutput() + validator.readAllStandardError());
    }

    void stdoutByDefault()
    {
        const QString repo = m_dir.filePath(QStringLiteral("small"));
        QDir().mkpath(repo);
        QFile f(repo + QStringLiteral("/a.py"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("print(1)\n");
        f.close();
        QByteArray out;
        QCOMPARE(
            run({QStringLiteral("audit"), repo, QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))},
                &out),
            0);
        const auto doc = json::parse(out);
        QVERIFY(doc);
        QCOMPARE((*doc)["summary"]["files_scanned"].get<int>(), 1);
        QCOMPARE((*doc)["files"][0]["language"].get<std::string>(), std::string("Python"));
    }

    void inputErrorsExit2()
    {
        QByteArray err;
        QCOMPARE(run({QStringLiteral("audit"), m_dir.filePath(QStringLiteral("missing")), QStringLiteral("--data-dir"),
                         m_dir.filePath(QStringLiteral("data"))},
                     nullptr, &err),
            2);
        QVERIFY(err.contains("does not exist"));
        QCOMPARE(run({QStringLiteral("audit")}, nullptr, &err), 2);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("."), QStringLiteral("--format"), QStringLiteral("xml")},
                     nullptr, &err),
            2);
        QVERIFY(err.contains("unknown format"));
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "TestAuditCli.moc"
