// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace assay {
class Services;
}

namespace assay::ui {

// User accounts (SPEC §4 admin/users) for teammates who use the shared API: add with a role,
// change the role, deactivate or reactivate, reset the password, delete. The desktop user is
// the local administrator; the last active administrator cannot be demoted or removed.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(Services& services, QWidget* parent = nullptr);

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addUser();
    void changeRole();
    void toggleActive();
    void resetPassword();
    void deleteUser();
    QString selectedId() const;
    void say(const QString& text, bool error = false);
    void record(const QString& event, const QString& id, const QString& description);

    Services& m_services;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QComboBox* m_selectedRole = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace assay::ui
