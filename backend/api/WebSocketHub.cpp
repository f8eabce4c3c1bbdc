// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebSocketHub.h"

#include "core/Json.h"
#include "core/Logging.h"

#include <QUrlQuery>

namespace assay::api {

namespace {
constexpr qint64 kShedProgressBytes = 1 << 20; // a client this far behind misses progress events
constexpr qint64 kDropBytes = 16 << 20; // and this far behind is disconnected
constexpr int kPingIntervalMs = 30000;
constexpr int kDeadAfterMs = 75000;
const QStringList kStaticChannels {
    QStringLiteral("audits"), QStringLiteral("scans"), QStringLiteral("metrics"), QStringLiteral("system")};

bool validChannel(const QString& c)
{
    if (kStaticChannels.contains(c))
        return true;
    if (c.startsWith(QLatin1String("audit:")) && c.size() > 6 && c.size() < 100)
        return true;
    return false;
}
} // namespace

WebSocketHub::WebSocketHub(QObject* parent)
    : QObject(parent)
{
    m_pingTimer.setInterval(kPingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &WebSocketHub::pingClients);
    m_pingTimer.start();
}

void WebSocketHub::attach(EventBus& bus)
{
    bus.subscribe(this, [this](const Event& e) { deliver(e); });
}

QStringList WebSocketHub::channelsOf(const Event& event)
{
    QStringList out;
    if (!event.channel.isEmpty())
        out << event.channel;
    const QString& t = event.type;
    if (t == QLatin1String("audit") || t == QLatin1String("finding"))
        out << QStringLiteral("audits");
    else if (t == QLatin1String("scan"))
        out << QStringLiteral("scans");
    else if (t == QLatin1String("metric"))
        out << QStringLiteral("metrics");
    else
        out << QStringLiteral("system");
    out.removeDuplicates();
    return out;
}

void WebSocketHub::accept(QWebSocket* socket)
{
    socket->setParent(this);
    QString credential = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (credential.isEmpty()) {
        const QByteArray auth = socket->request().rawHeader("Authorization");
        if (auth.startsWith("Bearer ") || auth.startsWith("bearer "))
            credential = QString::fromUtf8(auth.mid(7)).trimmed();
    }
    std::any principal;
    if (m_authenticate) {
        auto result = m_authenticate(credential);
        if (!result) {
            qCInfo(lcApi) << "WebSocket refused from" << socket->peerAddress().toString() << ":"
                          << result.error().message;
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, result.error().message.left(120));
            socket->deleteLater();
            return;
        }
        principal = *result;
    }
    Client client;
    client.socket = socket;
    client.principal = std::move(principal);
    client.lastSeen.start();
    m_clients.insert(socket, std::move(client));
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, socket](const QString& message) { onMessage(socket, message); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        auto it = m_clients.find(socket);
        if (it != m_clients.end())
            it->lastSeen.restart();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (m_clients.remove(socket))
            emit clientCountChanged(clientCount());
        socket->deleteLater();
    });
    emit clientCountChanged(clientCount());
}

void WebSocketHub::send(QWebSocket* socket, const Json& message)
{
    socket->sendTextMessage(QString::fromUtf8(assay::json::dump(message)));
}

void WebSocketHub::onMessage(QWebSocket* socket, const QString& message)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    it->lastSeen.restart();
    if (message.size() > 64 * 1024) {
        send(socket, {{"type", "error"}, {"message", "Message too large."}});
        return;
    }
    auto parsed = assay::json::parse(message.toUtf8());
    if (!parsed || !parsed->is_object()) {
        send(socket, {{"type", "error"}, {"message", "Messages must be JSON objects."}});
        return;
    }
    const QString type = assay::json::getString(*parsed, "type");
    if (type == QLatin1String("ping")) {
        send(socket, {{"type", "pong"}, {"timestamp", assay::json::str(assay::json::nowIso())}});
        return;
    }
    if (type == QLatin1String("subscribe") || type == QLatin1String("unsubscribe")) {
        const auto channelsIt = parsed->find("channels");
        if (channelsIt == parsed->end() || !channelsIt->is_array()) {
            send(socket, {{"type", "error"}, {"message", "'channels' must be a list of channel names."}});
            return;
        }
        Json done = Json::array();
        Json refused = Json::array();
        for (const auto& c : *channelsIt) {
            if (!c.is_string()) {
                refused.push_back(c);
                continue;
            }
            const QString channel = assay::json::qstr(c.get<std::string>());
            if (type == QLatin1String("unsubscribe")) {
                it->channels.remove(channel);
                done.push_back(c);
            } else if (validChannel(channel) && (!m_channelPolicy || m_channelPolicy(it->principal, channel))) {
                it->channels.insert(channel);
                done.push_back(c);
            } else {
                refused.push_back(c);
            }
        }
        const bool subscribe = type == QLatin1String("subscribe");
        send(socket, {{"type", subscribe ? "subscribed" : "unsubscribed"}, {"channels", done}});
        if (!refused.empty())
            send(socket,
                {{"type", "error"}, {"message", "Some channels do not exist or are not readable with this credential."},
                    {"channels", refused}});
        return;
    }
    send(socket, {{"type", "error"}, {"message", "Unknown message type; use subscribe, unsubscribe or ping."}});
}

void WebSocketHub::deliver(const Event& event)
{
    if (m_clients.isEmpty())
        return;
    const QStringList channels = channelsOf(event);
    QString text;
    const bool progress = event.action == QLatin1String("progress");
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        bool subscribed = false;
        for (const auto& c : channels)
            subscribed = subscribed || it->channels.contains(c);
        if (!subscribed)
            continue;
        if (m_eventPolicy && !m_eventPolicy(it->principal, event))
            continue;
        const qint64 backlog = it->socket->bytesToWrite();
        if (backlog > kDropBytes) {
            QMetaObject::invokeMethod(
                this,
                [this, s = it->socket] {
                    drop(s, QWebSocketProtocol::CloseCodeAbnormalDisconnection, QStringLiteral("too slow"));
                },
                Qt::QueuedConnection);
            continue;
        }
        if (progress && backlog > kShedProgressBytes)
            continue;
        if (text.isEmpty())
            text = QString::fromUtf8(assay::json::dump(event.toJson()));
        it->socket->sendTextMessage(text);
    }
}

void WebSocketHub::pingClients()
{
    QList<QWebSocket*> dead;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->lastSeen.elapsed() > kDeadAfterMs)
            dead << it->socket;
        else
            it->socket->ping();
    }
    for (auto* s : dead)
        drop(s, QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("no answer to ping"));
}

void WebSocketHub::drop(QWebSocket* socket, QWebSocketProtocol::CloseCode code, const QString& reason)
{
    if (!m_clients.remove(socket))
        return;
    socket->close(code, reason);
    socket->deleteLater();
    emit clientCountChanged(clientCount());
}

void WebSocketHub::closeAll()
{
    const auto sockets = m_clients.keys();
    m_clients.clear();
    for (auto* s : sockets) {
        s->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server stopping"));
        s->deleteLater();
    }
    emit clientCountChanged(0);
}

} // namespace assay::api
