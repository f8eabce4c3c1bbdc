// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsPage.h"

#include "core/Actor.h"
#include "metrics/MetricsService.h"
#include "services/Services.h"
#include "ui/Style.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeZone>
#include <QTimer>
#include <QValueAxis>
#include <QtConcurrent>

#include <cmath>

namespace assay::ui {

namespace {

qint64 msecs(const QDate& day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

MetricsPage::MetricsPage(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    m_pool.setMaxThreadCount(1);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 24, 28, 16);
    auto* title = new QLabel(tr("Metrics"));
    title->setObjectName(QStringLiteral("pageTitle"));
    outer->addWidget(title);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Period")));
    m_range = new QComboBox;
    m_range->setObjectName(QStringLiteral("metricsRange"));
    m_range->addItem(tr("All data"), 0);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->addItem(tr("Last 365 days"), 365);
    controls->addWidget(m_range);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Commit lag (days)")));
    m_lag = new QSpinBox;
    m_lag->setObjectName(QStringLiteral("metricsLag"));
    m_lag->setRange(0, 7);
    m_lag->setValue(1);
    m_lag->setAccessibleName(tr("Commit lag in days"));
    controls->addWidget(m_lag);
    controls->addSpacing(12);
    m_repo = new QLineEdit;
    m_repo->setPlaceholderText(tr("Repository (all)"));
    m_repo->setAccessibleName(tr("Repository filter"));
    m_repo->setClearButtonEnabled(true);
    controls->addWidget(m_repo, 1);
    auto* refreshButton = new QPushButton(tr("Refresh"));
    controls->addWidget(refreshButton);
    outer->addLayout(controls);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("muted"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(14);
    for (int i = 0; i < 4; ++i) {
        auto* card = new QFrame;
        card->setObjectName(QStringLiteral("card"));
        auto* cardLayout = new QVBoxLayout(card);
        auto* header = new QHBoxLayout;
        auto* chartTitle = new QLabel;
        chartTitle->setWordWrap(true);
        chartTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
        header->addWidget(chartTitle, 1);
        auto* csv = new QPushButton(tr("CSV…"));
        csv->setToolTip(tr("Export the chart's data as CSV"));
        auto* png = new QPushButton(tr("PNG…"));
        png->setToolTip(tr("Export the chart as a PNG image"));
        header->addWidget(csv);
        header->addWidget(png);
        cardLayout->addLayout(header);
        auto* view = new QChartView(new QChart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(250);
        view->chart()->legend()->setAlignment(Qt::AlignBottom);
        view->chart()->setMargins(QMargins(4, 4, 4, 4));
        cardLayout->addWidget(view);
        grid->addWidget(card, i / 2, i % 2);
        m_views.push_back(view);
        m_titles.push_back(chartTitle);
        connect(csv, &QPushButton::clicked, this, [this, i] { chooseExport(i, false); });
        connect(png, &QPushButton::clicked, this, [this, i] { chooseExport(i, true); });
    }
    auto* insightsCard = new QFrame;
    insightsCard->setObjectName(QStringLiteral("card"));
    auto* insightsLayout = new QVBoxLayout(insightsCard);
    auto* insightsTitle = new QLabel(tr("Key indicators and insights"));
    insightsTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    insightsLayout->addWidget(insightsTitle);
    m_kpis = new QLabel;
    m_kpis->setWordWrap(true);
    m_kpis->setTextFormat(Qt::RichText);
    insightsLayout->addWidget(m_kpis);
    m_insights = new QListWidget;
    m_insights->setObjectName(QStringLiteral("metricsInsights"));
    m_insights->setWordWrap(true);
    m_insights->setMinimumHeight(140);
    insightsLayout->addWidget(m_insights);
    grid->addWidget(insightsCard, 2, 0, 1, 2);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    connect(refreshButton, &QPushButton::clicked, this, &MetricsPage::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, &MetricsPage::refresh);
    connect(m_repo, &QLineEdit::returnPressed, this, &MetricsPage::refresh);
    // The lag only changes how the commits series is shifted: no new report needed.
    connect(m_lag, &QSpinBox::valueChanged, this, [this] {
        if (!m_report.is_null())
            render(m_report);
    });
    m_services.events().subscribe(this, [this](const Event& e) {
        if (e.type == QLatin1String("metric"))
            scheduleRefresh();
    });
}

MetricsPage::~MetricsPage()
{
    m_pool.waitForDone();
}

void MetricsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyleCharts();
}

void MetricsPage::restyleCharts()
{
    for (auto* view : m_views)
        styleChart(view->chart());
}

void MetricsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void MetricsPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        QTimer::singleShot(300, this, &MetricsPage::refresh);
}

void MetricsPage::setLag(int days)
{
    m_lag->setValue(days);
}

void MetricsPage::setRangeDays(int days)
{
    const int i = m_range->findData(days);
    if (i >= 0)
        m_range->setCurrentIndex(i);
}

void MetricsPage::refresh()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_stale = false;
    m_status->setText(tr("Computing…"));
    const int days = m_range->currentData().toInt();
    const QString repo = m_repo->text().trimmed();
    metrics::MetricsService* service = &m_services.metrics();
    auto* watcher = new QFutureWatcher<Result<Json>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_busy = false;
        const Result<Json> r = watcher->result();
        watcher->deleteLater();
        if (!r) {
            m_status->setText(tr("Cannot compute the metrics: %1").arg(r.error().message));
        } else {
            render(*r);
        }
        emit refreshed();
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [service, days, repo]() -> Result<Json> {
        metrics::TimeRange range;
        if (days > 0)
            range.since
                = QDateTime(QDateTime::currentDateTimeUtc().date().addDays(-(days - 1)), QTime(0, 0), QTimeZone::utc());
        auto raw = service->raw(Actor::localAdmin(), range, repo, 7);
        if (!raw)
            return raw.error();
        auto insights = service->insights(Actor::localAdmin(), range, repo, 7);
        if (insights) {
            (*raw)["key_findings"] = (*insights)["key_findings"];
            (*raw)["recommendations"] = (*insights)["recommendations"];
        }
        return raw;
    }));
}

