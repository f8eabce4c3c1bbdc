// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeProcess.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace assay;
using namespace assay::test;

// A full disk (issue #14, docs/RELIABILITY.md): the data directory lives on a 16 MiB tmpfs that
// the test fills with a ballast file while `assay serve` runs. Writes then fail with a clear
// answer — the API's 503 with code STORAGE_FULL in the SPEC §4 envelope, the CLI's exit code 3
// with one sentence that says the disk is full — never a 500 or a crash; audits that cannot
// store their results end `failed`, not half-written. After the ballast is removed the same
// server writes again and the database passes PRAGMA integrity_check.
// Mounting needs root (CI runs as root); elsewhere the test skips.
class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mount;
    bool m_mounted = false;

    static bool run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // Writes zeros until the filesystem refuses.
    static qint64 fill(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
            return -1;
        const QByteArray chunk(64 * 1024, '\0');
        qint64 total = 0;
        while (true) {
            const qint64 n = f.write(chunk);
            if (n <= 0 || !f.flush())
                break;
            total += n;
        }
        // Small remainders too, so not even a page is left.
        const QByteArray small(512, '\0');
        while (f.write(small) > 0 && f.flush())
            total += small.size();
        return total;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(assayBinary()).isExecutable(), "ASSAY_BINARY is not set by CTest");
        if (::geteuid() != 0)
            QSKIP("Mounting a small tmpfs needs root (CI runs as root).");
        m_mount = m_dir.filePath(QStringLiteral("small"));
        QDir().mkpath(m_mount);
        if (!run(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=16m"),
                    QStringLiteral("tmpfs"), m_mount}))
            QSKIP("Cannot mount a tmpfs here (no CAP_SYS_ADMIN in this container).");
        m_mounted = true;
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), {QStringLiteral("-l"), m_mount});
    }

    void fullDiskIsAClearErrorAndLosesNothing()
    {
        const QString data = m_mount + QStringLiteral("/data");
        const QString tree = m_dir.filePath(QStringLiteral("tree"));
        for (int d = 0; d < 10; ++d) {
            QDir().mkpath(QStringLiteral("%1/d%2").arg(tree).arg(d));
            for (int i = 0; i < 100; ++i) {
                QFile f(QStringLiteral("%1/d%2/file_with_a_long_name_%3.c").arg(tree).arg(d).arg(i));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("// SPDX-License-Identifier: Apache-2.0\nint f(void) { return 0; }\n");
            }
        }
        QVERIFY(addUser(data, QStringLiteral("full@example.com"), QStringLiteral("admin"), "Full-Passw0rd-123"));
        const QByteArray token = createToken(data, QStringLiteral("full@example.com"),
            QStringLiteral("read:audits,write:audits,read:scans,write:scans,read:metrics,write:metrics"));
        QVERIFY(token.startsWith("assay_"));
        ServeProcess server;
        QVERIFY(server.start(data, m_dir.filePath(QStringLiteral("serve.log"))));
        HttpClient http;
        http.port = server.port;
        http.bearer = token;

        // One audit that completes before the disk fills: it must survive intact.
        const auto first = http.post("/api/v1/audits", Json {{"repository", tree.toStdString()}});
        QCOMPARE(first.status, 202);
        const QByteArray firstId = QByteArray::fromStdString(first.json()["id"].get<std::string>());
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000
            && http.get("/api/v1/audits/" + firstId).json().value("status", std::string()) != "completed")
            QThread::msleep(50);
        QCOMPARE(QString::fromStdString(http.get("/api/v1/audits/" + firstId).json().value("status", std::string())),
            QStringLiteral("completed"));
        const qint64 firstFiles = http.get("/api/v1/audits/" + firstId + "/files?limit=1")
                                      .json()["pagination"]["total_items"]
                                      .get<qint64>();

        const QString ballast = m_mount + QStringLiteral("/ballast");
        QVERIFY(fill(ballast) > 0);

        // Writes through the API: scans, imports and audits, until the spare room SQLite had
        // (WAL pages it can reuse) is gone. Every refusal is a 503 STORAGE_FULL envelope.
        int refused = 0;
        QStringList wrong;
        QList<QByteArray> audits;
        for (int i = 0; i < 200 && refused < 5; ++i) {
            HttpClient::Reply r;
            switch (i % 3) {
            case 0:
                r = http.post(
                    "/api/v1/scans", Json {{"text", "The supplier may miss the deadline " + std::to_string(i)}});
                break;
            case 1:
                r = http.send("POST", "/api/v1/metrics/sessions/import",
                    "{\"session_id\":\"full-" + QByteArray::number(i)
                        + "\",\"developer_id\":\"d@x\",\"model\":\"m\",\"start_time\":\"2026-01-05T10:00:00Z\","
                          "\"prompt_tokens\":1,\"completion_tokens\":1}\n",
                    "application/x-ndjson");
                break;
            default:
                r = http.post("/api/v1/audits", Json {{"repository", tree.toStdString()}});
                if (r.status == 202)
                    audits << QByteArray::fromStdString(r.json()["id"].get<std::string>());
            }
            if (r.status / 100 == 2)
                continue;
            const Json e = r.json();
            if (r.status == 503 && isErrorEnvelope(e) && e["error"]["code"] == "STORAGE_FULL")
                ++refused;
            else
                wrong << QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300)));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QVERIFY2(refused > 0, "no write was refused although the disk is full");
        QVERIFY(server.alive());

        // The CLI says so in one sentence, exit code 3.
        const QString sessions = m_dir.filePath(QStringLiteral("sessions.jsonl"));
        {
            QFile f(sessions);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 500; ++i)
                f.write("{\"session_id\":\"cli-" + QByteArray::number(i)
                    + "\",\"developer_id\":\"d@x\",\"model\":\"m\",\"start_time\":\"2026-01-05T10:00:00Z\","
                      "\"prompt_tokens\":1,\"completion_tokens\":1}\n");
        }
        QByteArray out, err;
        const int code = runAssay(
            {QStringLiteral("metrics"), QStringLiteral("import"), sessions, QStringLiteral("--data-dir"), data}, {},
            &out, &err);
        QCOMPARE(code, 3);
        QVERIFY2(err.contains("full"), err.constData());
        QVERIFY2(!err.contains("Database error"), err.constData());

        // Audits queued while the disk was full end `failed` (or complete, if they found room),
        // never stuck and never completed without their results.
        QFile::remove(ballast);
        t.restart();
        for (const QByteArray& id : audits) {
            std::string status;
            while (t.elapsed() < 90000) {
                status = http.get("/api/v1/audits/" + id).json().value("status", std::string());
                if (status == "completed" || status == "failed")
                    break;
                QThread::msleep(50);
            }
            QVERIFY2(status == "completed" || status == "failed", status.c_str());
            if (status == "completed")
                QCOMPARE(http.get("/api/v1/audits/" + id + "/report?format=json").status, 200);
        }

        // Space again: the same server writes, the earlier audit is intact.
        const auto scan = http.post("/api/v1/scans", Json {{"text", "Costs could rise after the disk was freed."}});
        QCOMPARE(scan.status, 201);
        const auto again = http.post("/api/v1/audits", Json {{"repository", tree.toStdString()}});
        QCOMPARE(again.status, 202);
        const QByteArray againId = QByteArray::fromStdString(again.json()["id"].get<std::string>());
        t.restart();
        while (t.elapsed() < 60000
            && http.get("/api/v1/audits/" + againId).json().value("status", std::string()) != "completed")
            QThread::msleep(50);
        QCOMPARE(QString::fromStdString(http.get("/api/v1/audits/" + againId).json().value("status", std::string())),
            QStringLiteral("completed"));
        QCOMPARE(
            http.get("/api/v1/audits/" + firstId + "/files?limit=1").json()["pagination"]["total_items"].get<qint64>(),
            firstFiles);
        QCOMPARE(http.get("/api/v1/audits/" + firstId + "/report?format=json").status, 200);
        QCOMPARE(runAssay({QStringLiteral("metrics"), QStringLiteral("import"), sessions, QStringLiteral("--data-dir"),
                     data}),
            0);
        QVERIFY(server.stop());

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(data + QStringLiteral("/assay.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        const QString log = QString::fromUtf8([&] {
            QFile f(m_dir.filePath(QStringLiteral("serve.log")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }());
        QVERIFY2(!log.contains(QLatin1String("handler failed")), "a handler threw while the disk was full");
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "TestDiskFull.moc"
