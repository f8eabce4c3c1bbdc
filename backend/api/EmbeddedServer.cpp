// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmbeddedServer.h"

#include "ApiFactory.h"
#include "WebSocketHub.h"

namespace assay::api {

EmbeddedServer::EmbeddedServer(Services& services, QObject* parent)
    : ServerControl(parent)
    , m_services(services)
{ }

EmbeddedServer::~EmbeddedServer()
{
    stop();
}

Result<quint16> EmbeddedServer::start(const QHostAddress& address, quint16 port)
{
    if (!m_server) {
        m_server = makeApiServer(m_services);
        connect(m_server->hub(), &WebSocketHub::clientCountChanged, this, &ServerControl::stateChanged);
    }
    auto result = m_server->start(address, port);
    if (!result) {
        m_state = State::Failed;
        m_lastError = result.error().message;
    } else {
        m_state = State::Running;
        m_lastError.clear();
    }
    emit stateChanged();
    return result;
}

void EmbeddedServer::stop()
{
    if (!m_server || m_state != State::Running)
        return;
    m_server->stop();
    m_state = State::Stopped;
    emit stateChanged();
}

QHostAddress EmbeddedServer::address() const
{
    return m_server ? m_server->address() : QHostAddress();
}
quint16 EmbeddedServer::port() const
{
    return m_server ? m_server->port() : 0;
}
int EmbeddedServer::webSocketClients() const
{
    return m_server ? m_server->hub()->clientCount() : 0;
}

} // namespace assay::api
