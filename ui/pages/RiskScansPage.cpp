// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskScansPage.h"

#include "core/Actor.h"
#include "scan/ScanService.h"
#include "services/Services.h"
#include "ui/models/ScanItemsModel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace assay::ui {

namespace {

using assay::json::getString;
using assay::json::qstr;

const QStringList kCategories {QStringLiteral("Financial"), QStringLiteral("Schedule"), QStringLiteral("Technical"),
    QStringLiteral("Legal"), QStringLiteral("Operational"), QStringLiteral("Compliance"), QStringLiteral("Other")};

// Chip colours per category: (text, background), readable on light and dark themes alike.
QPair<QColor, QColor> chipColors(const QString& category)
{
    static const QHash<QString, QPair<QColor, QColor>> colors {
        {QStringLiteral("Financial"), {QColor(0x22543d), QColor(0xc6f6d5)}},
        {QStringLiteral("Schedule"), {QColor(0x744210), QColor(0xfefcbf)}},
        {QStringLiteral("Technical"), {QColor(0x2a4365), QColor(0xbee3f8)}},
        {QStringLiteral("Legal"), {QColor(0x44337a), QColor(0xe9d8fd)}},
        {QStringLiteral("Operational"), {QColor(0x7b341e), QColor(0xfeebc8)}},
        {QStringLiteral("Compliance"), {QColor(0x742a2a), QColor(0xfed7d7)}},
        {QStringLiteral("Other"), {QColor(0x2d3748), QColor(0xe2e8f0)}}};
    return colors.value(category, {QColor(0x2d3748), QColor(0xedf2f7)});
}

// Draws an item's categories as rounded chips (a corrected item gets a check mark).
class CategoryChipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QStringList categories = index.data(ScanItemsModel::CategoriesRole).toStringList();
        const bool corrected = index.data(ScanItemsModel::CorrectedRole).toBool();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.9);
        painter->setFont(font);
        const QFontMetrics fm(font);
        const int h = fm.height() + 4;
        int x = option.rect.left() + 4;
        const int y = option.rect.top() + (option.rect.height() - h) / 2;
        QStringList labels;
        for (const auto& c : categories)
            labels << RiskScansPage::tr(qPrintable(c));
        if (categories.isEmpty())
            labels << RiskScansPage::tr("Not a risk");
        for (int i = 0; i < labels.size(); ++i) {
            const QString text = labels[i] + (corrected && i == labels.size() - 1 ? QStringLiteral(" ✓") : QString());
            const int w = fm.horizontalAdvance(text) + 14;
            if (x + w > option.rect.right() && i > 0) {
                painter->setPen(option.palette.color(QPalette::Text));
                painter->drawText(QRect(x, y, 24, h), Qt::AlignVCenter, QStringLiteral("…"));
                break;
            }
            const auto [fg, bg] = categories.isEmpty() ? qMakePair(QColor(0x4a5568), QColor(0xe2e8f0))
                                                       : chipColors(categories.value(i));
            QPainterPath path;
            path.addRoundedRect(QRectF(x, y, w, h), h / 2.0, h / 2.0);
            painter->fillPath(path, bg);
            painter->setPen(fg);
            painter->drawText(QRect(x, y, w, h), Qt::AlignCenter, text);
            x += w + 4;
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QFontMetrics fm(option.font);
        int w = 8;
        for (const auto& c : index.data(ScanItemsModel::CategoriesRole).toStringList())
            w += fm.horizontalAdvance(c) + 18;
        return {std::max(w, 110), fm.height() + 12};
    }
};

// The category names as people read them (the data keeps the English names of SPEC §8).
[[maybe_unused]] void categoryNamesForTranslation()
{
    (void)QT_TRANSLATE_NOOP("assay::ui::RiskScansPage", "Financial");
    (void)QT_TRANSLATE_NOOP("assay::ui::RiskScansPage", "Schedule");
    (void)QT_TRANSLATE_NOOP("assay::ui::RiskScansPage", "Technical");
    (void)QT_TRANSLATE_NOOP("assay::ui::RiskScansPage", "Legal");
    (void)QT_TRANSLATE_NOOP("assay::ui::RiskScansPage", "Operational");
    (void)QT_TRANSLATE_NOOP("assay::ui::RiskScansPage", "Compliance");
    (void)QT_TRANSLATE_NOOP("assay::ui::RiskScansPage", "Other");
}

