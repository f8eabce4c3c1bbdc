// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <QThreadPool>
#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace assay {
class Services;
}

namespace assay::ui {

// The landing page (issue 9): KPI tiles coloured by status (good / warning / critical), the
// recent audits, open findings by severity and the last audit's IP composition. Figures are
// computed on the page's worker pool and refreshed when metrics or audits change.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Services& services, QWidget* parent = nullptr);
    ~DashboardPage() override;

    void refresh();
    bool isBusy() const { return m_busy; }
    int tileCount() const;
    // The status shown on a KPI's tile ("good", "warning", "critical" or "none").
    QString tileStatus(const QString& kpi) const;
    QChart* findingsChart() const;
    QChart* ipChart() const;
    int recentAuditCount() const;

signals:
    void refreshed();
    // A recent audit was double-clicked.
    void auditActivated(const QString& auditId);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void restyleCharts();
    void render(const Json& data);
    void scheduleRefresh();

    Services& m_services;
    QThreadPool m_pool;
    QGridLayout* m_tiles = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_recent = nullptr;
    QChartView* m_findings = nullptr;
    QChartView* m_ip = nullptr;
    bool m_busy = false;
    bool m_stale = true;
    bool m_again = false;
};

} // namespace assay::ui
