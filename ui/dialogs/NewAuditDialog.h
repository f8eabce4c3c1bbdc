// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/jobs/AuditService.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace assay::ui {

// "New audit": a folder, a git URL with an optional ref, or an archive. Validates as the user
// types and says what is wrong next to the field, before anything is queued.
class NewAuditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewAuditDialog(QWidget* parent = nullptr);

    // Pre-fills from a dropped folder or archive.
    void setSource(const QString& pathOrUrl);
    audit::AuditSubmission submission() const;

private:
    void validate();

    QRadioButton* m_folder = nullptr;
    QRadioButton* m_git = nullptr;
    QRadioButton* m_archive = nullptr;
    QLineEdit* m_folderPath = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_ref = nullptr;
    QLineEdit* m_archivePath = nullptr;
    QLineEdit* m_orgDomains = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace assay::ui
