// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EventBus.h"
#include "core/Json.h"
#include "core/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QWebSocket>

#include <any>
#include <functional>

namespace assay::api {

// The WebSocket face of the event bus (SPEC §5). Clients authenticate with `?token=` or the
// Authorization header, subscribe to channels (audits, audit:<id>, scans, metrics, system)
// and receive the events their credential may read. The hub pings idle clients every 30 s,
// drops dead ones, and sheds progress events for clients that cannot keep up.
class WebSocketHub : public QObject
{
    Q_OBJECT
public:
    // Returns the principal for a credential, or an Error whose message says why it is refused.
    using Authenticator = std::function<Result<std::any>(const QString& credential)>;
    // May this principal subscribe to the channel / see this event?
    using ChannelPolicy = std::function<bool(const std::any& principal, const QString& channel)>;
    using EventPolicy = std::function<bool(const std::any& principal, const Event& event)>;

    explicit WebSocketHub(QObject* parent = nullptr);

    void setAuthenticator(Authenticator authenticator) { m_authenticate = std::move(authenticator); }
    void setChannelPolicy(ChannelPolicy policy) { m_channelPolicy = std::move(policy); }
    void setEventPolicy(EventPolicy policy) { m_eventPolicy = std::move(policy); }
    void attach(EventBus& bus);

    void accept(QWebSocket* socket);
    void closeAll();
    int clientCount() const { return int(m_clients.size()); }

    // The channels an event is delivered on: its own channel plus its type's channel.
    static QStringList channelsOf(const Event& event);

signals:
    void clientCountChanged(int count);

private:
    struct Client
    {
        QWebSocket* socket = nullptr;
        std::any principal;
        QSet<QString> channels;
        QElapsedTimer lastSeen;
    };

    void onMessage(QWebSocket* socket, const QString& message);
    void deliver(const Event& event);
    void send(QWebSocket* socket, const Json& message);
    void pingClients();
    void drop(QWebSocket* socket, QWebSocketProtocol::CloseCode code, const QString& reason);

    Authenticator m_authenticate;
    ChannelPolicy m_channelPolicy;
    EventPolicy m_eventPolicy;
    QHash<QWebSocket*, Client> m_clients;
    QTimer m_pingTimer;
};

} // namespace assay::api
