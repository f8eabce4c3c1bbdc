// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;

namespace assay::ui {

// The first-run welcome: what Assay does in three sentences, and "Audit a folder…" right away
// (accepted) or "Not now" (rejected).
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WelcomeDialog(QWidget* parent = nullptr);

    QPushButton* auditButton() const { return m_audit; }
    QPushButton* notNowButton() const { return m_notNow; }

private:
    QPushButton* m_audit = nullptr;
    QPushButton* m_notNow = nullptr;
};

} // namespace assay::ui
