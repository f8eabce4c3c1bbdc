// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditDetailView.h"

#include "audit/jobs/AuditService.h"
#include "reports/ReportWriter.h"
#include "services/Services.h"
#include "ui/Style.h"
#include "ui/models/PagedJsonModel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace assay::ui {

namespace {

QString lineCount(qint64 n)
{
    const QString number = QLocale().toString(n);
    return n == 1 ? AuditDetailView::tr("%1 line").arg(number) : AuditDetailView::tr("%1 lines").arg(number);
}

using assay::json::qstr;

constexpr auto text = &PagedJsonModel::text;

std::function<QVariant(const Json&, int)> field(const char* key)
{
    return [key](const Json& row, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return text(row, key);
        return {};
    };
}

// Readable on the light and on the dark palette.
QColor severityColour(const QString& s)
{
    const bool dark = isDarkPalette();
    if (s == QLatin1String("critical"))
        return dark ? QColor(0xfc, 0x81, 0x81) : QColor(0x9b, 0x2c, 0x2c);
    if (s == QLatin1String("high"))
        return dark ? QColor(0xf6, 0xad, 0x55) : QColor(0xc5, 0x30, 0x30);
    if (s == QLatin1String("medium"))
        return dark ? QColor(0xf6, 0xe0, 0x5e) : QColor(0xb7, 0x79, 0x1f);
    if (s == QLatin1String("low"))
        return dark ? QColor(0x90, 0xcd, 0xf4) : QColor(0x2b, 0x6c, 0xb0);
    return dark ? QColor(0xa0, 0xae, 0xc0) : QColor(0x71, 0x80, 0x96);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

void fillTable(QTableWidget* table, const QStringList& headers, const std::vector<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r)
        for (int c = 0; c < int(rows[size_t(r)].size()); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[size_t(r)][c]));
    table->resizeColumnsToContents();
}

} // namespace

AuditDetailView::AuditDetailView(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* header = new QHBoxLayout;
    auto* back = new QPushButton(tr("← All audits"));
    back->setShortcut(QKeySequence::Back);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("pageTitle"));
    auto* exportButton = new QPushButton(tr("Export…"));
    exportButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportButton->setToolTip(tr("Export the report (Ctrl+E)"));
    header->addWidget(back);
    header->addSpacing(12);
    header->addWidget(m_title, 1);
    header->addWidget(exportButton);
    layout->addLayout(header);
    m_tabs = new QTabWidget;
    m_tabs->addTab(buildSummary(), tr("Summary"));
    m_tabs->addTab(buildFiles(), tr("Files"));
    m_tabs->addTab(buildFindings(), tr("Findings"));
    m_dependencies = new QTableWidget;
    m_dependencies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dependencies->setSortingEnabled(true);
    m_dependencies->verticalHeader()->hide();
    m_dependencies->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_dependencies, tr("Dependencies"));
    m_contributors = new QTableWidget;
    m_contributors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contributors->setSortingEnabled(true);
    m_contributors->verticalHeader()->hide();
    m_contributors->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_contributors, tr("Contributors"));
    layout->addWidget(m_tabs, 1);
    connect(back, &QPushButton::clicked, this, &AuditDetailView::backRequested);
    connect(exportButton, &QPushButton::clicked, this, &AuditDetailView::exportReport);
}

QWidget* AuditDetailView::buildSummary()
{
    m_summary = new QTextBrowser;
    m_summary->setOpenLinks(false);
    return m_summary;
}

