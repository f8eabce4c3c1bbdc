// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuardedTcpServer.h"

#include "HttpTypes.h"
#include "core/Logging.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace assay::api {

namespace {
constexpr char kRejected[] = "assay_rejected";
} // namespace

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(std::move(limits))
{ }

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket* socket = nullptr;
    if (m_tls) {
        auto* ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*m_tls);
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl](const QList<QSslError>& errors) {
            qCInfo(lcApi) << "TLS handshake failed with" << ssl->peerAddress().toString()
                          << (errors.isEmpty() ? QString() : errors.first().errorString());
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString ip = socket->peerAddress().toString();
    int& count = m_connectionsPerIp[ip];
    const int maxPerIp = m_limits.maxConnectionsPerIp ? m_limits.maxConnectionsPerIp() : 256;
    if (count >= maxPerIp) {
        qCWarning(lcApi) << "too many connections from" << ip;
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++count;
    connect(socket, &QObject::destroyed, this, [this, ip, socket] {
        m_streams.remove(socket);
        if (--m_connectionsPerIp[ip] <= 0)
            m_connectionsPerIp.remove(ip);
    });
    // Never buffer more than the largest request we accept (plus its headers).
    const qint64 cap = std::max(m_limits.maxJsonBody(), m_limits.maxUploadBody()) + m_limits.maxHeaderBytes + 4096;
    socket->setReadBufferSize(cap);
    // Connected before QAbstractHttpServer connects its own slot, so this runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    if (auto* ssl = qobject_cast<QSslSocket*>(socket))
        ssl->startServerEncryption();
    addPendingConnection(socket);
}

void GuardedTcpServer::inspect(QTcpSocket* socket)
{
    if (socket->property(kRejected).toBool()) {
        socket->readAll(); // discard what the client still sends; nothing is kept
        return;
    }
    // QHttpServer reads everything available on each readyRead, so the unread bytes seen here
    // are exactly the bytes that arrived since the last call: track the stream incrementally.
    const QByteArray fresh = socket->peek(socket->bytesAvailable());
    StreamState& st = m_streams[socket];
    qsizetype pos = 0;
    while (pos < fresh.size()) {
        if (st.bodyRemaining > 0) {
            const qint64 take = std::min<qint64>(st.bodyRemaining, fresh.size() - pos);
            st.bodyRemaining -= take;
            pos += take;
            continue;
        }
        const qsizetype before = st.head.size();
        st.head.append(fresh.constData() + pos, fresh.size() - pos);
        const qsizetype end = st.head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        if (end < 0) {
            if (st.head.size() > m_limits.maxHeaderBytes)
                reject(socket, 431, QStringLiteral("HEADERS_TOO_LARGE"),
                    QStringLiteral("The request headers are too large."));
            return;
        }
        const qsizetype consumedHere = end + 4 - before;
        pos += consumedHere;
        const QByteArray block = st.head.left(end);
        st.head.clear();
        const qint64 body = checkHeaders(socket, block);
        if (body < 0)
            return; // rejected
        st.bodyRemaining = body;
    }
}

qint64 GuardedTcpServer::checkHeaders(QTcpSocket* socket, const QByteArray& block)
{
    if (block.size() > m_limits.maxHeaderBytes) {
        reject(socket, 431, QStringLiteral("HEADERS_TOO_LARGE"), QStringLiteral("The request headers are too large."));
        return -1;
    }
    const QList<QByteArray> lines = block.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.value(1).size() > m_limits.maxUrlBytes) {
        reject(socket, 414, QStringLiteral("URI_TOO_LONG"), QStringLiteral("The request URL is too long."));
        return -1;
    }
    qint64 contentLength = 0;
    QByteArray contentType;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                reject(
                    socket, 400, QStringLiteral("VALIDATION_ERROR"), QStringLiteral("Content-Length is not a number."));
                return -1;
            }
        } else if (name == "content-type") {
            contentType = value.toLower();
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            chunked = true;
        }
    }
    if (chunked) {
        reject(socket, 411, QStringLiteral("LENGTH_REQUIRED"),
            QStringLiteral("Send the request body with a Content-Length; chunked bodies are not accepted."));
        return -1;
    }
    const bool upload = contentType.startsWith("multipart/") || contentType.startsWith("application/zip")
        || contentType.startsWith("application/gzip") || contentType.startsWith("application/x-")
        || contentType.startsWith("application/octet-stream") || contentType.startsWith("application/pdf")
        || contentType.startsWith("application/vnd.") || contentType.startsWith("text/csv");
    const qint64 limit = upload ? m_limits.maxUploadBody() : m_limits.maxJsonBody();
    if (contentLength > limit) {
        reject(socket, 413, QStringLiteral("PAYLOAD_TOO_LARGE"),
            QStringLiteral("The request body is %1 bytes; the limit is %2 bytes.").arg(contentLength).arg(limit));
        return -1;
    }
    return contentLength;
}

void GuardedTcpServer::reject(QTcpSocket* socket, int status, const QString& code, const QString& message)
{
    socket->setProperty(kRejected, true);
    // Detach QHttpServer from this socket: it must not parse (or buffer) this request.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(socket, &QTcpSocket::readyRead, this, [socket] { socket->readAll(); });
    socket->readAll();

    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Error error = Error::make(Error::Kind::Validation, message, Json::object(), code);
    HttpResponse response = HttpResponse::error(error, requestId);
    response.status = status;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\nX-Request-Id: " + requestId.toLatin1()
        + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    out += response.body;
    socket->write(out);
    socket->flush();
    qCInfo(lcAccess).noquote() << socket->peerAddress().toString() << "-" << status
                               << "rejected before parsing:" << message << QStringLiteral("request_id=") + requestId;
    // Give the client a moment to read the answer while we discard its body, then close.
    QTimer::singleShot(1000, socket, [socket] { socket->disconnectFromHost(); });
}

} // namespace assay::api
