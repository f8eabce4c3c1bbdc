// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard and Metrics pages offscreen on a seeded data directory: imported AI sessions
// (with a cost spike), a completed audit with findings and commit days. Checks that the tiles
// carry the KPI statuses, that every chart has series with points, that anomalies are marked,
// and that CSV and PNG exports write real files. ASSAY_SCREENSHOT_DIR saves screenshots.
#include "metrics/MetricsService.h"
#include "services/Services.h"
#include "ui/Style.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/MetricsPage.h"

#include "TestUtil.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QPieSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace assay;

namespace {

void seed(Services& s)
{
    QByteArray log;
    const QDate first(2025, 10, 1);
    int id = 0;
    for (int d = 0; d < 14; ++d) {
        const int sessions = 1 + (d * 7) % 4;
        for (int i = 0; i < sessions; ++i) {
            const QString model = i % 2 ? QStringLiteral("gpt-4o-mini") : QStringLiteral("gpt-4o");
            const int tokens = d == 10 && i == 0 ? 400000 : 2000 + 100 * i;
            log += QStringLiteral(
                       R"({"timestamp":"%1T%2:00:00Z","model":"%3","developer_id":"dev%4@x.test","session_id":"session-%5","status_code":%6,"usage":{"input_tokens":%7,"output_tokens":%8},"accepted":%9,"accepted_lines":12})")
                       .arg(first.addDays(d).toString(Qt::ISODate))
                       .arg(9 + i, 2, 10, QLatin1Char('0'))
                       .arg(model)
                       .arg(i)
                       .arg(++id)
                       .arg(i == 2 ? 500 : 200)
                       .arg(tokens / 2)
                       .arg(tokens / 2)
                       .arg(i % 3 ? QStringLiteral("false") : QStringLiteral("true"))
                       .toUtf8()
                + '\n';
        }
    }
    auto imported = s.metrics().importSessions(Actor::localAdmin(), log, metrics::ImportFormat::Auto);
    QVERIFY(imported.ok() && imported->imported == id);

    auto sql = [&](const QString& q, const QVariantList& v) {
        auto r = execSql(s.database().connection(), q, v);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    };
    sql(QStringLiteral("INSERT INTO audits(id, owner_id, source, repository_name, status, created_at, finished_at, "
                       "summary) VALUES('a1', 'local', '/src/demo', 'demo', 'completed', ?, ?, ?)"),
        {QStringLiteral("2025-10-14T10:00:00.000Z"), QStringLiteral("2025-10-14T10:05:00.000Z"),
            QStringLiteral(
                R"({"files_scanned":120,"ip":{"foreground":90,"third_party":25,"background":5,"unknown":0}})")});
    const char* severities[] = {"critical", "high", "high", "medium", "low", "medium"};
    for (int i = 0; i < 6; ++i)
        sql(QStringLiteral("INSERT INTO findings(id, audit_id, type, severity, severity_rank, rule_id, title, "
                           "fingerprint, status, created_at) VALUES(?, 'a1', 'license', ?, 1, 'r', 't', ?, 'open', ?)"),
            {QStringLiteral("f%1").arg(i), QString::fromLatin1(severities[i]), QStringLiteral("fp%1").arg(i),
                QStringLiteral("2025-10-%1T08:00:00.000Z").arg(3 + 2 * i, 2, 10, QLatin1Char('0'))});
    for (int d = 0; d < 14; ++d)
        sql(QStringLiteral("INSERT INTO audit_commit_days(audit_id, day, commits) VALUES('a1', ?, ?)"),
            {first.addDays(d + 1).toString(Qt::ISODate), 2 * (1 + (d * 7) % 4) + 1});
}

qint64 points(QChart* chart, QString* names = nullptr)
{
    qint64 n = 0;
    for (QAbstractSeries* s : chart->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(s)) {
            n += xy->count();
            if (names)
                *names += s->name() + QLatin1Char(' ');
        } else if (auto* bars = qobject_cast<QBarSeries*>(s)) {
            for (QBarSet* set : bars->barSets())
                n += set->count();
        } else if (auto* pie = qobject_cast<QPieSeries*>(s)) {
            n += pie->count();
        }
    }
    return n;
}

} // namespace

class TestMetricsPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;

private slots:
    void initTestCase()
    {
        auto s = Services::open(m_dir.path());
        ASSAY_VERIFY_OK(s);
        m_services = std::move(*s);
        seed(*m_services);
    }

    void dashboard()
    {
        ui::DashboardPage page(*m_services);
        QSignalSpy refreshed(&page, &ui::DashboardPage::refreshed);
        ui::applyStyle(&page);
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 10000);
        QCOMPARE(page.tileCount(), 9);
        QCOMPARE(page.tileStatus(QStringLiteral("open_critical_findings")), QStringLiteral("critical"));
        QVERIFY(!page.tileStatus(QStringLiteral("acceptance_rate")).isEmpty());
        QCOMPARE(page.tileStatus(QStringLiteral("model_selection_accuracy")), QStringLiteral("none"));
        QCOMPARE(page.recentAuditCount(), 1);
        QCOMPARE(points(page.findingsChart()), 5); // one bar per severity
        QCOMPARE(points(page.ipChart()), 3); // foreground, third party, background
        const QString shots = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(200); // tiles and axes are laid out on the next event-loop passes
            page.grab().save(shots + QStringLiteral("/dashboard-seeded.png"));
        }
    }

    void metricsCharts()
    {
        ui::MetricsPage page(*m_services);
        QSignalSpy refreshed(&page, &ui::MetricsPage::refreshed);
        ui::applyStyle(&page);
        page.resize(1200, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 10000);
        QCOMPARE(page.chartCount(), 4);
        for (int i = 0; i < page.chartCount(); ++i) {
            QString names;
            QVERIFY2(points(page.chart(i), &names) > 0, qPrintable(QString::number(i)));
            QVERIFY(!page.chart(i)->series().isEmpty());
        }
        // Sessions vs commits: two series over the 14 days of the sessions.
        QString names;
        QVERIFY(points(page.chart(0), &names) >= 14);
        QVERIFY2(names.contains(QLatin1String("commits")), qPrintable(names));
        // Cost by model: one series per model and the spike marked as an anomaly.
        names.clear();
        points(page.chart(1), &names);
        QVERIFY2(names.contains(QLatin1String("gpt-4o-mini")) && names.contains(QLatin1String("anomalies")),
            qPrintable(names));
        const auto& cost = page.chartData()[1];
        QVERIFY(!cost.markers.empty());
        QCOMPARE(cost.days[size_t(cost.markers.front().dayIndex)], QDate(2025, 10, 11));
        // With lag 1 the commits series equals 2 × sessions + 1 (seeded that way).
        page.setLag(1);
        const auto& sc = page.chartData()[0];
        for (size_t i = 0; i + 1 < sc.days.size(); ++i)
            QCOMPARE(sc.series[1].values[i], 2 * sc.series[0].values[i] + 1);
        QVERIFY(sc.title.contains(QLatin1String("r = 1.00")));

        // Exports.
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("cost.csv"));
        ASSAY_VERIFY_OK(page.exportCsv(1, csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines[0].startsWith("day,gpt-4o,gpt-4o-mini,anomaly"));
        QVERIFY(lines[1].startsWith("2025-10-01,"));
        QVERIFY(lines[11].contains("cost anomaly"));
        const QString png = out.filePath(QStringLiteral("cost.png"));
        ASSAY_VERIFY_OK(page.exportPng(1, png));
        QImage image(png);
        QVERIFY(!image.isNull() && image.width() > 100);
        QVERIFY(!page.exportCsv(9, csv).ok());

        const QString shots = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(200);
            page.grab().save(shots + QStringLiteral("/metrics-seeded.png"));
        }
    }
};

QTEST_MAIN(TestMetricsPages)
#include "TestMetricsPages.moc"