QWidget* AuditDetailView::buildFiles()
{
    m_files = new PagedJsonModel({{tr("Path"), field("path"), QStringLiteral("path")},
                                     {tr("Language"), field("language"), QStringLiteral("language")},
                                     {tr("Lines"),
                                         [](const Json& row, int role) -> QVariant {
                                             if (role == Qt::DisplayRole)
                                                 return QLocale().toString(row.value("lines", qint64(0)));
                                             if (role == Qt::TextAlignmentRole)
                                                 return int(Qt::AlignRight | Qt::AlignVCenter);
                                             return {};
                                         },
                                         QStringLiteral("lines_code")},
                                     {tr("License"), field("license"), QStringLiteral("license")},
                                     {tr("IP class"), field("ip_class"), QStringLiteral("ip_class")}},
        this);
    m_filesView = new QTableView;
    m_filesView->setModel(m_files);
    m_filesView->setAccessibleName(tr("Files"));
    m_filesView->setSortingEnabled(true);
    m_filesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_filesView->verticalHeader()->hide();
    m_filesView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_filesView->setWordWrap(false);
    m_filesView->setTextElideMode(Qt::ElideMiddle);
    m_filesView->setColumnWidth(3, 150);
    m_rationale = new QTextBrowser;
    m_viewer = new QPlainTextEdit;
    m_viewer->setReadOnly(true);
    m_viewer->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_viewer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(m_rationale);
    right->addWidget(m_viewer);
    right->setStretchFactor(1, 3);
    auto* split = new QSplitter;
    split->addWidget(m_filesView);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    connect(m_filesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                showFile(m_files->rowAt(current.row()));
        });
    return split;
}

QWidget* AuditDetailView::buildFindings()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    auto* filters = new QHBoxLayout;
    auto combo = [](const QString& all, const QStringList& values) {
        auto* c = new QComboBox;
        c->addItem(all, QString());
        for (const auto& v : values)
            c->addItem(v, v);
        return c;
    };
    m_typeFilter = combo(tr("All types"),
        {QStringLiteral("license"), QStringLiteral("secret"), QStringLiteral("vulnerability"),
            QStringLiteral("policy")});
    m_severityFilter = combo(tr("All severities"),
        {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"),
            QStringLiteral("info")});
    m_statusFilter = combo(tr("All statuses"),
        {QStringLiteral("open"), QStringLiteral("acknowledged"), QStringLiteral("false_positive"),
            QStringLiteral("resolved")});
    m_typeFilter->setAccessibleName(tr("Finding type"));
    m_severityFilter->setAccessibleName(tr("Severity"));
    m_statusFilter->setAccessibleName(tr("Triage status"));
    auto* ack = new QPushButton(tr("Acknowledge"));
    auto* fp = new QPushButton(tr("False positive"));
    auto* resolved = new QPushButton(tr("Resolved"));
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_severityFilter);
    filters->addWidget(m_statusFilter);
    filters->addStretch(1);
    filters->addWidget(new QLabel(tr("Mark selected:")));
    filters->addWidget(ack);
    filters->addWidget(fp);
    filters->addWidget(resolved);
    layout->addLayout(filters);
    m_findings = new PagedJsonModel(
        {{tr("Severity"),
             [](const Json& row, int role) -> QVariant {
                 const QString s = text(row, "severity");
                 if (role == Qt::DisplayRole)
                     return s;
                 if (role == Qt::ForegroundRole)
                     return severityColour(s);
                 return {};
             },
             QStringLiteral("severity")},
            {tr("Type"), field("type"), QStringLiteral("type")},
            {tr("Title"), field("title"), QStringLiteral("rule_id")},
            {tr("File"),
                [](const Json& row, int role) -> QVariant {
                    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                        return {};
                    const QString line = text(row, "line");
                    return line.isEmpty() ? text(row, "file") : text(row, "file") + QLatin1Char(':') + line;
                },
                QStringLiteral("file")},
            {tr("Evidence"), field("evidence"), {}}, {tr("Status"), field("status"), QStringLiteral("status")}},
        this);
    m_findingsView = new QTableView;
    m_findingsView->setModel(m_findings);
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setSortingEnabled(true);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_findingsView->setWordWrap(false);
    m_findingsView->setColumnWidth(3, 210); // file:line
    m_findingsView->setColumnWidth(4, 150); // evidence
    layout->addWidget(m_findingsView, 1);
    for (auto* c : {m_typeFilter, m_severityFilter, m_statusFilter})
        connect(c, &QComboBox::currentIndexChanged, m_findings, &PagedJsonModel::reload);
    auto triage = [this](const QString& status) {
        bool ok = false;
        const QString note
            = QInputDialog::getText(this, tr("Triage"), tr("Note (optional):"), QLineEdit::Normal, {}, &ok);
        if (ok)
            triageSelected(status, note);
    };
    connect(ack, &QPushButton::clicked, this, [triage] { triage(QStringLiteral("acknowledged")); });
    connect(fp, &QPushButton::clicked, this, [triage] { triage(QStringLiteral("false_positive")); });
    connect(resolved, &QPushButton::clicked, this, [triage] { triage(QStringLiteral("resolved")); });
    return page;
}

