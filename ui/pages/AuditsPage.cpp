// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditsPage.h"

#include "AuditDetailView.h"
#include "audit/jobs/AuditService.h"
#include "services/Services.h"
#include "ui/dialogs/NewAuditDialog.h"
#include "ui/models/PagedJsonModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace assay::ui {

namespace {

constexpr auto text = &PagedJsonModel::text;

QString localTime(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString duration(const Json& row)
{
    if (!row.contains("duration_ms") || !row["duration_ms"].is_number())
        return {};
    const qint64 ms = row["duration_ms"].get<qint64>();
    if (ms < 1000)
        return QObject::tr("%1 ms").arg(ms);
    if (ms < 60000)
        return QObject::tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    return QObject::tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
}

QString statusText(const QString& s)
{
    if (s == QLatin1String("queued"))
        return QObject::tr("Queued");
    if (s == QLatin1String("running"))
        return QObject::tr("Running");
    if (s == QLatin1String("completed"))
        return QObject::tr("Completed");
    if (s == QLatin1String("failed"))
        return QObject::tr("Failed");
    if (s == QLatin1String("cancelled"))
        return QObject::tr("Cancelled");
    if (s == QLatin1String("interrupted"))
        return QObject::tr("Interrupted");
    return s;
}

QString findingsText(const Json& row)
{
    if (!row.contains("open_findings"))
        return {};
    const Json& c = row["open_findings"];
    QStringList parts;
    const std::pair<const char*, QString> names[] = {{"critical", QObject::tr("critical")},
        {"high", QObject::tr("high")}, {"medium", QObject::tr("medium")}, {"low", QObject::tr("low")}};
    for (const auto& [key, name] : names)
        if (c.value(key, 0) > 0)
            parts << QStringLiteral("%1 %2").arg(c.value(key, 0)).arg(name);
    return parts.isEmpty() ? (text(row, "status") == QLatin1String("completed") ? QObject::tr("none open") : QString())
                           : parts.join(QStringLiteral(" · "));
}

// Draws a progress bar in the status cell of running audits.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int progress = index.data(Qt::UserRole).toInt();
        if (index.data(Qt::UserRole + 1).toString() != QLatin1String("running")) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(4, 6, -4, -6);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = progress;
        bar.text = index.data().toString();
        bar.textVisible = true;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

} // namespace

AuditsPage::AuditsPage(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget;
    outer->addWidget(m_stack);

    auto* listPage = new QWidget;
    auto* layout = new QVBoxLayout(listPage);
    layout->setContentsMargins(24, 20, 24, 16);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Audits"));
    title->setObjectName(QStringLiteral("pageTitle"));
    header->addWidget(title);
    header->addStretch(1);
    auto* newButton = new QPushButton(tr("New audit…"));
    newButton->setObjectName(QStringLiteral("primary"));
    newButton->setToolTip(tr("Audit a folder, a git repository or an archive (Ctrl+N)"));
    header->addWidget(newButton);
    layout->addLayout(header);

    auto* toolbar = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search repositories (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search audits"));
    m_status = new QComboBox;
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const char* s : {"queued", "running", "completed", "failed", "cancelled", "interrupted"})
        m_status->addItem(statusText(QLatin1String(s)), QLatin1String(s));
    auto* cancel = new QPushButton(tr("Cancel"));
    auto* rerun = new QPushButton(tr("Re-run"));
    auto* remove = new QPushButton(tr("Delete"));
    auto* refreshButton = new QPushButton(tr("Refresh"));
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_status);
    toolbar->addSpacing(12);
    toolbar->addWidget(cancel);
    toolbar->addWidget(rerun);
    toolbar->addWidget(remove);
    toolbar->addWidget(refreshButton);
    layout->addLayout(toolbar);

