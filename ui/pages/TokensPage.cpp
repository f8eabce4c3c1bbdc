// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokensPage.h"

#include "auth/AuthServices.h"
#include "services/Services.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assay::ui {

namespace {

QString shortTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

void record(Services& services, const QString& event, const QString& id, const QString& description)
{
    auth::AuditEntry e = auth::AuditEntry::from(auth::RequestContext::desktop(), event, auth::auditstatus::Success);
    e.resourceType = QStringLiteral("token");
    e.resourceId = id;
    e.actionDescription = description;
    (void)services.auth().auditLog().record(e);
}

} // namespace

TokensPage::TokensPage(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    auto* title = new QLabel(tr("API tokens"));
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    auto* lead = new QLabel(tr("Personal tokens let scripts and CI jobs call the API as a user, narrowed to the "
                               "scopes you choose. A token is shown once, when it is created or rotated."));
    lead->setWordWrap(true);
    lead->setObjectName(QStringLiteral("pageLead"));
    layout->addWidget(lead);

    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    auto* form = new QFormLayout(card);
    form->setContentsMargins(20, 16, 20, 16);
    form->setHorizontalSpacing(24);
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setAccessibleName(tr("Account"));
    form->addRow(tr("Account:"), m_owner);
    m_noUsers = new QLabel(tr("There is no user account yet. Create one on the Users page first: a token acts "
                              "as an account."));
    m_noUsers->setWordWrap(true);
    form->addRow(QString(), m_noUsers);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("tokenName"));
    m_name->setPlaceholderText(tr("e.g. CI pipeline"));
    m_name->setAccessibleName(tr("Token name"));
    form->addRow(tr("Name:"), m_name);
    auto* scopes = new QGridLayout;
    int i = 0;
    for (const QString& name : auth::allScopeNames()) {
        auto* box = new QCheckBox(name);
        box->setObjectName(QStringLiteral("scope:") + name);
        box->setChecked(name.startsWith(QLatin1String("read:")));
        m_scopes << box;
        scopes->addWidget(box, i / 4, i % 4);
        ++i;
    }
    form->addRow(tr("Scopes:"), scopes);
    m_expiry = new QSpinBox;
    m_expiry->setObjectName(QStringLiteral("expiryDays"));
    m_expiry->setRange(0, 3650);
    m_expiry->setValue(90);
    m_expiry->setSpecialValueText(tr("never"));
    m_expiry->setSuffix(tr(" days"));
    form->addRow(tr("Expires after:"), m_expiry);
    auto* create = new QPushButton(tr("Create token"));
    create->setObjectName(QStringLiteral("createToken"));
    form->addRow(QString(), create);
    layout->addWidget(card);

    // The secret, once.
    m_secretBox = new QFrame;
    m_secretBox->setObjectName(QStringLiteral("card"));
    auto* secretLayout = new QVBoxLayout(m_secretBox);
    secretLayout->setContentsMargins(20, 16, 20, 16);
    m_secretTitle = new QLabel;
    m_secretTitle->setObjectName(QStringLiteral("cardTitle"));
    secretLayout->addWidget(m_secretTitle);
    auto* row = new QHBoxLayout;
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setReadOnly(true);
    m_secret->setAccessibleName(tr("New token"));
    auto* copy = new QPushButton(tr("Copy"));
    copy->setObjectName(QStringLiteral("copySecret"));
    row->addWidget(m_secret, 1);
    row->addWidget(copy);
    secretLayout->addLayout(row);
    auto* warning = new QLabel(tr("Copy this token now and keep it somewhere safe: Assay stores only its hash and "
                                  "cannot show it again. Anyone holding it can act as this account."));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #b7791f;"));
    secretLayout->addWidget(warning);
    m_secretBox->hide();
    layout->addWidget(m_secretBox);

    m_table = new QTableWidget(0, 7);
    m_table->setObjectName(QStringLiteral("tokens"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Prefix"), tr("Scopes"), tr("Status"), tr("Created"), tr("Expires"), tr("Last used")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto* rotate = new QPushButton(tr("Rotate"));
    rotate->setObjectName(QStringLiteral("rotateToken"));
    rotate->setToolTip(tr("New secret, same name and scopes; the old secret stops working at once."));
    auto* revoke = new QPushButton(tr("Revoke"));
    revoke->setObjectName(QStringLiteral("revokeToken"));
    buttons->addWidget(rotate);
    buttons->addWidget(revoke);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_owner, &QComboBox::currentIndexChanged, this, &TokensPage::reloadTokens);
    connect(create, &QPushButton::clicked, this, &TokensPage::create);
    connect(rotate, &QPushButton::clicked, this, &TokensPage::rotateSelected);
    connect(revoke, &QPushButton::clicked, this, &TokensPage::revokeSelected);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_secret->text());
        say(tr("Copied to the clipboard."));
    });
    refresh();
}

void TokensPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void TokensPage::refresh()
{
    const QString current = m_owner->currentData().toString();
    QSignalBlocker block(m_owner);
    m_owner->clear();
    if (auto users = m_services.auth().users().list(auth::Principal::localAdmin(), {1, 100})) {
        for (const auto& u : users->items)
            if (u.active)
                m_owner->addItem(QStringLiteral("%1 (%2)").arg(u.email, auth::roleName(u.role)), u.id);
    }
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(index >= 0 ? index : 0);
    m_noUsers->setVisible(m_owner->count() == 0);
    m_owner->setEnabled(m_owner->count() > 0);
    reloadTokens();
}

void TokensPage::reloadTokens()
{
    m_table->setRowCount(0);
    const QString owner = m_owner->currentData().toString();
    if (owner.isEmpty())
        return;
    auto page = m_services.auth().tokens().list(auth::Principal::localAdmin(), {1, 100}, owner);
    if (!page) {
        say(page.error().message, true);
        return;
    }
    for (const auto& t : page->items) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(t.name);
        name->setData(Qt::UserRole, t.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(t.prefix + QStringLiteral("…")));
        m_table->setItem(row, 2, new QTableWidgetItem(t.scopes.names().join(QLatin1Char(' '))));
        m_table->setItem(row, 3, new QTableWidgetItem(t.status()));
        m_table->setItem(row, 4, new QTableWidgetItem(shortTime(t.createdAt)));
        m_table->setItem(row, 5, new QTableWidgetItem(t.expiresAt.isValid() ? shortTime(t.expiresAt) : tr("never")));
        m_table->setItem(row, 6,
            new QTableWidgetItem(
                t.lastUsedAt.isValid() ? tr("%1 from %2").arg(shortTime(t.lastUsedAt), t.lastUsedIp) : tr("never")));
    }
}

void TokensPage::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #c53030;") : QString());
    m_message->setText(text);
}

void TokensPage::showSecret(const QString& secret, const QString& what)
{
    m_secretTitle->setText(what);
    m_secret->setText(secret);
    m_secret->selectAll();
    m_secretBox->show();
}

QString TokensPage::selectedTokenId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void TokensPage::create()
{
    const QString owner = m_owner->currentData().toString();
    if (owner.isEmpty()) {
        say(tr("Create a user account first (Users page)."), true);
        return;
    }
    auth::TokenRequest request;
    request.name = m_name->text().trimmed();
    if (request.name.isEmpty()) {
        say(tr("Give the token a name, e.g. where it is used."), true);
        return;
    }
    QStringList names;
    for (auto* box : std::as_const(m_scopes))
        if (box->isChecked())
            names << box->text();
    if (names.isEmpty()) {
        say(tr("Choose at least one scope."), true);
        return;
    }
    request.scopes = auth::Scopes::parse(names);
    if (m_expiry->value() > 0)
        request.expiresInDays = m_expiry->value();
    auto issued = m_services.auth().tokens().create(auth::Principal::localAdmin(), request, owner);
    if (!issued) {
        say(issued.error().message, true);
        return;
    }
    record(m_services, auth::auditevent::TokenCreate, issued->info.id,
        QStringLiteral("Created an API token in the desktop app"));
    showSecret(issued->secret, tr("New token “%1”").arg(issued->info.name));
    m_name->clear();
    say(tr("Token created."));
    reloadTokens();
}

void TokensPage::rotateSelected()
{
    const QString id = selectedTokenId();
    if (id.isEmpty()) {
        say(tr("Select a token first."), true);
        return;
    }
    // Rotation is the owner's act; the desktop administrator acts for the chosen account.
    auto owner = m_services.auth().users().findById(m_owner->currentData().toString());
    if (!owner) {
        say(owner.error().message, true);
        return;
    }
    auth::Principal asOwner;
    asOwner.userId = owner->id;
    asOwner.email = owner->email;
    asOwner.role = owner->role;
    asOwner.scopes = auth::Scopes::forRole(owner->role);
    asOwner.kind = auth::Principal::Kind::Local;
    auto issued = m_services.auth().tokens().rotate(asOwner, id);
    if (!issued) {
        say(issued.error().message, true);
        return;
    }
    record(m_services, auth::auditevent::TokenRotate, id, QStringLiteral("Rotated an API token in the desktop app"));
    showSecret(issued->secret, tr("New secret for “%1” — the old one no longer works").arg(issued->info.name));
    say(tr("Token rotated."));
    reloadTokens();
}

void TokensPage::revokeSelected()
{
    const QString id = selectedTokenId();
    if (id.isEmpty()) {
        say(tr("Select a token first."), true);
        return;
    }
    if (auto s = m_services.auth().tokens().revoke(auth::Principal::localAdmin(), id); !s) {
        say(s.error().message, true);
        return;
    }
    record(m_services, auth::auditevent::TokenRevoke, id, QStringLiteral("Revoked an API token in the desktop app"));
    say(tr("Token revoked: it no longer works."));
    reloadTokens();
}

} // namespace assay::ui
