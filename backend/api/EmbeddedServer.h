// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServerControl.h"

#include <memory>

namespace assay {
class Services;
}

namespace assay::api {

class ApiServer;

// The ServerControl the desktop app uses: builds the API server over the services and
// starts/stops it in-process.
class EmbeddedServer : public ServerControl
{
    Q_OBJECT
public:
    explicit EmbeddedServer(Services& services, QObject* parent = nullptr);
    ~EmbeddedServer() override;

    Result<quint16> start(const QHostAddress& address, quint16 port) override;
    void stop() override;
    State state() const override { return m_state; }
    QHostAddress address() const override;
    quint16 port() const override;
    int webSocketClients() const override;
    QString lastError() const override { return m_lastError; }

    ApiServer* server() const { return m_server.get(); }

private:
    Services& m_services;
    std::unique_ptr<ApiServer> m_server;
    State m_state = State::Stopped;
    QString m_lastError;
};

} // namespace assay::api