void MetricsPage::render(const Json& report)
{
    m_report = report;
    m_data = chartsFromReport(report, m_lag->value());
    for (int i = 0; i < int(m_data.size()) && i < chartCount(); ++i)
        renderChart(i, m_data[i]);
    const Json totals = report.value("totals", Json::object());
    const qint64 days = qint64(report.value("daily", Json::object()).value("days", Json::array()).size());
    m_status->setText(days == 0
            ? tr("No data yet: import AI-assistant session logs (assay metrics import FILE) and run audits.")
            : tr("%1 sessions, %2 requests over %3 days; %4 anomalies.")
                  .arg(totals.value("sessions", qint64(0)))
                  .arg(totals.value("requests", qint64(0)))
                  .arg(days)
                  .arg(report.value("anomalies", Json::array()).size()));

    // KPIs as a three-column table, each with its status colour.
    QString table = QStringLiteral("<table cellspacing='4'>");
    int column = 0;
    const Json kpis = report.value("kpis", Json::object());
    for (const auto& [name, k] : kpis.items()) {
        const std::string status = k["status"].is_string() ? k["status"].get<std::string>() : std::string();
        const QString colour = status == "good" ? QStringLiteral("#2f855a")
            : status == "warning"               ? QStringLiteral("#b7791f")
            : status == "critical"              ? QStringLiteral("#c53030")
                                                : QStringLiteral("#a0aec0");
        const QString value = k["value"].is_number()
            ? QStringLiteral("<b>%1</b> %2")
                  .arg(QString::number(k["value"].get<double>(), 'g', 4),
                      json::qstr(k.value("unit", std::string())).toHtmlEscaped())
            : tr("no data");
        if (column == 0)
            table += QStringLiteral("<tr>");
        table += QStringLiteral("<td><span style='color:%1'>&#9632;</span> %2: %3&nbsp;&nbsp;</td>")
                     .arg(colour, QString::fromStdString(name).toHtmlEscaped(), value);
        if (++column == 3) {
            table += QStringLiteral("</tr>");
            column = 0;
        }
    }
    m_kpis->setText(table + QStringLiteral("</table>"));
    m_insights->clear();
    for (const auto& f : report.value("key_findings", Json::array()))
        m_insights->addItem(json::qstr(f.value("text", std::string())));
    for (const auto& r : report.value("recommendations", Json::array()))
        m_insights->addItem(tr("→ %1").arg(json::qstr(r.value("text", std::string()))));
    if (m_insights->count() == 0)
        m_insights->addItem(tr("Nothing stands out: every indicator with data is within its target."));
}