    const auto str = [](const char* key) {
        return [key](const Json& row, int role) -> QVariant {
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return text(row, key);
            return {};
        };
    };
    m_model = new PagedJsonModel(
        {{tr("Repository"),
             [](const Json& row, int role) -> QVariant {
                 if (role == Qt::DisplayRole) {
                     const QString name = text(row, "repository_name");
                     return name.isEmpty() ? text(row, "repository") : name;
                 }
                 if (role == Qt::ToolTipRole)
                     return text(row, "repository");
                 return {};
             },
             QStringLiteral("source")},
            {tr("Ref"), str("ref"), {}},
            {tr("Status"),
                [](const Json& row, int role) -> QVariant {
                    const QString s = text(row, "status");
                    if (role == Qt::DisplayRole)
                        return s == QLatin1String("running")
                            ? QObject::tr("%1% · %2").arg(row.value("progress", 0)).arg(text(row, "stage"))
                            : statusText(s);
                    if (role == Qt::UserRole)
                        return row.value("progress", 0);
                    if (role == Qt::UserRole + 1)
                        return s;
                    if (role == Qt::ToolTipRole)
                        return text(row, "error");
                    if (role == Qt::ForegroundRole && s == QLatin1String("failed"))
                        return QColor(0xc5, 0x30, 0x30);
                    return {};
                },
                QStringLiteral("status")},
            {tr("Started"),
                [](const Json& row, int role) -> QVariant {
                    if (role == Qt::DisplayRole)
                        return localTime(
                            text(row, "started_at").isEmpty() ? text(row, "created_at") : text(row, "started_at"));
                    return {};
                },
                QStringLiteral("created_at")},
            {tr("Duration"),
                [](const Json& row, int role) -> QVariant {
                    return role == Qt::DisplayRole ? duration(row) : QVariant();
                },
                QStringLiteral("duration_ms")},
            {tr("Files"),
                [](const Json& row, int role) -> QVariant {
                    if (role == Qt::DisplayRole && row.contains("summary") && row["summary"].is_object())
                        return QLocale().toString(row["summary"].value("files_scanned", qint64(0)));
                    if (role == Qt::TextAlignmentRole)
                        return int(Qt::AlignRight | Qt::AlignVCenter);
                    return {};
                },
                {}},
            {tr("Open findings"),
                [](const Json& row, int role) -> QVariant {
                    return role == Qt::DisplayRole ? findingsText(row) : QVariant();
                },
                {}}},
        this);
    m_model->setFetch([this](int page, int limit, const QString& sortBy, bool descending) {
        audit::AuditListFilter filter;
        filter.q = m_search->text().trimmed();
        filter.status = m_status->currentData().toString();
        return m_services.audits().list(Actor::localAdmin(), filter, {page, limit, sortBy, descending});
    });
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Audits"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(3, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(2, new StatusDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(2, 170);
    m_table->setColumnWidth(3, 150);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No audits yet. Click “New audit…”, or drop a folder or an archive on this window."));
    m_empty->setObjectName(QStringLiteral("muted"));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);
    m_stack->addWidget(listPage);

    m_detail = new AuditDetailView(services);
    m_stack->addWidget(m_detail);
    connect(m_detail, &AuditDetailView::backRequested, this, [this] {
        m_stack->setCurrentIndex(0);
        refresh();
    });

    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(150);
    connect(m_reload, &QTimer::timeout, this, &AuditsPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_reload, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &AuditsPage::refresh);
    connect(newButton, &QPushButton::clicked, this, [this] { newAudit(); });
    connect(cancel, &QPushButton::clicked, this, &AuditsPage::cancelSelected);
    connect(rerun, &QPushButton::clicked, this, &AuditsPage::rerunSelected);
    connect(remove, &QPushButton::clicked, this, &AuditsPage::deleteSelected);
    connect(refreshButton, &QPushButton::clicked, this, &AuditsPage::refresh);
    connect(m_table, &QTableView::doubleClicked, this,
        [this](const QModelIndex& i) { openAudit(text(m_model->rowAt(i.row()), "id")); });
    auto addShortcut = [this](const QKeySequence& key, auto slot) {
        auto* a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    addShortcut(QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addShortcut(QKeySequence(Qt::Key_F5), [this] { refresh(); });
    addShortcut(QKeySequence::Delete, [this] { deleteSelected(); });
    addShortcut(QKeySequence(Qt::Key_Return), [this] {
        if (m_table->hasFocus() && m_table->currentIndex().isValid())
            openAudit(selectedId());
    });

    // Live updates from the event bus (delivered on this thread).
    services.events().subscribe(this, [this](const Event& e) {
        if (e.type == QLatin1String("audit"))
            onEvent(e.action, e.data);
    });
    refresh();
}

void AuditsPage::refresh()
{
    m_model->reload();
    m_empty->setVisible(m_model->rowCount() == 0 && m_search->text().isEmpty() && m_status->currentIndex() == 0);
    if (!m_model->lastError().isEmpty())
        m_empty->setText(tr("The audits cannot be read: %1").arg(m_model->lastError()));
}

void AuditsPage::onEvent(const QString& action, const Json& data)
{
    if (action == QLatin1String("progress")) {
        const std::string id = data.value("id", std::string());
        for (int r = 0; r < m_model->rowCount(); ++r) {
            Json row = m_model->rowAt(r);
            if (row.value("id", std::string()) == id) {
                row["status"] = "running";
                row["progress"] = data.value("percent", 0);
                row["stage"] = data.value("stage", std::string());
                m_model->updateRow(r, std::move(row));
                return;
            }
        }
        return;
    }
    if (action == QLatin1String("completed") || action == QLatin1String("failed")
        || action == QLatin1String("cancelled")) {
        // Failed and cancelled events carry only the id: the rest comes from the row shown.
        Json row = data;
        if (!row.contains("repository")) {
            const std::string id = data.value("id", std::string());
            for (int r = 0; r < m_model->rowCount(); ++r)
                if (m_model->rowAt(r).value("id", std::string()) == id)
                    row = m_model->rowAt(r);
        }
        qint64 ms = 0;
        if (row.contains("duration_ms") && row["duration_ms"].is_number())
            ms = row["duration_ms"].get<qint64>();
        else if (const QDateTime started = QDateTime::fromString(text(row, "started_at"), Qt::ISODateWithMs);
                 started.isValid())
            ms = started.msecsTo(QDateTime::currentDateTimeUtc());
        emit auditFinished(
            text(row, "repository_name").isEmpty() ? text(row, "repository") : text(row, "repository_name"), action,
            ms);
    }
    m_reload->start();
}

QString AuditsPage::selectedId() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return {};
    return text(m_model->rowAt(rows.first().row()), "id");
}