void AuditDetailView::triageSelected(const QString& status, const QString& note)
{
    const auto rows = m_findingsView->selectionModel()->selectedRows();
    for (const auto& index : rows) {
        const QString id = text(m_findings->rowAt(index.row()), "id");
        auto updated = m_services.audits().triage(Actor::localAdmin(), id, status, note);
        if (!updated) {
            QMessageBox::warning(this, tr("Triage"), updated.error().message);
            return;
        }
        m_findings->updateRow(index.row(), *updated);
    }
}

void AuditDetailView::load(const QString& auditId)
{
    m_id = auditId;
    auto audit = m_services.audits().get(Actor::localAdmin(), auditId);
    if (!audit) {
        m_title->setText(tr("Audit not found"));
        return;
    }
    m_audit = *audit;
    const QString name
        = text(m_audit, "repository_name").isEmpty() ? text(m_audit, "repository") : text(m_audit, "repository_name");
    m_title->setText(name);
    m_files->setFetch([this](int page, int limit, const QString& sortBy, bool descending) {
        return m_services.audits().files(Actor::localAdmin(), m_id, {}, {page, limit, sortBy, descending});
    });
    m_findings->setFetch([this](int page, int limit, const QString& sortBy, bool descending) {
        audit::FindingFilter filter;
        if (!m_typeFilter->currentData().toString().isEmpty())
            filter.types << m_typeFilter->currentData().toString();
        if (!m_severityFilter->currentData().toString().isEmpty())
            filter.severities << m_severityFilter->currentData().toString();
        if (!m_statusFilter->currentData().toString().isEmpty())
            filter.statuses << m_statusFilter->currentData().toString();
        return m_services.audits().findings(Actor::localAdmin(), m_id, filter, {page, limit, sortBy, descending});
    });
    Json document = Json::object();
    if (text(m_audit, "status") == QLatin1String("completed")) {
        auto doc = m_services.audits().document(Actor::localAdmin(), auditId);
        if (doc)
            document = std::move(*doc);
    }
    showSummary(m_audit, document);
    std::vector<QStringList> deps;
    std::map<std::string, QStringList> vulnsByPurl;
    for (const auto& v : document.value("vulnerabilities", Json::array()))
        vulnsByPurl[v.value("purl", std::string())]
            << QStringLiteral("%1 (%2, fixed in %3)")
                   .arg(text(v, "id"), text(v, "severity"),
                       text(v, "fixed_version").isEmpty() ? tr("no fix yet") : text(v, "fixed_version"));
    for (const auto& d : document.value("dependencies", Json::array()))
        deps.push_back({text(d, "name"), text(d, "version"), text(d, "ecosystem"), text(d, "scope"),
            d.value("direct", true) ? tr("direct") : tr("transitive"), text(d, "manifest"),
            vulnsByPurl[d.value("purl", std::string())].join(QStringLiteral("; "))});
    fillTable(m_dependencies,
        {tr("Package"), tr("Version"), tr("Ecosystem"), tr("Scope"), tr("Relation"), tr("Manifest"),
            tr("Vulnerabilities")},
        deps);
    std::vector<QStringList> people;
    for (const auto& c : document.value("contributors", Json::array()))
        people.push_back({text(c, "name"), text(c, "email"), text(c, "commits"), text(c, "lines_added"),
            text(c, "lines_removed"), text(c, "first_commit").left(10), text(c, "last_commit").left(10),
            text(c, "email").section(QLatin1Char('@'), 1)});
    fillTable(m_contributors,
        {tr("Name"), tr("E-mail"), tr("Commits"), tr("Lines added"), tr("Lines removed"), tr("First commit"),
            tr("Last commit"), tr("Domain")},
        people);
    m_viewer->clear();
    m_rationale->clear();
    m_tabs->setCurrentIndex(0);
}

