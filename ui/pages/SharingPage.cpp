// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingPage.h"

#include "services/ServerControl.h"
#include "services/Services.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace assay::ui {

SharingPage::SharingPage(Services& services, ServerControl& server, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_server(server)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    auto* title = new QLabel(tr("Sharing"));
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    auto* lead = new QLabel(tr("Assay runs an HTTP and WebSocket API inside the app. Scripts and CI jobs on this "
                               "machine can use it now; sharing it with teammates on the LAN comes with user "
                               "accounts and API tokens."));
    lead->setWordWrap(true);
    lead->setObjectName(QStringLiteral("pageLead"));
    layout->addWidget(lead);

    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    auto* form = new QFormLayout(card);
    form->setContentsMargins(20, 16, 20, 16);
    form->setHorizontalSpacing(24);
    m_state = new QLabel;
    m_url = new QLabel;
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clients = new QLabel;
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("Live connections:"), m_clients);
    auto* dataDir = new QLabel(services.dataDir());
    dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Data directory:"), dataDir);

    auto* portRow = new QHBoxLayout;
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("Port"));
    m_restart = new QPushButton(tr("Restart on this port"));
    portRow->addWidget(m_port);
    portRow->addWidget(m_restart);
    portRow->addStretch(1);
    form->addRow(tr("Port:"), portRow);
    layout->addWidget(card);
    layout->addStretch(1);

    connect(m_restart, &QPushButton::clicked, this, [this] { emit restartRequested(quint16(m_port->value())); });
    connect(&m_server, &ServerControl::stateChanged, this, &SharingPage::refresh);
    refresh();
}

void SharingPage::refresh()
{
    switch (m_server.state()) {
    case ServerControl::State::Running:
        m_state->setText(tr("Running on this computer only (loopback)"));
        m_url->setText(m_server.url());
        m_port->setValue(m_server.port());
        break;
    case ServerControl::State::Stopped:
        m_state->setText(tr("Stopped"));
        m_url->setText(tr("—"));
        break;
    case ServerControl::State::Failed:
        m_state->setText(tr("Not running: %1").arg(m_server.lastError()));
        m_url->setText(tr("—"));
        break;
    }
    if (m_server.state() != ServerControl::State::Running)
        m_port->setValue(int(m_services.settings().intValue(QStringLiteral("port"))));
    m_clients->setText(QString::number(m_server.webSocketClients()));
}

} // namespace assay::ui
