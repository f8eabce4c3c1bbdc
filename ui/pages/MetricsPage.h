// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"
#include "core/Result.h"
#include "ui/models/MetricsChartData.h"

#include <QThreadPool>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace assay {
class Services;
}

namespace assay::ui {

// Metrics (issue 9): AI sessions per day against commits per day with a chosen lag, cost per
// day by model, new findings by severity over time, tokens and error rate — anomalies marked on
// the series — plus the KPIs and insights of the period. Every chart exports its data as CSV and
// its image as PNG. The report is computed on the page's worker pool, never on the GUI thread,
// and refreshed when an import or an audit changes the figures.
class MetricsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsPage(Services& services, QWidget* parent = nullptr);
    ~MetricsPage() override;

    void refresh();
    bool isBusy() const { return m_busy; }
    void setLag(int days);
    // 0 = all data.
    void setRangeDays(int days);

    int chartCount() const { return int(m_views.size()); }
    QChart* chart(int index) const;
    const std::vector<ChartData>& chartData() const { return m_data; }
    Status exportCsv(int index, const QString& path) const;
    Status exportPng(int index, const QString& path) const;

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void restyleCharts();
    void render(const Json& report);
    void renderChart(int index, const ChartData& data);
    void chooseExport(int index, bool png);
    void scheduleRefresh();

    Services& m_services;
    QThreadPool m_pool;
    QComboBox* m_range = nullptr;
    QSpinBox* m_lag = nullptr;
    QLineEdit* m_repo = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_kpis = nullptr;
    QListWidget* m_insights = nullptr;
    std::vector<QChartView*> m_views;
    std::vector<QLabel*> m_titles;
    std::vector<ChartData> m_data;
    Json m_report;
    bool m_busy = false;
    bool m_stale = true;
    bool m_again = false;
};

} // namespace assay::ui
