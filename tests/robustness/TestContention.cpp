// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeProcess.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace assay;
using namespace assay::test;

// Contention (issue #14, docs/RELIABILITY.md): three kinds of Assay process on one data
// directory at once — the desktop app (offscreen; it runs audit workers and serves the API
// too), `assay serve`, and CLI commands (`assay audit`, `assay metrics import`,
// `assay vulndb import`). Audits, scans and session imports go to both servers while the CLI
// commands run. Then:
//  - no "database is locked" (or "busy") reached anyone: not an HTTP answer, not the CLI's
//    stderr, not either server's log; every request answered 2xx;
//  - no write was lost: every audit is recorded and completed exactly once, every scan is
//    listed, every imported session is counted, the CLI audits wrote their reports;
//  - PRAGMA integrity_check is ok.
class TestContention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void writeFile(const QString& path, const QByteArray& content)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
    }

    static QByteArray sessions(const QByteArray& prefix, int n)
    {
        QByteArray out;
        for (int i = 0; i < n; ++i)
            out += "{\"session_id\":\"" + prefix + QByteArray::number(i) + "\",\"developer_id\":\"dev"
                + QByteArray::number(i % 5) + "@example.com\",\"model\":\"m\",\"start_time\":\"2026-02-0"
                + QByteArray::number(1 + i % 9) + "T09:00:00Z\",\"prompt_tokens\":" + QByteArray::number(10 + i)
                + ",\"completion_tokens\":5}\n";
        return out;
    }

    static QByteArray readLog(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void guiServeAndCliShareOneDataDirectory()
    {
        QVERIFY2(QFileInfo(assayBinary()).isExecutable(), "ASSAY_BINARY is not set by CTest");
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const QString tree = m_dir.filePath(QStringLiteral("tree"));
        for (int d = 0; d < 10; ++d) {
            QDir().mkpath(QStringLiteral("%1/m%2").arg(tree).arg(d));
            for (int i = 0; i < 100; ++i)
                writeFile(QStringLiteral("%1/m%2/f%3.py").arg(tree).arg(d).arg(i),
                    "# SPDX-License-Identifier: BSD-3-Clause\ndef f():\n    return " + QByteArray::number(i) + "\n");
        }
        const QString osv = m_dir.filePath(QStringLiteral("osv"));
        QDir().mkpath(osv);
        for (int i = 0; i < 300; ++i)
            writeFile(QStringLiteral("%1/A-%2.json").arg(osv).arg(i),
                json::dump(
                    Json {{"id", QStringLiteral("A-%1").arg(i).toStdString()}, {"modified", "2024-01-01T00:00:00Z"},
                        {"affected",
                            Json::array(
                                {{{"package",
                                      {{"ecosystem", "PyPI"}, {"name", QStringLiteral("p%1").arg(i).toStdString()}}},
                                    {"versions", Json::array({"1.0"})}}})}}));

        QVERIFY(addUser(data, QStringLiteral("c@example.com"), QStringLiteral("admin"), "Contention-Passw0rd-1"));
        const QByteArray token = createToken(data, QStringLiteral("c@example.com"),
            QStringLiteral("read:audits,write:audits,read:scans,write:scans,read:metrics,write:metrics,admin"));
        QVERIFY(token.startsWith("assay_"));

        ServeProcess serve;
        QVERIFY(serve.start(data, m_dir.filePath(QStringLiteral("serve.log"))));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        ServeProcess desktop;
        QVERIFY(desktop.start(data, m_dir.filePath(QStringLiteral("desktop.log")), {}, env, true));
        HttpClient toServe;
        toServe.port = serve.port;
        toServe.bearer = token;
        HttpClient toDesktop;
        toDesktop.port = desktop.port;
        toDesktop.bearer = token;
        for (HttpClient* c : {&toServe, &toDesktop})
            QCOMPARE(c->send("PATCH", "/api/v1/settings", R"({"rate_limit_per_minute":0})").status, 200);

        // CLI commands running the whole time.
        std::vector<std::unique_ptr<QProcess>> cli;
        auto startCli = [&](const QStringList& args) {
            auto p = std::make_unique<QProcess>();
            p->start(assayBinary(), args + QStringList {QStringLiteral("--data-dir"), data});
            cli.push_back(std::move(p));
        };
        for (int i = 0; i < 3; ++i)
            startCli({QStringLiteral("audit"), tree, QStringLiteral("--output"),
                m_dir.filePath(QStringLiteral("cli-%1.json").arg(i))});
        int expectedSessions = 0;
        for (int i = 0; i < 2; ++i) {
            const QString file = m_dir.filePath(QStringLiteral("cli-sessions-%1.jsonl").arg(i));
            writeFile(file, sessions("cli" + QByteArray::number(i) + "-", 3000));
            expectedSessions += 3000;
            startCli({QStringLiteral("metrics"), QStringLiteral("import"), file});
        }
        startCli({QStringLiteral("vulndb"), QStringLiteral("import"), osv});

        // Both servers take audits, scans and imports at the same time.
        QStringList problems;
        QStringList audits;
        int scans = 0;
        auto check = [&](const char* what, const HttpClient::Reply& r) {
            if (r.status / 100 != 2 || r.body.contains("locked") || r.body.contains("busy"))
                problems << QStringLiteral("%1: HTTP %2 %3")
                                .arg(QLatin1String(what))
                                .arg(r.status)
                                .arg(QString::fromUtf8(r.body.left(300)));
        };
        for (int round = 0; round < 8; ++round) {
            for (HttpClient* c : {&toServe, &toDesktop}) {
                const auto a = c->post("/api/v1/audits", Json {{"repository", tree.toStdString()}});
                check("audit", a);
                if (a.status == 202)
                    audits << QString::fromStdString(a.json()["id"].get<std::string>());
                const auto s = c->post(
                    "/api/v1/scans", Json {{"text", "Delivery may slip by a month, round " + std::to_string(round)}});
                check("scan", s);
                scans += s.status == 201;
                const auto m = c->send("POST", "/api/v1/metrics/sessions/import",
                    sessions("api" + QByteArray::number(round) + (c == &toServe ? "s-" : "d-"), 300),
                    "application/x-ndjson");
                check("import", m);
                expectedSessions += 300;
                check("list", c->get("/api/v1/audits?limit=50"));
            }
        }

        // Everything finishes: CLI commands succeed, audits complete (exactly once each).
        for (auto& p : cli) {
            if (p->state() != QProcess::NotRunning)
                QVERIFY(p->waitForFinished(180000));
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                qPrintable(p->arguments().join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(err)));
            if (err.contains("locked") || err.contains("busy"))
                problems << QStringLiteral("CLI %1: %2").arg(p->arguments().first(), QString::fromUtf8(err));
        }
        for (int i = 0; i < 3; ++i) {
            QFile report(m_dir.filePath(QStringLiteral("cli-%1.json").arg(i)));
            QVERIFY(report.open(QIODevice::ReadOnly));
            const auto j = json::parse(report.readAll());
            QVERIFY(j && (*j)["summary"]["files_scanned"].get<int>() == 1000);
        }
        QElapsedTimer t;
        t.start();
        for (const QString& id : audits) {
            std::string status;
            while (t.elapsed() < 180000) {
                status = toServe.get("/api/v1/audits/" + id.toUtf8()).json().value("status", std::string());
                if (status == "completed" || status == "failed")
                    break;
                QThread::msleep(100);
            }
            QCOMPARE(QString::fromStdString(status), QStringLiteral("completed"));
            const Json row = toDesktop.get("/api/v1/audits/" + id.toUtf8()).json();
            QCOMPARE(row["summary"]["files_scanned"].get<int>(), 1000);
            QCOMPARE(row.value("attempts", 1), 1);
        }
        QCOMPARE(audits.size(), 16);
        const Json auditList = toServe.get("/api/v1/audits?limit=1").json();
        QCOMPARE(auditList["pagination"]["total_items"].get<int>(), 16);
        QCOMPARE(toServe.get("/api/v1/scans?limit=1").json()["pagination"]["total_items"].get<int>(), scans);
        QCOMPARE(scans, 16);
        QCOMPARE(
            toDesktop.get("/api/v1/sessions?limit=1").json()["pagination"]["total_items"].get<int>(), expectedSessions);

        QVERIFY(serve.stop());
        QVERIFY(desktop.stop());
        for (const QString& log : {QStringLiteral("serve.log"), QStringLiteral("desktop.log")}) {
            const QByteArray text = readLog(m_dir.filePath(log));
            if (text.contains("database is locked") || text.contains("STORAGE_BUSY"))
                problems << log + QStringLiteral(" mentions a locked database");
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(data + QStringLiteral("/assay.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TestContention)
#include "TestContention.moc"