void MetricsPage::renderChart(int index, const ChartData& data)
{
    QChart* chart = m_views[index]->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    m_titles[index]->setText(data.title);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM d"));
    x->setTickCount(std::clamp(int(data.days.size()), 2, 8));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.4g"));
    y->setTitleText(data.unit);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QValueAxis* right = nullptr;
    if (!data.rightUnit.isEmpty()) {
        right = new QValueAxis;
        right->setTitleText(data.rightUnit);
        right->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(right, Qt::AlignRight);
    }
    double maxY = 0, maxRight = 0;
    for (const auto& s : data.series) {
        auto* line = new QLineSeries;
        line->setName(s.name);
        QValueAxis* axis = s.rightAxis && right ? right : y;
        double& top = s.rightAxis && right ? maxRight : maxY;
        for (size_t i = 0; i < s.values.size() && i < data.days.size(); ++i)
            if (std::isfinite(s.values[i])) {
                line->append(double(msecs(data.days[i])), s.values[i]);
                top = std::max(top, s.values[i]);
            }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(axis);
    }
    if (!data.markers.empty()) {
        // One marker series per axis, so that each sits on the scale of its series.
        QScatterSeries* marks[2] = {nullptr, nullptr};
        for (const auto& m : data.markers) {
            bool onRight = false;
            for (const auto& s : data.series)
                if (s.name == m.series)
                    onRight = s.rightAxis && right;
            QScatterSeries*& series = marks[onRight ? 1 : 0];
            if (!series) {
                series = new QScatterSeries;
                series->setName(tr("anomalies"));
                series->setColor(QColor(QStringLiteral("#c53030")));
                series->setMarkerSize(11);
            }
            series->append(double(msecs(data.days[size_t(m.dayIndex)])), m.value);
            (onRight ? maxRight : maxY) = std::max(onRight ? maxRight : maxY, m.value);
        }
        for (int k = 0; k < 2; ++k)
            if (marks[k]) {
                chart->addSeries(marks[k]);
                marks[k]->attachAxis(x);
                marks[k]->attachAxis(k == 1 ? right : y);
                if (k == 1 && marks[0])
                    chart->legend()->markers(marks[k]).first()->setVisible(false);
            }
    }
    if (!data.days.empty()) {
        x->setRange(QDateTime::fromMSecsSinceEpoch(msecs(data.days.front()) - 12 * 3600 * 1000, QTimeZone::utc()),
            QDateTime::fromMSecsSinceEpoch(msecs(data.days.back()) + 12 * 3600 * 1000, QTimeZone::utc()));
    }
    y->setRange(0, maxY > 0 ? maxY * 1.05 : 1);
    y->applyNiceNumbers();
    if (maxY >= 1000)
        y->setLabelFormat(QStringLiteral("%.0f"));
    if (right) {
        right->setRange(0, maxRight > 0 ? maxRight * 1.05 : 1);
        right->applyNiceNumbers();
    }
    styleChart(chart);
}

QChart* MetricsPage::chart(int index) const
{
    return index >= 0 && index < chartCount() ? m_views[index]->chart() : nullptr;
}

Status MetricsPage::exportCsv(int index, const QString& path) const
{
    if (index < 0 || index >= int(m_data.size()))
        return Error::notFound(tr("There is no chart %1.").arg(index));
    QSaveFile file(path);
    const QByteArray csv = m_data[index].toCsv();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Error::internal(tr("Cannot write %1.").arg(path));
    return {};
}

Status MetricsPage::exportPng(int index, const QString& path) const
{
    if (index < 0 || index >= chartCount())
        return Error::notFound(tr("There is no chart %1.").arg(index));
    const QPixmap image = m_views[index]->grab();
    if (image.isNull() || !image.save(path, "PNG"))
        return Error::internal(tr("Cannot write %1.").arg(path));
    return {};
}

void MetricsPage::chooseExport(int index, bool png)
{
    if (index >= int(m_data.size()))
        return;
    const QString suggested = m_data[index].id + (png ? QStringLiteral(".png") : QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, png ? tr("Export chart image") : tr("Export chart data"),
        suggested, png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status st = png ? exportPng(index, path) : exportCsv(index, path);
    m_status->setText(st ? tr("Exported %1.").arg(path) : st.error().message);
}

} // namespace assay::ui
