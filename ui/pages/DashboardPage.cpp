// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "core/Actor.h"
#include "metrics/MetricsService.h"
#include "services/Services.h"
#include "ui/Style.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>
#include <QtConcurrent>

#include <cmath>

namespace assay::ui {

namespace {

struct KpiLabel
{
    const char* key;
    const char* title;
};

// The KPIs shown as tiles, in order.
const KpiLabel kTiles[] = {
    {"open_critical_findings", QT_TRANSLATE_NOOP("DashboardPage", "Open critical findings")},
    {"sla_median_hours_critical", QT_TRANSLATE_NOOP("DashboardPage", "Time to resolve critical (median h)")},
    {"sla_median_hours_high", QT_TRANSLATE_NOOP("DashboardPage", "Time to resolve high (median h)")},
    {"acceptance_rate", QT_TRANSLATE_NOOP("DashboardPage", "AI acceptance rate")},
    {"error_rate", QT_TRANSLATE_NOOP("DashboardPage", "AI error rate")},
    {"ai_interaction_velocity", QT_TRANSLATE_NOOP("DashboardPage", "AI sessions per hour")},
    {"token_efficiency", QT_TRANSLATE_NOOP("DashboardPage", "Tokens per accepted line")},
    {"model_selection_accuracy", QT_TRANSLATE_NOOP("DashboardPage", "On-policy models")},
    {"commit_frequency", QT_TRANSLATE_NOOP("DashboardPage", "Commits per active day")},
};

QString colourOf(const QString& status)
{
    if (status == QLatin1String("good"))
        return QStringLiteral("#2f855a");
    if (status == QLatin1String("warning"))
        return QStringLiteral("#b7791f");
    if (status == QLatin1String("critical"))
        return QStringLiteral("#c53030");
    return QStringLiteral("#a0aec0");
}

} // namespace

DashboardPage::DashboardPage(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    m_pool.setMaxThreadCount(1);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 24, 28, 16);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Dashboard"));
    title->setObjectName(QStringLiteral("pageTitle"));
    header->addWidget(title, 1);
    auto* refreshButton = new QPushButton(tr("Refresh"));
    header->addWidget(refreshButton);
    outer->addLayout(header);
    m_status = new QLabel(tr("Your team at a glance: what was audited and found, and how the work is going."));
    m_status->setObjectName(QStringLiteral("pageLead"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(14);
    m_tiles = new QGridLayout;
    m_tiles->setSpacing(10);
    layout->addLayout(m_tiles);

    auto* row = new QHBoxLayout;
    row->setSpacing(14);
    auto card = [](const QString& heading, QWidget* body) {
        auto* frame = new QFrame;
        frame->setObjectName(QStringLiteral("card"));
        auto* l = new QVBoxLayout(frame);
        auto* h = new QLabel(heading);
        h->setStyleSheet(QStringLiteral("font-weight: 600;"));
        l->addWidget(h);
        l->addWidget(body, 1);
        return frame;
    };
    m_findings = new QChartView(new QChart);
    m_findings->setRenderHint(QPainter::Antialiasing);
    m_findings->setMinimumHeight(240);
    m_findings->chart()->legend()->hide();
    row->addWidget(card(tr("Open findings by severity"), m_findings), 1);
    m_ip = new QChartView(new QChart);
    m_ip->setRenderHint(QPainter::Antialiasing);
    m_ip->setMinimumHeight(240);
    m_ip->chart()->legend()->setAlignment(Qt::AlignRight);
    row->addWidget(card(tr("IP composition of the last audit"), m_ip), 1);
    layout->addLayout(row);

    m_recent = new QTableWidget(0, 4);
    m_recent->setObjectName(QStringLiteral("recentAudits"));
    m_recent->setHorizontalHeaderLabels({tr("Repository"), tr("Status"), tr("Files"), tr("Finished")});
    m_recent->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recent->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_recent->verticalHeader()->hide();
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recent->setMinimumHeight(200);
    layout->addWidget(card(tr("Recent audits"), m_recent));
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_recent, &QTableWidget::cellDoubleClicked, this, [this](int r, int) {
        if (auto* item = m_recent->item(r, 0))
            emit auditActivated(item->data(Qt::UserRole).toString());
    });
    m_services.events().subscribe(this, [this](const Event& e) {
        if (e.type == QLatin1String("metric")
            || (e.type == QLatin1String("audit") && e.action != QLatin1String("progress"))
            || e.type == QLatin1String("finding"))
            scheduleRefresh();
    });
}

DashboardPage::~DashboardPage()
{
    m_pool.waitForDone();
}

void DashboardPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyleCharts();
}

