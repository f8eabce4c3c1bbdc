// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricsAnalysis.h"

#include <QDateTime>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace assay::metrics {

// One imported session line as the report needs it.
struct SessionSample
{
    QDateTime at;
    QString sessionId;
    QString developerId;
    QString model;
    std::optional<int> statusCode;
    qint64 tokens = 0;
    std::optional<bool> accepted;
    std::optional<qint64> acceptedLines;
    double cost = 0;
};

struct FindingSample
{
    QDate firstSeen; // the day its fingerprint first appeared
    QString severity;
};

struct ResolutionSample
{
    QString severity;
    double hours = 0; // from creation to the first resolved / false_positive event
};

struct OpenFindingSample
{
    QString severity;
    double ageDays = 0;
};

// Everything the report is computed from, loaded by MetricsService from the database.
struct ReportInputs
{
    std::vector<SessionSample> sessions;
    std::map<QDate, qint64> commits; // commits per day of the audited repositories
    std::vector<FindingSample> findings;
    std::vector<ResolutionSample> resolutions;
    std::vector<OpenFindingSample> openFindings;
};

struct ReportConfig
{
    std::map<QString, double> thresholds; // overrides of defaultThresholds()
    QStringList modelPolicy; // empty: model_selection_accuracy is null
    int maxLag = 7;
    QDate since; // the report's span is clipped to [since, until] when set
    QDate until;

    static std::map<QString, double> defaultThresholds();
    double threshold(const QString& kpi) const;
};

// Daily series over the report's span (days without data are zeros).
struct DailySeries
{
    QDate first;
    std::vector<double> sessions; // distinct session ids started that day
    std::vector<double> requests; // imported lines
    std::vector<double> commits;
    std::vector<double> cost;
    std::vector<double> tokens;
    std::vector<double> errorRate; // % of lines with a status ≥ 400 among lines with a status
    std::vector<double> newFindings;
    std::map<QString, std::vector<double>> costByModel;
    std::map<QString, std::vector<double>> findingsBySeverity;

    int size() const { return int(sessions.size()); }
    Json toJson() const;
};

// The full metrics report (GET /metrics/raw): KPIs, daily series, lagged correlations,
// anomalies, SLA figures and open findings by age. Pure computation, see docs/METRICS.md.
struct Report
{
    std::vector<Kpi> kpis;
    DailySeries daily;
    std::vector<LagCorrelation> correlations;
    std::vector<Anomaly> anomalies;
    std::vector<SlaFigures> sla;
    std::map<QString, std::map<QString, int>> openByAge; // bucket → severity → count
    qint64 sessionCount = 0;
    qint64 requestCount = 0;

    const Kpi* kpi(const QString& name) const;
    Json kpisJson() const;
    Json correlationsJson() const;
    Json anomaliesJson() const;
    Json slaJson() const;
    Json insights() const;
    Json toJson() const;
};

Report computeReport(const ReportInputs& inputs, const ReportConfig& config);

// The age buckets of open findings, in order.
const QStringList& ageBuckets();
QString ageBucket(double ageDays);

} // namespace assay::metrics