void AuditDetailView::showSummary(const Json& audit, const Json& document)
{
    const Json s = audit.value("summary", Json());
    QString html
        = QStringLiteral("<style>h3{margin-top:14px} td{padding:2px 14px 2px 0} .bar{background:#2b6cb0}</style>");
    html += QStringLiteral("<p><b>%1</b> · %2</p>").arg(esc(text(audit, "repository")), esc(text(audit, "status")));
    if (!text(audit, "error").isEmpty())
        html += QStringLiteral("<p style='color:#c53030'>%1</p>").arg(esc(text(audit, "error")));
    if (!s.is_object()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Results appear here when the audit has completed."));
        m_summary->setHtml(html);
        return;
    }
    html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Overview"));
    const std::pair<QString, QString> facts[] = {{tr("Files"), QLocale().toString(s.value("files_scanned", qint64(0)))},
        {tr("Lines of code"), QLocale().toString(s.value("lines", Json::object()).value("code", qint64(0)))},
        {tr("Commits"), QLocale().toString(s.value("commits", qint64(0)))},
        {tr("Contributors"), QLocale().toString(s.value("contributors", qint64(0)))},
        {tr("Dependencies"), QLocale().toString(s.value("dependencies", qint64(0)))},
        {tr("Secrets"), QLocale().toString(s.value("secrets", qint64(0)))}};
    for (const auto& [k, v] : facts)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(k, v);
    html += QStringLiteral("</table>");
    const Json ip = s.value("ip", Json::object());
    qint64 totalFiles = 0;
    for (const auto& [k, v] : ip.items())
        totalFiles += v.get<qint64>();
    html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Intellectual-property composition"));
    const std::pair<const char*, QString> classes[] = {{"foreground", tr("Foreground (your organisation)")},
        {"third_party", tr("Third party (open source, vendored)")}, {"background", tr("Background (brought in)")},
        {"unknown", tr("Unknown")}};
    for (const auto& [key, label] : classes) {
        const qint64 n = ip.value(key, qint64(0));
        const int width = totalFiles ? int(300 * n / totalFiles) : 0;
        // An empty class gets no bar at all (a sliver would read as "some").
        const QString bar = n > 0
            ? QStringLiteral("<table cellspacing=0><tr><td class=bar width=%1></td></tr></table>").arg(std::max(width, 1))
            : QString();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(label).arg(n).arg(bar);
    }
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Licenses"));
    int shown = 0;
    for (const auto& l : s.value("licenses", Json::array())) {
        if (++shown > 12)
            break;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(text(l, "spdx")), text(l, "files"));
    }
    if (shown == 0)
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(tr("No license found"));
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Languages"));
    shown = 0;
    for (const auto& l : s.value("languages", Json::array())) {
        if (++shown > 10)
            break;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(esc(text(l, "name")), lineCount(l.value("code", qint64(0))));
    }
    html += QStringLiteral("</table>");
    const Json policy = document.value("policy", Json());
    if (policy.is_object())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Policy"), policy.value("passed", true) ? tr("Passed") : tr("Violated"));
    const Json diff = audit.value("diff", Json());
    if (diff.is_object())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Since the previous audit"),
                        tr("%1 new findings, %2 resolved; %3 files added, %4 removed.")
                            .arg(diff.value("new_findings", 0))
                            .arg(diff.value("resolved_findings", 0))
                            .arg(diff.value("files_added", 0))
                            .arg(diff.value("files_removed", 0)));
    m_summary->setHtml(html);
}

