// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace assay {
class Services;
}

#include "core/Json.h"

namespace assay::ui {

class AuditDetailView;
class PagedJsonModel;

// Audits: the table of audits with live progress (event bus, no polling), search and status
// filter, and the actions new / cancel / re-run / delete; double-click opens the detail.
class AuditsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditsPage(Services& services, QWidget* parent = nullptr);

    void newAudit(const QString& prefill = {});
    void refresh();
    void openAudit(const QString& id);
    PagedJsonModel* model() const { return m_model; }
    AuditDetailView* detail() const { return m_detail; }
    QTableView* table() const { return m_table; }

signals:
    // An audit ended (completed, failed or cancelled) after running for `durationMs`.
    void auditFinished(const QString& repository, const QString& status, qint64 durationMs);

private:
    QString selectedId() const;
    void cancelSelected();
    void rerunSelected();
    void deleteSelected();
    void onEvent(const QString& action, const Json& data);

    Services& m_services;
    PagedJsonModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QStackedWidget* m_stack = nullptr;
    AuditDetailView* m_detail = nullptr;
    QLabel* m_empty = nullptr;
    QTimer* m_reload = nullptr;
};

} // namespace assay::ui
