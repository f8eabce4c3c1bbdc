// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestBase.h"
#include "api/HttpTypes.h"

#include <QTcpSocket>

using namespace assay;
using namespace assay::api;

// The HTTP face end to end on a real port: health, envelopes, X-Request-Id on every response
// (404s included), malformed JSON, body limits enforced before buffering, OpenAPI.
class TestHttpServer : public QObject
{
    Q_OBJECT
    ApiFixture f;

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        // A JSON route for exercising body handling through the real pipeline.
        Route echo;
        echo.method = QStringLiteral("POST");
        echo.pattern = QStringLiteral("/api/v1/test/echo/{name}");
        echo.summary = QStringLiteral("Echo");
        echo.open = true;
        echo.requestContentType = QStringLiteral("application/json");
        echo.handler = [](HttpRequest& req) {
            auto body = parseJsonBody(req);
            if (!body)
                return HttpResponse::error(body.error(), req.requestId);
            return HttpResponse::json(200, {{"name", json::str(req.param(QStringLiteral("name")))}, {"body", *body}});
        };
        f.server->router().add(std::move(echo));
    }

    void health()
    {
        auto r = f.send("GET", QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        const Json j = r.json();
        QCOMPARE(j["status"].get<std::string>(), std::string("ok"));
        QVERIFY(!j["version"].get<std::string>().empty());
        QVERIFY(j["uptime_s"].is_number_integer());
        QCOMPARE(j["checks"]["database"].get<std::string>(), std::string("ok"));
        QVERIFY(j["checks"].contains("job_queue"));
        QVERIFY(j["checks"].contains("ai_service"));
        QVERIFY(!r.headers.value("x-request-id").isEmpty());
    }

    void unknownPathIs404WithEnvelope()
    {
        auto r = f.send("GET", QStringLiteral("/api/v1/nope"));
        QCOMPARE(r.status, 404);
        const QByteArray requestId = r.headers.value("x-request-id");
        QVERIFY(!requestId.isEmpty());
        const Json j = r.json();
        QCOMPARE(j["error"]["code"].get<std::string>(), std::string("NOT_FOUND"));
        QVERIFY(!j["error"]["message"].get<std::string>().empty());
        QCOMPARE(QByteArray::fromStdString(j["error"]["request_id"].get<std::string>()), requestId);
        QVERIFY(j["error"]["details"].is_object());
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store"));
        QCOMPARE(r.headers.value("x-content-type-options"), QByteArray("nosniff"));
    }

    void requestIdsAreUnique()
    {
        auto a = f.send("GET", QStringLiteral("/health"));
        auto b = f.send("GET", QStringLiteral("/health"));
        QVERIFY(a.headers.value("x-request-id") != b.headers.value("x-request-id"));
    }

    void wrongMethodIs405()
    {
        auto r = f.send("DELETE", QStringLiteral("/health"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.json()["error"]["code"].get<std::string>(), std::string("METHOD_NOT_ALLOWED"));
        QCOMPARE(r.headers.value("allow"), QByteArray("GET"));
    }

    void jsonBodyAndPathParameters()
    {
        auto r = f.send("POST", QStringLiteral("/api/v1/test/echo/abc"), R"({"x": [1, 2]})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["name"].get<std::string>(), std::string("abc"));
        QCOMPARE(r.json()["body"]["x"][1].get<int>(), 2);
    }

    void malformedJsonIs400()
    {
        auto r = f.send("POST", QStringLiteral("/api/v1/test/echo/abc"), "{\"x\": ");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()["error"]["code"].get<std::string>(), std::string("VALIDATION_ERROR"));
        QVERIFY(!r.headers.value("x-request-id").isEmpty());
        auto notObject = f.send("POST", QStringLiteral("/api/v1/test/echo/abc"), "[1,2]");
        QCOMPARE(notObject.status, 400);
    }

    void wrongContentTypeIs415()
    {
        auto r = f.send("POST", QStringLiteral("/api/v1/test/echo/abc"), "x=1", "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 415);
        QCOMPARE(r.json()["error"]["code"].get<std::string>(), std::string("UNSUPPORTED_MEDIA_TYPE"));
    }

    void oversizedBodyIs413()
    {
        const QByteArray big = "{\"x\": \"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
        auto r = f.send("POST", QStringLiteral("/api/v1/test/echo/abc"), big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json()["error"]["code"].get<std::string>(), std::string("PAYLOAD_TOO_LARGE"));
        QVERIFY(!r.headers.value("x-request-id").isEmpty());
        // The server still answers afterwards.
        QCOMPARE(f.send("GET", QStringLiteral("/health")).status, 200);
    }

    void oversizedContentLengthIsRefusedBeforeTheBodyArrives()
    {
        // Announce 100 MB but send nothing: the answer must come from the headers alone.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, f.port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/test/echo/abc HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                     "Content-Length: 100000000\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.toLower().contains("x-request-id:"));
    }

    void keepAliveServesSeveralRequestsInOrder()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, f.port);
        QVERIFY(socket.waitForConnected(5000));
        for (int i = 0; i < 3; ++i) {
            socket.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
            QByteArray answer;
            QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\"status\""), 5000);
            QVERIFY(answer.startsWith("HTTP/1.1 200"));
        }
    }

    // max_connections_per_ip caps the open connections of one address (setting read per
    // connection, so a change applies without a restart); a freed slot can be used again.
    void connectionsPerAddressFollowTheSetting()
    {
        f.nam.clearConnectionCache(); // earlier tests' keep-alive connections count too
        QTest::qWait(200); // until the server has seen them close
        QVERIFY(f.services->settings().set(QStringLiteral("max_connections_per_ip"), 2).ok());
        // The server runs on this thread: wait with the event loop running (QTest::qWaitFor).
        auto open = [this](QTcpSocket& s) {
            s.connectToHost(QHostAddress::LocalHost, f.port);
            return QTest::qWaitFor([&s] { return s.state() == QAbstractSocket::ConnectedState; }, 5000);
        };
        auto answers = [](QTcpSocket& s) {
            s.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
            QByteArray answer;
            const bool ended = QTest::qWaitFor(
                [&] {
                    answer += s.readAll();
                    return answer.contains("\"status\"") || s.state() != QAbstractSocket::ConnectedState;
                },
                5000);
            return ended && answer.startsWith("HTTP/1.1 200");
        };
        QTcpSocket a, b, c;
        QVERIFY(open(a) && open(b));
        QVERIFY(answers(a));
        QVERIFY(answers(b));
        c.connectToHost(QHostAddress::LocalHost, f.port); // accepted by the kernel, closed unanswered
        QVERIFY(!answers(c));
        a.disconnectFromHost();
        QTcpSocket d;
        QVERIFY(QTest::qWaitFor([&] { return a.state() == QAbstractSocket::UnconnectedState; }, 5000));
        QTest::qWait(100); // the server sees the close
        QVERIFY(open(d));
        QVERIFY(answers(d));
        QVERIFY(f.services->settings().set(QStringLiteral("max_connections_per_ip"), 256).ok());
    }

    void openApiIsGeneratedFromTheRouteTable()
    {
        auto r = f.send("GET", QStringLiteral("/api/v1/openapi.json"));
        QCOMPARE(r.status, 200);
        const Json doc = r.json();
        QVERIFY(QString::fromStdString(doc["openapi"].get<std::string>()).startsWith(QStringLiteral("3.")));
        QVERIFY(doc["info"].contains("version"));
        // Every route of the table is documented, including the one this test added.
        for (const auto& route : f.server->router().routes()) {
            const std::string path = route.pattern.toStdString();
            const std::string method = route.method.toLower().toStdString();
            QVERIFY2(doc["paths"].contains(path) && doc["paths"][path].contains(method), path.c_str());
        }
        const Json echo = doc["paths"]["/api/v1/test/echo/{name}"]["post"];
        QCOMPARE(echo["parameters"][0]["name"].get<std::string>(), std::string("name"));
        QVERIFY(echo.contains("requestBody"));
        QVERIFY(doc["components"]["schemas"].contains("Error"));
    }

    void cleanupTestCase() { f.server->stop(); }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "TestHttpServer.moc"
