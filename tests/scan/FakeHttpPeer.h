// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

// A tiny HTTP/1.1 server on an ephemeral loopback port that plays an LLM peer for the scan
// tests: it reads one whole request (headers + Content-Length body), records it, and answers
// with the configured status and body — or never answers, to exercise the timeout.
class FakeHttpPeer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray headers; // raw, lower-cased names
        QByteArray body;
    };

    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    bool respond = true;
    QList<Request> requests;

    FakeHttpPeer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    void onRead(QTcpSocket* s)
    {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buf.left(end);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            const QByteArray l = line.trimmed().toLower();
            if (l.startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
        }
        if (buf.size() < end + 4 + length)
            return;
        Request r;
        const QList<QByteArray> first = head.left(head.indexOf("\r\n")).split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        r.headers = head.toLower();
        r.body = buf.mid(end + 4, length);
        requests << r;
        m_buffers.remove(s);
        if (!respond)
            return; // hold the connection open and say nothing
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        s->write(reply);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
