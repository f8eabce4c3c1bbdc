// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QCheckBox;

namespace assay {
class Services;
}

namespace assay::ui {

// Personal API tokens (SPEC §4 tokens) for a user account: create — the secret shown once
// with a copy button and a warning — list (never the secret), rotate, revoke. The desktop user
// is the local administrator and acts for the account chosen at the top.
class TokensPage : public QWidget
{
    Q_OBJECT
public:
    explicit TokensPage(Services& services, QWidget* parent = nullptr);

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadTokens();
    void create();
    void rotateSelected();
    void revokeSelected();
    void showSecret(const QString& secret, const QString& what);
    QString selectedTokenId() const;
    void say(const QString& text, bool error = false);

    Services& m_services;
    QComboBox* m_owner = nullptr;
    QLineEdit* m_name = nullptr;
    QList<QCheckBox*> m_scopes;
    QSpinBox* m_expiry = nullptr;
    QFrame* m_secretBox = nullptr;
    QLabel* m_secretTitle = nullptr;
    QLineEdit* m_secret = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_noUsers = nullptr;
};

} // namespace assay::ui
