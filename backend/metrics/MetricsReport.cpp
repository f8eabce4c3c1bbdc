// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsReport.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace assay::metrics {

namespace {

using json::str;

constexpr qint64 kMaxSpanDays = 1100;
const QStringList kSeverities {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
    QStringLiteral("low"), QStringLiteral("info")};

Json series(const std::vector<double>& v)
{
    Json a = Json::array();
    for (double x : v)
        a.push_back(std::isfinite(x) ? Json(std::round(x * 1e6) / 1e6) : Json(nullptr));
    return a;
}

bool inRange(const QDate& d, const ReportConfig& c)
{
    return (!c.since.isValid() || d >= c.since) && (!c.until.isValid() || d <= c.until);
}

} // namespace

std::map<QString, double> ReportConfig::defaultThresholds()
{
    return {{QStringLiteral("ai_interaction_velocity"), 1.0}, {QStringLiteral("acceptance_rate"), 30.0},
        {QStringLiteral("model_selection_accuracy"), 90.0}, {QStringLiteral("error_rate"), 5.0},
        {QStringLiteral("token_efficiency"), 500.0}, {QStringLiteral("commit_frequency"), 1.0},
        {QStringLiteral("open_critical_findings"), 0.0}, {QStringLiteral("sla_median_hours_critical"), 72.0},
        {QStringLiteral("sla_median_hours_high"), 168.0}, {QStringLiteral("sla_median_hours_medium"), 720.0},
        {QStringLiteral("sla_median_hours_low"), 2160.0}};
}

double ReportConfig::threshold(const QString& kpi) const
{
    if (auto it = thresholds.find(kpi); it != thresholds.end())
        return it->second;
    const auto d = defaultThresholds();
    auto it = d.find(kpi);
    return it == d.end() ? 0.0 : it->second;
}

const QStringList& ageBuckets()
{
    static const QStringList b {
        QStringLiteral("0-7d"), QStringLiteral("8-30d"), QStringLiteral("31-90d"), QStringLiteral("over_90d")};
    return b;
}

QString ageBucket(double ageDays)
{
    if (ageDays <= 7)
        return ageBuckets()[0];
    if (ageDays <= 30)
        return ageBuckets()[1];
    if (ageDays <= 90)
        return ageBuckets()[2];
    return ageBuckets()[3];
}

Json DailySeries::toJson() const
{
    Json days = Json::array();
    for (int i = 0; i < size(); ++i)
        days.push_back(str(first.addDays(i).toString(Qt::ISODate)));
    Json byModel = Json::object();
    for (const auto& [m, v] : costByModel)
        byModel[str(m)] = series(v);
    Json bySeverity = Json::object();
    for (const auto& [s, v] : findingsBySeverity)
        bySeverity[str(s)] = series(v);
    return {{"days", days}, {"sessions", series(sessions)}, {"requests", series(requests)},
        {"commits", series(commits)}, {"cost", series(cost)}, {"tokens", series(tokens)},
        {"error_rate", series(errorRate)}, {"new_findings", series(newFindings)}, {"cost_by_model", byModel},
        {"findings_by_severity", bySeverity}};
}

const Kpi* Report::kpi(const QString& name) const
{
    for (const auto& k : kpis)
        if (k.name == name)
            return &k;
    return nullptr;
}

Json Report::kpisJson() const
{
    Json out = Json::object();
    for (const auto& k : kpis)
        out[str(k.name)] = k.toJson();
    return out;
}

Json Report::correlationsJson() const
{
    Json a = Json::array();
    for (const auto& c : correlations)
        a.push_back(c.toJson());
    return a;
}

Json Report::anomaliesJson() const
{
    Json a = Json::array();
    for (const auto& x : anomalies)
        a.push_back(x.toJson());
    return a;
}

Json Report::slaJson() const
{
    Json bySeverity = Json::object();
    for (const auto& s : sla)
        bySeverity[str(s.severity)] = {{"resolved", s.resolved}, {"open", s.open},
            {"median_hours", s.medianHours ? Json(std::round(*s.medianHours * 100) / 100) : Json(nullptr)},
            {"p90_hours", s.p90Hours ? Json(std::round(*s.p90Hours * 100) / 100) : Json(nullptr)}};
    Json age = Json::object();
    for (const auto& bucket : ageBuckets()) {
        Json row = Json::object();
        qint64 total = 0;
        auto it = openByAge.find(bucket);
        for (const auto& sev : kSeverities) {
            const int n = it == openByAge.end() ? 0 : (it->second.count(sev) ? it->second.at(sev) : 0);
            row[str(sev)] = n;
            total += n;
        }
        row["total"] = total;
        age[str(bucket)] = row;
    }
    return {{"by_severity", bySeverity}, {"open_by_age", age}};
}

Json Report::insights() const
{
    return buildInsights(kpis, anomalies, correlations, sla);
}

