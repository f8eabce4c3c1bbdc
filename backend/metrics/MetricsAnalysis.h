// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kpi.h"
#include "Statistics.h"

#include <QDate>

#include <map>
#include <vector>

namespace assay::metrics {

// Sessions/day vs commits/day at one lag: commits on day t+lag against sessions on day t.
struct LagCorrelation
{
    int lag = 0;
    int n = 0;
    std::optional<stats::Correlation> pearson;
    std::optional<stats::Correlation> spearman;
    std::optional<double> pearsonQ; // Benjamini–Hochberg across every test done
    std::optional<double> spearmanQ;

    Json toJson() const;
};

// Lags 0..maxLag over two daily series that start on the same day (zeros on days without data);
// `commits` may run up to maxLag days longer so that every lag has the same number of pairs.
// Tests with fewer than 3 pairs or a constant side are not done; the BH adjustment covers
// the Pearson and Spearman tests that were done.
std::vector<LagCorrelation> lagCorrelations(
    const std::vector<double>& sessions, const std::vector<double>& commits, int maxLag);

struct Anomaly
{
    QDate day;
    QString metric; // cost | tokens | error_rate | new_findings
    double value = 0;
    double expectedLow = 0;
    double expectedHigh = 0;
    double z = 0;

    Json toJson() const;
};

// Robust z-score (|z| > 3.5) over a daily series starting at `first`; needs at least
// kMinAnomalyDays days. The expected range is median ± the deviation of |z| = 3.5, floored at 0.
constexpr int kMinAnomalyDays = 5;
std::vector<Anomaly> findAnomalies(const QString& metric, const QDate& first, const std::vector<double>& values);

// SLA figures of one severity, in hours.
struct SlaFigures
{
    QString severity;
    int resolved = 0;
    std::optional<double> medianHours;
    std::optional<double> p90Hours;
    int open = 0;
};

// Key findings and recommendations from rules over the KPIs, anomalies, correlations and SLA
// (docs/METRICS.md, "Insights").
Json buildInsights(const std::vector<Kpi>& kpis, const std::vector<Anomaly>& anomalies,
    const std::vector<LagCorrelation>& correlations, const std::vector<SlaFigures>& sla);

} // namespace assay::metrics
