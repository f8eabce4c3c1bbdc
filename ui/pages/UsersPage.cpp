// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersPage.h"

#include "auth/AuthServices.h"
#include "services/Services.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assay::ui {

namespace {

QString shortTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

QComboBox* roleBox(const QString& objectName)
{
    auto* box = new QComboBox;
    box->setObjectName(objectName);
    box->addItem(QObject::tr("Viewer — reads audits, scans and metrics"), QStringLiteral("viewer"));
    box->addItem(QObject::tr("Analyst — also runs audits and scans"), QStringLiteral("analyst"));
    box->addItem(QObject::tr("Administrator — also manages users and settings"), QStringLiteral("admin"));
    return box;
}

} // namespace

UsersPage::UsersPage(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    auto* title = new QLabel(tr("Users"));
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    auto* lead = new QLabel(tr("Accounts for teammates who use Assay over the network. You, at this computer, "
                               "are always the administrator and need no account."));
    lead->setWordWrap(true);
    lead->setObjectName(QStringLiteral("pageLead"));
    layout->addWidget(lead);

    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setHorizontalHeaderLabels(
        {tr("Email"), tr("Name"), tr("Role"), tr("Status"), tr("Created"), tr("Last sign-in")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_selectedRole = roleBox(QStringLiteral("selectedRole"));
    m_selectedRole->setAccessibleName(tr("Role of the selected user"));
    auto* change = new QPushButton(tr("Change role"));
    change->setObjectName(QStringLiteral("changeRole"));
    auto* toggle = new QPushButton(tr("Deactivate / reactivate"));
    toggle->setObjectName(QStringLiteral("toggleActive"));
    auto* reset = new QPushButton(tr("Reset password…"));
    reset->setObjectName(QStringLiteral("resetPassword"));
    auto* remove = new QPushButton(tr("Delete…"));
    remove->setObjectName(QStringLiteral("deleteUser"));
    actions->addWidget(m_selectedRole);
    actions->addWidget(change);
    actions->addWidget(toggle);
    actions->addWidget(reset);
    actions->addWidget(remove);
    actions->addStretch(1);
    layout->addLayout(actions);

    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    auto* form = new QFormLayout(card);
    form->setContentsMargins(20, 16, 20, 16);
    form->setHorizontalSpacing(24);
    auto* heading = new QLabel(tr("Add a user"));
    heading->setObjectName(QStringLiteral("cardTitle"));
    form->addRow(heading);
    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("newEmail"));
    m_email->setAccessibleName(tr("Email"));
    form->addRow(tr("Email:"), m_email);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("newName"));
    m_name->setAccessibleName(tr("Full name"));
    form->addRow(tr("Full name:"), m_name);
    m_role = roleBox(QStringLiteral("newRole"));
    form->addRow(tr("Role:"), m_role);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("at least 8 characters"));
    form->addRow(tr("Password:"), m_password);
    m_confirm = new QLineEdit;
    m_confirm->setObjectName(QStringLiteral("newPasswordConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Repeat the password"));
    form->addRow(tr("Repeat:"), m_confirm);
    auto* add = new QPushButton(tr("Add user"));
    add->setObjectName(QStringLiteral("addUser"));
    form->addRow(QString(), add);
    layout->addWidget(card);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(change, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(toggle, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(remove, &QPushButton::clicked, this, &UsersPage::deleteUser);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_selectedRole->setCurrentIndex(
                m_selectedRole->findData(m_table->item(rows.first().row(), 2)->data(Qt::UserRole)));
    });
    refresh();
}

void UsersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void UsersPage::refresh()
{
    const QString keep = selectedId();
    m_table->setRowCount(0);
    auto page = m_services.auth().users().list(auth::Principal::localAdmin(), {1, 100});
    if (!page) {
        say(page.error().message, true);
        return;
    }
    for (const auto& u : page->items) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* email = new QTableWidgetItem(u.email);
        email->setData(Qt::UserRole, u.id);
        m_table->setItem(row, 0, email);
        m_table->setItem(row, 1, new QTableWidgetItem(u.fullName));
        auto* role = new QTableWidgetItem(auth::roleName(u.role));
        role->setData(Qt::UserRole, auth::roleName(u.role));
        m_table->setItem(row, 2, role);
        m_table->setItem(row, 3, new QTableWidgetItem(u.active ? tr("active") : tr("deactivated")));
        m_table->setItem(row, 4, new QTableWidgetItem(shortTime(u.createdAt)));
        m_table->setItem(row, 5, new QTableWidgetItem(shortTime(u.lastLoginAt)));
        if (u.id == keep)
            m_table->selectRow(row);
    }
}

