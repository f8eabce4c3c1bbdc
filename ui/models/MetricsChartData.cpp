// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsChartData.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace assay::ui {

namespace {

using json::qstr;

QString tr(const char* text)
{
    return QCoreApplication::translate("MetricsCharts", text);
}

std::vector<double> values(const Json& array)
{
    std::vector<double> out;
    if (!array.is_array())
        return out;
    for (const auto& v : array)
        out.push_back(v.is_number() ? v.get<double>() : std::numeric_limits<double>::quiet_NaN());
    return out;
}

QString csvField(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

qint64 ChartData::pointCount() const
{
    qint64 n = 0;
    for (const auto& s : series)
        for (double v : s.values)
            if (std::isfinite(v))
                ++n;
    return n;
}

QByteArray ChartData::toCsv() const
{
    QStringList header {QStringLiteral("day")};
    for (const auto& s : series)
        header << csvField(s.name);
    header << QStringLiteral("anomaly");
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (size_t i = 0; i < days.size(); ++i) {
        QStringList row {days[i].toString(Qt::ISODate)};
        for (const auto& s : series)
            row << (i < s.values.size() && std::isfinite(s.values[i]) ? QString::number(s.values[i], 'g', 12)
                                                                      : QString());
        QStringList notes;
        for (const auto& m : markers)
            if (m.dayIndex == int(i))
                notes << m.label;
        row << csvField(notes.join(QStringLiteral("; ")));
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

std::vector<ChartData> chartsFromReport(const Json& report, int lag)
{
    const Json daily = report.value("daily", Json::object());
    std::vector<QDate> days;
    for (const auto& d : daily.value("days", Json::array()))
        days.push_back(QDate::fromString(qstr(d.get<std::string>()), Qt::ISODate));
    const int n = int(days.size());
    auto dayIndex = [&](const QString& day) {
        const QDate d = QDate::fromString(day, Qt::ISODate);
        return n == 0 || !d.isValid() ? -1 : int(days.front().daysTo(d));
    };
    std::vector<ChartData> charts;

    // 1. Sessions per day and commits `lag` days later, on the sessions' day.
    ChartData sc;
    sc.id = QStringLiteral("sessions_commits");
    sc.title = lag == 0 ? tr("AI sessions and commits per day") : tr("AI sessions/day, commits %1 d later").arg(lag);
    sc.unit = tr("per day");
    sc.days = days;
    const auto sessions = values(daily.value("sessions", Json::array()));
    const auto commits = values(daily.value("commits", Json::array()));
    std::vector<double> shifted(n, std::numeric_limits<double>::quiet_NaN());
    for (int i = 0; i + lag < n && i + lag < int(commits.size()); ++i)
        shifted[i] = commits[i + lag];
    sc.series = {{tr("sessions"), sessions}, {lag == 0 ? tr("commits") : tr("commits (+%1 d)").arg(lag), shifted}};
    for (const auto& c : report.value("correlations", Json::array()))
        if (c.value("lag_days", -1) == lag && c["pearson"].is_object()) {
            const double r = c["pearson"]["r"].get<double>();
            const Json q = c["pearson"]["q_value"];
            sc.title += QStringLiteral(" — r = %1%2")
                            .arg(QString::number(r, 'f', 2),
                                q.is_number() ? QStringLiteral(", q = %1").arg(QString::number(q.get<double>(), 'g', 2))
                                              : QString());
        }
    charts.push_back(std::move(sc));

    // 2. Cost per day by model.
    ChartData cost;
    cost.id = QStringLiteral("cost_by_model");
    cost.title = tr("Cost per day by model");
    cost.unit = tr("USD");
    cost.days = days;
    const Json byModel = daily.value("cost_by_model", Json::object());
    for (const auto& [model, v] : byModel.items())
        cost.series.push_back({qstr(model), values(v)});
    if (cost.series.empty())
        cost.series.push_back({tr("cost"), values(daily.value("cost", Json::array()))});

    // 3. New findings per day by severity.
    ChartData findings;
    findings.id = QStringLiteral("findings_by_severity");
    findings.title = tr("New findings per day by severity");
    findings.unit = tr("findings");
    findings.days = days;
    const Json bySeverity = daily.value("findings_by_severity", Json::object());
    for (const char* sev : {"critical", "high", "medium", "low", "info"})
        if (bySeverity.contains(sev))
            findings.series.push_back({QLatin1String(sev), values(bySeverity[sev])});

    // 4. Tokens and error rate per day.
    ChartData usage;
    usage.id = QStringLiteral("tokens_errors");
    usage.title = tr("Tokens and error rate per day");
    usage.unit = tr("tokens");
    usage.rightUnit = tr("error rate %");
    usage.days = days;
    usage.series = {{tr("tokens"), values(daily.value("tokens", Json::array())), false},
        {tr("error rate %"), values(daily.value("error_rate", Json::array())), true}};

    // Anomalies as markers on the chart and series they concern.
    const auto total = values(daily.value("cost", Json::array()));
    for (const auto& a : report.value("anomalies", Json::array())) {
        const QString metric = qstr(a.value("metric", std::string()));
        const int i = dayIndex(qstr(a.value("day", std::string())));
        if (i < 0 || i >= n)
            continue;
        const double v = a.value("value", 0.0);
        const Json range = a.value("expected_range", Json::array());
        const QString label = tr("%1 anomaly: %2 (expected %3–%4)")
                                  .arg(metric, QString::number(v, 'g', 6),
                                      range.size() == 2 ? QString::number(range[0].get<double>(), 'g', 4) : QString(),
                                      range.size() == 2 ? QString::number(range[1].get<double>(), 'g', 4) : QString());
        if (metric == QLatin1String("cost")) {
            // Mark the day's total on the model series with the largest cost that day.
            QString on = cost.series.front().name;
            double best = -1;
            for (const auto& s : cost.series)
                if (i < int(s.values.size()) && s.values[i] > best) {
                    best = s.values[i];
                    on = s.name;
                }
            cost.markers.push_back({i, best >= 0 ? best : (i < int(total.size()) ? total[i] : v), on, label});
        } else if (metric == QLatin1String("new_findings")) {
            findings.markers.push_back({i, v, QString(), label});
        } else if (metric == QLatin1String("tokens")) {
            usage.markers.push_back({i, v, usage.series[0].name, label});
        } else if (metric == QLatin1String("error_rate")) {
            usage.markers.push_back({i, v, usage.series[1].name, label});
        }
    }
    charts.push_back(std::move(cost));
    charts.push_back(std::move(findings));
    charts.push_back(std::move(usage));
    return charts;
}

} // namespace assay::ui
