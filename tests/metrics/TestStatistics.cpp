// SPDX-License-Identifier: GPL-3.0-or-later
// Statistics, KPI status and the analysis rules on constructed data. Reference values marked
// "scipy" were computed independently with SciPy 1.10.1 (Debian python3-scipy):
// scipy.special.betainc, 2*scipy.stats.t.sf, scipy.stats.pearsonr, scipy.stats.spearmanr.
#include "metrics/Kpi.h"
#include "metrics/MetricsAnalysis.h"
#include "metrics/Statistics.h"

#include <QTest>

#include <cmath>

using namespace assay::metrics;

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void incompleteBeta_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("expected");
        // scipy.special.betainc(a, b, x)
        QTest::newRow("2,3,0.5") << 2.0 << 3.0 << 0.5 << 0.6875;
        QTest::newRow("0.5,0.5,0.3") << 0.5 << 0.5 << 0.3 << 0.3690101195655454;
        QTest::newRow("5,0.5,0.9") << 5.0 << 0.5 << 0.9 << 0.316642915020012;
        QTest::newRow("10,20,0.3") << 10.0 << 20.0 << 0.3 << 0.3640040810719437;
        QTest::newRow("100,0.5,0.99") << 100.0 << 0.5 << 0.99 << 0.15677586542443941;
        QTest::newRow("1.5,4,0.05") << 1.5 << 4.0 << 0.05 << 0.06700037043597173;
        QTest::newRow("edge 0") << 2.0 << 2.0 << 0.0 << 0.0;
        QTest::newRow("edge 1") << 2.0 << 2.0 << 1.0 << 1.0;
    }
    void incompleteBeta()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, x);
        QFETCH(double, expected);
        QVERIFY2(std::fabs(stats::regularizedIncompleteBeta(a, b, x) - expected) < 1e-10,
            qPrintable(QString::number(stats::regularizedIncompleteBeta(a, b, x), 'g', 17)));
    }

    void studentT()
    {
        // 2 * scipy.stats.t.sf(|t|, df)
        QVERIFY(std::fabs(stats::studentTwoSidedP(2.0, 5) - 0.10193947882985828) < 1e-10);
        QVERIFY(std::fabs(stats::studentTwoSidedP(-0.5, 30) - 0.6207230048851273) < 1e-10);
        QVERIFY(std::fabs(stats::studentTwoSidedP(3.5, 8) - 0.00807908226041189) < 1e-10);
        // df = 1 is the Cauchy distribution: P(|T| ≥ 1) = 1/2 exactly.
        QVERIFY(std::fabs(stats::studentTwoSidedP(1.0, 1) - 0.5) < 1e-12);
        QCOMPARE(stats::studentTwoSidedP(0.0, 10), 1.0);
    }

    void pearsonAndSpearman()
    {
        const std::vector<double> x {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        const std::vector<double> y {2, 1, 4, 3, 7, 8, 6, 9, 12, 10};
        // r by hand: mean x 5.5, mean y 6.2; Sxy = 433 − 10·5.5·6.2 = 92, Sxx = 82.5, Syy = 119.6.
        double sxy = 0, sxx = 0, syy = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            sxy += (x[i] - 5.5) * (y[i] - 6.2);
            sxx += (x[i] - 5.5) * (x[i] - 5.5);
            syy += (y[i] - 6.2) * (y[i] - 6.2);
        }
        QCOMPARE(sxy, 92.0);
        const auto p = stats::pearson(x, y);
        QVERIFY(p);
        QVERIFY(std::fabs(p->r - sxy / std::sqrt(sxx * syy)) < 1e-12);
        QVERIFY(std::fabs(p->r - 0.9261797113999302) < 1e-12); // scipy pearsonr
        QVERIFY(std::fabs(*p->p - 0.00011876275128516589) < 1e-12); // scipy pearsonr
        const auto s = stats::spearman(x, y);
        QVERIFY(s);
        // ρ = 1 − 6Σd²/(n(n²−1)) with no ties: ranks of y are 2,1,4,3,6,7,5,8,10,9 → Σd² = 12.
        QVERIFY(std::fabs(s->r - (1.0 - 6.0 * 12 / (10.0 * 99))) < 1e-12);
        QVERIFY(std::fabs(*s->p - 0.00011203450639397582) < 1e-12); // scipy spearmanr

        // Ties get average ranks.
        const std::vector<double> x2 {1, 2, 2, 3, 4, 4, 4, 5};
        const std::vector<double> y2 {3, 1, 2, 2, 5, 4, 6, 5};
        QCOMPARE(stats::ranks(x2), (std::vector<double> {1, 2.5, 2.5, 4, 6, 6, 6, 8}));
        const auto p2 = stats::pearson(x2, y2);
        const auto s2 = stats::spearman(x2, y2);
        QVERIFY(std::fabs(p2->r - 0.7427198887778832) < 1e-12 && std::fabs(*p2->p - 0.0347827699277163) < 1e-10);
        QVERIFY(std::fabs(s2->r - 0.7392587845122592) < 1e-12 && std::fabs(*s2->p - 0.03610238183289524) < 1e-10);

        // A negative relationship.
        const std::vector<double> x3 {5, 3, 8, 1, 9, 2, 7, 4, 6, 10, 3, 6};
        const std::vector<double> y3 {2, 9, 4, 7, 1, 8, 3, 6, 5, 2, 7, 4};
        QVERIFY(std::fabs(stats::pearson(x3, y3)->r - -0.8455064128308314) < 1e-12);
        QVERIFY(std::fabs(*stats::pearson(x3, y3)->p - 0.0005315824324611916) < 1e-12);
        QVERIFY(std::fabs(*stats::spearman(x3, y3)->p - 0.0005729729611467334) < 1e-12);

        // Constant series: no correlation; two points: r but no p-value.
        QVERIFY(!stats::pearson({1, 1, 1}, {1, 2, 3}));
        QVERIFY(!stats::pearson({1, 2}, {2, 4})->p);
    }

    void pearsonOneAtLagOne()
    {
        // Commits follow sessions one day later: commits[t+1] = 2·sessions[t] + 1.
        const std::vector<double> sessions {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        std::vector<double> commits(sessions.size() + 7, 0);
        commits[0] = 7;
        for (size_t t = 0; t < sessions.size(); ++t)
            commits[t + 1] = 2 * sessions[t] + 1;
        const auto lags = lagCorrelations(sessions, commits, 7);
        QCOMPARE(int(lags.size()), 8);
        for (const auto& l : lags)
            QCOMPARE(l.n, 10); // commits run 7 days longer, so every lag has 10 pairs
        QVERIFY(lags[1].pearson);
        QVERIFY(std::fabs(lags[1].pearson->r - 1.0) < 1e-12);
        QCOMPARE(*lags[1].pearson->p, 0.0);
        QVERIFY(std::fabs(lags[1].spearman->r - 1.0) < 1e-12);
        QVERIFY(std::fabs(lags[0].pearson->r) < 0.99);
        // BH: the smallest p-value (0) stays 0; every q ≥ its p and ≤ 1.
        QCOMPARE(*lags[1].pearsonQ, 0.0);
        for (const auto& l : lags) {
            if (l.pearson && l.pearson->p) {
                QVERIFY(*l.pearsonQ >= *l.pearson->p - 1e-15);
                QVERIFY(*l.pearsonQ <= 1.0);
            }
        }
    }

    void benjaminiHochberg()
    {
        // By hand: sorted 0.01, 0.03, 0.04, 0.2 (m = 4) → 0.04, 0.06, 0.0533…, 0.2, then the
        // running minimum from the largest: 0.2, 0.0533…, 0.0533…, 0.04.
        const auto q = stats::benjaminiHochberg({0.01, 0.04, 0.03, 0.2});
        QCOMPARE(int(q.size()), 4);
        QVERIFY(std::fabs(q[0] - 0.04) < 1e-15);
        QVERIFY(std::fabs(q[1] - 0.04 * 4 / 3) < 1e-15);
        QVERIFY(std::fabs(q[2] - 0.04 * 4 / 3) < 1e-15);
        QVERIFY(std::fabs(q[3] - 0.2) < 1e-15);
        QCOMPARE(stats::benjaminiHochberg({0.9, 0.8})[0], 0.9);
        QVERIFY(stats::benjaminiHochberg({}).empty());
    }

    void quantiles()
    {
        QCOMPARE(stats::median({5, 1, 3}), 3.0);
        QCOMPARE(stats::median({4, 1, 3, 2}), 2.5);
        // h = 9 × 0.9 = 8.1 → 9 + 0.1 × (10 − 9) (numpy.percentile gives 9.1 too).
        QVERIFY(std::fabs(stats::quantile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.9) - 9.1) < 1e-12);
    }

    void robustZ()
    {
        const std::vector<double> v {10, 12, 11, 13, 12, 11, 50};
        const auto s = stats::robustScale(v);
        QCOMPARE(s.median, 12.0);
        QCOMPARE(s.mad, 1.0); // |deviations| 2,0,1,1,0,1,38 → median 1
        QVERIFY(std::fabs(stats::robustZ(50, s) - 0.6745 * 38) < 1e-12);
        QVERIFY(std::fabs(stats::robustZ(10, s) - -0.6745 * 2) < 1e-12);
        const auto anomalies = findAnomalies(QStringLiteral("cost"), QDate(2025, 10, 1), v);
        QCOMPARE(int(anomalies.size()), 1);
        QCOMPARE(anomalies[0].day, QDate(2025, 10, 7));
        QCOMPARE(anomalies[0].value, 50.0);
        // Expected range: median ± 3.5 × MAD / 0.6745.
        QVERIFY(std::fabs(anomalies[0].expectedHigh - (12 + 3.5 / 0.6745)) < 1e-12);
        QVERIFY(std::fabs(anomalies[0].expectedLow - (12 - 3.5 / 0.6745)) < 1e-12);

        // MAD 0 (mostly zeros): the mean absolute deviation takes over, so a spike still shows.
        const std::vector<double> zeros {0, 0, 0, 0, 0, 0, 0, 0, 0, 40};
        const auto z = stats::robustScale(zeros);
        QCOMPARE(z.mad, 0.0);
        QCOMPARE(z.meanAbsDeviation, 4.0);
        QVERIFY(std::fabs(stats::robustZ(40, z) - 40 / (1.253314 * 4)) < 1e-12);
        QCOMPARE(int(findAnomalies(QStringLiteral("new_findings"), QDate(2025, 1, 1), zeros).size()), 1);
        // Too few days: nothing is called an anomaly.
        QVERIFY(findAnomalies(QStringLiteral("cost"), QDate(2025, 1, 1), {1, 1, 1, 100}).empty());
        // A flat series has none.
        QVERIFY(findAnomalies(QStringLiteral("cost"), QDate(2025, 1, 1), {2, 2, 2, 2, 2, 2}).empty());
    }

    void kpiStatusHonoursDirection()
    {
        // Lower is better (error rate, threshold 5): ≤ 5 good, ≤ 10 warning, beyond critical.
        QCOMPARE(kpiStatus(5, 5, Direction::LowerIsBetter), KpiStatus::Good);
        QCOMPARE(kpiStatus(0, 5, Direction::LowerIsBetter), KpiStatus::Good);
        QCOMPARE(kpiStatus(7.5, 5, Direction::LowerIsBetter), KpiStatus::Warning);
        QCOMPARE(kpiStatus(10, 5, Direction::LowerIsBetter), KpiStatus::Warning);
        QCOMPARE(kpiStatus(10.01, 5, Direction::LowerIsBetter), KpiStatus::Critical);
        // Higher is better (acceptance, threshold 30): ≥ 30 good, ≥ 15 warning, below critical.
        QCOMPARE(kpiStatus(95, 30, Direction::HigherIsBetter), KpiStatus::Good);
        QCOMPARE(kpiStatus(30, 30, Direction::HigherIsBetter), KpiStatus::Good);
        QCOMPARE(kpiStatus(20, 30, Direction::HigherIsBetter), KpiStatus::Warning);
        QCOMPARE(kpiStatus(15, 30, Direction::HigherIsBetter), KpiStatus::Warning);
        QCOMPARE(kpiStatus(14.9, 30, Direction::HigherIsBetter), KpiStatus::Critical);
        // Zero threshold, lower is better (open critical findings): any is critical.
        QCOMPARE(kpiStatus(0, 0, Direction::LowerIsBetter), KpiStatus::Good);
        QCOMPARE(kpiStatus(1, 0, Direction::LowerIsBetter), KpiStatus::Critical);

        Kpi k {QStringLiteral("error_rate"), 12.5, QStringLiteral("%"), 5, Direction::LowerIsBetter};
        const auto j = k.toJson();
        QVERIFY2(j["status"] == "critical", j["status"].dump().c_str());
        QVERIFY2(j["direction"] == "lower_is_better", j["direction"].dump().c_str());
        QCOMPARE(j["value"].get<double>(), 12.5);
        Kpi none {QStringLiteral("acceptance_rate"), std::nullopt, QStringLiteral("%"), 30, Direction::HigherIsBetter};
        QVERIFY(none.toJson()["value"].is_null());
        QVERIFY(none.toJson()["status"].is_null());
    }

    void insightsFollowTheRules()
    {
        std::vector<Kpi> kpis {{QStringLiteral("error_rate"), 20.0, QStringLiteral("%"), 5, Direction::LowerIsBetter},
            {QStringLiteral("acceptance_rate"), 50.0, QStringLiteral("%"), 30, Direction::HigherIsBetter}};
        std::vector<Anomaly> anomalies {{QDate(2025, 10, 7), QStringLiteral("cost"), 50, 6.8, 17.2, 25.6}};
        const assay::Json in = buildInsights(kpis, anomalies, {}, {});
        const std::string text = in.dump();
        QVERIFY(text.find("error_rate is 20.00 %") != std::string::npos);
        QVERIFY(text.find("acceptance_rate is") == std::string::npos); // good KPIs are not findings
        QVERIFY(text.find("Unusual cost on 2025-10-07") != std::string::npos);
        QVERIFY(in["recommendations"].size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "TestStatistics.moc"
