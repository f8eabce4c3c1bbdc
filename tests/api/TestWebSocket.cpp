// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestBase.h"
#include "api/WebSocketHub.h"

#include <QSignalSpy>
#include <QWebSocket>

using namespace assay;

// The /ws endpoint on a real port through QWebSocket: upgrade, ping/pong, subscriptions and
// event delivery from the event bus; other paths refuse the upgrade.
class TestWebSocket : public QObject
{
    Q_OBJECT
    ApiFixture f;

    static Json nextMessage(QSignalSpy& spy, int index)
    {
        if (spy.size() <= index && !spy.wait(5000))
            return {};
        while (spy.size() <= index)
            if (!spy.wait(5000))
                return {};
        auto j = json::parse(spy.at(index).at(0).toString().toUtf8());
        return j ? *j : Json();
    }

private slots:
    void initTestCase() { QVERIFY(f.start()); }

    void pingPong()
    {
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
        ws.open(f.wsUrl());
        QVERIFY(connected.wait(5000));
        ws.sendTextMessage(QStringLiteral(R"({"type":"ping"})"));
        const Json pong = nextMessage(messages, 0);
        QCOMPARE(pong["type"].get<std::string>(), std::string("pong"));
        ws.sendTextMessage(QStringLiteral("not json"));
        QCOMPARE(nextMessage(messages, 1)["type"].get<std::string>(), std::string("error"));
        ws.close();
    }

    void subscribedClientsReceiveBusEvents()
    {
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
        ws.open(f.wsUrl());
        QVERIFY(connected.wait(5000));
        ws.sendTextMessage(QStringLiteral(R"({"type":"subscribe","channels":["system"]})"));
        const Json ack = nextMessage(messages, 0);
        QCOMPARE(ack["type"].get<std::string>(), std::string("subscribed"));
        QCOMPARE(ack["channels"][0].get<std::string>(), std::string("system"));
        f.services->events().publish(QStringLiteral("audit"), QStringLiteral("created"), {{"id", "a1"}});
        f.services->events().publish(QStringLiteral("system"), QStringLiteral("updated"), {{"n", 1}});
        const Json event = nextMessage(messages, 1);
        // The audit event went to a channel this client did not subscribe to.
        QCOMPARE(event["type"].get<std::string>(), std::string("system"));
        QCOMPARE(event["action"].get<std::string>(), std::string("updated"));
        QCOMPARE(event["data"]["n"].get<int>(), 1);
        QVERIFY(QString::fromStdString(event["timestamp"].get<std::string>()).endsWith(QLatin1Char('Z')));
    }

    void credentialsAreRequired()
    {
        // No credential, or a wrong one: closed with 1008 (policy violation) and the reason.
        for (const QByteArray& token :
            {QByteArray(), QByteArray("assay_notARealTokenAtAll"), QByteArray("abc.def.ghi")}) {
            QWebSocket ws;
            QSignalSpy disconnected(&ws, &QWebSocket::disconnected);
            ws.open(f.wsUrl(token));
            QVERIFY(disconnected.wait(5000) || !disconnected.isEmpty());
            QCOMPARE(ws.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
            QVERIFY(!ws.closeReason().isEmpty());
        }
    }

    void otherPathsRefuseTheUpgrade()
    {
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy disconnected(&ws, &QWebSocket::disconnected);
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/elsewhere").arg(f.port)));
        QVERIFY(disconnected.wait(5000) || !disconnected.isEmpty());
        QVERIFY(connected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebSocket)
#include "TestWebSocket.moc"