QString localTime(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

RiskScansPage::RiskScansPage(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_userId(Actor::localAdmin().userId)
{
    m_pool.setMaxThreadCount(2);
    setAcceptDrops(true);
    setStyleSheet(QStringLiteral(R"(
QPushButton#scanButton { background: #2b6cb0; color: white; border: none; border-radius: 6px;
                         padding: 6px 18px; font-weight: 600; }
QPushButton#scanButton:disabled { background: #a0aec0; }
QPushButton#scanButton:hover:!disabled { background: #2c5282; }
QLabel#scanError { color: #c53030; background: #fff5f5; border: 1px solid #feb2b2; border-radius: 6px;
                   padding: 6px 10px; }
QLabel#sectionTitle { font-weight: 600; }
QPushButton[chip="true"] { border: 1px solid #cbd5e0; border-radius: 11px; padding: 3px 10px; background: palette(base); }
QPushButton[chip="true"]:checked { border: 1px solid #2b6cb0; background: #bee3f8; color: #1a365d; }
)"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 20);
    layout->setSpacing(10);
    auto* title = new QLabel(tr("Risk scans"));
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    auto* lead = new QLabel(tr("Paste text or open a contract, proposal or plan and see its project risks. The local "
                               "model works offline; correct a risk's categories to teach it."));
    lead->setObjectName(QStringLiteral("pageLead"));
    lead->setWordWrap(true);
    layout->addWidget(lead);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("scanError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    // History of past scans, on the left.
    auto* historyPanel = new QWidget;
    auto* historyLayout = new QVBoxLayout(historyPanel);
    historyLayout->setContentsMargins(0, 0, 8, 0);
    historyPanel->setMinimumWidth(210);
    auto* historyTitle = new QLabel(tr("History"));
    historyTitle->setObjectName(QStringLiteral("sectionTitle"));
    historyLayout->addWidget(historyTitle);
    m_history = new QListWidget;
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("Past scans"));
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideMiddle);
    historyLayout->addWidget(m_history, 1);
    m_deleteScan = new QPushButton(tr("Delete scan"));
    m_deleteScan->setObjectName(QStringLiteral("deleteScanButton"));
    m_deleteScan->setEnabled(false);
    historyLayout->addWidget(m_deleteScan);

    // The text, with its toolbar.
    auto* editorPanel = new QWidget;
    auto* editorLayout = new QVBoxLayout(editorPanel);
    editorLayout->setContentsMargins(8, 0, 0, 4);
    auto* toolbar = new QHBoxLayout;
    m_open = new QPushButton(tr("Open document…"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setToolTip(tr("Text, Markdown, CSV, JSON, HTML, PDF or Word (.docx) — or drop a file here (Ctrl+O)"));
    m_source = new QLabel(tr("Pasted text"));
    m_source->setObjectName(QStringLiteral("muted"));
    m_useLlm = new QCheckBox(tr("Use the LLM"));
    m_useLlm->setObjectName(QStringLiteral("useLlmCheck"));
    m_useLlm->setVisible(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setVisible(false);
    m_scan = new QPushButton(tr("Scan"));
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_scan->setToolTip(tr("Find the risks in this text (Ctrl+Return)"));
    toolbar->addWidget(m_open);
    toolbar->addWidget(m_source, 1);
    toolbar->addWidget(m_useLlm);
    toolbar->addWidget(m_progress);
    toolbar->addWidget(m_scan);
    editorLayout->addLayout(toolbar);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("scanText"));
    m_text->setAccessibleName(tr("Text to scan"));
    m_text->setPlaceholderText(tr("Paste a contract, proposal, project plan or status report here, or open a "
                                  "document, then press Scan (Ctrl+Return)."));
    editorLayout->addWidget(m_text, 1);

    // Results: summary, table, correction bar.
    auto* resultsPanel = new QWidget;
    auto* resultsLayout = new QVBoxLayout(resultsPanel);
    resultsLayout->setContentsMargins(8, 4, 0, 0);
    m_summary = new QLabel(tr("No scan yet."));
    m_summary->setObjectName(QStringLiteral("scanSummary"));
    resultsLayout->addWidget(m_summary);
    m_model = new ScanItemsModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setAccessibleName(tr("Risks found"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setItemDelegateForColumn(ScanItemsModel::CategoriesColumn, new CategoryChipDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ScanItemsModel::RiskColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ScanItemsModel::RiskColumn, 230);
    m_table->setColumnWidth(ScanItemsModel::CategoriesColumn, 200);
    m_table->setColumnWidth(ScanItemsModel::ConfidenceColumn, 90);
    resultsLayout->addWidget(m_table, 1);

    m_correction = new QWidget;
    m_correction->setObjectName(QStringLiteral("correctionBar"));
    auto* correctionLayout = new QHBoxLayout(m_correction);
    correctionLayout->setContentsMargins(0, 4, 0, 0);
    correctionLayout->setSpacing(6);
    auto* correctionLabel = new QLabel(tr("Categories:"));
    correctionLabel->setToolTip(tr("Check the categories this risk really has; uncheck all if it is not a risk."));
    correctionLayout->addWidget(correctionLabel);
    for (const auto& c : kCategories) {
        auto* b = new QPushButton(tr(qPrintable(c)));
        b->setObjectName(QStringLiteral("category_") + c);
        b->setProperty("chip", true);
        b->setProperty("category", c);
        b->setCheckable(true);
        connect(b, &QPushButton::toggled, this, [this] {
            if (!m_settingText)
                onChipToggled();
        });
        m_categoryButtons << b;
        correctionLayout->addWidget(b);
    }
    correctionLayout->addStretch(1);
    m_saveCorrection = new QPushButton(tr("Save correction"));
    m_saveCorrection->setObjectName(QStringLiteral("saveCorrectionButton"));
    correctionLayout->addWidget(m_saveCorrection);
    resultsLayout->addWidget(m_correction);

    auto* work = new QSplitter(Qt::Vertical);
    work->addWidget(editorPanel);
    work->addWidget(resultsPanel);
    work->setStretchFactor(0, 2);
    work->setStretchFactor(1, 3);
    work->setChildrenCollapsible(false);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(historyPanel);
    split->addWidget(work);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({230, 800});
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_open, &QPushButton::clicked, this, &RiskScansPage::chooseDocument);
    connect(m_scan, &QPushButton::clicked, this, &RiskScansPage::startScan);
    connect(m_saveCorrection, &QPushButton::clicked, this, &RiskScansPage::saveCorrection);
    connect(m_deleteScan, &QPushButton::clicked, this, &RiskScansPage::deleteSelectedScan);
    connect(m_text, &QPlainTextEdit::textChanged, this, &RiskScansPage::onTextEdited);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RiskScansPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RiskScansPage::updateCorrectionBar);
    connect(m_history, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { showScan(item->data(Qt::UserRole).toString()); });
    connect(m_history, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { showScan(item->data(Qt::UserRole).toString()); });
    connect(m_history, &QListWidget::currentItemChanged, this,
        [this](QListWidgetItem* current) { m_deleteScan->setEnabled(current && !isBusy()); });

    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &RiskScansPage::startScan);
    }
    auto* open = new QShortcut(QKeySequence::Open, this);
    open->setContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QShortcut::activated, this, &RiskScansPage::chooseDocument);
    auto* del = new QShortcut(QKeySequence::Delete, m_history);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &RiskScansPage::deleteSelectedScan);

    updateCorrectionBar();
}

