// SPDX-License-Identifier: GPL-3.0-or-later
// MetricsService on a real database in a QTemporaryDir: import (aliases, duplicates, rejected
// lines), every KPI against values computed by hand here, commits per day from a real git
// repository, the sessions/commits correlation, anomalies, SLA and the usage counters.
#include "GitFixture.h"
#include "TestUtil.h"
#include "metrics/MetricsService.h"
#include "metrics/SessionImport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace assay;
using namespace assay::metrics;

namespace {

const Actor kAnalyst {QStringLiteral("u1"), QStringLiteral("a@x.test"), QStringLiteral("analyst")};
const Actor kViewer {QStringLiteral("u2"), QStringLiteral("v@x.test"), QStringLiteral("viewer")};

// Lines 1–4 are sessions, 5 bad JSON, 6 blank, 7 no timestamp, 8 bad status, 9 a copy of 1.
const QByteArray kLog
    = R"({"timestamp":"2025-10-12T09:00:00Z","model":"gpt-4o","developer_id":"a@x.test","session_id":"session-a1","status_code":200,"usage":{"input_tokens":1000,"output_tokens":500,"total_tokens":1500},"accepted":true,"accepted_lines":10,"repo":"org/demo"}
{"start_time":"2025-10-12 10:00:00","attributes":{"llm.model_name":"openai/gpt-4o-mini","status_code":200,"duration_ms":800},"usage":{"total_tokens":2000},"metadata":{"user_id":"b@x.test","trace":"trace for session-b1"},"accepted_flag":false}
{"timestamp":"2025-10-12T11:00:00Z","attributes":{"llm.model_name":"claude-3-5-sonnet","status_code":500,"latency_ms":1234.5},"usage":{"input_tokens":300,"output_tokens":100},"metadata":{"developer_id":"a@x.test","session_id":"session-a2","repository":"org/demo"},"accepted":"yes","accepted_lines":4,"diff_ratio":0.25}
{"timestamp":"2025-10-12T14:00:00Z","model":"gpt-4o","user_id":"b@x.test","session_id":"session-b2","status_code":429}
{"timestamp": "2025-10-12T15:00:00Z", "model": 

{"model":"gpt-4o","session_id":"session-c1"}
{"timestamp":"2025-10-12T16:00:00Z","model":"gpt-4o","session_id":"session-c2","status_code":"abc"}
{"timestamp":"2025-10-12T09:00:00Z","model":"gpt-4o","developer_id":"a@x.test","session_id":"session-a1","status_code":200,"usage":{"input_tokens":1000,"output_tokens":500,"total_tokens":1500},"accepted":true,"accepted_lines":10,"repo":"org/demo"}
)";

QByteArray line(const QDate& day, int hour, const QString& session, qint64 tokens, int status = 200)
{
    return QStringLiteral(
               R"({"timestamp":"%1T%2:00:00Z","model":"gpt-4o","developer_id":"d@x.test","session_id":"%3","status_code":%4,"usage":{"total_tokens":%5},"repo":"org/demo"})")
               .arg(day.toString(Qt::ISODate))
               .arg(hour, 2, 10, QLatin1Char('0'))
               .arg(session)
               .arg(status)
               .arg(tokens)
               .toUtf8()
        + '\n';
}

} // namespace

class TestMetricsService : public QObject
{
    Q_OBJECT

    struct Env
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> db;
        std::unique_ptr<SettingsStore> settings;
        EventBus bus;
        std::unique_ptr<MetricsService> metrics;
        bool open()
        {
            db = std::make_unique<Database>(dir.filePath(QStringLiteral("assay.db")));
            if (!db->open())
                return false;
            settings = std::make_unique<SettingsStore>(*db);
            if (!settings->load())
                return false;
            metrics = std::make_unique<MetricsService>(*db, *settings, bus, dir.path(), 0);
            return true;
        }
        void sql(const QString& s, const QVariantList& v = {})
        {
            auto r = execSql(db->connection(), s, v);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        }
        void insertAudit(const QString& id, const QString& source, const QString& name, const QString& root,
            const QString& commit, const QString& finishedAt)
        {
            sql(QStringLiteral("INSERT INTO audits(id, owner_id, source, repository_name, root, commit_id, status, "
                               "created_at, finished_at, summary) VALUES(?,?,?,?,?,?,'completed',?,?,?)"),
                {id, QStringLiteral("u1"), source, name, root, commit, finishedAt, finishedAt,
                    QStringLiteral(
                        R"({"files_scanned":3,"ip":{"foreground":2,"third_party":1,"background":0,"unknown":0}})")});
        }
    };