void DashboardPage::restyleCharts()
{
    for (auto* view : {m_findings, m_ip})
        styleChart(view->chart());
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        QTimer::singleShot(300, this, &DashboardPage::refresh);
}

void DashboardPage::refresh()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_stale = false;
    metrics::MetricsService* service = &m_services.metrics();
    auto* watcher = new QFutureWatcher<Result<Json>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_busy = false;
        const Result<Json> r = watcher->result();
        watcher->deleteLater();
        if (r)
            render(*r);
        else
            m_status->setText(tr("Cannot compute the dashboard: %1").arg(r.error().message));
        emit refreshed();
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [service]() -> Result<Json> {
        auto overview = service->overview(Actor::localAdmin());
        if (!overview)
            return overview.error();
        auto kpis = service->kpis(Actor::localAdmin(), {});
        if (!kpis)
            return kpis.error();
        (*overview)["kpis"] = *kpis;
        return overview;
    }));
}

int DashboardPage::tileCount() const
{
    return m_tiles->count();
}

QString DashboardPage::tileStatus(const QString& kpi) const
{
    for (int i = 0; i < m_tiles->count(); ++i)
        if (QWidget* w = m_tiles->itemAt(i)->widget(); w && w->property("kpi").toString() == kpi)
            return w->property("status").toString();
    return {};
}

QChart* DashboardPage::findingsChart() const
{
    return m_findings->chart();
}

QChart* DashboardPage::ipChart() const
{
    return m_ip->chart();
}

int DashboardPage::recentAuditCount() const
{
    return m_recent->rowCount();
}