RiskScansPage::~RiskScansPage()
{
    m_pool.waitForDone(); // jobs hold references to the services
}

void RiskScansPage::run(Job job, Done done)
{
    setBusy(true);
    auto* watcher = new QFutureWatcher<Result<Json>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
        setBusy(false);
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, std::move(job)));
}

void RiskScansPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    const bool any = m_busy > 0;
    m_progress->setVisible(any);
    m_scan->setEnabled(!any);
    m_open->setEnabled(!any);
    m_deleteScan->setEnabled(!any && m_history->currentItem());
    if (!any)
        updateCorrectionBar();
    else
        m_saveCorrection->setEnabled(false);
}

void RiskScansPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    emit failed(message);
}

void RiskScansPage::clearError()
{
    m_error->hide();
    m_error->clear();
}

void RiskScansPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshProvider();
    refreshHistory();
}

void RiskScansPage::refreshProvider()
{
    const Json status = m_services.scans().providerStatus();
    const bool configured = status.value("configured", false);
    m_useLlm->setVisible(configured);
    if (!configured)
        m_useLlm->setChecked(false);
    const QString model = getString(status, "model");
    m_useLlm->setToolTip(tr("Ask the configured LLM (%1) instead of the local model; the text leaves this computer.")
                             .arg(model.isEmpty() ? getString(status, "url") : model));
}

void RiskScansPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !event->mimeData()->urls().isEmpty()
        && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void RiskScansPage::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openDocument(urls.first().toLocalFile());
    }
}

void RiskScansPage::chooseDocument()
{
    if (isBusy())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a document to scan"), QString(),
        tr("Documents (*.txt *.md *.markdown *.csv *.tsv *.json *.html *.htm *.pdf *.docx);;All files (*)"));
    if (!path.isEmpty())
        openDocument(path);
}

void RiskScansPage::openDocument(const QString& path)
{
    clearError();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot open %1: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    const qint64 limit = m_services.settings().intValue(QStringLiteral("max_upload_bytes"));
    if (limit > 0 && file.size() > limit) {
        showError(tr("%1 is %2 MB; documents up to %3 MB can be scanned.")
                      .arg(QFileInfo(path).fileName())
                      .arg(double(file.size()) / (1 << 20), 0, 'f', 1)
                      .arg(double(limit) / (1 << 20), 0, 'f', 0));
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    scan::ScanService* scans = &m_services.scans();
    run(
        [scans, name, bytes]() -> Result<Json> {
            auto text = scans->extractText(name, bytes);
            if (!text)
                return text.error();
            return Json {{"text", json::str(*text)}};
        },
        [this, name, bytes](const Result<Json>& r) {
            if (!r) {
                showError(r.error().message);
                return;
            }
            m_settingText = true;
            m_text->setPlainText(getString(*r, "text"));
            m_settingText = false;
            m_textIsScan = false;
            m_fileName = name;
            m_fileBytes = bytes;
            m_source->setText(tr("Document: %1").arg(name));
            m_scanId.clear();
            m_model->clear();
            m_summary->setText(tr("Press Scan (Ctrl+Return) to find the risks in %1.").arg(name));
            m_history->clearSelection();
            m_text->setExtraSelections({});
        });
}

void RiskScansPage::onTextEdited()
{
    if (m_settingText)
        return;
    // Edited text no longer matches the document or the shown scan's offsets.
    if (!m_fileName.isEmpty()) {
        m_fileName.clear();
        m_fileBytes.clear();
        m_source->setText(tr("Edited text"));
    }
    if (m_textIsScan) {
        m_textIsScan = false;
        m_text->setExtraSelections({});
    }
}

void RiskScansPage::startScan()
{
    if (isBusy())
        return;
    clearError();
    scan::ScanInput input;
    if (!m_fileName.isEmpty()) {
        input.fileName = m_fileName;
        input.fileBytes = m_fileBytes;
    } else {
        input.text = m_text->toPlainText();
        if (input.text.trimmed().isEmpty()) {
            showError(tr("Nothing to scan: paste some text or open a document first."));
            m_text->setFocus();
            return;
        }
    }
    input.forceLlm = m_useLlm->isVisible() && m_useLlm->isChecked();
    scan::ScanService* scans = &m_services.scans();
    const QString user = m_userId;
    m_summary->setText(input.forceLlm ? tr("Asking the LLM…") : tr("Scanning…"));
    run(
        [scans, user, input]() -> Result<Json> {
            auto created = scans->scan(user, input);
            if (!created)
                return created;
            // Read it back with the text and each sentence's offsets, for highlighting.
            return scans->get(user, true, getString(*created, "scan_id"));
        },
        [this](const Result<Json>& r) {
            if (!r) {
                m_summary->setText(m_model->rowCount() ? m_summary->text() : tr("No scan yet."));
                showError(r.error().message);
                return;
            }
            displayScan(*r);
            refreshHistory();
        });
}

void RiskScansPage::showScan(const QString& scanId)
{
    if (scanId.isEmpty() || isBusy() || scanId == m_scanId)
        return;
    clearError();
    scan::ScanService* scans = &m_services.scans();
    const QString user = m_userId;
    run([scans, user, scanId]() -> Result<Json> { return scans->get(user, true, scanId); },
        [this](const Result<Json>& r) {
            if (!r) {
                showError(r.error().message);
                refreshHistory();
                return;
            }
            displayScan(*r);
        });
}

void RiskScansPage::displayScan(const Json& scan)
{
    const QString text = getString(scan, "text");
    m_scanId = getString(scan, "scan_id");
    m_settingText = true;
    m_text->setPlainText(text);
    m_settingText = false;
    m_textIsScan = true;
    m_fileName.clear();
    m_fileBytes.clear();
    m_model->setScan(scan, text);
    const QString fileName = getString(scan, "file_name");
    const bool llm = getString(scan, "source") == QLatin1String("llm");
    m_source->setText(tr("%1 · %2 · %3")
                          .arg(fileName.isEmpty() ? tr("Pasted text") : fileName,
                              localTime(getString(scan, "timestamp")), llm ? tr("LLM") : tr("local model")));
    const int n = m_model->rowCount();
    m_summary->setText(n == 0 ? tr("No risks found in this text.")
            : n == 1          ? tr("1 risk found. Select it to see its sentence in the text.")
                              : tr("%1 risks found. Select one to see its sentence in the text.").arg(n));
    for (int i = 0; i < m_history->count(); ++i)
        if (m_history->item(i)->data(Qt::UserRole).toString() == m_scanId)
            m_history->setCurrentRow(i);
    updateHighlights();
    if (n > 0)
        m_table->selectRow(0);
    emit scanShown(m_scanId);
}

void RiskScansPage::onSelectionChanged()
{
    updateHighlights();
    updateCorrectionBar();
}

void RiskScansPage::updateHighlights()
{
    if (!m_textIsScan) {
        m_text->setExtraSelections({});
        return;
    }
    QList<QTextEdit::ExtraSelection> selections;
    const int selected
        = m_table->selectionModel()->hasSelection() ? m_table->selectionModel()->selectedRows().value(0).row() : -1;
    const int length = m_text->document()->characterCount() - 1;
    QTextCursor focus;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto& item = m_model->item(row);
        if (item.start < 0 || item.end > length || item.end <= item.start)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(item.start);
        s.cursor.setPosition(item.end, QTextCursor::KeepAnchor);
        if (row == selected) {
            s.format.setBackground(QColor(0xf6, 0xad, 0x55));
            s.format.setForeground(QColor(0x1a, 0x20, 0x2c));
            focus = s.cursor;
        } else if (item.categories.isEmpty()) {
            continue; // corrected to "not a risk"
        } else {
            s.format.setBackground(QColor(0xfe, 0xfc, 0xbf));
        }
        selections << s;
    }
    m_text->setExtraSelections(selections);
    if (!focus.isNull()) {
        // Scroll the sentence into view without moving the user's own selection for good.
        QTextCursor c = m_text->textCursor();
        c.setPosition(focus.selectionStart());
        m_text->setTextCursor(c);
        m_text->ensureCursorVisible();
    }
}

