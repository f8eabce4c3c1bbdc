// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics routes on the real server: session import (NDJSON, CSV, multipart), KPIs,
// sessions, insights, access rules, and usage counters that move with real requests.
#include "ApiTestBase.h"
#include "GitFixture.h"
#include "TestUtil.h"
#include "audit/jobs/AuditService.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using assay::Json;

namespace {

const QByteArray kLog
    = R"({"timestamp":"2025-10-12T09:00:00Z","attributes":{"llm.model_name":"gpt-4o","status_code":200,"latency_ms":900},"usage":{"input_tokens":250,"output_tokens":150,"total_tokens":400},"metadata":{"developer_id":"dev@example.com","session_id":"session-abc123","repo":"org/repo"},"accepted":true,"accepted_lines":8}
{"timestamp":"2025-10-12T12:00:00Z","model":"gpt-4o-mini","user_id":"dev@example.com","session_id":"session-def456","status_code":500}
not json
{"timestamp":"2025-10-12T13:00:00Z","session_id":"session-x"}
)";

} // namespace

class TestMetricsApi : public QObject
{
    Q_OBJECT

    ApiFixture f;

private slots:
    void initTestCase() { QVERIFY(f.start()); }

    void importRoute()
    {
        auto r = f.send("POST", QStringLiteral("/api/v1/metrics/sessions/import"), kLog, "application/x-ndjson");
        QCOMPARE(r.status, 200);
        Json j = r.json();
        QVERIFY2(j["imported"] == 2, r.body.constData());
        QVERIFY(j["duplicates"] == 0);
        QCOMPARE(j["rejected"].size(), size_t(2));
        QVERIFY(j["rejected"][0]["line"] == 3);
        QVERIFY(j["rejected"][1]["line"] == 4);
        QVERIFY(j["rejected"][1]["reason"].get<std::string>().find("model") != std::string::npos);

        r = f.send("POST", QStringLiteral("/api/v1/metrics/sessions/import"), kLog, "application/x-ndjson");
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()["imported"] == 0);
        QVERIFY(r.json()["duplicates"] == 2);

        r = f.send("POST", QStringLiteral("/api/v1/metrics/sessions/import"), kLog, "application/xml");
        QCOMPARE(r.status, 415);
        QVERIFY(r.json()["error"]["code"] == "UNSUPPORTED_MEDIA_TYPE");

