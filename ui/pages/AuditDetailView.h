// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace assay {
class Services;
}

namespace assay::ui {

class PagedJsonModel;

// One audit: Summary, Files (with rationale and a viewer that highlights matched lines),
// Findings (filter and bulk triage), Dependencies (with vulnerabilities) and Contributors.
class AuditDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditDetailView(Services& services, QWidget* parent = nullptr);

    void load(const QString& auditId);
    QString auditId() const { return m_id; }
    QTabWidget* tabs() const { return m_tabs; }
    PagedJsonModel* filesModel() const { return m_files; }
    PagedJsonModel* findingsModel() const { return m_findings; }
    QTableWidget* dependenciesTable() const { return m_dependencies; }
    QTableWidget* contributorsTable() const { return m_contributors; }
    QTableView* findingsView() const { return m_findingsView; }
    // Triage the selected findings (used by the buttons and by tests).
    void triageSelected(const QString& status, const QString& note);

signals:
    void backRequested();

private:
    QWidget* buildSummary();
    QWidget* buildFiles();
    QWidget* buildFindings();
    void showSummary(const Json& audit, const Json& document);
    void showFile(const Json& row);
    void exportReport();

    Services& m_services;
    QString m_id;
    Json m_audit;
    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_summary = nullptr;
    PagedJsonModel* m_files = nullptr;
    QTableView* m_filesView = nullptr;
    QTextBrowser* m_rationale = nullptr;
    QPlainTextEdit* m_viewer = nullptr;
    PagedJsonModel* m_findings = nullptr;
    QTableView* m_findingsView = nullptr;
    QComboBox* m_typeFilter = nullptr;
    QComboBox* m_severityFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QTableWidget* m_dependencies = nullptr;
    QTableWidget* m_contributors = nullptr;
};

} // namespace assay::ui