void DashboardPage::render(const Json& data)
{
    // KPI tiles.
    while (QLayoutItem* item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Json kpis = data.value("kpis", Json::object());
    int index = 0;
    for (const auto& t : kTiles) {
        const Json k = kpis.value(t.key, Json::object());
        const QString status = k.value("status", Json()).is_string() ? json::qstr(k["status"].get<std::string>())
                                                                     : QStringLiteral("none");
        const QString colour = colourOf(status);
        auto* tile = new QFrame;
        tile->setObjectName(QStringLiteral("kpiTile"));
        tile->setProperty("kpi", QString::fromLatin1(t.key));
        tile->setProperty("status", status);
        tile->setStyleSheet(QStringLiteral("QFrame#kpiTile { border: 1px solid palette(midlight); border-left: 6px solid %1; "
                                           "border-radius: 8px; background: palette(base); }")
                                .arg(colour));
        auto* l = new QVBoxLayout(tile);
        l->setContentsMargins(12, 8, 12, 8);
        auto* name = new QLabel(tr(t.title));
        name->setObjectName(QStringLiteral("muted"));
        name->setWordWrap(true);
        const bool hasValue = k.value("value", Json()).is_number();
        QString valueText = hasValue ? QString::number(k["value"].get<double>(), 'f',
                                k["value"].get<double>() == std::floor(k["value"].get<double>()) ? 0 : 1)
                                     : tr("—");
        const QString unit = json::qstr(k.value("unit", std::string()));
        if (hasValue && unit == QLatin1String("%"))
            valueText += QLatin1Char('%');
        auto* value = new QLabel(valueText);
        value->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600; color: %1;").arg(colour));
        auto* target = new QLabel(k.contains("threshold")
                ? tr("target %1 %2 %3")
                      .arg(k.value("direction", std::string()) == "lower_is_better" ? QStringLiteral("≤")
                                                                                    : QStringLiteral("≥"))
                      .arg(k["threshold"].get<double>())
                      .arg(unit)
                : QString());
        target->setObjectName(QStringLiteral("muted"));
        l->addWidget(name);
        l->addWidget(value);
        l->addWidget(target);
        tile->setAccessibleName(QStringLiteral("%1: %2 (%3)").arg(tr(t.title), valueText, status));
        m_tiles->addWidget(tile, index / 5, index % 5);
        ++index;
    }

    // Open findings by severity.
    QChart* chart = m_findings->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    auto* set = new QBarSet(tr("Open findings"));
    QStringList categories;
    const Json bySeverity = data.value("open_findings_by_severity", Json::object());
    double maxCount = 0;
    for (const char* sev : {"critical", "high", "medium", "low", "info"}) {
        const double n = bySeverity.value(sev, 0.0);
        *set << n;
        maxCount = std::max(maxCount, n);
        categories << QString::fromLatin1(sev);
    }
    set->setColor(QColor(QStringLiteral("#2b6cb0")));
    auto* bars = new QBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    const double top = std::max(1.0, std::ceil(maxCount * 1.15));
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%d"));
    if (top <= 10)
        y->setTickCount(int(top) + 1);
    else
        y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);

    // IP composition.
    QChart* ip = m_ip->chart();
    ip->removeAllSeries();
    const Json composition = data.value("ip_composition", Json());
    auto* pie = new QPieSeries;
    if (composition.is_object()) {
        const std::pair<const char*, const char*> parts[] = {
            {"foreground", "#2b6cb0"}, {"third_party", "#dd6b20"}, {"background", "#38a169"}, {"unknown", "#a0aec0"}};
        for (const auto& [key, colour] : parts) {
            const double n = composition.value(key, 0.0);
            if (n <= 0)
                continue;
            auto* slice = pie->append(QStringLiteral("%1 (%2)").arg(QString::fromLatin1(key)).arg(n), n);
            slice->setColor(QColor(QString::fromLatin1(colour)));
        }
    }
    ip->addSeries(pie);
    const Json last = data.value("last_audit", Json());
    ip->setTitle(last.is_object() ? json::qstr(last.value("repository_name", Json("")).is_string()
                         ? last["repository_name"].get<std::string>()
                         : last.value("repository", std::string()))
                                  : tr("No completed audit yet"));
    restyleCharts();

    // Recent audits.
    const Json recent = data.value("recent_audits", Json::array());
    m_recent->setRowCount(int(recent.size()));
    int r = 0;
    for (const auto& a : recent) {
        const QString name = a["repository_name"].is_string() ? json::qstr(a["repository_name"].get<std::string>())
                                                              : json::qstr(a.value("repository", std::string()));
        auto* item = new QTableWidgetItem(name);
        item->setData(Qt::UserRole, json::qstr(a.value("id", std::string())));
        item->setToolTip(json::qstr(a.value("repository", std::string())));
        m_recent->setItem(r, 0, item);
        m_recent->setItem(r, 1, new QTableWidgetItem(json::qstr(a.value("status", std::string()))));
        m_recent->setItem(r, 2,
            new QTableWidgetItem(
                a["files_scanned"].is_number() ? QString::number(a["files_scanned"].get<qint64>()) : QString()));
        m_recent->setItem(r, 3,
            new QTableWidgetItem(a["finished_at"].is_string() ? json::qstr(a["finished_at"].get<std::string>())
                                                                    .left(16)
                                                                    .replace(QLatin1Char('T'), QLatin1Char(' '))
                                                              : QString()));
        ++r;
    }
}

} // namespace assay::ui