void AuditDetailView::showFile(const Json& row)
{
    QString html = QStringLiteral("<b>%1</b><br>").arg(esc(text(row, "path")));
    html += tr("IP class: %1").arg(esc(text(row, "ip_class"))) + QStringLiteral("<br>");
    if (!text(row, "license").isEmpty())
        html += tr("License: %1").arg(esc(text(row, "license"))) + QStringLiteral("<br>");
    const Json rationale = row.value("rationale", Json::array());
    if (!rationale.empty()) {
        html += QStringLiteral("<ul>");
        for (const auto& r : rationale)
            html += QStringLiteral("<li>%1</li>").arg(esc(qstr(r.get<std::string>())));
        html += QStringLiteral("</ul>");
    }
    m_rationale->setHtml(html);
    // The file itself, from the audited folder, with lines of findings highlighted.
    // A folder audited as it is on disk (no ref): its files are still there to show. Archives,
    // remote repositories and refs were read from elsewhere, so they have no preview.
    const QString source = text(m_audit, "repository");
    const QString root = text(m_audit, "ref").isEmpty() && QFileInfo(source).isDir() ? source : QString();
    QFile file(QDir(root).filePath(text(row, "path")));
    if (root.isEmpty() || row.value("binary", false) || !file.open(QIODevice::ReadOnly)) {
        m_viewer->setPlainText(tr("(no preview for this file)"));
        return;
    }
    m_viewer->setPlainText(QString::fromUtf8(file.read(2 * 1024 * 1024)));
    audit::FindingFilter filter;
    filter.path = text(row, "path");
    auto findings
        = m_services.audits().findings(Actor::localAdmin(), m_id, filter, {1, 100, QStringLiteral("line"), false});
    QList<QTextEdit::ExtraSelection> marks;
    if (findings) {
        for (const auto& f : (*findings)["data"]) {
            if (text(f, "file") != text(row, "path") || !f.value("line", Json()).is_number())
                continue;
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(m_viewer->document()->findBlockByNumber(f["line"].get<int>() - 1));
            sel.format.setBackground(
                f.value("type", std::string()) == "secret" ? QColor(0xfe, 0xd7, 0xd7) : QColor(0xfe, 0xfc, 0xbf));
            sel.format.setProperty(QTextFormat::FullWidthSelection, true);
            sel.format.setToolTip(text(f, "title"));
            marks << sel;
        }
    }
    m_viewer->setExtraSelections(marks);
    if (!marks.isEmpty())
        m_viewer->setTextCursor(marks.first().cursor);
}

void AuditDetailView::exportReport()
{
    auto doc = m_services.audits().document(Actor::localAdmin(), m_id);
    if (!doc) {
        QMessageBox::information(this, tr("Export"), doc.error().message);
        return;
    }
    // One entry per report format; the file dialog suggests the conventional name.
    const std::pair<QString, QString> formats[] = {{QStringLiteral("pdf"), tr("PDF report for people (*.pdf)")},
        {QStringLiteral("html"), tr("HTML report, one self-contained file (*.html)")},
        {QStringLiteral("json"), tr("Audit document, audit.json (*.json)")},
        {QStringLiteral("sarif"), tr("SARIF 2.1.0 for code-scanning tools (*.sarif)")},
        {QStringLiteral("cyclonedx"), tr("CycloneDX 1.5 SBOM (*.json)")},
        {QStringLiteral("spdx"), tr("SPDX 2.3 SBOM (*.json)")},
        {QStringLiteral("csv"), tr("CSV, one row per file (*.csv)")},
        {QStringLiteral("md"), tr("Markdown IP contribution table (*.md)")}};
    QStringList filters;
    for (const auto& [format, filter] : formats)
        filters << filter;
    QString chosen;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
        reports::ReportWriter::fileName(*doc, QStringLiteral("pdf")), filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    QString format = QStringLiteral("json");
    for (const auto& [f, filter] : formats)
        if (filter == chosen)
            format = f;
    reports::ReportOptions options;
    options.client = m_services.settings().stringValue(QStringLiteral("report_client"));
    options.preparedBy = m_services.settings().stringValue(QStringLiteral("report_prepared_by"));
    auto bytes = reports::ReportWriter::render(*doc, format, options);
    if (!bytes) {
        QMessageBox::warning(this, tr("Export"), bytes.error().message);
        return;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit())
        QMessageBox::warning(this, tr("Export"), tr("The report cannot be written to %1.").arg(path));
}

} // namespace assay::ui