void RiskScansPage::updateCorrectionBar()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool has = !rows.isEmpty() && !m_scanId.isEmpty();
    m_correction->setEnabled(has && !isBusy());
    if (!has) {
        m_settingText = true;
        for (auto* b : std::as_const(m_categoryButtons))
            b->setChecked(false);
        m_settingText = false;
        m_saveCorrection->setEnabled(false);
        return;
    }
    const auto& item = m_model->item(rows.first().row());
    m_settingText = true;
    for (auto* b : std::as_const(m_categoryButtons))
        b->setChecked(item.categories.contains(b->property("category").toString()));
    m_settingText = false;
    m_saveCorrection->setEnabled(false);
    m_saveCorrection->setText(tr("Save correction"));
}

void RiskScansPage::onChipToggled()
{
    // Keep the user's choice; saving is possible when it differs from the item's categories.
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QStringList current = m_model->item(rows.first().row()).categories;
    QStringList checked;
    for (auto* b : std::as_const(m_categoryButtons))
        if (b->isChecked())
            checked << b->property("category").toString();
    std::sort(current.begin(), current.end());
    std::sort(checked.begin(), checked.end());
    m_saveCorrection->setEnabled(current != checked && !isBusy());
    m_saveCorrection->setText(checked.isEmpty() ? tr("Mark as not a risk") : tr("Save correction"));
}

