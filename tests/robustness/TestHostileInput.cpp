// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeProcess.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <limits>

using namespace assay;
using namespace assay::test;

// Hostile input against every operation of the OpenAPI document (issue #14, docs/RELIABILITY.md).
//
// The real `assay serve` runs on a fresh data directory with a few real objects in it (an
// audit with findings, a scan, a token, a user, imported AI sessions). The test signs in as an
// administrator, so that every route is reached past its permission check, reads
// /api/v1/openapi.json and, for each documented operation, sends
//  - path parameters: an existing id, a nonexistent id and hostile strings (traversal, SQL, NUL,
//    invalid UTF-8, 10 kB);
//  - bodies: empty, null, scalars, arrays, truncated JSON, 100k-deep arrays and objects, invalid
//    UTF-8, a 5 MB string (over the 1 MiB JSON limit), a 900 kB string (under it), numbers
//    (1e400, -1, 2^63, -2^63-1, fractions), every schema property with every wrong JSON type
//    and with SQL / traversal / markup strings, unknown fields, wrong content types and broken
//    multipart;
//  - query strings: negative and huge pages and limits, non-numeric values, injection strings,
//    invalid UTF-8, repeated parameters, a 60 kB query.
// Every answer must be 2xx (input that happens to be valid) or a 4xx carrying the SPEC §4
// error envelope; a 5xx, a non-envelope 4xx, no answer or a hang (15 s per request) is a
// failure. At the end the server still answers /health and the process is still running.
//
// POST /scans/model/train (no input, tens of seconds of CPU) is called once, not swept.
// Side effects are ordered so that the fixture survives as long as it is needed:
//  - DELETE operations run last (they remove the objects other operations use as "existing");
//  - routes that end the caller's own credential (POST /auth/logout, POST
//    /admin/signing-key/rotate, DELETE /admin/sessions/{id}) are expected: after every
//    operation the test checks its access token with GET /auth/me and signs in again if needed;
//  - the admin's own user id is never used as the "existing" user (the victim user is), so the
//    test does not delete or demote itself;
//  - PATCH /settings may accept a hostile-but-valid value; the rate limit (turned off for the
//    test) is put back to 0 afterwards.
// Audits started by accident (a valid repository path plus unknown fields) audit the small
// fixture tree; repository paths are relative to the server's working directory, the temp dir.
class TestHostileInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServeProcess m_server;
    HttpClient m_http;
    QString m_data;
    QString m_tree;
    QByteArray m_apiToken; // admin API token with every scope (survives logout and key rotation)
    QMap<QString, QString> m_ids; // collection name (segment before the parameter) → existing id
    QStringList m_failures;
    int m_requests = 0;
    QSet<QString> m_operationsSeen;
    static constexpr const char* kAdmin = "admin@hostile.test";
    static constexpr const char* kPassword = "Hostile-Passw0rd!";

    bool login()
    {
        const auto r = m_http.send("POST", "/api/v1/auth/login",
            json::dump(Json {{"email", kAdmin}, {"password", kPassword}}), "application/json", 15000, false);
        const Json j = r.json();
        if (r.status != 200 || !j.contains("access_token"))
            return false;
        m_http.bearer = QByteArray::fromStdString(j["access_token"].get<std::string>());
        return true;
    }

    // After an operation that may have ended the session (logout, key rotation, ending
    // sessions) or got this address banned by failed logins: lift bans with the admin API
    // token (unaffected by both) and sign in again.
    void ensureSignedIn()
    {
        HttpClient admin;
        admin.port = m_server.port;
        admin.bearer = m_apiToken;
        const Json bans = admin.get("/api/v1/admin/login-bans").json();
        if (bans.contains("data"))
            for (const auto& ban : bans["data"]) {
                const QString id = QString::fromStdString(ban.value("id", ban.value("address", std::string())));
                admin.send("DELETE", "/api/v1/admin/login-bans/" + enc(id));
            }
        if (m_http.get("/api/v1/auth/me").status != 200)
            QVERIFY2(login(), "cannot sign in again");
    }

    static QByteArray enc(const QString& s) { return QUrl::toPercentEncoding(s); }

    // Records a failure unless the reply is a 2xx or an enveloped 4xx.
    void check(const QByteArray& method, const QByteArray& target, const QString& what, const HttpClient::Reply& r)
    {
        ++m_requests;
        QString problem;
        if (r.timedOut)
            problem = QStringLiteral("no answer within 15 s");
        else if (r.status == 0)
            problem = QStringLiteral("connection error: %1").arg(r.errorString);
        else if (r.status >= 500)
            problem = QStringLiteral("HTTP %1").arg(r.status);
        else if (r.status >= 400 && !isErrorEnvelope(r.json()))
            problem = QStringLiteral("HTTP %1 without the error envelope").arg(r.status);
        else if (r.status < 200 || (r.status >= 300 && r.status < 400))
            problem = QStringLiteral("unexpected HTTP %1").arg(r.status);
        if (!problem.isEmpty()) {
            m_failures << QStringLiteral("%1 %2 [%3]: %4 — %5")
                              .arg(QString::fromLatin1(method), QString::fromLatin1(target.left(160)), what, problem,
                                  QString::fromUtf8(r.body.left(300)));
            qWarning().noquote() << m_failures.last();
        }
    }

    void send(const QByteArray& method, const QByteArray& target, const QString& what, const QByteArray& body = {},
        const QByteArray& contentType = "application/json")
    {
        check(method, target, what, m_http.send(method, target, body, contentType));
    }

    // Values of the wrong kind for any JSON property.
    static QList<Json> hostileValues()
    {
        static const QList<Json> values = [] {
            QList<Json> v {nullptr, true, -1, 1.5, Json::array(), Json {{"nested", Json {{"deeper", 1}}}}, "",
                "' OR 1=1 --", "../../etc/passwd", "<script>alert(1)</script>", std::string("nul\0byte", 8),
                std::string(10000, 'A'), "1e400"};
            v << Json(std::numeric_limits<std::int64_t>::min()) << Json(std::numeric_limits<std::uint64_t>::max())
              << Json(1e308);
            return v;
        }();
        return values;
    }

    // Raw JSON texts that nlohmann cannot represent as values (numbers out of range) and broken
    // documents.
    static QList<QPair<QString, QByteArray>> rawBodies()
    {
        QList<QPair<QString, QByteArray>> b;
        b << qMakePair(QStringLiteral("empty"), QByteArray());
        b << qMakePair(QStringLiteral("null"), QByteArray("null"));
        b << qMakePair(QStringLiteral("true"), QByteArray("true"));
        b << qMakePair(QStringLiteral("number"), QByteArray("42"));
        b << qMakePair(QStringLiteral("string"), QByteArray("\"text\""));
        b << qMakePair(QStringLiteral("empty array"), QByteArray("[]"));
        b << qMakePair(QStringLiteral("array"), QByteArray("[1,\"a\",null,{}]"));
        b << qMakePair(QStringLiteral("empty object"), QByteArray("{}"));
        b << qMakePair(QStringLiteral("truncated"), QByteArray("{\"a\": [1, 2"));
        b << qMakePair(QStringLiteral("trailing garbage"), QByteArray("{} xyz"));
        b << qMakePair(QStringLiteral("single quotes"), QByteArray("{'a': 1}"));
        b << qMakePair(QStringLiteral("NUL bytes"), QByteArray("{\"a\":\"\0\0\"}", 10));
        b << qMakePair(QStringLiteral("invalid UTF-8"), QByteArray("{\"name\":\"\xff\xfe\xc3\x28\",\"\xc0\xaf\":1}"));
        b << qMakePair(QStringLiteral("BOM"), QByteArray("\xef\xbb\xbf{}"));
        b << qMakePair(QStringLiteral("1e400"), QByteArray("{\"value\":1e400,\"limit\":1e400,\"page\":-1e400}"));
        b << qMakePair(
            QStringLiteral("2^64"), QByteArray("{\"value\":18446744073709551616,\"days\":-9223372036854775809}"));
        b << qMakePair(QStringLiteral("100k ["), QByteArray(100000, '['));
        b << qMakePair(QStringLiteral("100k [ closed"), QByteArray(100000, '[') + QByteArray(100000, ']'));
        QByteArray objects;
        for (int i = 0; i < 50000; ++i)
            objects += "{\"a\":";
        objects += "1" + QByteArray(50000, '}');
        b << qMakePair(QStringLiteral("50k nested objects"), objects);
        b << qMakePair(QStringLiteral("duplicate keys"), QByteArray("{\"a\":1,\"a\":\"x\",\"a\":[]}"));
        b << qMakePair(QStringLiteral("5 MB string"),
            QByteArray("{\"text\":\"") + QByteArray(5 * 1024 * 1024, 'x') + QByteArray("\"}"));
        b << qMakePair(QStringLiteral("100k keys"), [] {
            QByteArray o("{");
            for (int i = 0; i < 100000; ++i)
                o += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":0";
            return o + "}";
        }());
        return b;
    }

    // Bodies built from the operation's request schema: each property with each hostile value,
    // huge strings, and unknown fields next to a plausible valid object.
    QList<QPair<QString, QByteArray>> schemaBodies(const Json& schema) const
    {
        QList<QPair<QString, QByteArray>> b;
        QStringList properties;
        if (schema.is_object() && schema.contains("properties") && schema["properties"].is_object())
            for (auto it = schema["properties"].begin(); it != schema["properties"].end(); ++it)
                properties << QString::fromStdString(it.key());
        if (properties.isEmpty()) // undocumented body: the usual field names of this API
            properties = {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("text"),
                QStringLiteral("repository"), QStringLiteral("status")};
        Json plausible = Json::object();
        for (const auto& p : properties)
            plausible[p.toStdString()] = plausibleValue(p);
        for (const auto& p : properties) {
            for (const Json& v : hostileValues()) {
                Json body = plausible;
                body[p.toStdString()] = v;
                b << qMakePair(
                    QStringLiteral("%1=%2").arg(p, QString::fromStdString(json::dump(v).left(40).toStdString())),
                    json::dump(body));
            }
            Json big = plausible;
            big[p.toStdString()] = std::string(900 * 1024, 'y');
            b << qMakePair(QStringLiteral("%1=900kB").arg(p), json::dump(big));
        }
        Json unknown = plausible;
        unknown["unknown_field_zz"] = "x";
        unknown["__proto__"] = Json {{"admin", true}};
        unknown["constructor"] = Json::array();
        b << qMakePair(QStringLiteral("unknown fields"), json::dump(unknown));
        b << qMakePair(QStringLiteral("plausible"), json::dump(plausible));
        Json allNull = Json::object();
        for (const auto& p : properties)
            allNull[p.toStdString()] = nullptr;
        b << qMakePair(QStringLiteral("all null"), json::dump(allNull));
        return b;
    }

    Json plausibleValue(const QString& property) const
    {
        if (property == QLatin1String("repository"))
            return "tree"; // relative to the server's working directory: the fixture tree
        if (property == QLatin1String("email"))
            return "someone@hostile.test";
        if (property == QLatin1String("password"))
            return "Some-Passw0rd-123";
        if (property == QLatin1String("scopes"))
            return Json::array({"read:audits"});
        if (property == QLatin1String("text"))
            return "The vendor may miss the deadline.";
        return "value";
    }

    // Content types and multipart bodies that do not match what the route expects.
    static QList<std::tuple<QString, QByteArray, QByteArray>> contentTypeBodies()
    {
        return {
            {QStringLiteral("text/plain"), "{}", "text/plain"},
            {QStringLiteral("form"), "a=1&b=%FF&c", "application/x-www-form-urlencoded"},
            {QStringLiteral("form traversal"), "username=../../etc/passwd&password=' OR 1=1 --",
                "application/x-www-form-urlencoded"},
            {QStringLiteral("multipart without boundary"), "--x\r\n\r\n", "multipart/form-data"},
            {QStringLiteral("multipart garbage"), "garbage without any boundary", "multipart/form-data; boundary=zz"},
            {QStringLiteral("multipart unterminated"),
                "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/passwd\"\r\n\r\nabc",
                "multipart/form-data; boundary=zz"},
            {QStringLiteral("multipart traversal"),
                "--zz\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"../../x.zip\"\r\n"
                "Content-Type: application/zip\r\n\r\nPK\x03\x04garbage\r\n--zz\r\nContent-Disposition: form-data; "
                "name=\"file\"; filename=\"/etc/passwd\"\r\n\r\n\xff\xfe\r\n--zz--\r\n",
                "multipart/form-data; boundary=zz"},
            {QStringLiteral("multipart empty parts"), "--zz\r\n\r\n\r\n--zz\r\n\r\n\r\n--zz--\r\n",
                "multipart/form-data; boundary=zz"},
            {QStringLiteral("json with charset"), "{}", "application/json; charset=latin1"},
            {QStringLiteral("octet-stream"), "\x00\x01\x02", "application/octet-stream"},
        };
    }

    static QList<QByteArray> hostileQueries(const QStringList& declared)
    {
        // Pagination and the common filters for every operation; each declared parameter with
        // hostile values.
        QList<QByteArray> q {"page=-1&limit=-5", "page=abc&limit=abc", "page=99999999999999999999&limit=1000000000000",
            "page=1e400&limit=1e400", "limit=%00", "page=1&page=2&limit=1&limit=x", "sort_by=' OR 1=1 --",
            "sort_order=sideways&sort_by=%FF%FE", "q=' OR 1=1 --&status=../../etc/passwd", "q=%25%5F%FF",
            "since=abc&until=9999-99-99", "since=-99999999999", "=&&=&a", "%"};
        for (const auto& name : declared) {
            const QByteArray n = QUrl::toPercentEncoding(name);
            for (const QByteArray& v : {QByteArray("-1"), QByteArray("abc"), QByteArray("%27%20OR%201%3D1%20--"),
                     QByteArray("..%2F..%2Fetc%2Fpasswd"), QByteArray("%FF%FE"), QByteArray("99999999999999999999999"),
                     QByteArray("1e400"), QByteArray(2000, 'z')})
                q << n + '=' + v;
        }
        q << "q=" + QByteArray(60000, 'q');
        return q;
    }

    // The segment before a path parameter names the collection whose id fills it.
    QString existingId(const QStringList& segments, int index) const
    {
        QString collection = index > 0 ? segments[index - 1] : QString();
        if (collection == QLatin1String("sessions") && index > 1 && segments[index - 2] == QLatin1String("admin"))
            collection = QStringLiteral("admin/sessions");
        return m_ids.value(collection);
    }

    // Path variants of an operation: existing ids, a nonexistent id, hostile strings.
    QList<QPair<QString, QByteArray>> pathVariants(const QString& pattern) const
    {
        const QStringList segments = pattern.split(QLatin1Char('/'));
        QList<int> params;
        for (int i = 0; i < segments.size(); ++i)
            if (segments[i].startsWith(QLatin1Char('{')))
                params << i;
        auto build = [&](const std::function<QByteArray(int)>& fill) {
            QByteArrayList out;
            for (int i = 0; i < segments.size(); ++i)
                out << (params.contains(i) ? fill(i) : segments[i].toUtf8());
            return out.join('/');
        };
        QList<QPair<QString, QByteArray>> v;
        v << qMakePair(QStringLiteral("existing"), build([&](int i) {
            const QString id = existingId(segments, i);
            return enc(id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id);
        }));
        if (params.isEmpty())
            return v;
        v << qMakePair(QStringLiteral("nonexistent"),
            build([](int) { return enc(QUuid::createUuid().toString(QUuid::WithoutBraces)); }));
        const QList<QPair<QString, QByteArray>> hostile {{QStringLiteral("traversal"), "..%2F..%2Fetc%2Fpasswd"},
            {QStringLiteral("raw traversal"), "..%2e/..%2e/etc"},
            {QStringLiteral("sql"), enc(QStringLiteral("' OR 1=1 --"))}, {QStringLiteral("nul"), "abc%00def"},
            {QStringLiteral("invalid utf-8"), "%FF%FE%C3%28"}, {QStringLiteral("long"), QByteArray(10000, 'a')},
            {QStringLiteral("negative"), "-1"}, {QStringLiteral("2^63"), "9223372036854775808"},
            {QStringLiteral("dots"), "%2E%2E"}, {QStringLiteral("markup"), enc(QStringLiteral("<script>x</script>"))}};
        for (const auto& [name, value] : hostile)
            v << qMakePair(name, build([value = value](int) { return value; }));
        return v;
    }

    bool waitForAudit(const QString& id, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            const std::string s = m_http.get("/api/v1/audits/" + id.toUtf8()).json().value("status", std::string());
            if (s == "completed")
                return true;
            if (s == "failed" || s == "cancelled")
                return false;
            QThread::msleep(50);
        }
        return false;
    }

    // Real objects for the "existing id" variants.
    void makeFixture()
    {
        // A small tree with a license header and a secret, so the audit has findings.
        QDir().mkpath(m_tree + QStringLiteral("/src"));
        QFile c(m_tree + QStringLiteral("/src/main.c"));
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write("// SPDX-License-Identifier: GPL-2.0-only\nint main(void) { return 0; }\n");
        c.close();
        QFile k(m_tree + QStringLiteral("/src/config.py"));
        QVERIFY(k.open(QIODevice::WriteOnly));
        k.write("AWS_KEY = \"AKIAQWERTYUIOPASDFGH\"\nSECRET = \"ghp_0123456789abcdefghijABCDEFGHIJ012345\"\n");
        k.close();
        QFile pkg(m_tree + QStringLiteral("/package.json"));
        QVERIFY(pkg.open(QIODevice::WriteOnly));
        pkg.write(R"({"name":"x","version":"1.0.0","dependencies":{"left-pad":"1.3.0"}})");
        pkg.close();

        auto audit = m_http.post("/api/v1/audits", Json {{"repository", m_tree.toStdString()}});
        QVERIFY2(audit.status == 202, audit.body.constData());
        m_ids[QStringLiteral("audits")] = QString::fromStdString(audit.json().value("id", std::string()));
        QVERIFY(waitForAudit(m_ids[QStringLiteral("audits")], 60000));
        const Json findings
            = m_http.get("/api/v1/audits/" + m_ids[QStringLiteral("audits")].toUtf8() + "/findings").json();
        if (findings.contains("data") && !findings["data"].empty())
            m_ids[QStringLiteral("findings")] = QString::fromStdString(findings["data"][0].value("id", std::string()));
        QVERIFY2(m_ids.contains(QStringLiteral("findings")), findings.dump().c_str());

        auto scan = m_http.post("/api/v1/scans",
            Json {{"text", "The supplier may fail to deliver on time, which delays the launch and costs money."}});
        QVERIFY2(scan.status == 201, scan.body.constData());
        const Json sj = scan.json();
        m_ids[QStringLiteral("scans")] = QString::fromStdString(sj.value("scan_id", sj.value("id", std::string())));
        if (sj.contains("data") && sj["data"].is_array() && !sj["data"].empty() && sj["data"][0].contains("id"))
            m_ids[QStringLiteral("items")]
                = QString::fromStdString(json::dump(sj["data"][0]["id"]).toStdString()).remove(QLatin1Char('"'));

        auto token = m_http.post("/api/v1/tokens", Json {{"name", "victim"}, {"scopes", {"read:audits"}}});
        QVERIFY2(token.status == 201, token.body.constData());
        m_ids[QStringLiteral("tokens")] = QString::fromStdString(token.json()["token_info"].value("id", std::string()));

        auto user = m_http.post("/api/v1/admin/users",
            Json {{"email", "victim@hostile.test"}, {"password", "Victim-Passw0rd!"}, {"role", "viewer"}});
        QVERIFY2(user.status == 201, user.body.constData());
        m_ids[QStringLiteral("users")] = QString::fromStdString(user.json().value("id", std::string()));

        const QByteArray sessions = "{\"session_id\":\"s-1\",\"developer_id\":\"dev@x\",\"model\":\"m\","
                                    "\"start_time\":\"2026-01-05T10:00:00Z\",\"end_time\":\"2026-01-05T10:20:00Z\","
                                    "\"prompt_tokens\":100,\"completion_tokens\":50,\"cost_usd\":0.01}\n";
        auto import = m_http.send("POST", "/api/v1/metrics/sessions/import", sessions, "application/x-ndjson");
        QVERIFY2(import.status / 100 == 2, import.body.constData());
        m_ids[QStringLiteral("sessions")] = QStringLiteral("s-1");

        const Json adminSessions = m_http.get("/api/v1/admin/sessions").json();
        if (adminSessions.contains("data") && !adminSessions["data"].empty())
            m_ids[QStringLiteral("admin/sessions")]
                = QString::fromStdString(adminSessions["data"][0].value("id", std::string()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(assayBinary()).isExecutable(), "ASSAY_BINARY is not set by CTest");
        m_data = m_dir.filePath(QStringLiteral("data"));
        m_tree = m_dir.filePath(QStringLiteral("tree"));
        QVERIFY(addUser(m_data, QString::fromLatin1(kAdmin), QStringLiteral("admin"), kPassword));
        m_apiToken = createToken(m_data, QString::fromLatin1(kAdmin),
            QStringLiteral("read:audits,write:audits,read:scans,write:scans,read:metrics,write:metrics,admin"));
        QVERIFY(m_apiToken.startsWith("assay_"));
        QVERIFY(m_server.start(m_data, m_dir.filePath(QStringLiteral("serve.log")), m_dir.path()));
        m_http.port = m_server.port;
        QVERIFY(login());
        // Thousands of requests in a minute: the per-credential limit is turned off for the test.
        const auto s = m_http.send("PATCH", "/api/v1/settings", R"({"rate_limit_per_minute":0})");
        QVERIFY2(s.status == 200, s.body.constData());
        makeFixture();
    }

    void everyOperationSurvivesHostileInput()
    {
        const auto doc = m_http.get("/api/v1/openapi.json");
        QCOMPARE(doc.status, 200);
        const Json api = doc.json();
        QVERIFY(api.contains("paths") && api["paths"].is_object());

        struct Operation
        {
            QString method;
            QString pattern;
            Json operation;
        };
        std::vector<Operation> operations;
        for (const auto& [path, item] : api["paths"].items())
            for (const auto& [method, op] : item.items())
                if (QStringList {QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("put"),
                        QStringLiteral("patch"), QStringLiteral("delete")}
                        .contains(QString::fromStdString(method)))
                    operations.push_back({QString::fromStdString(method).toUpper(), QString::fromStdString(path), op});
        QVERIFY2(operations.size() >= 40, "the OpenAPI document lists fewer operations than expected");
        // DELETE last (it removes the fixture), the rest in document order.
        std::stable_sort(operations.begin(), operations.end(), [](const Operation& a, const Operation& b) {
            return (a.method == QLatin1String("DELETE")) < (b.method == QLatin1String("DELETE"));
        });

        for (const auto& op : operations) {
            // Retraining the risk model reads no input (no body, no parameters) and takes tens of
            // seconds of CPU: the sweep would only retrain it dozens of times. One call with a
            // hostile body and query is made, with time to finish.
            if (op.pattern == QLatin1String("/api/v1/scans/model/train")) {
                m_operationsSeen.insert(op.method + QLatin1Char(' ') + op.pattern);
                const QByteArray target = "/api/v1/scans/model/train?page=-1&limit=%FF";
                check("POST", target, QStringLiteral("once"),
                    m_http.send("POST", target, QByteArray(100000, '['), "application/json", 180000));
                continue;
            }
            const QByteArray method = op.method.toLatin1();
            const bool hasBody = method == "POST" || method == "PATCH" || method == "PUT";
            QStringList declared;
            if (op.operation.contains("parameters"))
                for (const auto& p : op.operation["parameters"])
                    if (p.value("in", std::string()) == "query")
                        declared << QString::fromStdString(p.value("name", std::string()));
            Json schema;
            if (op.operation.contains("requestBody")) {
                const Json& content = op.operation["requestBody"]["content"];
                for (const auto& [type, media] : content.items())
                    if (media.contains("schema"))
                        schema = media["schema"];
            }
            const auto paths = pathVariants(op.pattern);
            m_operationsSeen.insert(op.method + QLatin1Char(' ') + op.pattern);
            const int before = m_requests;
            for (int v = 0; v < paths.size(); ++v) {
                const auto& [variant, path] = paths[v];
                // Every path variant gets the basic bodies; the full set runs on the first
                // variant (existing ids), where a handler gets furthest.
                if (!hasBody) {
                    send(method, path, variant);
                } else {
                    // Operations that take no documented body get the basic bodies only.
                    const bool documentedBody = op.operation.contains("requestBody");
                    const auto raw = rawBodies();
                    for (int i = 0; i < raw.size(); ++i)
                        if ((v == 0 && documentedBody) || i < 9)
                            send(method, path, variant + QStringLiteral(", body ") + raw[i].first, raw[i].second);
                    if (v == 0 && documentedBody) {
                        for (const auto& [what, body] : schemaBodies(schema))
                            send(method, path, variant + QStringLiteral(", ") + what, body);
                        for (const auto& [what, body, type] : contentTypeBodies())
                            send(method, path, variant + QStringLiteral(", ") + what, body, type);
                    }
                }
                if (v == 0)
                    for (const auto& query : hostileQueries(declared))
                        send(method, path + '?' + query, variant + QStringLiteral(", query"),
                            hasBody ? QByteArray("{}") : QByteArray());
            }
            qDebug().noquote() << op.method << op.pattern << (m_requests - before) << "requests";
            if (!m_server.alive())
                QFAIL(qPrintable(QStringLiteral("the server died during %1 %2").arg(op.method, op.pattern)));
            ensureSignedIn();
            if (op.pattern == QLatin1String("/api/v1/settings") && op.method == QLatin1String("PATCH")) {
                const auto s = m_http.send("PATCH", "/api/v1/settings", R"({"rate_limit_per_minute":0})");
                QVERIFY2(s.status == 200, s.body.constData());
            }
        }
        qInfo() << m_requests << "requests over" << operations.size() << "operations," << m_failures.size()
                << "failures";
        QVERIFY2(m_failures.isEmpty(),
            qPrintable(QStringLiteral("%1 hostile requests were not answered with 2xx or an enveloped 4xx")
                           .arg(m_failures.size())));
    }

    void serverStillHealthy()
    {
        QVERIFY(m_server.alive());
        m_http.reset();
        const auto health = m_http.send("GET", "/health", {}, {}, 15000, false);
        QCOMPARE(health.status, 200);
        QCOMPARE(QString::fromStdString(health.json().value("status", std::string())), QStringLiteral("ok"));
        QVERIFY(m_server.stop());
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
