// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace assay::ui {

// The data behind one chart of the Metrics page: daily series on a shared day axis plus marked
// points (anomalies). Built from the metrics report (MetricsService::raw) without any widget,
// so the page stays thin and the CSV export is testable.
struct ChartData
{
    struct Series
    {
        QString name;
        std::vector<double> values; // NaN = no value that day
        bool rightAxis = false; // plotted against a second value axis (another unit)
    };
    struct Marker
    {
        int dayIndex = 0;
        double value = 0;
        QString series; // the series it sits on
        QString label;
    };

    QString id; // file-name friendly: sessions_commits, cost_by_model, …
    QString title;
    QString unit;
    QString rightUnit;
    std::vector<QDate> days;
    std::vector<Series> series;
    std::vector<Marker> markers;

    qint64 pointCount() const;
    // `day,<series…>` with one row per day; markers as an extra `anomaly` column.
    QByteArray toCsv() const;
};

// The four charts of the Metrics page from a report: sessions vs commits `lag` days later,
// cost per day by model, new findings per day by severity, tokens and error rate per day;
// anomalies are markers on the series they concern.
std::vector<ChartData> chartsFromReport(const Json& report, int lag);

} // namespace assay::ui