void RiskScansPage::saveCorrection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_scanId.isEmpty() || isBusy())
        return;
    clearError();
    QStringList categories;
    for (auto* b : std::as_const(m_categoryButtons))
        if (b->isChecked())
            categories << b->property("category").toString();
    const QString itemId = m_model->item(rows.first().row()).id;
    scan::ScanService* scans = &m_services.scans();
    const QString user = m_userId;
    const QString scanId = m_scanId;
    run([scans, user, scanId, itemId,
            categories]() -> Result<Json> { return scans->correctItem(user, true, scanId, itemId, categories); },
        [this, itemId](const Result<Json>& r) {
            if (!r) {
                showError(r.error().message);
                return;
            }
            const int row = m_model->updateItem(*r);
            if (row >= 0)
                m_table->selectRow(row);
            updateCorrectionBar();
            updateHighlights();
            emit correctionSaved(itemId);
        });
}

void RiskScansPage::refreshHistory()
{
    scan::ScanService* scans = &m_services.scans();
    const QString user = m_userId;
    run([scans, user]() -> Result<Json> { return scans->list(user, false, 1, 100); },
        [this](const Result<Json>& r) {
            if (!r) {
                showError(r.error().message);
                return;
            }
            const QSignalBlocker block(m_history);
            m_history->clear();
            for (const auto& s : (*r)["data"]) {
                const QString id = getString(s, "scan_id");
                const QString file = getString(s, "file_name");
                const int count = s.value("item_count", 0);
                auto* item = new QListWidgetItem(
                    tr("%1\n%2 · %3")
                        .arg(file.isEmpty() ? tr("Pasted text") : file, localTime(getString(s, "timestamp")),
                            count == 0       ? tr("no risks")
                                : count == 1 ? tr("1 risk")
                                             : tr("%1 risks").arg(count)));
                item->setData(Qt::UserRole, id);
                item->setToolTip(getString(s, "source") == QLatin1String("llm") ? tr("Scanned by the LLM")
                                                                                : tr("Scanned by the local model"));
                m_history->addItem(item);
                if (id == m_scanId)
                    m_history->setCurrentItem(item);
            }
            if (m_history->count() == 0) {
                auto* empty = new QListWidgetItem(tr("Your scans will appear here."));
                empty->setFlags(Qt::NoItemFlags);
                m_history->addItem(empty);
            }
            m_deleteScan->setEnabled(m_history->currentItem() && !isBusy());
        });
}

void RiskScansPage::deleteSelectedScan()
{
    QListWidgetItem* current = m_history->currentItem();
    if (!current || isBusy())
        return;
    const QString id = current->data(Qt::UserRole).toString();
    if (id.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Delete scan"), tr("Delete the scan “%1”?").arg(current->text().section(QLatin1Char('\n'), 0, 0)))
        != QMessageBox::Yes)
        return;
    scan::ScanService* scans = &m_services.scans();
    const QString user = m_userId;
    run(
        [scans, user, id]() -> Result<Json> {
            auto st = scans->remove(user, true, id);
            if (!st)
                return st.error();
            return Json::object();
        },
        [this, id](const Result<Json>& r) {
            if (!r) {
                showError(r.error().message);
                return;
            }
            if (id == m_scanId) {
                m_scanId.clear();
                m_model->clear();
                m_textIsScan = false;
                m_text->setExtraSelections({});
                m_summary->setText(tr("The scan was deleted."));
            }
            refreshHistory();
        });
}

} // namespace assay::ui
