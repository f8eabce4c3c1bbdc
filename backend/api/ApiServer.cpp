// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiServer.h"

#include "WebSocketHub.h"
#include "core/Logging.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>

namespace assay::api {

namespace {

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

HttpRequest copyRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    if (r.path.isEmpty())
        r.path = QStringLiteral("/");
    r.query = request.query();
    for (const auto& [name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    r.remoteAddress = socket ? socket->peerAddress() : request.remoteAddress();
    r.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return r;
}

bool wantsClose(const HttpRequest& request)
{
    const QByteArray connection = request.header("connection").toLower();
    return connection.contains("close");
}

} // namespace

ApiServer::ApiServer(QObject* parent)
    : QAbstractHttpServer(parent)
{
    m_pool.setMaxThreadCount(std::max(4, QThread::idealThreadCount() * 2));
    m_pool.setObjectName(QStringLiteral("assay-api"));
    m_limits.maxJsonBody = [] { return qint64(1024 * 1024); };
    m_limits.maxUploadBody = [] { return qint64(25) * 1024 * 1024; };
    m_hub = new WebSocketHub(this);
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
            if (socket)
                m_hub->accept(socket.release());
        }
    });
}

ApiServer::~ApiServer()
{
    stop();
}

Result<quint16> ApiServer::start(const QHostAddress& address, quint16 port)
{
    if (isListening())
        return Error::conflict(QStringLiteral("The server is already running on port %1.").arg(m_port));
    std::optional<QSslConfiguration> tls;
    if (m_tlsProvider) {
        auto configured = m_tlsProvider();
        if (!configured)
            return configured.error();
        tls = std::move(*configured);
    }
    auto* listener = new GuardedTcpServer(m_limits, this);
    listener->setTlsConfiguration(std::move(tls));
    if (!listener->listen(address, port)) {
        const QString reason = listener->serverError() == QAbstractSocket::AddressInUseError
            ? QStringLiteral("Port %1 on %2 is already in use by another program.").arg(port).arg(address.toString())
            : QStringLiteral("Cannot listen on %1:%2: %3.")
                  .arg(address.toString())
                  .arg(port)
                  .arg(listener->errorString());
        delete listener;
        return Error::make(Error::Kind::Conflict, reason, {{"port", port}}, QStringLiteral("PORT_UNAVAILABLE"));
    }
    bind(listener);
    m_listener = listener;
    m_address = address;
    m_port = listener->serverPort();
    qCInfo(lcApi).noquote() << "listening on"
                            << address.toString() + QLatin1Char(':') + QString::number(m_port)
            + (listener->isTls() ? QStringLiteral(" (HTTPS)") : QString());
    emit started(m_address, m_port);
    return m_port;
}

void ApiServer::stop()
{
    if (!m_listener)
        return;
    m_listener->close();
    m_hub->closeAll();
    m_pool.waitForDone(10000);
    for (auto* socket : m_listener->findChildren<QTcpSocket*>())
        socket->disconnectFromHost();
    m_listener->deleteLater();
    m_listener = nullptr;
    m_connections.clear();
    qCInfo(lcApi) << "server stopped";
    emit stopped();
}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const bool upgrade = request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
    if (upgrade) {
        // PLATFORM.md: write nothing and return true; Qt hands the socket to the WebSocket server.
        return request.url().path() == QLatin1String("/ws");
    }
    HttpRequest req = copyRequest(request, socket);
    if (!m_connections.contains(socket))
        connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    Connection& conn = m_connections[socket];
    const quint64 seq = conn.nextSeq++;
    const bool closeAfter = wantsClose(req);
    QPointer<QTcpSocket> guard(socket);
    m_pool.start([this, guard, seq, closeAfter, req = std::move(req)]() mutable {
        QElapsedTimer timer;
        timer.start();
        HttpResponse response = dispatch(req);
        const qint64 elapsedUs = timer.nsecsElapsed() / 1000;
        QMetaObject::invokeMethod(
            this,
            [this, guard, seq, closeAfter, elapsedUs, req = std::move(req), response = std::move(response)] {
                if (guard)
                    queueResponse(guard, seq, req, response, closeAfter, elapsedUs);
            },
            Qt::QueuedConnection);
    });
    return true;
}

