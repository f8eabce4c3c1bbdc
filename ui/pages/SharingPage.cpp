// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingPage.h"

#include "auth/AuthServices.h"
#include "auth/NetworkPolicy.h"
#include "auth/TlsCertificates.h"
#include "services/ServerControl.h"
#include "services/Services.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSysInfo>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assay::ui {

namespace {

QVBoxLayout* card(const QString& title, QVBoxLayout* into)
{
    auto* frame = new QFrame;
    frame->setObjectName(QStringLiteral("card"));
    auto* v = new QVBoxLayout(frame);
    v->setContentsMargins(20, 16, 20, 16);
    auto* heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("cardTitle"));
    v->addWidget(heading);
    into->addWidget(frame);
    return v;
}

QString shortTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

} // namespace

SharingPage::SharingPage(Services& services, ServerControl& server, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_server(server)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget;
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    auto* title = new QLabel(tr("Sharing"));
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    auto* lead = new QLabel(tr("Assay runs an HTTP and WebSocket API inside the app. Share it with teammates on the "
                               "LAN: they sign in with their own account or use a personal API token; every "
                               "route but /health then needs a credential."));
    lead->setWordWrap(true);
    lead->setObjectName(QStringLiteral("pageLead"));
    layout->addWidget(lead);

    // Server: state, URLs, the LAN switch, address and port.
    auto* serverCard = card(tr("Server"), layout);
    auto* form = new QFormLayout;
    form->setHorizontalSpacing(24);
    serverCard->addLayout(form);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("serverState"));
    m_url = new QLabel;
    m_url->setObjectName(QStringLiteral("shareUrls"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clients = new QLabel;
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Addresses for teammates:"), m_url);
    form->addRow(tr("Live WebSocket clients:"), m_clients);
    auto* dataDir = new QLabel(services.dataDir());
    dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Data directory:"), dataDir);
    m_share = new QCheckBox(tr("Share on the LAN"));
    m_share->setObjectName(QStringLiteral("shareOnLan"));
    m_share->setToolTip(tr("Listen on the network instead of this computer only."));
    form->addRow(QString(), m_share);
    m_bind = new QLineEdit;
    m_bind->setObjectName(QStringLiteral("bindAddress"));
    m_bind->setAccessibleName(tr("Bind address"));
    m_bind->setPlaceholderText(QStringLiteral("0.0.0.0"));
    form->addRow(tr("Bind address:"), m_bind);
    auto* portRow = new QHBoxLayout;
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("Port"));
    m_restart = new QPushButton(tr("Apply and restart the server"));
    m_restart->setObjectName(QStringLiteral("applyRestart"));
    portRow->addWidget(m_port);
    portRow->addWidget(m_restart);
    portRow->addStretch(1);
    form->addRow(tr("Port:"), portRow);
    m_noAccounts = new QLabel(tr("No administrator account exists yet: teammates cannot sign in. Create your own "
                                 "account first on the Users page (or with 'assay user add')."));
    m_noAccounts->setWordWrap(true);
    m_noAccounts->setStyleSheet(QStringLiteral("color: #b7791f;"));
    serverCard->addWidget(m_noAccounts);

    // HTTPS.
    auto* tlsCard = card(tr("HTTPS"), layout);
    auto* tlsForm = new QFormLayout;
    tlsForm->setHorizontalSpacing(24);
    tlsCard->addLayout(tlsForm);
    m_https = new QCheckBox(tr("Use HTTPS (takes effect at the next restart)"));
    m_https->setObjectName(QStringLiteral("useHttps"));
    tlsForm->addRow(QString(), m_https);
    m_certificate = new QLabel;
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tlsForm->addRow(tr("Certificate:"), m_certificate);
    m_fingerprint = new QLabel;
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setToolTip(tr("Teammates compare this with what their browser or curl shows."));
    tlsForm->addRow(tr("SHA-256 fingerprint:"), m_fingerprint);
    auto* generate = new QPushButton(tr("Generate a self-signed certificate"));
    generate->setObjectName(QStringLiteral("generateCertificate"));
    tlsForm->addRow(QString(), generate);

    // Who is connected.
    auto* peopleCard = card(tr("Who is connected"), layout);
    m_sessions = new QTableWidget(0, 4);
    m_sessions->setObjectName(QStringLiteral("sessions"));
    m_sessions->setHorizontalHeaderLabels({tr("User"), tr("From"), tr("Signed in"), tr("Last seen")});
    m_sessions->horizontalHeader()->setStretchLastSection(true);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->verticalHeader()->hide();
    m_sessions->setMinimumHeight(120);
    peopleCard->addWidget(m_sessions);
    auto* sessionButtons = new QHBoxLayout;
    auto* end = new QPushButton(tr("End the selected session"));
    end->setObjectName(QStringLiteral("endSession"));
    auto* reload = new QPushButton(tr("Refresh"));
    sessionButtons->addWidget(end);
    sessionButtons->addWidget(reload);
    sessionButtons->addStretch(1);
    peopleCard->addLayout(sessionButtons);

    // Banned addresses.
    auto* banCard = card(tr("Addresses locked out after failed logins"), layout);
    m_bans = new QListWidget;
    m_bans->setObjectName(QStringLiteral("bans"));
    m_bans->setMaximumHeight(100);
    banCard->addWidget(m_bans);
    auto* unban = new QPushButton(tr("Unban the selected address"));
    unban->setObjectName(QStringLiteral("unban"));
    banCard->addWidget(unban);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);

    m_share->setChecked(services.settings().boolValue(QStringLiteral("share_on_lan")));
    const QString bind = services.settings().stringValue(QStringLiteral("bind_address"));
    m_bind->setText(QHostAddress(bind).isLoopback() || bind.isEmpty() ? QStringLiteral("0.0.0.0") : bind);
    m_https->setChecked(services.settings().boolValue(QStringLiteral("https_enabled")));
    m_bind->setEnabled(m_share->isChecked());
    connect(m_share, &QCheckBox::toggled, m_bind, &QWidget::setEnabled);
    connect(m_restart, &QPushButton::clicked, this, &SharingPage::apply);
    connect(generate, &QPushButton::clicked, this, &SharingPage::generateCertificate);
    connect(end, &QPushButton::clicked, this, &SharingPage::endSelectedSession);
    connect(reload, &QPushButton::clicked, this, &SharingPage::refresh);
    connect(unban, &QPushButton::clicked, this, &SharingPage::unbanSelected);
    connect(&m_server, &ServerControl::stateChanged, this, &SharingPage::refresh);
    refresh();
}

void SharingPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QStringList SharingPage::shareUrls() const
{
    if (m_server.state() != ServerControl::State::Running)
        return {};
    const QString scheme = m_services.settings().boolValue(QStringLiteral("https_enabled")) ? QStringLiteral("https")
                                                                                            : QStringLiteral("http");
    const QHostAddress bound = m_server.address();
    QList<QHostAddress> addresses;
    if (auth::NetworkPolicy::isLoopback(bound))
        addresses << bound;
    else if (bound == QHostAddress::AnyIPv4 || bound == QHostAddress::Any || bound == QHostAddress::AnyIPv6) {
        for (const auto& a : auth::NetworkPolicy::machineAddresses())
            if (!a.isLoopback() && !a.isLinkLocal()
                && (bound != QHostAddress::AnyIPv4 || a.protocol() == QAbstractSocket::IPv4Protocol))
                addresses << a;
    } else
        addresses << bound;
    QStringList urls;
    for (const auto& a : addresses) {
        const QString host
            = a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString()) : a.toString();
        urls << QStringLiteral("%1://%2:%3").arg(scheme, host).arg(m_server.port());
    }
    return urls;
}

void SharingPage::refresh()
{
    const bool running = m_server.state() == ServerControl::State::Running;
    const bool shared = running && !auth::NetworkPolicy::isLoopback(m_server.address());
    switch (m_server.state()) {
    case ServerControl::State::Running:
        m_state->setText(shared ? tr("Running, shared on the LAN") : tr("Running on this computer only (loopback)"));
        m_port->setValue(m_server.port());
        break;
    case ServerControl::State::Stopped:
        m_state->setText(tr("Stopped"));
        break;
    case ServerControl::State::Failed:
        m_state->setText(tr("Not running: %1").arg(m_server.lastError()));
        break;
    }
    const QStringList urls = shareUrls();
    m_url->setText(urls.isEmpty() ? tr("—") : urls.join(QLatin1Char('\n')));
    if (!running)
        m_port->setValue(int(m_services.settings().intValue(QStringLiteral("port"))));
    m_clients->setText(QString::number(m_server.webSocketClients()));
    auth::AuthServices& auth = m_services.auth();
    m_noAccounts->setVisible(!auth.users().hasAdmin());

    const QString cert = m_services.settings().stringValue(QStringLiteral("tls_cert_path"));
    m_certificate->setText(cert.isEmpty() ? tr("none configured") : QDir::toNativeSeparators(cert));
    auto fingerprint = cert.isEmpty() ? Result<QString>(QString()) : auth::TlsCertificates::fingerprintSha256(cert);
    m_fingerprint->setText(fingerprint ? (fingerprint->isEmpty() ? tr("—") : *fingerprint)
                                       : tr("cannot read the certificate: %1").arg(fingerprint.error().message));

    m_sessions->setRowCount(0);
    if (auto sessions = auth.sessions().activeSessions(auth::Principal::localAdmin())) {
        for (const auto& s : *sessions) {
            const int row = m_sessions->rowCount();
            m_sessions->insertRow(row);
            auto* who = new QTableWidgetItem(s.userEmail);
            who->setData(Qt::UserRole, s.id);
            m_sessions->setItem(row, 0, who);
            m_sessions->setItem(row, 1, new QTableWidgetItem(s.ipAddress));
            m_sessions->setItem(row, 2, new QTableWidgetItem(shortTime(s.startedAt)));
            m_sessions->setItem(row, 3, new QTableWidgetItem(shortTime(s.lastSeenAt)));
        }
    }
    m_bans->clear();
    for (const auto& b : auth.loginThrottle().bannedAddresses()) {
        auto* item = new QListWidgetItem(
            tr("%1 — until %2 (%n failed logins)", nullptr, b.failures).arg(b.address, shortTime(b.bannedUntil)));
        item->setData(Qt::UserRole, b.address);
        m_bans->addItem(item);
    }
}