Json Report::toJson() const
{
    return {{"kpis", kpisJson()}, {"totals", {{"sessions", sessionCount}, {"requests", requestCount}}},
        {"daily", daily.toJson()}, {"correlations", correlationsJson()}, {"anomalies", anomaliesJson()},
        {"sla", slaJson()}};
}

Report computeReport(const ReportInputs& in, const ReportConfig& config)
{
    Report r;

    // --- KPIs over the sessions of the range (the loader already applied it).
    r.requestCount = qint64(in.sessions.size());
    QSet<QString> sessionIds;
    QDateTime firstAt, lastAt;
    qint64 acceptedKnown = 0, acceptedYes = 0, statusKnown = 0, errors = 0, onPolicy = 0;
    double acceptedTokens = 0, acceptedLines = 0;
    QSet<QString> policy;
    for (const auto& m : config.modelPolicy)
        policy.insert(m.trimmed().toLower());
    for (const auto& s : in.sessions) {
        sessionIds.insert(s.sessionId);
        if (!firstAt.isValid() || s.at < firstAt)
            firstAt = s.at;
        if (!lastAt.isValid() || s.at > lastAt)
            lastAt = s.at;
        if (s.accepted) {
            ++acceptedKnown;
            if (*s.accepted) {
                ++acceptedYes;
                acceptedTokens += double(s.tokens);
                acceptedLines += double(s.acceptedLines.value_or(0));
            }
        }
        if (s.statusCode) {
            ++statusKnown;
            if (*s.statusCode >= 400)
                ++errors;
        }
        const QString model = s.model.trimmed().toLower();
        if (policy.contains(model) || policy.contains(model.section(QLatin1Char('/'), -1)))
            ++onPolicy;
    }
    r.sessionCount = sessionIds.size();
    auto add = [&](const char* name, std::optional<double> value, const char* unit, Direction d) {
        const QString n = QLatin1String(name);
        r.kpis.push_back({n, value, QLatin1String(unit), config.threshold(n), d});
    };
    std::optional<double> velocity;
    if (!in.sessions.empty()) {
        const double hours = double(firstAt.msecsTo(lastAt)) / 3.6e6;
        velocity = double(r.sessionCount) / std::max(hours, 1.0);
    }
    add("ai_interaction_velocity", velocity, "sessions/hour", Direction::HigherIsBetter);
    add("acceptance_rate",
        acceptedKnown ? std::optional<double>(100.0 * double(acceptedYes) / double(acceptedKnown)) : std::nullopt, "%",
        Direction::HigherIsBetter);
    add("model_selection_accuracy",
        !policy.isEmpty() && !in.sessions.empty()
            ? std::optional<double>(100.0 * double(onPolicy) / double(in.sessions.size()))
            : std::nullopt,
        "%", Direction::HigherIsBetter);
    add("error_rate", statusKnown ? std::optional<double>(100.0 * double(errors) / double(statusKnown)) : std::nullopt,
        "%", Direction::LowerIsBetter);
    add("token_efficiency", acceptedLines > 0 ? std::optional<double>(acceptedTokens / acceptedLines) : std::nullopt,
        "tokens/line", Direction::LowerIsBetter);
    qint64 commits = 0, activeDays = 0;
    for (const auto& [day, n] : in.commits)
        if (n > 0 && inRange(day, config)) {
            commits += n;
            ++activeDays;
        }
    add("commit_frequency", activeDays ? std::optional<double>(double(commits) / double(activeDays)) : std::nullopt,
        "commits/day", Direction::HigherIsBetter);
    qint64 openCritical = 0;
    for (const auto& f : in.openFindings)
        if (f.severity == QLatin1String("critical"))
            ++openCritical;
    add("open_critical_findings", double(openCritical), "findings", Direction::LowerIsBetter);

    // --- SLA per severity.
    for (const auto& sev : kSeverities) {
        SlaFigures f;
        f.severity = sev;
        std::vector<double> hours;
        for (const auto& x : in.resolutions)
            if (x.severity == sev)
                hours.push_back(x.hours);
        f.resolved = int(hours.size());
        if (!hours.empty()) {
            f.medianHours = stats::median(hours);
            f.p90Hours = stats::quantile(hours, 0.9);
        }
        for (const auto& o : in.openFindings)
            if (o.severity == sev)
                ++f.open;
        r.sla.push_back(f);
        if (sev != QLatin1String("info")) {
            const QString name = QStringLiteral("sla_median_hours_") + sev;
            r.kpis.push_back(
                {name, f.medianHours, QStringLiteral("hours"), config.threshold(name), Direction::LowerIsBetter});
        }
    }
    for (const auto& o : in.openFindings)
        ++r.openByAge[ageBucket(o.ageDays)][o.severity];

    // --- The span of the daily series.
    QDate first = config.since, last = config.until;
    QDate dataFirst, dataLast;
    auto extend = [&](const QDate& d) {
        if (!d.isValid() || !inRange(d, config))
            return;
        if (!dataFirst.isValid() || d < dataFirst)
            dataFirst = d;
        if (!dataLast.isValid() || d > dataLast)
            dataLast = d;
    };
    for (const auto& s : in.sessions)
        extend(s.at.date());
    for (const auto& f : in.findings)
        extend(f.firstSeen);
    if (!dataFirst.isValid() && !in.commits.empty()) {
        for (auto it = in.commits.rbegin(); it != in.commits.rend(); ++it)
            if (inRange(it->first, config)) {
                dataLast = it->first;
                dataFirst = dataLast.addDays(-89);
                break;
            }
    }
    if (!first.isValid())
        first = dataFirst;
    if (!last.isValid())
        last = dataLast;
    if (first.isValid() && !last.isValid())
        last = first;
    if (!first.isValid() && last.isValid())
        first = last;
    if (first.isValid() && first.daysTo(last) >= kMaxSpanDays)
        first = last.addDays(-(kMaxSpanDays - 1));
    const int n = first.isValid() && last >= first ? int(first.daysTo(last) + 1) : 0;

    DailySeries& d = r.daily;
    d.first = first;
    d.sessions.assign(n, 0);
    d.requests.assign(n, 0);
    d.commits.assign(n, 0);
    d.cost.assign(n, 0);
    d.tokens.assign(n, 0);
    d.errorRate.assign(n, 0);
    d.newFindings.assign(n, 0);
    std::vector<double> withStatus(n, 0), errorCount(n, 0);
    std::vector<QSet<QString>> idsPerDay(n);
    auto indexOf = [&](const QDate& day) -> int {
        if (n == 0 || !day.isValid())
            return -1;
        const qint64 i = first.daysTo(day);
        return i >= 0 && i < n ? int(i) : -1;
    };
    for (const auto& s : in.sessions) {
        const int i = indexOf(s.at.date());
        if (i < 0)
            continue;
        idsPerDay[i].insert(s.sessionId);
        d.requests[i] += 1;
        d.cost[i] += s.cost;
        d.tokens[i] += double(s.tokens);
        auto& byModel = d.costByModel[s.model];
        if (byModel.empty())
            byModel.assign(n, 0);
        byModel[i] += s.cost;
        if (s.statusCode) {
            withStatus[i] += 1;
            if (*s.statusCode >= 400)
                errorCount[i] += 1;
        }
    }
    for (int i = 0; i < n; ++i) {
        d.sessions[i] = double(idsPerDay[i].size());
        d.errorRate[i] = withStatus[i] > 0 ? 100.0 * errorCount[i] / withStatus[i] : 0.0;
    }
    for (const auto& [day, c] : in.commits)
        if (int i = indexOf(day); i >= 0)
            d.commits[i] = double(c);
    for (const auto& sev : kSeverities)
        d.findingsBySeverity[sev].assign(n, 0);
    for (const auto& f : in.findings)
        if (int i = indexOf(f.firstSeen); i >= 0) {
            d.newFindings[i] += 1;
            auto& v = d.findingsBySeverity[kSeverities.contains(f.severity) ? f.severity : QStringLiteral("info")];
            v[i] += 1;
        }

    // --- Correlation: sessions per day over the days of the sessions, commits k days later.
    QDate sFirst, sLast;
    for (const auto& s : in.sessions) {
        const QDate day = s.at.date();
        if (!sFirst.isValid() || day < sFirst)
            sFirst = day;
        if (!sLast.isValid() || day > sLast)
            sLast = day;
    }
    if (sFirst.isValid()) {
        const int m = int(sFirst.daysTo(sLast) + 1);
        std::vector<double> x(m, 0), y(m + config.maxLag, 0);
        std::vector<QSet<QString>> ids(m);
        for (const auto& s : in.sessions)
            ids[sFirst.daysTo(s.at.date())].insert(s.sessionId);
        for (int i = 0; i < m; ++i)
            x[i] = double(ids[i].size());
        for (const auto& [day, c] : in.commits) {
            const qint64 i = sFirst.daysTo(day);
            if (i >= 0 && i < qint64(y.size()))
                y[i] = double(c);
        }
        r.correlations = lagCorrelations(x, y, config.maxLag);
    }

    // --- Anomalies on the daily series.
    for (const auto& [name, values] : {std::pair<const char*, const std::vector<double>*> {"cost", &d.cost},
             {"tokens", &d.tokens}, {"error_rate", &d.errorRate}, {"new_findings", &d.newFindings}}) {
        auto found = findAnomalies(QLatin1String(name), d.first, *values);
        r.anomalies.insert(r.anomalies.end(), found.begin(), found.end());
    }
    std::sort(r.anomalies.begin(), r.anomalies.end(),
        [](const Anomaly& a, const Anomaly& b) { return a.day != b.day ? a.day < b.day : a.metric < b.metric; });
    return r;
}

} // namespace assay::metrics
