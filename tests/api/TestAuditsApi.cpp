// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestBase.h"
#include "GitFixture.h"
#include "api/WebSocketHub.h"
#include "audit/jobs/AuditService.h"
#include "core/Actor.h"

#include <QSignalSpy>
#include <QThread>
#include <QWebSocket>

#include <archive.h>
#include <archive_entry.h>

using namespace assay;
using namespace assay::api;

// The audits API end to end on a real server: queue an audit of a real repository, follow it
// over WebSocket, read files and findings, triage, cancel, delete, upload archives (including
// a zip-slip entry and a bomb). Two analysts ("alice", "bob") and a viewer are real accounts
// that call with their own API tokens (HTTP and WebSocket), so visibility rules are exercised
// through the real authentication.
class TestAuditsApi : public QObject
{
    Q_OBJECT
    ApiFixture f;
    QTemporaryDir m_work;
    QString m_repo;

    QHash<QByteArray, QByteArray> m_tokens; // user name → API token

    ApiFixture::Reply as(const QByteArray& user, const QByteArray& method, const QString& path,
        const QByteArray& body = {}, const QByteArray& type = "application/json")
    {
        return f.send(method, path, body, type, ApiFixture::bearer(m_tokens.value(user, f.adminToken)));
    }

    QString submit(const QByteArray& user, const QString& repository)
    {
        auto r = as(
            user, "POST", QStringLiteral("/api/v1/audits"), json::dump(Json {{"repository", json::str(repository)}}));
        if (r.status != 202) {
            qWarning() << r.status << r.body;
            return {};
        }
        return QString::fromStdString(r.json()["id"].get<std::string>());
    }

    Json waitFinal(const QString& id)
    {
        auto row = f.services->audits().waitFor(id, 30000);
        return row ? *row : Json();
    }

    QByteArray archive(bool zip, const QList<QPair<QByteArray, QByteArray>>& entries, qint64 zeros = 0)
    {
        QByteArray out;
        ::archive* w = archive_write_new();
        if (zip)
            archive_write_set_format_zip(w);
        else {
            archive_write_set_format_pax_restricted(w);
            archive_write_add_filter_gzip(w);
        }
        const QString path = m_work.filePath(QStringLiteral("a-%1").arg(qrand()));
        archive_write_open_filename(w, qPrintable(path));
        for (const auto& [name, data] : entries) {
            archive_entry* e = archive_entry_new();
            archive_entry_set_pathname(e, name.constData());
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_entry_set_size(e, zeros && data.isEmpty() ? zeros : data.size());
            archive_write_header(w, e);
            if (zeros && data.isEmpty()) {
                QByteArray chunk(1 << 20, '\0');
                for (qint64 left = zeros; left > 0; left -= chunk.size())
                    archive_write_data(w, chunk.constData(), size_t(std::min<qint64>(left, chunk.size())));
            } else {
                archive_write_data(w, data.constData(), size_t(data.size()));
            }
            archive_entry_free(e);
        }
        archive_write_close(w);
        archive_write_free(w);
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }

    static int qrand()
    {
        static int n = 0;
        return ++n;
    }

    ApiFixture::Reply upload(const QByteArray& user, const QByteArray& name, const QByteArray& data)
    {
        const QByteArray boundary = "----assaytestboundary";
        QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"" + name
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + "\r\n--" + boundary + "--\r\n";
        return as(user, "POST", QStringLiteral("/api/v1/audits"), body, "multipart/form-data; boundary=" + boundary);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        m_tokens["alice"] = f.userToken(QStringLiteral("alice@example.com"), auth::Role::Analyst);
        m_tokens["bob"] = f.userToken(QStringLiteral("bob@example.com"), auth::Role::Analyst);
        m_tokens["viewer"] = f.userToken(QStringLiteral("viewer@example.com"), auth::Role::Viewer);
        for (const auto& t : std::as_const(m_tokens))
            QVERIFY(!t.isEmpty());
        f.services->startJobs();

        m_repo = m_work.filePath(QStringLiteral("repo"));
        GitFixture git(m_repo);
        for (int i = 0; i < 40; ++i)
            git.write(QStringLiteral("src/f%1.c").arg(i),
                QByteArray("int f") + QByteArray::number(i) + "(void) { return 0; }\n");
        git.commit(QStringLiteral("init"), QStringLiteral("Alice"), QStringLiteral("alice@example.com"),
            QStringLiteral("2025-01-01T00:00:00Z"));
    }