QString UsersPage::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void UsersPage::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #c53030;") : QString());
    m_message->setText(text);
}

void UsersPage::record(const QString& event, const QString& id, const QString& description)
{
    auth::AuditEntry e = auth::AuditEntry::from(auth::RequestContext::desktop(), event, auth::auditstatus::Success);
    e.resourceType = QStringLiteral("user");
    e.resourceId = id;
    e.actionDescription = description;
    (void)m_services.auth().auditLog().record(e);
}

void UsersPage::addUser()
{
    if (m_password->text() != m_confirm->text()) {
        m_password->clear();
        m_confirm->clear();
        say(tr("The two passwords differ; type them again."), true);
        return;
    }
    auth::NewUser request;
    request.email = m_email->text().trimmed();
    request.fullName = m_name->text().trimmed();
    request.password = m_password->text();
    request.role = auth::parseRole(m_role->currentData().toString());
    auto user = m_services.auth().users().createUser(auth::Principal::localAdmin(), request);
    m_password->clear();
    m_confirm->clear();
    if (!user) {
        say(user.error().message, true);
        return;
    }
    record(auth::auditevent::UserCreate, user->id, QStringLiteral("Created a user account in the desktop app"));
    m_email->clear();
    m_name->clear();
    say(tr("%1 can now sign in as %2.").arg(user->email, auth::roleName(user->role)));
    refresh();
}

void UsersPage::changeRole()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        say(tr("Select a user first."), true);
        return;
    }
    const auto role = auth::parseRole(m_selectedRole->currentData().toString());
    auto user = m_services.auth().users().setRole(auth::Principal::localAdmin(), id, *role);
    if (!user) {
        say(user.error().message, true);
        return;
    }
    record(auth::auditevent::UserUpdate, id, QStringLiteral("Changed a user's role in the desktop app"));
    say(tr("%1 is now %2.").arg(user->email, auth::roleName(user->role)));
    refresh();
}

void UsersPage::toggleActive()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        say(tr("Select a user first."), true);
        return;
    }
    auto current = m_services.auth().users().findById(id);
    if (!current) {
        say(current.error().message, true);
        return;
    }
    auto user = m_services.auth().users().setActive(auth::Principal::localAdmin(), id, !current->active);
    if (!user) {
        say(user.error().message, true);
        return;
    }
    record(auth::auditevent::UserUpdate, id,
        user->active ? QStringLiteral("Reactivated a user in the desktop app")
                     : QStringLiteral("Deactivated a user in the desktop app"));
    say(user->active ? tr("%1 may sign in again.").arg(user->email)
                     : tr("%1 is deactivated: their sessions and tokens stopped working.").arg(user->email));
    refresh();
}

void UsersPage::resetPassword()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        say(tr("Select a user first."), true);
        return;
    }
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset password"), tr("New password (at least 8 characters):"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    if (auto s = m_services.auth().users().resetPassword(auth::Principal::localAdmin(), id, password); !s) {
        say(s.error().message, true);
        return;
    }
    record(auth::auditevent::UserUpdate, id, QStringLiteral("Reset a user's password in the desktop app"));
    say(tr("Password changed; the user's sessions were signed out."));
}

void UsersPage::deleteUser()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        say(tr("Select a user first."), true);
        return;
    }
    if (QMessageBox::question(
            this, tr("Delete user"), tr("Delete this account and its API tokens? This cannot be undone."))
        != QMessageBox::Yes)
        return;
    if (auto s = m_services.auth().users().remove(auth::Principal::localAdmin(), id); !s) {
        say(s.error().message, true);
        return;
    }
    record(auth::auditevent::UserDelete, id, QStringLiteral("Deleted a user account in the desktop app"));
    say(tr("Account deleted."));
    refresh();
}

} // namespace assay::ui