void AuditsPage::newAudit(const QString& prefill)
{
    NewAuditDialog dialog(this);
    if (!prefill.isEmpty())
        dialog.setSource(prefill);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto result = m_services.audits().submit(Actor::localAdmin(), dialog.submission());
    if (!result) {
        QMessageBox::warning(this, tr("The audit cannot start"), result.error().message);
        return;
    }
    refresh();
}

void AuditsPage::cancelSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    auto r = m_services.audits().cancel(Actor::localAdmin(), id);
    if (!r)
        QMessageBox::information(this, tr("Cancel audit"), r.error().message);
    refresh();
}

void AuditsPage::rerunSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    auto row = m_services.audits().get(Actor::localAdmin(), id);
    if (!row)
        return;
    const QString source = text(*row, "repository");
    if (source.startsWith(QLatin1String("upload:"))) {
        QMessageBox::information(this, tr("Re-run audit"),
            tr("An uploaded archive cannot be re-run; audit it again from "
               "the file."));
        return;
    }
    audit::AuditSubmission s;
    s.repository = source;
    s.ref = text(*row, "ref");
    s.options = row->value("options", Json::object());
    s.interactive = true;
    auto r = m_services.audits().submit(Actor::localAdmin(), s);
    if (!r)
        QMessageBox::warning(this, tr("The audit cannot start"), r.error().message);
    refresh();
}

void AuditsPage::deleteSelected()
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return;
    QStringList ids;
    for (const auto& r : rows)
        ids << text(m_model->rowAt(r.row()), "id");
    if (QMessageBox::question(this, tr("Delete audits"),
            tr("Delete %n audit(s) with their findings and files? This cannot be undone.", nullptr, int(ids.size())))
        != QMessageBox::Yes)
        return;
    for (const auto& id : ids)
        if (auto s = m_services.audits().remove(Actor::localAdmin(), id); !s)
            QMessageBox::warning(this, tr("Delete audit"), s.error().message);
    refresh();
}

void AuditsPage::openAudit(const QString& id)
{
    if (id.isEmpty())
        return;
    m_detail->load(id);
    m_stack->setCurrentWidget(m_detail);
}

} // namespace assay::ui