    void lifecycleAndWebSocketVisibility()
    {
        // Alice and Bob each listen on the audits channel.
        QWebSocket aliceWs, bobWs;
        QSignalSpy aliceMsgs(&aliceWs, &QWebSocket::textMessageReceived);
        QSignalSpy bobMsgs(&bobWs, &QWebSocket::textMessageReceived);
        for (auto [ws, token] : {std::pair {&aliceWs, "alice"}, std::pair {&bobWs, "bob"}}) {
            QSignalSpy connected(ws, &QWebSocket::connected);
            ws->open(f.wsUrl(m_tokens.value(token)));
            QVERIFY(connected.wait(5000));
            ws->sendTextMessage(QStringLiteral(R"({"type":"subscribe","channels":["audits"]})"));
        }
        QTRY_VERIFY(aliceMsgs.size() >= 1 && bobMsgs.size() >= 1);

        const QString id = submit("alice", m_repo);
        QVERIFY(!id.isEmpty());
        const Json done = waitFinal(id);
        QCOMPARE(done["status"].get<std::string>(), std::string("completed"));
        QCOMPARE(done["summary"]["files_scanned"].get<int>(), 40);
        QCOMPARE(done["summary"]["commits"].get<int>(), 1);

        // Alice saw created, progress and completed for her audit.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto& m : aliceMsgs)
                    if (m.at(0).toString().contains(QStringLiteral("\"completed\"")))
                        return true;
                return false;
            }(),
            10000);
        QStringList actions;
        for (const auto& m : aliceMsgs) {
            auto j = json::parse(m.at(0).toString().toUtf8());
            if (j && (*j)["type"] == "audit")
                actions << QString::fromStdString((*j)["action"].get<std::string>());
        }
        QVERIFY2(actions.contains(QStringLiteral("created")), qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY2(actions.contains(QStringLiteral("progress")), qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY(actions.contains(QStringLiteral("completed")));
        // Bob saw nothing of Alice's audit.
        QTest::qWait(200);
        for (const auto& m : bobMsgs)
            QVERIFY2(!m.at(0).toString().contains(id), qPrintable(m.at(0).toString()));
        // Nor can he read it or subscribe to it.
        QCOMPARE(as("bob", "GET", QStringLiteral("/api/v1/audits/") + id).status, 404);
        QCOMPARE(as("bob", "GET", QStringLiteral("/api/v1/audits")).json()["pagination"]["total_items"].get<int>(), 0);
        bobWs.sendTextMessage(QStringLiteral(R"({"type":"subscribe","channels":["audit:%1"]})").arg(id));
        QTRY_VERIFY(bobMsgs.last().at(0).toString().contains(QStringLiteral("\"error\"")));

        // Alice reads her audit, its files and findings.
        auto list = as("alice", "GET", QStringLiteral("/api/v1/audits?status=completed&limit=5"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json()["pagination"]["total_items"].get<int>(), 1);
        // Text filters match literally (LIKE wildcards in the query are escaped).
        QCOMPARE(as("alice", "GET", QStringLiteral("/api/v1/audits?repository=repo"))
                     .json()["pagination"]["total_items"]
                     .get<int>(),
            1);
        QCOMPARE(
            as("alice", "GET", QStringLiteral("/api/v1/audits?q=%25")).json()["pagination"]["total_items"].get<int>(),
            0);
        QCOMPARE(as("alice", "GET", QStringLiteral("/api/v1/audits/%1/files?path=src/f1").arg(id))
                     .json()["pagination"]["total_items"]
                     .get<int>(),
            11);
        QCOMPARE(as("alice", "GET", QStringLiteral("/api/v1/audits/%1/files?path=src/f_").arg(id))
                     .json()["pagination"]["total_items"]
                     .get<int>(),
            0);
        auto files = as("alice", "GET", QStringLiteral("/api/v1/audits/%1/files?limit=10&page=2").arg(id));
        QCOMPARE(files.status, 200);
        QCOMPARE(files.json()["data"].size(), 10u);
        QCOMPARE(files.json()["pagination"]["total_items"].get<int>(), 40);
        QVERIFY(files.json()["pagination"]["has_previous"].get<bool>());
        QCOMPARE(files.json()["data"][0]["language"].get<std::string>(), std::string("C"));
        auto findings = as("alice", "GET", QStringLiteral("/api/v1/audits/%1/findings?severity=critical,high").arg(id));
        QCOMPARE(findings.status, 200);
        QVERIFY(findings.json()["data"].is_array());
        QCOMPARE(as("alice", "GET", QStringLiteral("/api/v1/audits/%1/findings?severity=urgent").arg(id)).status, 400);
        auto report = as("alice", "GET", QStringLiteral("/api/v1/audits/%1/report?format=json").arg(id));
        QCOMPARE(report.status, 200);
        QVERIFY(report.headers.value("content-disposition").startsWith("attachment; filename=\"audit-repo-"));
        QCOMPARE(report.json()["schema"].get<std::string>(), std::string("assay.audit/1"));

        // Cancelling a finished audit is a conflict; deleting removes it and its artefacts.
        QCOMPARE(as("alice", "POST", QStringLiteral("/api/v1/audits/%1/cancel").arg(id)).status, 409);
        QCOMPARE(as("bob", "DELETE", QStringLiteral("/api/v1/audits/") + id).status, 404);
        const QString artefacts = f.dir.filePath(QStringLiteral("artefacts/") + id);
        QVERIFY(QDir(artefacts).exists());
        QCOMPARE(as("alice", "DELETE", QStringLiteral("/api/v1/audits/") + id).status, 204);
        QVERIFY(!QDir(artefacts).exists());
        QCOMPARE(as("alice", "GET", QStringLiteral("/api/v1/audits/") + id).status, 404);
    }

    void secondAuditDiffsAgainstTheFirst()
    {
        const QString first = submit("alice", m_repo);
        QCOMPARE(waitFinal(first)["status"].get<std::string>(), std::string("completed"));
        GitFixture git(m_repo);
        git.write(QStringLiteral("src/new.c"), "int n;\n");
        QFile::remove(m_repo + QStringLiteral("/src/f0.c"));
        git.commit(QStringLiteral("change"), QStringLiteral("Alice"), QStringLiteral("alice@example.com"),
            QStringLiteral("2025-01-02T00:00:00Z"));
        const QString second = submit("alice", m_repo);
        const Json done = waitFinal(second);
        QCOMPARE(done["diff"]["previous_audit_id"].get<std::string>(), first.toStdString());
        QCOMPARE(done["diff"]["files_added"].get<int>(), 1);
        QCOMPARE(done["diff"]["files_removed"].get<int>(), 1);
        QCOMPARE(done["diff"]["added_paths"][0].get<std::string>(), std::string("src/new.c"));
    }

    // The list page is written as text from the stored columns (AuditStore::listText); each row
    // must equal GET /audits/{id} (built as a Json value from the same row) plus its open
    // findings by severity, which must match the findings endpoint.
    void listRowsEqualSingleAudits()
    {
        const QString id = submit("alice", m_repo);
        QCOMPARE(waitFinal(id)["status"].get<std::string>(), std::string("completed"));
        auto page = as("alice", "GET", QStringLiteral("/api/v1/audits?limit=100"));
        QCOMPARE(page.status, 200);
        const Json list = page.json();
        QVERIFY(list["data"].size() >= 1);
        QCOMPARE(list["pagination"]["total_items"].get<qint64>(), qint64(list["data"].size()));
        bool sawOurs = false;
        for (Json row : list["data"]) {
            const QString rowId = QString::fromStdString(row["id"].get<std::string>());
            auto single = as("alice", "GET", QStringLiteral("/api/v1/audits/") + rowId);
            QCOMPARE(single.status, 200);
            const Json counts = row["open_findings"];
            row.erase("open_findings");
            QCOMPARE(json::dump(row), json::dump(single.json()));
            auto findings = as("alice", "GET",
                QStringLiteral("/api/v1/audits/%1/findings?status=open&limit=1").arg(rowId));
            QCOMPARE(findings.status, 200);
            qint64 sum = 0;
            for (const auto& [severity, n] : counts.items())
                sum += n.get<qint64>();
            QCOMPARE(sum, findings.json()["pagination"]["total_items"].get<qint64>());
            sawOurs = sawOurs || rowId == id;
        }
        QVERIFY(sawOurs);
    }

    void badRequests()
    {
        QCOMPARE(
            as("alice", "POST", QStringLiteral("/api/v1/audits"), R"({"repository": "/definitely/not/here"})").status,
            400);
        QCOMPARE(
            as("alice", "POST", QStringLiteral("/api/v1/audits"), R"({"repository": "relative/path"})").status, 400);
        QCOMPARE(as("alice", "POST", QStringLiteral("/api/v1/audits"), R"({"repo": "/tmp"})").status, 400);
        QCOMPARE(as("alice", "POST", QStringLiteral("/api/v1/audits"), R"({"repository": 42})").status, 400);
        QCOMPARE(as("alice", "POST", QStringLiteral("/api/v1/audits"), "not json").status, 400);
        QCOMPARE(
            as("viewer", "POST", QStringLiteral("/api/v1/audits"), json::dump(Json {{"repository", json::str(m_repo)}}))
                .status,
            403);
        QCOMPARE(as("alice", "GET", QStringLiteral("/api/v1/audits/no-such-id")).status, 404);
        QCOMPARE(as("alice", "GET", QStringLiteral("/api/v1/audits?limit=500")).status, 400);
        QCOMPARE(as("alice", "GET", QStringLiteral("/api/v1/audits?page=-1")).status, 400);
        QCOMPARE(as("alice", "GET", QStringLiteral("/api/v1/audits?sort_by=evil;drop")).status, 400);
        QCOMPARE(as("alice", "PATCH", QStringLiteral("/api/v1/findings/none"), R"({"status":"resolved"})").status, 404);
        QCOMPARE(as("alice", "PATCH", QStringLiteral("/api/v1/findings/none"), R"({"status":"gone"})").status, 400);
    }

    void cancelARunningAudit()
    {
        // A tree big enough to be caught while it runs.
        const QString big = m_work.filePath(QStringLiteral("big"));
        for (int d = 0; d < 80; ++d) {
            QDir().mkpath(QStringLiteral("%1/d%2").arg(big).arg(d));
            for (int i = 0; i < 250; ++i) {
                QFile file(QStringLiteral("%1/d%2/f%3.py").arg(big).arg(d).arg(i));
                file.open(QIODevice::WriteOnly);
                file.write(QByteArray("# comment\nprint('x')\n").repeated(20));
            }
        }
        const QString id = submit("alice", big);
        QVERIFY(!id.isEmpty());
        // Wait until a worker has picked it up, then cancel it while it runs.
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < 10000) {
            auto row = f.services->audits().store().get(id);
            if (row && (*row)["status"] == "running")
                break;
            QThread::msleep(2);
        }
        QElapsedTimer t;
        t.start();
        auto r = as("alice", "POST", QStringLiteral("/api/v1/audits/%1/cancel").arg(id));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json()["status"].get<std::string>(), std::string("running"));
        const Json done = waitFinal(id);
        QCOMPARE(done["status"].get<std::string>(), std::string("cancelled"));
        qInfo() << "cancelled after" << t.elapsed() << "ms";
        QVERIFY(t.elapsed() < 1000 + 500); // cancel within a second (plus the test's own polling)
        QCOMPARE(as("alice", "GET", QStringLiteral("/api/v1/audits/%1/files").arg(id))
                     .json()["pagination"]["total_items"]
                     .get<int>(),
            0);
    }

    void uploads()
    {
        const QByteArray good = archive(true, {{"proj/a.py", "print(1)\n"}, {"proj/b.py", "# x\nprint(2)\n"}});
        auto r = upload("alice", "proj.zip", good);
        QCOMPARE(r.status, 202);
        const QString id = QString::fromStdString(r.json()["id"].get<std::string>());
        const Json done = waitFinal(id);
        QCOMPARE(done["status"].get<std::string>(), std::string("completed"));
        QCOMPARE(done["summary"]["files_scanned"].get<int>(), 2);
        QCOMPARE(done["repository"].get<std::string>(), std::string("upload:proj.zip"));

        const QByteArray slip = archive(true, {{"ok.py", "x\n"}, {"../../escape.py", "owned\n"}});
        r = upload("alice", "slip.zip", slip);
        QCOMPARE(r.status, 202);
        Json failed = waitFinal(QString::fromStdString(r.json()["id"].get<std::string>()));
        QCOMPARE(failed["status"].get<std::string>(), std::string("failed"));
        QVERIFY(QString::fromStdString(failed["error"].get<std::string>()).contains(QStringLiteral("outside")));
        QVERIFY(!QFile::exists(f.dir.filePath(QStringLiteral("escape.py"))));

        const QByteArray bomb = archive(true, {{"zeros.bin", {}}}, qint64(300) * 1024 * 1024);
        r = upload("alice", "bomb.zip", bomb);
        QCOMPARE(r.status, 202);
        failed = waitFinal(QString::fromStdString(r.json()["id"].get<std::string>()));
        QCOMPARE(failed["status"].get<std::string>(), std::string("failed"));
        QVERIFY(QString::fromStdString(failed["error"].get<std::string>()).contains(QStringLiteral("bomb")));

        QCOMPARE(upload("alice", "empty.zip", QByteArray()).status, 400);
    }

    void cleanupTestCase()
    {
        f.server->stop();
        f.services->shutdown();
    }
};

QTEST_GUILESS_MAIN(TestAuditsApi)
#include "TestAuditsApi.moc"