void SharingPage::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #c53030;") : QString());
    m_message->setText(text);
}

void SharingPage::apply()
{
    const bool share = m_share->isChecked();
    QHostAddress address(QHostAddress::LocalHost);
    if (share) {
        const QString text = m_bind->text().trimmed().isEmpty() ? QStringLiteral("0.0.0.0") : m_bind->text().trimmed();
        if (!address.setAddress(text)) {
            say(tr("'%1' is not an IP address; use 0.0.0.0 for every interface.").arg(text), true);
            return;
        }
    }
    nlohmann::json changes
        = {{"share_on_lan", share}, {"port", m_port->value()}, {"https_enabled", m_https->isChecked()}};
    if (share)
        changes["bind_address"] = address.toString().toStdString();
    if (auto s = m_services.settings().update(changes); !s) {
        say(s.error().message, true);
        return;
    }
    auth::AuditEntry e = auth::AuditEntry::from(
        auth::RequestContext::desktop(), auth::auditevent::SettingsUpdate, auth::auditstatus::Success);
    e.resourceType = QStringLiteral("settings");
    e.actionDescription = share ? QStringLiteral("Shared the API on the LAN (%1)").arg(address.toString())
                                : QStringLiteral("Stopped sharing the API on the LAN");
    (void)m_services.auth().auditLog().record(e);
    say(share ? tr("Sharing on %1, port %2.").arg(address.toString()).arg(m_port->value())
              : tr("Listening on this computer only."));
    emit restartRequested(address, quint16(m_port->value()));
    refresh();
}

void SharingPage::generateCertificate()
{
    QStringList hosts {QSysInfo::machineHostName()};
    hosts.removeAll(QString());
    QStringList addresses;
    for (const auto& a : auth::NetworkPolicy::machineAddresses())
        if (!a.isLoopback())
            addresses << a.toString();
    auto generated
        = auth::TlsCertificates::generateSelfSigned(m_services.dataDir() + QStringLiteral("/tls"), hosts, addresses);
    if (!generated) {
        say(generated.error().message, true);
        return;
    }
    if (auto s = m_services.settings().update({{"tls_cert_path", generated->certificatePath.toStdString()},
            {"tls_key_path", generated->keyPath.toStdString()}});
        !s) {
        say(s.error().message, true);
        return;
    }
    say(tr("New certificate, valid until %1. Turn on HTTPS and restart; give teammates the fingerprint.")
            .arg(QLocale().toString(generated->notAfter.toLocalTime().date(), QLocale::ShortFormat)));
    refresh();
}

void SharingPage::endSelectedSession()
{
    const auto rows = m_sessions->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        say(tr("Select a session first."), true);
        return;
    }
    const QString id = m_sessions->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
    if (auto s = m_services.auth().sessions().revokeSession(auth::Principal::localAdmin(), id); !s)
        say(s.error().message, true);
    else
        say(tr("Session ended: its tokens no longer work."));
    refresh();
}

void SharingPage::unbanSelected()
{
    auto* item = m_bans->currentItem();
    if (!item) {
        say(tr("Select an address first."), true);
        return;
    }
    const QString address = item->data(Qt::UserRole).toString();
    m_services.auth().loginThrottle().unban(address);
    say(tr("%1 may sign in again.").arg(address));
    refresh();
}

} // namespace assay::ui
