// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <optional>

namespace assay::api {

// Limits that apply before QHttpServer parses a request (PLATFORM.md: QHttpServer 6.4 buffers
// whole bodies with no limit). Checked on the raw bytes of every request on a connection.
struct ConnectionLimits
{
    qint64 maxHeaderBytes = 64 * 1024;
    qint64 maxUrlBytes = 8 * 1024;
    std::function<qint64()> maxJsonBody; // application/json and anything not an upload
    std::function<qint64()> maxUploadBody; // multipart/form-data, archives, octet-stream
    std::function<int()> maxConnectionsPerIp; // unset: 256
};

// The QTcpServer handed to QAbstractHttpServer::bind(). It inspects each request's header
// block as it arrives — before QHttpServer has buffered anything — and answers oversized
// requests itself (413/414/431, or 411 for chunked bodies) with the API's error envelope,
// then drops the connection without keeping the body. It also caps each socket's read
// buffer and the number of connections per address.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(ConnectionLimits limits, QObject* parent = nullptr);

    // HTTPS: every connection becomes a QSslSocket that starts server encryption at once; the
    // checks below then see the decrypted bytes.
    void setTlsConfiguration(std::optional<QSslConfiguration> tls) { m_tls = std::move(tls); }
    bool isTls() const { return m_tls.has_value(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct StreamState
    {
        QByteArray head; // header bytes of the request being received
        qint64 bodyRemaining = 0; // body bytes still to come for the current request
    };

    void inspect(QTcpSocket* socket);
    // Checks one complete header block; returns the body length, or -1 when rejected.
    qint64 checkHeaders(QTcpSocket* socket, const QByteArray& block);
    void reject(QTcpSocket* socket, int status, const QString& code, const QString& message);

    ConnectionLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QHash<QTcpSocket*, StreamState> m_streams;
    QHash<QString, int> m_connectionsPerIp;
};

} // namespace assay::api
