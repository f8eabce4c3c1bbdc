// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GuardedTcpServer.h"
#include "Router.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <map>
#include <optional>

class QTcpSocket;

namespace assay::api {

class WebSocketHub;

using ResponseHeaders = QList<QPair<QByteArray, QByteArray>>;
// Runs before the handler on a worker thread (host check, rate limit, authentication…).
// Returning a response short-circuits the request; `extra` headers go on every response.
using Middleware = std::function<std::optional<HttpResponse>(HttpRequest&, const Route* route, ResponseHeaders& extra)>;
// Runs after the response of a request is final, on the same worker thread (audit log).
using ResponseObserver = std::function<void(const HttpRequest&, const Route* route, const HttpResponse&)>;

// The HTTP + WebSocket face of Assay on QHttpServer's request parser. Routing, error envelopes,
// X-Request-Id and response writing are ours, so that every response — 404s and limits
// included — looks the same. Handlers run on a thread pool, never on the server thread;
// responses on one connection are written in request order.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit ApiServer(QObject* parent = nullptr);
    ~ApiServer() override;

    Router& router() { return m_router; }
    const Router& router() const { return m_router; }
    void addMiddleware(Middleware middleware) { m_middleware.push_back(std::move(middleware)); }
    void addResponseObserver(ResponseObserver observer) { m_observers.push_back(std::move(observer)); }
    void setLimits(ConnectionLimits limits) { m_limits = std::move(limits); }
    // HTTPS (SPEC §10): asked at every start(); an empty configuration means plain HTTP, an
    // error (unreadable certificate or key) stops the start with that message.
    using TlsProvider = std::function<Result<std::optional<QSslConfiguration>>()>;
    void setTlsProvider(TlsProvider provider) { m_tlsProvider = std::move(provider); }
    bool isHttps() const { return m_listener && m_listener->isTls(); }
    WebSocketHub* hub() const { return m_hub; }

    // Listens on address:port (0 = any free port). Errors say why, e.g. the port is in use.
    Result<quint16> start(const QHostAddress& address, quint16 port);
    void stop();
    bool isListening() const { return m_listener && m_listener->isListening(); }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }

    // Runs the whole pipeline for one request synchronously (used by the server's workers).
    HttpResponse dispatch(HttpRequest& request) const;

signals:
    void started(const QHostAddress& address, quint16 port);
    void stopped();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Connection
    {
        quint64 nextSeq = 0;
        quint64 nextToWrite = 0;
        std::map<quint64, QByteArray> ready; // serialized responses waiting for their turn
        std::map<quint64, bool> closeAfter;
    };

    void queueResponse(QTcpSocket* socket, quint64 seq, const HttpRequest& request, const HttpResponse& response,
        bool closeAfter, qint64 elapsedUs);
    void flush(QTcpSocket* socket);
    static QByteArray serialize(const HttpRequest& request, const HttpResponse& response, bool closeAfter);

    Router m_router;
    std::vector<Middleware> m_middleware;
    std::vector<ResponseObserver> m_observers;
    ConnectionLimits m_limits;
    TlsProvider m_tlsProvider;
    QPointer<GuardedTcpServer> m_listener;
    QHostAddress m_address;
    quint16 m_port = 0;
    QThreadPool m_pool;
    WebSocketHub* m_hub = nullptr;
    QHash<QTcpSocket*, Connection> m_connections;
};

} // namespace assay::api