        // CSV in a multipart upload.
        const QByteArray csv = "timestamp,model,developer_id,session_id,status_code,total_tokens\n"
                               "2025-10-13T09:00:00Z,gpt-4o,dev2@example.com,session-csv1,200,300\n";
        const QByteArray boundary = "----assaymetrics";
        QByteArray body = "--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"log.csv\"\r\nContent-Type: "
              "text/csv\r\n\r\n"
            + csv + "\r\n--" + boundary + "--\r\n";
        r = f.send("POST", QStringLiteral("/api/v1/metrics/sessions/import"), body,
            "multipart/form-data; boundary=" + boundary);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.json()["imported"] == 1, r.body.constData());

        // Viewers read metrics but cannot import.
        const QByteArray viewer = f.userToken(QStringLiteral("viewer@fixture.test"), assay::auth::Role::Viewer);
        r = f.send("POST", QStringLiteral("/api/v1/metrics/sessions/import"), kLog, "application/x-ndjson",
            ApiFixture::bearer(viewer));
        QCOMPARE(r.status, 403);
        r = f.send("GET", QStringLiteral("/api/v1/metrics"), {}, "application/json", ApiFixture::bearer(viewer));
        QCOMPARE(r.status, 200);
        r = f.send("GET", QStringLiteral("/api/v1/metrics"), {}, "application/json", ApiFixture::anonymous());
        QCOMPARE(r.status, 401);
    }

    void importEventOnMetricsChannel()
    {
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
        ws.open(f.wsUrl());
        QVERIFY(connected.wait(5000));
        ws.sendTextMessage(QStringLiteral(R"({"type":"subscribe","channels":["metrics"]})"));
        QTRY_VERIFY_WITH_TIMEOUT(messages.count() >= 1, 5000);
        const QByteArray line = R"({"timestamp":"2025-10-14T09:00:00Z","model":"gpt-4o","session_id":"session-ws1"})";
        auto r = f.send("POST", QStringLiteral("/api/v1/metrics/sessions/import"), line, "application/x-ndjson");
        QCOMPARE(r.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(messages.count() >= 2, 5000);
        const auto event = assay::json::parse(messages.at(1).at(0).toString().toUtf8());
        QVERIFY(event);
        QVERIFY2((*event)["type"] == "metric", messages.at(1).at(0).toString().toUtf8().constData());
        QVERIFY((*event)["data"]["reason"] == "sessions_imported");
        QVERIFY((*event)["data"]["imported"] == 1);
    }

    void readRoutes()
    {
        auto r = f.send("GET", QStringLiteral("/api/v1/metrics?since=2025-10-12&until=2025-10-12"));
        QCOMPARE(r.status, 200);
        Json k = r.json();
        // One of the two sessions of 2025-10-12 failed.
        QVERIFY2(k["error_rate"]["value"] == 50.0, r.body.constData());
        QVERIFY(k["error_rate"]["status"] == "critical");
        QVERIFY(k["acceptance_rate"]["value"] == 100.0);
        QVERIFY(k["token_efficiency"]["value"] == 50.0); // 400 tokens / 8 lines

        r = f.send("GET", QStringLiteral("/api/v1/metrics?since=yesterday"));
        QCOMPARE(r.status, 400);

        r = f.send("GET", QStringLiteral("/api/v1/sessions?limit=2&sort_by=started_at&sort_order=asc"));
        QCOMPARE(r.status, 200);
        Json page = r.json();
        QVERIFY(page["pagination"]["total_items"] == 4);
        QVERIFY(page["pagination"]["has_next"] == true);
        QVERIFY(page["data"][0]["session_id"] == "session-abc123");
        r = f.send("GET", QStringLiteral("/api/v1/sessions?developer_id=dev2@example.com"));
        QVERIFY(r.json()["pagination"]["total_items"] == 1);

        r = f.send("GET", QStringLiteral("/api/v1/sessions/session-abc123"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()["requests"][0]["total_tokens"] == 400);
        QCOMPARE(f.send("GET", QStringLiteral("/api/v1/sessions/session-nope")).status, 404);

        r = f.send("GET", QStringLiteral("/api/v1/profile?developer_id=dev@example.com"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()["sessions"] == 2);
        QCOMPARE(f.send("GET", QStringLiteral("/api/v1/profile")).status, 400);

        r = f.send("GET", QStringLiteral("/api/v1/insights?since=2025-10-01&lag_days=3"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["correlations"].size(), size_t(4));
        QVERIFY(r.json().contains("key_findings") && r.json().contains("recommendations"));
        QCOMPARE(f.send("GET", QStringLiteral("/api/v1/insights?lag_days=9")).status, 400);

        r = f.send("GET", QStringLiteral("/api/v1/metrics/raw"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()["daily"]["days"].size() == 3); // 12th to 14th October
        QVERIFY(r.json()["daily"]["cost_by_model"].contains("gpt-4o"));
    }

    void completedAuditCountsCommitsAndUsage()
    {
        // A real audit of a real git repository: on completion the metrics service walks its
        // history into commits per day, meters the audit to the token that queued it, and
        // announces the change on the metrics channel.
        QTemporaryDir work;
        GitFixture repo(work.filePath(QStringLiteral("demo")));
        const QStringList days {
            QStringLiteral("2025-10-13"), QStringLiteral("2025-10-13"), QStringLiteral("2025-10-15")};
        for (int i = 0; i < days.size(); ++i) {
            repo.write(
                QStringLiteral("main.c"), QByteArray("int main(void) { return ") + QByteArray::number(i) + "; }\n");
            repo.commit(QStringLiteral("c%1").arg(i), QStringLiteral("Dev"), QStringLiteral("dev@example.com"),
                days[i] + QStringLiteral("T10:0%1:00Z").arg(i));
        }
        f.services->startJobs();
        int events = 0;
        QObject context;
        f.services->events().subscribe(&context, [&events](const assay::Event& e) {
            if (e.type == QLatin1String("metric") && e.data.value("reason", std::string()) == "audit_completed")
                ++events;
        });
        auto r = f.send("POST", QStringLiteral("/api/v1/audits"),
            assay::json::dump(Json {{"repository", assay::json::str(repo.path())}}));
        QCOMPARE(r.status, 202);
        const QString id = assay::json::qstr(r.json()["id"].get<std::string>());
        auto done = f.services->audits().waitFor(id, 30000);
        QVERIFY(done);
        QVERIFY2((*done)["status"] == "completed", done->dump().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(events >= 1, 10000);
        auto k = f.send("GET", QStringLiteral("/api/v1/metrics?repo=demo"));
        // 3 commits over 2 active days.
        QVERIFY2(k.json()["commit_frequency"]["value"] == 1.5, k.body.constData());
        // The audit is metered to the API token that queued it (after the creation event settles).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const Json t = f.send("GET", QStringLiteral("/api/v1/usage/stats?period=day")).json()["totals"];
                return t["audits"].get<qint64>() >= 1 && t["files_scanned"].get<qint64>() >= 1;
            }(),
            10000);
    }

    void usageCountersMoveWithRequests()
    {
        auto before = f.send("GET", QStringLiteral("/api/v1/usage/stats?period=day"));
        QCOMPARE(before.status, 200);
        const qint64 n0 = before.json()["totals"]["api_requests"].get<qint64>();
        QVERIFY(n0 > 0); // the requests of the earlier test functions
        for (int i = 0; i < 3; ++i)
            QCOMPARE(f.send("GET", QStringLiteral("/api/v1/metrics")).status, 200);
        QCOMPARE(f.send("GET", QStringLiteral("/api/v1/sessions/none")).status, 404);
        auto after = f.send("GET", QStringLiteral("/api/v1/usage/stats?period=day"));
        const Json t = after.json()["totals"];
        // The first stats request, three KPI requests and one 404 were counted.
        QCOMPARE(t["api_requests"].get<qint64>(), n0 + 5);
        QVERIFY(t["api_errors"].get<qint64>() >= 1);
        QVERIFY(t["bytes_out"].get<qint64>() > 0);
        // Counted per API token.
        bool tokenRow = false;
        const Json perToken = after.json()["per_token"];
        for (const auto& row : perToken)
            tokenRow = tokenRow || (!row["token_id"].is_null() && row["api_requests"].get<qint64>() >= 5);
        QVERIFY2(tokenRow, after.body.constData());
        auto history = f.send("GET", QStringLiteral("/api/v1/usage/history?days=7"));
        QCOMPARE(history.status, 200);
        QCOMPARE(history.json()["data"].size(), size_t(7));
        QVERIFY(history.json()["data"][6]["api_requests"].get<qint64>() >= n0 + 6);
        QCOMPARE(f.send("GET", QStringLiteral("/api/v1/usage/history?days=0")).status, 400);
    }
};

QTEST_MAIN(TestMetricsApi)
#include "TestMetricsApi.moc"