HttpResponse ApiServer::dispatch(HttpRequest& request) const
{
    ResponseHeaders extra;
    HttpResponse response;
    const RouteMatch match = m_router.match(request.method, request.path);
    request.pathParams = match.params;
    bool answered = false;
    for (const auto& middleware : m_middleware) {
        if (auto early = middleware(request, match.route, extra)) {
            response = std::move(*early);
            answered = true;
            break;
        }
    }
    if (!answered) {
        if (!match.route && !match.allowedMethods.isEmpty() && request.method != QLatin1String("OPTIONS")) {
            response = HttpResponse::error(
                Error::make(Error::Kind::MethodNotAllowed,
                    QStringLiteral("%1 is not allowed on %2; use %3.")
                        .arg(request.method, request.path, match.allowedMethods.join(QStringLiteral(", ")))),
                request.requestId);
            response.setHeader("Allow", match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
        } else if (!match.route) {
            response = HttpResponse::error(
                Error::notFound(QStringLiteral("No endpoint %1 %2.").arg(request.method, request.path.left(200))),
                request.requestId);
        } else {
            try {
                response = match.route->handler(request);
            } catch (const nlohmann::json::exception& e) {
                qCWarning(lcApi) << "bad JSON field in" << request.path << e.what();
                response = HttpResponse::error(
                    Error::validation(QStringLiteral("A field of the request has the wrong type or is missing.")),
                    request.requestId);
            } catch (const std::exception& e) {
                qCCritical(lcApi) << "handler failed for" << request.method << request.path << e.what();
                response = HttpResponse::error(
                    Error::internal(QStringLiteral("The server failed to handle the request.")), request.requestId);
            }
        }
    }
    for (const auto& [name, value] : extra)
        if (response.header(name).isEmpty())
            response.setHeader(name, value);
    for (const auto& observer : m_observers) {
        try {
            observer(request, match.route, response);
        } catch (const std::exception& e) {
            qCWarning(lcApi) << "response observer failed for" << request.path << e.what();
        }
    }
    return response;
}

void ApiServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Reached only for WebSocket upgrades on paths other than /ws.
    HttpRequest req = copyRequest(request, socket);
    HttpResponse response = HttpResponse::error(
        Error::notFound(QStringLiteral("WebSocket connections are accepted on /ws only.")), req.requestId);
    socket->write(serialize(req, response, true));
    socket->flush();
}

QByteArray ApiServer::serialize(const HttpRequest& request, const HttpResponse& response, bool closeAfter)
{
    QByteArray out;
    out.reserve(response.body.size() + 512);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool hasType = false;
    bool html = false;
    for (const auto& [name, value] : response.headers) {
        if (name.compare("content-type", Qt::CaseInsensitive) == 0) {
            hasType = true;
            html = value.trimmed().toLower().startsWith("text/html");
        }
        out += name + ": " + value + "\r\n";
    }
    if (html) {
        // SPEC §10: HTML (reports) is never framed and runs no script; inline styles and SVG stay.
        if (response.header("x-frame-options").isEmpty())
            out += "X-Frame-Options: DENY\r\n";
        if (response.header("content-security-policy").isEmpty())
            out += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                   "font-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'\r\n";
    }
    if (!hasType && !response.body.isEmpty())
        out += "Content-Type: application/octet-stream\r\n";
    out += "X-Request-Id: " + request.requestId.toLatin1() + "\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    if (request.path.startsWith(QLatin1String("/api")) && response.header("cache-control").isEmpty())
        out += "Cache-Control: no-store\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "Content-Length: " + QByteArray::number(response.status == 204 ? 0 : response.body.size()) + "\r\n\r\n";
    if (response.status != 204 && request.method != QLatin1String("HEAD"))
        out += response.body;
    return out;
}

void ApiServer::queueResponse(QTcpSocket* socket, quint64 seq, const HttpRequest& request, const HttpResponse& response,
    bool closeAfter, qint64 elapsedUs)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->ready[seq] = serialize(request, response, closeAfter);
    it->closeAfter[seq] = closeAfter;
    if (lcAccess().isInfoEnabled())
        qCInfo(lcAccess).noquote() << request.remoteAddress.toString() << request.method << request.path
                                   << response.status << response.body.size()
                                   << QString::number(elapsedUs / 1000.0, 'f', 1) + QStringLiteral("ms")
                                   << QStringLiteral("request_id=") + request.requestId;
    flush(socket);
}

void ApiServer::flush(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    bool close = false;
    while (!it->ready.empty() && it->ready.begin()->first == it->nextToWrite) {
        socket->write(it->ready.begin()->second);
        close = close || it->closeAfter[it->nextToWrite];
        it->closeAfter.erase(it->nextToWrite);
        it->ready.erase(it->ready.begin());
        ++it->nextToWrite;
    }
    if (close)
        socket->disconnectFromHost();
}

} // namespace assay::api