private slots:
    void importReportsEveryLine()
    {
        Env env;
        QVERIFY(env.open());
        ASSAY_VERIFY_OK(env.settings->set(QStringLiteral("metrics_model_prices"),
            Json::parse(R"({"gpt-4o":{"input":1,"output":2},"gpt-4o-mini":{"input":0.5,"output":1.5}})")));
        QCOMPARE(env.metrics->importSessions(kViewer, kLog, ImportFormat::Auto).error().kind, Error::Kind::Forbidden);
        auto r = env.metrics->importSessions(kAnalyst, kLog, ImportFormat::Auto);
        ASSAY_VERIFY_OK(r);
        QCOMPARE(r->imported, 4);
        QCOMPARE(r->duplicates, 1);
        QCOMPARE(int(r->rejected.size()), 3);
        QCOMPARE(r->rejected[0].line, 5);
        QVERIFY(r->rejected[0].reason.contains(QLatin1String("JSON")));
        QCOMPARE(r->rejected[1].line, 7);
        QVERIFY(r->rejected[1].reason.contains(QLatin1String("timestamp")));
        QCOMPARE(r->rejected[2].line, 8);
        QVERIFY(r->rejected[2].reason.contains(QLatin1String("status_code")));

        // Idempotent: the same file again imports nothing and reports the same bad lines.
        auto again = env.metrics->importSessions(kAnalyst, kLog, ImportFormat::JsonLines);
        ASSAY_VERIFY_OK(again);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, 5);
        QCOMPARE(int(again->rejected.size()), 3);

        // Aliases: session id from a session-… value, user_id, llm.model_name, duration_ms.
        auto b1 = env.metrics->session(kViewer, QStringLiteral("session-b1"));
        ASSAY_VERIFY_OK(b1);
        QVERIFY2((*b1)["developer_id"] == "b@x.test", (*b1)["developer_id"].dump().c_str());
        QVERIFY2((*b1)["requests"][0]["model"] == "openai/gpt-4o-mini", (*b1)["requests"][0]["model"].dump().c_str());
        QCOMPARE((*b1)["requests"][0]["latency_ms"].get<double>(), 800.0);
        QVERIFY2((*b1)["started_at"] == "2025-10-12T10:00:00.000Z", (*b1)["started_at"].dump().c_str());
        // Cost: a total without split is priced at the mean of input and output: 2000 × 1.0 / 1e6.
        QVERIFY(std::fabs((*b1)["cost"].get<double>() - 0.002) < 1e-12);
        auto a1 = env.metrics->session(kViewer, QStringLiteral("session-a1"));
        // 1000 × 1 / 1e6 + 500 × 2 / 1e6
        QVERIFY(std::fabs((*a1)["cost"].get<double>() - 0.002) < 1e-12);
        QCOMPARE(env.metrics->session(kViewer, QStringLiteral("nope")).error().kind, Error::Kind::NotFound);

        // Sessions list: paginated, filtered, sorted.
        SessionQuery q;
        q.limit = 2;
        auto page = env.metrics->sessions(kViewer, q);
        ASSAY_VERIFY_OK(page);
        QCOMPARE(page->second, 4);
        QCOMPARE(int(page->first.size()), 2);
        QVERIFY(page->first[0]["session_id"] == "session-b2"); // newest first
        q.developerId = QStringLiteral("a@x.test");
        q.limit = 20;
        q.descending = false;
        page = env.metrics->sessions(kViewer, q);
        QCOMPARE(page->second, 2);
        QVERIFY2(page->first[0]["session_id"] == "session-a1", page->first[0]["session_id"].dump().c_str());
    }

    // Found by tests/fuzz/fuzz_sessions: a line nested 100 000 deep overflowed the stack when the
    // parsed line was copied (a crash of `assay metrics import` and of the server's import route).
    void deeplyNestedLineIsRejected()
    {
        const QByteArray deep = R"({"timestamp":"2025-10-12T10:00:00Z","model":"gpt-4o","metadata":)"
            + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        const QByteArray data = QByteArrayLiteral(R"({"timestamp":"2025-10-12T10:00:00Z","model":"gpt-4o","session_id":"ok"})")
            + '\n' + deep + '\n';
        const ParsedSessions parsed = parseSessions(data, ImportFormat::JsonLines, PriceTable::builtIn());
        QCOMPARE(int(parsed.sessions.size()), 1);
        QCOMPARE(int(parsed.rejected.size()), 1);
        QCOMPARE(parsed.rejected[0].line, qint64(2));
    }

    void kpisByHand()
    {
        Env env;
        QVERIFY(env.open());
        ASSAY_VERIFY_OK(env.settings->set(QStringLiteral("metrics_model_policy"), Json::array({"gpt-4o"})));
        ASSAY_VERIFY_OK(env.metrics->importSessions(kAnalyst, kLog, ImportFormat::Auto));
        auto k = env.metrics->kpis(kViewer, {});
        ASSAY_VERIFY_OK(k);
        const Json& j = *k;
        // 4 distinct sessions between 09:00 and 14:00 → 4 / max(5 h, 1).
        QVERIFY(std::fabs(j["ai_interaction_velocity"]["value"].get<double>() - 4.0 / 5.0) < 1e-4);
        QVERIFY(j["ai_interaction_velocity"]["status"] == "warning"); // 0.8 vs 1, higher is better
        // accepted known on 3 lines, 2 true.
        QVERIFY(std::fabs(j["acceptance_rate"]["value"].get<double>() - 100.0 * 2 / 3) < 1e-4);
        QVERIFY2(j["acceptance_rate"]["status"] == "good", j["acceptance_rate"]["status"].dump().c_str());
        // gpt-4o on lines 1 and 4 of 4 (openai/gpt-4o-mini is another model).
        QVERIFY(std::fabs(j["model_selection_accuracy"]["value"].get<double>() - 50.0) < 1e-9);
        QVERIFY(j["model_selection_accuracy"]["status"] == "warning"); // 50 vs 90: ≥ 45
        // Status 500 and 429 among 4 → 50 %, lower is better, threshold 5 → critical.
        QVERIFY(std::fabs(j["error_rate"]["value"].get<double>() - 50.0) < 1e-9);
        QVERIFY2(j["error_rate"]["status"] == "critical", j["error_rate"]["status"].dump().c_str());
        QVERIFY2(j["error_rate"]["direction"] == "lower_is_better", j["error_rate"]["direction"].dump().c_str());
        // Accepted: 1500 tokens / 10 lines and 400 tokens / 4 lines → 1900 / 14.
        QVERIFY(std::fabs(j["token_efficiency"]["value"].get<double>() - 1900.0 / 14) < 1e-4);
        QVERIFY2(j["token_efficiency"]["status"] == "good", j["token_efficiency"]["status"].dump().c_str());
        QVERIFY(j["commit_frequency"]["value"].is_null());
        QCOMPARE(j["open_critical_findings"]["value"].get<double>(), 0.0);

        // No policy list → null; a custom threshold changes the status.
        ASSAY_VERIFY_OK(env.settings->set(QStringLiteral("metrics_model_policy"), Json::array()));
        ASSAY_VERIFY_OK(env.settings->set(QStringLiteral("metrics_thresholds"), Json {{"error_rate", 60}}));
        k = env.metrics->kpis(kViewer, {});
        QVERIFY((*k)["model_selection_accuracy"]["value"].is_null());
        QVERIFY2((*k)["error_rate"]["status"] == "good", (*k)["error_rate"]["status"].dump().c_str());

        // Time filter: since 10:30 leaves sessions a2 and b2.
        auto range = parseTimeRange(QStringLiteral("2025-10-12T10:30:00Z"), {});
        ASSAY_VERIFY_OK(range);
        k = env.metrics->kpis(kViewer, *range);
        QVERIFY(std::fabs((*k)["error_rate"]["value"].get<double>() - 100.0) < 1e-9);
        QVERIFY(!parseTimeRange(QStringLiteral("yesterday"), {}).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto days = parseTimeRange(QStringLiteral("7"), {}, now);
        QCOMPARE(days->since, now.addDays(-7));
        auto until = parseTimeRange({}, QStringLiteral("2025-10-12"));
        QCOMPARE(until->until, QDateTime(QDate(2025, 10, 13), QTime(0, 0), QTimeZone::utc()));
    }

    void csvImport()
    {
        Env env;
        QVERIFY(env.open());
        const QByteArray csv
            = "timestamp,model,developer_id,session_id,status_code,total_tokens,accepted,accepted_lines\n"
              "2025-10-12T09:00:00Z,gpt-4o,a@x.test,session-1,200,100,true,5\n"
              "2025-10-12T10:00:00Z,\"gpt-4o\",\"b@x.test\",session-2,200,50,false,\n"
              "2025-10-12T11:00:00Z,gpt-4o,a@x.test\n"
              "2025-10-12T12:00:00Z,gpt-4o,a@x.test,session-3,200,-5,true,1\n";
        auto r = env.metrics->importSessions(kAnalyst, csv, ImportFormat::Csv);
        ASSAY_VERIFY_OK(r);
        QCOMPARE(r->imported, 2);
        QCOMPARE(int(r->rejected.size()), 2);
        QCOMPARE(r->rejected[0].line, 4); // header is line 1
        QVERIFY(r->rejected[0].reason.contains(QLatin1String("columns")));
        QCOMPARE(r->rejected[1].line, 5);
        QVERIFY(r->rejected[1].reason.contains(QLatin1String("negative")));
        auto again = env.metrics->importSessions(kAnalyst, csv, ImportFormat::Auto);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, 2);
        // Neither JSON nor a usable CSV header: reported on line 1, nothing imported.
        auto junk = env.metrics->importSessions(kAnalyst, "oops\nmore oops\n", ImportFormat::Auto);
        ASSAY_VERIFY_OK(junk);
        QCOMPARE(junk->imported, 0);
        QCOMPARE(int(junk->rejected.size()), 1);
        QCOMPARE(junk->rejected[0].line, 1);
    }

    void commitsCorrelationAndSla()
    {
        Env env;
        QVERIFY(env.open());
        // Sessions per day over eight days; commits one day later = 2 × sessions + 1.
        const std::vector<int> perDay {2, 1, 3, 1, 2, 4, 1, 3};
        const QDate first(2025, 10, 1);
        QByteArray log;
        int sid = 0;
        for (size_t d = 0; d < perDay.size(); ++d)
            for (int i = 0; i < perDay[d]; ++i)
                log += line(first.addDays(qint64(d)), 9 + i, QStringLiteral("session-%1").arg(++sid), 100);
        ASSAY_VERIFY_OK(env.metrics->importSessions(kAnalyst, log, ImportFormat::Auto));

        GitFixture repo(env.dir.filePath(QStringLiteral("demo")));
        int n = 0, totalCommits = 0;
        for (size_t d = 0; d < perDay.size(); ++d) {
            const int commits = 2 * perDay[d] + 1;
            for (int c = 0; c < commits; ++c) {
                repo.write(QStringLiteral("f.txt"), QByteArray::number(++n));
                repo.commit(QStringLiteral("c%1").arg(n), QStringLiteral("Dev"), QStringLiteral("d@x.test"),
                    QStringLiteral("%1T%2:00:00Z").arg(first.addDays(qint64(d) + 1).toString(Qt::ISODate)).arg(10 + c));
                ++totalCommits;
            }
        }
        const QString head = repo.git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        env.insertAudit(QStringLiteral("audit-1"), repo.path(), QStringLiteral("demo"), repo.path(), head,
            QStringLiteral("2025-10-20T00:00:00.000Z"));
        ASSAY_VERIFY_OK(env.metrics->recordCommitDays(QStringLiteral("audit-1")));

        // Findings: three critical ones resolved after 2, 4 and 10 hours, one still open.
        const QString created = QStringLiteral("2025-10-03T00:00:00.000Z");
        const QStringList at {QStringLiteral("2025-10-03T02:00:00.000Z"), QStringLiteral("2025-10-03T04:00:00.000Z"),
            QStringLiteral("2025-10-03T10:00:00.000Z")};
        for (int i = 0; i < 4; ++i) {
            const QString id = QStringLiteral("f%1").arg(i);
            env.sql(QStringLiteral("INSERT INTO findings(id, audit_id, type, severity, severity_rank, rule_id, title, "
                                   "fingerprint, status, created_at) VALUES(?, 'audit-1', 'secret', 'critical', 4, "
                                   "'r', 't', ?, ?, ?)"),
                {id, QStringLiteral("fp%1").arg(i), i < 3 ? QStringLiteral("resolved") : QStringLiteral("open"),
                    created});
            if (i < 3)
                env.sql(QStringLiteral("INSERT INTO finding_events(finding_id, audit_id, severity, status_from, "
                                       "status_to, at) VALUES(?, 'audit-1', 'critical', 'open', 'resolved', ?)"),
                    {id, at[i]});
        }

        auto report = env.metrics->report({}, QStringLiteral("org/demo"));
        ASSAY_VERIFY_OK(report);
        // Commits / active days: every commit day is active.
        QVERIFY(std::fabs(report->kpi(QStringLiteral("commit_frequency"))->value.value()
                    - double(totalCommits) / double(perDay.size()))
            < 1e-12);
        QCOMPARE(report->correlations.size(), size_t(8));
        const auto& lag1 = report->correlations[1];
        QCOMPARE(lag1.n, 8);
        QVERIFY(std::fabs(lag1.pearson->r - 1.0) < 1e-12);
        QCOMPARE(*lag1.pearson->p, 0.0);
        QVERIFY(std::fabs(report->correlations[0].pearson->r) < 0.9);
        const Json insights = report->insights();
        QVERIFY2(insights.dump().find("1 day(s)") != std::string::npos, insights.dump().c_str());

        // SLA: median of 2, 4, 10 h is 4 h; p90 by interpolation 4 + 0.8 × 6 = 8.8 h.
        const auto& critical = report->sla.front();
        QCOMPARE(critical.severity, QStringLiteral("critical"));
        QCOMPARE(critical.resolved, 3);
        QCOMPARE(*critical.medianHours, 4.0);
        QVERIFY(std::fabs(*critical.p90Hours - 8.8) < 1e-12);
        QCOMPARE(critical.open, 1);
        QCOMPARE(report->kpi(QStringLiteral("open_critical_findings"))->value.value(), 1.0);
        QCOMPARE(*report->kpi(QStringLiteral("open_critical_findings"))->status(), KpiStatus::Critical);
        QCOMPARE(report->openByAge.at(QStringLiteral("over_90d")).at(QStringLiteral("critical")), 1);

        // A repository filter that matches nothing leaves commits out.
        auto other = env.metrics->report({}, QStringLiteral("org/other"));
        QVERIFY(!other->kpi(QStringLiteral("commit_frequency"))->value);

        // The dashboard overview.
        auto overview = env.metrics->overview(kAnalyst);
        ASSAY_VERIFY_OK(overview);
        QVERIFY2((*overview)["open_findings_by_severity"]["critical"] == 1,
            (*overview)["open_findings_by_severity"]["critical"].dump().c_str());
        QVERIFY2((*overview)["ip_composition"]["foreground"] == 2,
            (*overview)["ip_composition"]["foreground"].dump().c_str());
        QCOMPARE((*overview)["recent_audits"].size(), size_t(1));

        // Profile of the developer: sessions and contributions.
        env.sql(QStringLiteral("INSERT INTO audit_contributors(audit_id, email, commits) VALUES('audit-1', "
                               "'d@x.test', ?)"),
            {totalCommits});
        auto profile = env.metrics->profile(kViewer, QStringLiteral("D@x.test"), {});
        ASSAY_VERIFY_OK(profile);
        QVERIFY2((*profile)["sessions"] == 17, (*profile)["sessions"].dump().c_str());
        QVERIFY2((*profile)["contributions"][0]["commits"] == totalCommits,
            (*profile)["contributions"][0]["commits"].dump().c_str());
        QCOMPARE(env.metrics->profile(kViewer, QStringLiteral("ghost@x.test"), {}).error().kind, Error::Kind::NotFound);
    }

    void spikeIsAnAnomaly()
    {
        Env env;
        QVERIFY(env.open());
        QByteArray log;
        const QDate first(2025, 9, 1);
        for (int d = 0; d < 14; ++d) {
            const qint64 tokens = d == 9 ? 50000 : 1000 + 10 * (d % 3);
            log += line(first.addDays(d), 10, QStringLiteral("session-%1").arg(d), tokens);
        }
        ASSAY_VERIFY_OK(env.metrics->importSessions(kAnalyst, log, ImportFormat::Auto));
        auto report = env.metrics->report({});
        ASSAY_VERIFY_OK(report);
        QCOMPARE(report->daily.size(), 14);
        bool found = false;
        for (const auto& a : report->anomalies)
            if (a.metric == QLatin1String("tokens")) {
                QCOMPARE(a.day, first.addDays(9));
                QCOMPARE(a.value, 50000.0);
                QVERIFY(a.expectedHigh < 50000 && a.expectedLow <= 1000);
                found = true;
            }
        QVERIFY(found);
        QVERIFY(report->insights().dump().find("Unusual tokens on 2025-09-10") != std::string::npos);
    }

    void usageCounters()
    {
        Env env;
        QVERIFY(env.open());
        env.metrics->recordRequest(QStringLiteral("u1"), QStringLiteral("t1"), 100, 2000, false);
        env.metrics->recordRequest(QStringLiteral("u1"), QStringLiteral("t1"), 50, 10, true);
        env.metrics->recordRequest(QStringLiteral("u1"), {}, 0, 0, false);
        env.metrics->recordJob(QStringLiteral("u1"), QStringLiteral("t1"), QStringLiteral("audit"), 12, 3400);
        env.metrics->recordRequest(QStringLiteral("u2"), {}, 0, 0, false);
        auto stats = env.metrics->usageStats(kAnalyst, QStringLiteral("week"));
        ASSAY_VERIFY_OK(stats);
        const Json& totals = (*stats)["totals"];
        QVERIFY2(totals["api_requests"] == 3, totals["api_requests"].dump().c_str());
        QVERIFY2(totals["api_errors"] == 1, totals["api_errors"].dump().c_str());
        QVERIFY2(totals["bytes_in"] == 150, totals["bytes_in"].dump().c_str());
        QVERIFY2(totals["audits"] == 1, totals["audits"].dump().c_str());
        QVERIFY2(totals["files_scanned"] == 12, totals["files_scanned"].dump().c_str());
        QVERIFY2(totals["bytes_scanned"] == 3400, totals["bytes_scanned"].dump().c_str());
        QCOMPARE((*stats)["per_token"].size(), size_t(2));
        // Counters add up across flushes.
        env.metrics->recordRequest(QStringLiteral("u1"), QStringLiteral("t1"), 1, 1, false);
        stats = env.metrics->usageStats(kAnalyst, QStringLiteral("7"));
        QVERIFY2((*stats)["totals"]["api_requests"] == 4, (*stats)["totals"]["api_requests"].dump().c_str());
        // Other users' usage is for administrators only.
        QCOMPARE(env.metrics->usageStats(kAnalyst, QStringLiteral("week"), QStringLiteral("u2")).error().kind,
            Error::Kind::Forbidden);
        const Actor admin {QStringLiteral("adm"), QStringLiteral("adm@x.test"), QStringLiteral("admin")};
        auto everyone = env.metrics->usageStats(admin, QStringLiteral("all"), QStringLiteral("*"));
        QVERIFY2((*everyone)["totals"]["api_requests"] == 5, (*everyone)["totals"]["api_requests"].dump().c_str());
        auto history = env.metrics->usageHistory(kAnalyst, 3);
        ASSAY_VERIFY_OK(history);
        QCOMPARE((*history)["data"].size(), size_t(3));
        QVERIFY2((*history)["data"][2]["api_requests"] == 4, (*history)["data"][2]["api_requests"].dump().c_str());
        QVERIFY2((*history)["data"][0]["api_requests"] == 0, (*history)["data"][0]["api_requests"].dump().c_str());
        QVERIFY(!env.metrics->usageStats(kAnalyst, QStringLiteral("fortnight")).ok());
    }
};

QTEST_GUILESS_MAIN(TestMetricsService)
#include "TestMetricsService.moc"
