// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsAnalysis.h"

#include <algorithm>
#include <cmath>

namespace assay::metrics {

namespace {

using json::str;

Json rounded(double v, double scale = 1e6)
{
    return std::isfinite(v) ? Json(std::round(v * scale) / scale) : Json(nullptr);
}

Json correlationJson(const std::optional<stats::Correlation>& c, const std::optional<double>& q)
{
    if (!c)
        return nullptr;
    return {{"r", rounded(c->r)}, {"p_value", c->p ? Json(*c->p) : Json(nullptr)},
        {"q_value", q ? Json(*q) : Json(nullptr)}, {"significant", q && *q < 0.05}};
}

QString fmt(double v)
{
    return QString::number(v, 'f', std::fabs(v) >= 100 ? 0 : 2);
}

// What to do about a KPI that is not good.
QString recommendationFor(const QString& kpi)
{
    if (kpi == QLatin1String("acceptance_rate"))
        return QStringLiteral("Few AI suggestions are accepted: review prompts, context given to the assistant and the "
                              "models used for the team's languages.");
    if (kpi == QLatin1String("model_selection_accuracy"))
        return QStringLiteral("Many sessions use models outside the policy list: configure the assistants' default "
                              "model or update the list (setting metrics_model_policy).");
    if (kpi == QLatin1String("error_rate"))
        return QStringLiteral("Many AI requests fail: check the proxy's quotas, timeouts and the providers' status.");
    if (kpi == QLatin1String("token_efficiency"))
        return QStringLiteral("Accepted lines cost many tokens: trim the context sent with each request and prefer "
                              "smaller models for routine completions.");
    if (kpi == QLatin1String("ai_interaction_velocity"))
        return QStringLiteral("AI assistants are rarely used: check that developers have access and know the "
                              "supported workflows.");
    if (kpi == QLatin1String("commit_frequency"))
        return QStringLiteral("Commits are infrequent in the audited repositories: smaller, more frequent commits "
                              "make reviews and audits easier.");
    if (kpi == QLatin1String("open_critical_findings"))
        return QStringLiteral("Resolve or triage the open critical findings first: they block a clean audit.");
    return {};
}

} // namespace

Json LagCorrelation::toJson() const
{
    return {{"lag_days", lag}, {"n", n}, {"pearson", correlationJson(pearson, pearsonQ)},
        {"spearman", correlationJson(spearman, spearmanQ)}};
}

std::vector<LagCorrelation> lagCorrelations(
    const std::vector<double>& sessions, const std::vector<double>& commits, int maxLag)
{
    std::vector<LagCorrelation> out;
    for (int lag = 0; lag <= maxLag; ++lag) {
        LagCorrelation c;
        c.lag = lag;
        c.n = std::max(0, std::min(int(sessions.size()), int(commits.size()) - lag));
        if (c.n >= 3) {
            std::vector<double> x(sessions.begin(), sessions.begin() + c.n);
            std::vector<double> y(commits.begin() + lag, commits.begin() + lag + c.n);
            c.pearson = stats::pearson(x, y);
            c.spearman = stats::spearman(x, y);
        }
        out.push_back(std::move(c));
    }
    // Benjamini–Hochberg across every p-value computed above.
    std::vector<double> p;
    std::vector<std::optional<double>*> targets;
    for (auto& c : out) {
        if (c.pearson && c.pearson->p) {
            p.push_back(*c.pearson->p);
            targets.push_back(&c.pearsonQ);
        }
        if (c.spearman && c.spearman->p) {
            p.push_back(*c.spearman->p);
            targets.push_back(&c.spearmanQ);
        }
    }
    const auto q = stats::benjaminiHochberg(p);
    for (size_t i = 0; i < q.size(); ++i)
        *targets[i] = q[i];
    return out;
}

Json Anomaly::toJson() const
{
    return {{"day", str(day.toString(Qt::ISODate))}, {"metric", str(metric)}, {"value", rounded(value)},
        {"expected_range", {rounded(expectedLow), rounded(expectedHigh)}}, {"z", rounded(z, 1000)}};
}

std::vector<Anomaly> findAnomalies(const QString& metric, const QDate& first, const std::vector<double>& values)
{
    std::vector<Anomaly> out;
    if (int(values.size()) < kMinAnomalyDays)
        return out;
    const auto scale = stats::robustScale(values);
    const double spread = scale.deviationFor(stats::kAnomalyThreshold);
    for (size_t i = 0; i < values.size(); ++i) {
        const double z = stats::robustZ(values[i], scale);
        if (std::fabs(z) > stats::kAnomalyThreshold)
            out.push_back({first.addDays(qint64(i)), metric, values[i], std::max(0.0, scale.median - spread),
                scale.median + spread, z});
    }
    return out;
}

Json buildInsights(const std::vector<Kpi>& kpis, const std::vector<Anomaly>& anomalies,
    const std::vector<LagCorrelation>& correlations, const std::vector<SlaFigures>& sla)
{
    Json findings = Json::array();
    Json recommendations = Json::array();
    auto addFinding = [&](const QString& severity, const QString& rule, const QString& text) {
        findings.push_back({{"severity", str(severity)}, {"rule", str(rule)}, {"text", str(text)}});
    };
    auto addRecommendation = [&](const QString& rule, const QString& text) {
        for (const auto& r : recommendations)
            if (r["text"] == str(text))
                return;
        recommendations.push_back({{"rule", str(rule)}, {"text", str(text)}});
    };

    // Rule 1: every KPI that is not good.
    for (const auto& k : kpis) {
        const auto s = k.status();
        if (!s || *s == KpiStatus::Good)
            continue;
        const QString comparator
            = k.direction == Direction::LowerIsBetter ? QStringLiteral("at most") : QStringLiteral("at least");
        addFinding(statusName(*s), QStringLiteral("kpi_") + statusName(*s),
            QStringLiteral("%1 is %2 %3 (target %4 %5).")
                .arg(k.name, fmt(*k.value), k.unit, comparator, fmt(k.threshold)));
        const QString rec = recommendationFor(k.name);
        if (!rec.isEmpty())
            addRecommendation(QStringLiteral("kpi_") + statusName(*s), rec);
    }

    // Rule 2: the strongest significant correlation (q < 0.05), or none when enough data.
    const LagCorrelation* best = nullptr;
    int maxN = 0;
    for (const auto& c : correlations) {
        maxN = std::max(maxN, c.n);
        if (c.pearson && c.pearsonQ && *c.pearsonQ < 0.05
            && (!best || std::fabs(c.pearson->r) > std::fabs(best->pearson->r)))
            best = &c;
    }
    if (best) {
        addFinding(QStringLiteral("info"), QStringLiteral("correlation"),
            QStringLiteral("AI sessions per day and commits %1 later are %2 correlated (Pearson r = %3, q = %4, "
                           "%5 days).")
                .arg(best->lag == 0 ? QStringLiteral("the same day") : QStringLiteral("%1 day(s)").arg(best->lag),
                    best->pearson->r > 0 ? QStringLiteral("positively") : QStringLiteral("negatively"),
                    QString::number(best->pearson->r, 'f', 3), QString::number(*best->pearsonQ, 'g', 3))
                .arg(best->n));
    } else if (maxN >= 14) {
        addFinding(QStringLiteral("info"), QStringLiteral("no_correlation"),
            QStringLiteral("No significant relationship between AI sessions and commits at lags 0–7 days "
                           "(Benjamini–Hochberg q ≥ 0.05)."));
    } else if (!correlations.empty()) {
        addRecommendation(QStringLiteral("more_data"),
            QStringLiteral("Import at least two weeks of sessions and audit the matching repositories to test "
                           "whether AI use shows in commit activity."));
    }

    // Rule 3: anomalies, the most extreme first (at most five named).
    std::vector<const Anomaly*> sorted;
    for (const auto& a : anomalies)
        sorted.push_back(&a);
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return std::fabs(a->z) > std::fabs(b->z); });
    for (size_t i = 0; i < sorted.size() && i < 5; ++i) {
        const Anomaly& a = *sorted[i];
        addFinding(QStringLiteral("warning"), QStringLiteral("anomaly"),
            QStringLiteral("Unusual %1 on %2: %3, expected %4–%5.")
                .arg(a.metric, a.day.toString(Qt::ISODate), fmt(a.value), fmt(a.expectedLow), fmt(a.expectedHigh)));
    }
    for (const auto* a : sorted) {
        if (a->metric == QLatin1String("cost") && a->z > 0)
            addRecommendation(QStringLiteral("anomaly_cost"),
                QStringLiteral("Check the sessions of the days with unusual cost: a runaway agent or a larger model "
                               "is the usual cause."));
        else if (a->metric == QLatin1String("error_rate") && a->z > 0)
            addRecommendation(QStringLiteral("anomaly_errors"),
                QStringLiteral("AI errors spiked: look at the proxy's logs for those days (quotas, outages)."));
        else if (a->metric == QLatin1String("new_findings") && a->z > 0)
            addRecommendation(QStringLiteral("anomaly_findings"),
                QStringLiteral("Many new findings appeared at once: review the audits of those days before they "
                               "are merged."));
    }

    // Rule 4: slow resolution of critical and high findings (p90 beyond 7 days).
    for (const auto& s : sla) {
        if ((s.severity == QLatin1String("critical") || s.severity == QLatin1String("high")) && s.p90Hours
            && *s.p90Hours > 7 * 24) {
            addFinding(QStringLiteral("warning"), QStringLiteral("sla"),
                QStringLiteral("90% of %1 findings are resolved within %2 days; the target is 7.")
                    .arg(s.severity, fmt(*s.p90Hours / 24.0)));
            addRecommendation(QStringLiteral("sla"),
                QStringLiteral("Agree on a resolution time for %1 findings and triage them at least weekly.")
                    .arg(s.severity));
        }
    }
    return {{"key_findings", findings}, {"recommendations", recommendations}};
}

} // namespace assay::metrics
