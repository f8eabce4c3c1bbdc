// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestBase.h"
#include "auth/TlsCertificates.h"
#include "core/DataDir.h"

#include <QSslSocket>

#include <QFile>
#include <QTcpSocket>

using namespace assay;
using namespace assay::api;

// Issue 3 acceptance over the real server: registration rules, both login forms, /me, refresh
// rotation and family revocation, logout, API tokens (create / list / use / rotate / revoke),
// scope enforcement, lockout, rate limits, Host and CORS checks, body limits, settings
// validation, one audit-log entry per mutation — and, last, that the database files hold
// none of the passwords and secrets seen in clear.
class TestAuthApi : public QObject
{
    Q_OBJECT
    ApiFixture f;
    QList<QByteArray> m_secrets; // every password and credential used; none may be at rest
    QString m_analystId;

    static Json body(const ApiFixture::Reply& r) { return r.json(); }
    static QString code(const ApiFixture::Reply& r)
    {
        const Json j = r.json();
        return j.contains("error") ? QString::fromStdString(j["error"]["code"].get<std::string>()) : QString();
    }
    static QByteArray sget(const Json& j, const char* key)
    {
        return QByteArray::fromStdString(j[key].get<std::string>());
    }

    ApiFixture::Reply anon(const QByteArray& method, const QString& path, const QByteArray& b = {},
        const QByteArray& type = "application/json", QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers << ApiFixture::anonymous();
        return f.send(method, path, b, type, headers);
    }
    ApiFixture::Reply with(const QByteArray& token, const QByteArray& method, const QString& path,
        const QByteArray& b = {}, const QByteArray& type = "application/json")
    {
        return f.send(method, path, b, type, ApiFixture::bearer(token));
    }

    Json login(const QString& email, const QByteArray& password)
    {
        auto r = anon("POST", QStringLiteral("/api/v1/auth/login"),
            json::dump(Json {{"email", json::str(email)}, {"password", password.toStdString()}}));
        if (r.status != 200) {
            qWarning() << "login failed" << r.status << r.body;
            return {};
        }
        Json j = r.json();
        m_secrets << sget(j, "access_token") << sget(j, "refresh_token");
        return j;
    }

    qint64 auditCount(const QString& eventType)
    {
        auto r = f.send("GET", QStringLiteral("/api/v1/admin/audit-logs?event_type=%1&limit=1").arg(eventType));
        if (r.status != 200)
            return -1;
        return r.json()["pagination"]["total_items"].get<qint64>();
    }

    QByteArray rawRequest(const QByteArray& request)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, f.port);
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(request);
        QByteArray answer;
        for (int i = 0; i < 250 && !answer.contains("\r\n\r\n"); ++i) {
            QTest::qWait(20); // the server answers from this thread's event loop
            answer += socket.readAll();
        }
        return answer;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        m_secrets << ApiFixture::kPassword << f.adminToken;
        m_analystId = f.createUser(QStringLiteral("ana@example.com"), auth::Role::Analyst);
        QVERIFY(!m_analystId.isEmpty());
    }

    void everyProtectedRouteNeedsCredentials()
    {
        auto r = anon("GET", QStringLiteral("/api/v1/audits"));
        QCOMPARE(r.status, 401);
        QCOMPARE(code(r), QStringLiteral("MISSING_CREDENTIALS"));
        QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
        auto bad = with("assay_" + QByteArray(43, 'A'), "GET", QStringLiteral("/api/v1/audits"));
        QCOMPARE(bad.status, 401);
        QCOMPARE(code(bad), QStringLiteral("UNKNOWN_TOKEN"));
        auto garbage = with("not.a.jwt", "GET", QStringLiteral("/api/v1/audits"));
        QCOMPARE(garbage.status, 401);
        QVERIFY(code(garbage).startsWith(QLatin1String("TOKEN_")));
        // Open routes stay open.
        QCOMPARE(anon("GET", QStringLiteral("/health")).status, 200);
        QCOMPARE(anon("GET", QStringLiteral("/api/v1/openapi.json")).status, 200);
    }

    void registrationRules()
    {
        const QByteArray pw = "register-Passw0rd";
        m_secrets << pw;
        const QByteArray req = json::dump(Json {{"email", "reg@example.com"}, {"password", pw.toStdString()}});
        // An admin exists: anonymous registration is closed…
        auto closed = anon("POST", QStringLiteral("/api/v1/auth/register"), req);
        QCOMPARE(closed.status, 403);
        QCOMPARE(code(closed), QStringLiteral("REGISTRATION_CLOSED"));
        // …until open_registration is on, and then only as viewer.
        QVERIFY(f.services->settings().set(QStringLiteral("open_registration"), true).ok());
        auto open = anon("POST", QStringLiteral("/api/v1/auth/register"), req);
        QCOMPARE(open.status, 201);
        QCOMPARE(open.json()["role"].get<std::string>(), std::string("viewer"));
        QVERIFY(!open.json().contains("password"));
        QVERIFY(!open.body.contains(pw));
        QVERIFY(f.services->settings().set(QStringLiteral("open_registration"), false).ok());
        // Short password: 4xx naming the field.
        auto weak = f.send(
            "POST", QStringLiteral("/api/v1/auth/register"), R"({"email":"w@example.com","password":"short"})");
        QVERIFY(weak.status == 400 || weak.status == 422);
        QVERIFY(weak.body.contains("password"));
    }

    void firstAdminOnlyFromThisComputer()
    {
        // A fresh data directory without any account.
        QTemporaryDir dir;
        Services::Options options;
        options.auth.keyBackend = auth::KeyStore::Backend::FileOnly;
        options.auth.passwordCost = auth::PasswordHasher::minimal();
        auto s = Services::open(dir.path(), options);
        QVERIFY(s.ok());
        QVERIFY((*s)->settings().set(QStringLiteral("trusted_proxies"), Json::array({"127.0.0.1"})).ok());
        auto server = makeApiServer(**s);
        auto port = server->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        ApiFixture other; // only its send(); it has no token, so it sends no credential
        other.port = *port;
        const QByteArray req = R"({"email":"first@example.com","password":"first-Passw0rd"})";
        m_secrets << "first-Passw0rd";
        // From another machine (behind the trusted local proxy): refused.
        auto remote = other.send("POST", QStringLiteral("/api/v1/auth/register"), req, "application/json",
            {{"X-Forwarded-For", "192.168.1.50"}});
        QCOMPARE(remote.status, 403);
        QCOMPARE(code(remote), QStringLiteral("FIRST_ADMIN_LOCAL_ONLY"));
        auto local = other.send("POST", QStringLiteral("/api/v1/auth/register"), req);
        QCOMPARE(local.status, 201);
        QCOMPARE(local.json()["role"].get<std::string>(), std::string("admin"));
        server->stop();
    }

    void loginJsonAndFormThenMe()
    {
        const Json viaJson = login(QStringLiteral("ana@example.com"), ApiFixture::kPassword);
        QCOMPARE(viaJson["token_type"].get<std::string>(), std::string("bearer"));
        QVERIFY(viaJson["expires_in"].get<int>() > 0 && viaJson["expires_in"].get<int>() <= 1800);
        QCOMPARE(viaJson["user"]["email"].get<std::string>(), std::string("ana@example.com"));

        auto form = anon("POST", QStringLiteral("/api/v1/auth/login"),
            "username=ana%40example.com&password=" + QByteArray(ApiFixture::kPassword).toPercentEncoding(),
            "application/x-www-form-urlencoded");
        QCOMPARE(form.status, 200);
        m_secrets << sget(form.json(), "access_token") << sget(form.json(), "refresh_token");

        auto me = with(sget(viaJson, "access_token"), "GET", QStringLiteral("/api/v1/auth/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json()["email"].get<std::string>(), std::string("ana@example.com"));
        QCOMPARE(me.json()["role"].get<std::string>(), std::string("analyst"));
        QVERIFY(!me.body.contains("password"));

        auto wrong = anon(
            "POST", QStringLiteral("/api/v1/auth/login"), R"({"email":"ana@example.com","password":"wrong-password"})");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(code(wrong), QStringLiteral("INVALID_CREDENTIALS"));
        auto unknown = anon("POST", QStringLiteral("/api/v1/auth/login"),
            R"({"email":"nobody@example.com","password":"wrong-password"})");
        QCOMPARE(unknown.status, 401);
        QVERIFY(unknown.json()["error"]["message"] == wrong.json()["error"]["message"]);
        auto missing = anon("POST", QStringLiteral("/api/v1/auth/login"), R"({"email":"ana@example.com"})");
        QVERIFY(missing.status == 400 || missing.status == 422);
        QVERIFY(missing.body.contains("password"));
        QVERIFY(f.services->auth().loginThrottle().unban(QStringLiteral("127.0.0.1")) || true);
        f.services->auth().loginThrottle().recordSuccess(QStringLiteral("127.0.0.1"));
    }

    void refreshRotatesAndReuseRevokesTheFamily()
    {
        const Json first = login(QStringLiteral("ana@example.com"), ApiFixture::kPassword);
        const QByteArray r1 = sget(first, "refresh_token");
        auto second = anon(
            "POST", QStringLiteral("/api/v1/auth/refresh"), json::dump(Json {{"refresh_token", r1.toStdString()}}));
        QCOMPARE(second.status, 200);
        const QByteArray r2 = sget(second.json(), "refresh_token");
        const QByteArray a2 = sget(second.json(), "access_token");
        m_secrets << r2 << a2;
        QVERIFY(r2 != r1);
        QCOMPARE(with(a2, "GET", QStringLiteral("/api/v1/auth/me")).status, 200);
        // The spent token again: refused, and the whole family (r2, a2) dies with it.
        auto reuse = anon(
            "POST", QStringLiteral("/api/v1/auth/refresh"), json::dump(Json {{"refresh_token", r1.toStdString()}}));
        QCOMPARE(reuse.status, 401);
        QCOMPARE(code(reuse), QStringLiteral("REFRESH_TOKEN_REUSED"));
        auto afterReuse = anon(
            "POST", QStringLiteral("/api/v1/auth/refresh"), json::dump(Json {{"refresh_token", r2.toStdString()}}));
        QCOMPARE(afterReuse.status, 401);
        auto meAfter = with(a2, "GET", QStringLiteral("/api/v1/auth/me"));
        QCOMPARE(meAfter.status, 401);
        QCOMPARE(code(meAfter), QStringLiteral("TOKEN_REVOKED"));
    }

    void logoutKillsTheAccessToken()
    {
        const Json s = login(QStringLiteral("ana@example.com"), ApiFixture::kPassword);
        const QByteArray access = sget(s, "access_token");
        QCOMPARE(with(access, "GET", QStringLiteral("/api/v1/auth/me")).status, 200);
        const qint64 before = auditCount(auth::auditevent::Logout);
        QCOMPARE(with(access, "POST", QStringLiteral("/api/v1/auth/logout")).status, 204);
        QCOMPARE(auditCount(auth::auditevent::Logout), before + 1);
        auto after = with(access, "GET", QStringLiteral("/api/v1/auth/me"));
        QCOMPARE(after.status, 401);
        QCOMPARE(code(after), QStringLiteral("TOKEN_REVOKED"));
        auto refresh = anon(
            "POST", QStringLiteral("/api/v1/auth/refresh"), json::dump(Json {{"refresh_token", s["refresh_token"]}}));
        QCOMPARE(refresh.status, 401);
    }

    void apiTokenLifecycle()
    {
        const Json s = login(QStringLiteral("ana@example.com"), ApiFixture::kPassword);
        const QByteArray access = sget(s, "access_token");
        auto created = with(access, "POST", QStringLiteral("/api/v1/tokens"),
            R"({"name":"ci","scopes":["read:audits"],"expires_in_days":30})");
        QCOMPARE(created.status, 201);
        const QByteArray secret = sget(created.json(), "token");
        m_secrets << secret;
        QVERIFY(secret.startsWith("assay_"));
        const QString id = QString::fromStdString(created.json()["token_info"]["id"].get<std::string>());
        QVERIFY(!id.isEmpty());

        // Listing and reading never show the secret.
        auto list = with(access, "GET", QStringLiteral("/api/v1/tokens"));
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains(secret));
        QVERIFY(!list.body.contains(secret.mid(12)));
        QCOMPARE(list.json()["data"].size(), size_t(1));
        QCOMPARE(list.json()["data"][0]["status"].get<std::string>(), std::string("active"));
        auto one = with(access, "GET", QStringLiteral("/api/v1/tokens/") + id);
        QCOMPARE(one.status, 200);
        QVERIFY(!one.body.contains(secret));

        // Use: the token acts as its owner, narrowed to its scopes.
        QCOMPARE(with(secret, "GET", QStringLiteral("/api/v1/audits")).status, 200);
        auto write = with(secret, "POST", QStringLiteral("/api/v1/audits"), R"({"repository":"/tmp"})");
        QCOMPARE(write.status, 403);
        QCOMPARE(code(write), QStringLiteral("INSUFFICIENT_SCOPE"));
        auto admin = with(secret, "GET", QStringLiteral("/api/v1/settings"));
        QCOMPARE(admin.status, 403);
        // A viewer's role cannot be widened by a token.
        const QByteArray viewer = f.userToken(QStringLiteral("vi@example.com"), auth::Role::Viewer);
        m_secrets << viewer;
        auto widen
            = with(viewer, "POST", QStringLiteral("/api/v1/tokens"), R"({"name":"x","scopes":["write:audits"]})");
        QVERIFY2(widen.status == 403 || widen.status == 422, widen.body.constData());

        // Rotate: same id, new secret; the old one stops at once.
        auto rotated = with(access, "POST", QStringLiteral("/api/v1/tokens/%1/rotate").arg(id));
        QCOMPARE(rotated.status, 200);
        const QByteArray secret2 = sget(rotated.json(), "token");
        m_secrets << secret2;
        QVERIFY(secret2 != secret);
        QCOMPARE(QString::fromStdString(rotated.json()["token_info"]["id"].get<std::string>()), id);
        QCOMPARE(with(secret, "GET", QStringLiteral("/api/v1/audits")).status, 401);
        QCOMPARE(with(secret2, "GET", QStringLiteral("/api/v1/audits")).status, 200);

        // Another user cannot touch it; revoke works and is final.
        QCOMPARE(with(viewer, "DELETE", QStringLiteral("/api/v1/tokens/") + id).status / 100, 4);
        QCOMPARE(with(secret2, "GET", QStringLiteral("/api/v1/audits")).status, 200);
        QCOMPARE(with(access, "DELETE", QStringLiteral("/api/v1/tokens/") + id).status, 204);
        auto revoked = with(secret2, "GET", QStringLiteral("/api/v1/audits"));
        QCOMPARE(revoked.status, 401);
        QCOMPARE(code(revoked), QStringLiteral("TOKEN_REVOKED"));
        QCOMPARE(with(access, "GET", QStringLiteral("/api/v1/tokens/") + id).json()["status"].get<std::string>(),
            std::string("revoked"));
    }

    void usersAdministration()
    {
        const QByteArray pw = "created-Passw0rd";
        m_secrets << pw;
        auto created = f.send("POST", QStringLiteral("/api/v1/admin/users"),
            json::dump(Json {{"email", "new@example.com"}, {"password", pw.toStdString()}, {"role", "analyst"}}));
        QCOMPARE(created.status, 201);
        const QString id = QString::fromStdString(created.json()["id"].get<std::string>());
        auto list = f.send("GET", QStringLiteral("/api/v1/admin/users?search=new@"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json()["pagination"]["total_items"].get<int>(), 1);
        auto demoted = f.send("PATCH", QStringLiteral("/api/v1/admin/users/") + id, R"({"role":"viewer"})");
        QCOMPARE(demoted.status, 200);
        QCOMPARE(demoted.json()["role"].get<std::string>(), std::string("viewer"));
        auto badRole = f.send("PATCH", QStringLiteral("/api/v1/admin/users/") + id, R"({"role":"king"})");
        QVERIFY(badRole.status == 400 || badRole.status == 422);
        // Deactivated: can no longer log in.
        QCOMPARE(f.send("PATCH", QStringLiteral("/api/v1/admin/users/") + id, R"({"is_active":false})").status, 200);
        auto login = anon("POST", QStringLiteral("/api/v1/auth/login"),
            json::dump(Json {{"email", "new@example.com"}, {"password", pw.toStdString()}}));
        QCOMPARE(login.status, 401);
        QCOMPARE(f.send("DELETE", QStringLiteral("/api/v1/admin/users/") + id).status, 204);
        QCOMPARE(f.send("GET", QStringLiteral("/api/v1/admin/users/") + id).status, 404);
        // The last admin stays.
        auto lastAdmin = f.send("PATCH", QStringLiteral("/api/v1/admin/users/") + f.adminId, R"({"role":"viewer"})");
        QCOMPARE(lastAdmin.status, 409);
        f.services->auth().loginThrottle().recordSuccess(QStringLiteral("127.0.0.1"));
    }

    void lockoutAfterTenFailures()
    {
        // From one address behind a trusted local proxy, so that the ban does not hit the suite.
        QVERIFY(f.services->settings().set(QStringLiteral("trusted_proxies"), Json::array({"127.0.0.1"})).ok());
        const QList<QPair<QByteArray, QByteArray>> from {{"X-Forwarded-For", "10.9.8.7"}};
        const qint64 failedBefore = auditCount(auth::auditevent::LoginFailed);
        for (int i = 0; i < 10; ++i) {
            auto r = anon("POST", QStringLiteral("/api/v1/auth/login"),
                R"({"email":"ana@example.com","password":"guess-guess"})", "application/json", from);
            QVERIFY2(r.status == 401 || (i == 9 && r.status == 429), r.body.constData());
        }
        // Even the right password is refused now, with a clear message and Retry-After.
        const QByteArray good = json::dump(Json {{"email", "ana@example.com"}, {"password", ApiFixture::kPassword}});
        auto banned = anon("POST", QStringLiteral("/api/v1/auth/login"), good, "application/json", from);
        QCOMPARE(banned.status, 429);
        QCOMPARE(code(banned), QStringLiteral("LOGIN_BANNED"));
        QVERIFY(banned.headers.value("retry-after").toInt() > 0);
        QVERIFY(auditCount(auth::auditevent::LoginFailed) >= failedBefore + 9);
        QVERIFY(auditCount(auth::auditevent::LoginBanned) >= 1);
        // Other addresses are not affected; the admin lifts the ban.
        QCOMPARE(anon("POST", QStringLiteral("/api/v1/auth/login"), good).status, 200);
        auto bans = f.send("GET", QStringLiteral("/api/v1/admin/login-bans"));
        QCOMPARE(bans.status, 200);
        QVERIFY(bans.body.contains("10.9.8.7"));
        QCOMPARE(f.send("DELETE", QStringLiteral("/api/v1/admin/login-bans/10.9.8.7")).status, 204);
        QCOMPARE(anon("POST", QStringLiteral("/api/v1/auth/login"), good, "application/json", from).status, 200);
        QVERIFY(f.services->settings().set(QStringLiteral("trusted_proxies"), Json::array()).ok());
    }

    void rateLimitHeadersAnd429()
    {
        auto r = f.send("GET", QStringLiteral("/api/v1/audits"));
        QVERIFY(!r.headers.value("x-ratelimit-limit").isEmpty());
        QVERIFY(!r.headers.value("x-ratelimit-remaining").isEmpty());
        QVERIFY(r.headers.value("x-ratelimit-reset").toLongLong() > 1700000000);
        // Also on errors and on anonymous calls.
        QVERIFY(!anon("GET", QStringLiteral("/api/v1/audits")).headers.value("x-ratelimit-limit").isEmpty());
        QVERIFY(!f.send("GET", QStringLiteral("/api/v1/nope")).headers.value("x-ratelimit-limit").isEmpty());

        QVERIFY(f.services->settings().set(QStringLiteral("rate_limit_per_minute"), 5).ok());
        const QByteArray t = f.userToken(QStringLiteral("rl@example.com"), auth::Role::Viewer);
        m_secrets << t;
        int ok = 0;
        ApiFixture::Reply last;
        for (int i = 0; i < 8; ++i) {
            last = with(t, "GET", QStringLiteral("/api/v1/audits"));
            if (last.status == 200)
                ++ok;
            else
                break;
        }
        QCOMPARE(ok, 5);
        QCOMPARE(last.status, 429);
        QCOMPARE(last.headers.value("x-ratelimit-limit"), QByteArray("5"));
        QCOMPARE(last.headers.value("x-ratelimit-remaining"), QByteArray("0"));
        QVERIFY(last.headers.value("retry-after").toInt() >= 1);
        // 0 turns limiting off: no headers at all.
        QVERIFY(f.services->settings().set(QStringLiteral("rate_limit_per_minute"), 0).ok());
        auto off = with(t, "GET", QStringLiteral("/api/v1/audits"));
        QCOMPARE(off.status, 200);
        QVERIFY(!off.headers.contains("x-ratelimit-limit"));
        QVERIFY(f.services->settings().set(QStringLiteral("rate_limit_per_minute"), 600).ok());
    }

    void hostHeaderIsChecked()
    {
        const QByteArray evil = rawRequest("GET /health HTTP/1.1\r\nHost: evil.example:8470\r\n\r\n");
        QVERIFY2(evil.startsWith("HTTP/1.1 403"), evil.left(300).constData());
        QVERIFY(evil.contains("HOST_REFUSED"));
        const QByteArray rebinding = rawRequest(
            "GET /api/v1/audits HTTP/1.1\r\nHost: 192.168.1.77\r\nAuthorization: Bearer " + f.adminToken + "\r\n\r\n");
        QVERIFY2(rebinding.startsWith("HTTP/1.1 403"), rebinding.constData());
        for (const QByteArray host : {"localhost", "localhost:1234", "127.0.0.1", "[::1]:80"}) {
            const QByteArray fine = rawRequest("GET /health HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            QVERIFY2(fine.startsWith("HTTP/1.1 200"), host.constData());
        }
    }

    void securityHeaders()
    {
        auto api = f.send("GET", QStringLiteral("/api/v1/audits"));
        QCOMPARE(api.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(api.headers.value("cache-control"), QByteArray("no-store"));
        // Any HTML served (reports) cannot be framed and runs no script.
        Route page;
        page.method = QStringLiteral("GET");
        page.pattern = QStringLiteral("/api/v1/test/html");
        page.open = true;
        page.handler = [](HttpRequest&) {
            return HttpResponse::bytes(200, "<!doctype html><p>report</p>", "text/html; charset=utf-8");
        };
        f.server->router().add(std::move(page));
        auto html = anon("GET", QStringLiteral("/api/v1/test/html"));
        QCOMPARE(html.status, 200);
        QCOMPARE(html.headers.value("x-frame-options"), QByteArray("DENY"));
        const QByteArray csp = html.headers.value("content-security-policy");
        QVERIFY(csp.contains("default-src 'none'"));
        QVERIFY(csp.contains("frame-ancestors 'none'"));
        QVERIFY(!csp.contains("script-src"));
        QVERIFY(!api.headers.contains("content-security-policy"));
    }

    void corsOnlyForConfiguredOrigins()
    {
        const QList<QPair<QByteArray, QByteArray>> preflight {{"Origin", "http://app.example:3000"},
            {"Access-Control-Request-Method", "POST"}, {"Access-Control-Request-Headers", "authorization"}};
        auto none = anon("OPTIONS", QStringLiteral("/api/v1/audits"), {}, "application/json", preflight);
        QCOMPARE(none.status, 204);
        QVERIFY(!none.headers.contains("access-control-allow-origin"));
        auto plain = f.send(
            "GET", QStringLiteral("/api/v1/audits"), {}, "application/json", {{"Origin", "http://app.example:3000"}});
        QVERIFY(!plain.headers.contains("access-control-allow-origin"));

        QVERIFY(
            f.services->settings().set(QStringLiteral("cors_origins"), Json::array({"http://app.example:3000"})).ok());
        QTRY_VERIFY_WITH_TIMEOUT(anon("OPTIONS", QStringLiteral("/api/v1/audits"), {}, "application/json", preflight)
                                     .headers.contains("access-control-allow-origin"),
            2000);
        auto yes = anon("OPTIONS", QStringLiteral("/api/v1/audits"), {}, "application/json", preflight);
        QCOMPARE(yes.status, 204);
        QCOMPARE(yes.headers.value("access-control-allow-origin"), QByteArray("http://app.example:3000"));
        QVERIFY(yes.headers.value("access-control-allow-methods").contains("POST"));
        QVERIFY(yes.headers.value("access-control-allow-headers").toLower().contains("authorization"));
        auto get = f.send(
            "GET", QStringLiteral("/api/v1/audits"), {}, "application/json", {{"Origin", "http://app.example:3000"}});
        QCOMPARE(get.headers.value("access-control-allow-origin"), QByteArray("http://app.example:3000"));
        auto other = anon("OPTIONS", QStringLiteral("/api/v1/audits"), {}, "application/json",
            {{"Origin", "http://evil.example"}, {"Access-Control-Request-Method", "POST"}});
        QVERIFY(!other.headers.contains("access-control-allow-origin"));
        QVERIFY(f.services->settings().set(QStringLiteral("cors_origins"), Json::array()).ok());
    }

    void bodyLimitsAndContentType()
    {
        const QByteArray big = "{\"name\": \"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
        auto large = f.send("POST", QStringLiteral("/api/v1/tokens"), big);
        QCOMPARE(large.status, 413);
        auto type = f.send("POST", QStringLiteral("/api/v1/tokens"), "name=x", "text/plain");
        QCOMPARE(type.status, 415);
        auto loginType = anon("POST", QStringLiteral("/api/v1/auth/login"), "x", "text/plain");
        QCOMPARE(loginType.status, 415);
    }

    void settingsAreValidated()
    {
        auto get = f.send("GET", QStringLiteral("/api/v1/settings"));
        QCOMPARE(get.status, 200);
        QVERIFY(get.json().contains("rate_limit_per_minute"));
        auto unknown = f.send("PATCH", QStringLiteral("/api/v1/settings"), R"({"no_such_setting": 1})");
        QCOMPARE(unknown.status, 422);
        QVERIFY(unknown.body.contains("no_such_setting"));
        auto wrongType = f.send("PATCH", QStringLiteral("/api/v1/settings"), R"({"open_registration": "yes"})");
        QCOMPARE(wrongType.status, 422);
        auto ok = f.send("PATCH", QStringLiteral("/api/v1/settings"), R"({"audit_log_retention_days": 30})");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json()["audit_log_retention_days"].get<int>(), 30);
        // Write-only secrets are accepted and never returned.
        const QByteArray key = "sk-test-NotARealKey-0123456789abcdef";
        m_secrets << key;
        auto secret = f.send("PATCH", QStringLiteral("/api/v1/settings"), "{\"ai_api_key\": \"" + key + "\"}");
        QCOMPARE(secret.status, 200);
        QVERIFY(!secret.body.contains(key));
        auto shown = f.send("GET", QStringLiteral("/api/v1/settings"));
        QVERIFY(!shown.body.contains(key));
        QVERIFY(shown.json()["ai_api_key"]["set"].get<bool>());
        // Kept in the keystore (where the AI provider reads it), not in the settings table.
        auto stored = f.services->auth().keys().get(QStringLiteral("ai_api_key"));
        QVERIFY(stored.ok());
        QCOMPARE(*stored, key);
        QVERIFY(f.services->settings().stringValue(QStringLiteral("ai_api_key")).isEmpty());
        QVERIFY(f.send("PATCH", QStringLiteral("/api/v1/settings"), R"({"ai_api_key": ""})").status / 100 == 2);
        // Analysts may not.
        const QByteArray analyst = f.tokenFor(m_analystId);
        m_secrets << analyst;
        QCOMPARE(with(analyst, "GET", QStringLiteral("/api/v1/settings")).status, 403);
        QCOMPARE(with(analyst, "PATCH", QStringLiteral("/api/v1/settings"), R"({"port": 9000})").status, 403);
    }

    void oneAuditLogEntryPerMutation()
    {
        const qint64 tokens = auditCount(auth::auditevent::TokenCreate);
        const qint64 settings = auditCount(auth::auditevent::SettingsUpdate);
        const qint64 users = auditCount(auth::auditevent::UserCreate);
        const qint64 logins = auditCount(auth::auditevent::Login);
        const qint64 failed = auditCount(auth::auditevent::LoginFailed);
        QVERIFY(tokens >= 0);
        auto t = f.send("POST", QStringLiteral("/api/v1/tokens"), R"({"name":"audit-me"})");
        QCOMPARE(t.status, 201);
        m_secrets << sget(t.json(), "token");
        QCOMPARE(
            f.send("PATCH", QStringLiteral("/api/v1/settings"), R"({"audit_log_retention_days": 60})").status, 200);
        QCOMPARE(f.send("PATCH", QStringLiteral("/api/v1/settings"), R"({"nope": 1})").status, 422);
        QCOMPARE(f.send("POST", QStringLiteral("/api/v1/admin/users"),
                      R"({"email":"logged@example.com","password":"logged-Passw0rd","role":"viewer"})")
                     .status,
            201);
        m_secrets << "logged-Passw0rd";
        login(QStringLiteral("logged@example.com"), "logged-Passw0rd");
        anon("POST", QStringLiteral("/api/v1/auth/login"), R"({"email":"logged@example.com","password":"nope-nope"})");
        QCOMPARE(auditCount(auth::auditevent::TokenCreate), tokens + 1);
        QCOMPARE(auditCount(auth::auditevent::SettingsUpdate), settings + 2); // the refused one too
        QCOMPARE(auditCount(auth::auditevent::UserCreate), users + 1);
        QCOMPARE(auditCount(auth::auditevent::Login), logins + 1);
        QCOMPARE(auditCount(auth::auditevent::LoginFailed), failed + 1);

        // The entry says who, what, from where and how it ended.
        auto page = f.send("GET", QStringLiteral("/api/v1/admin/audit-logs?event_type=settings.update&status=failure"));
        QCOMPARE(page.status, 200);
        const Json e = page.json()["data"][0];
        QCOMPARE(e["user_email"].get<std::string>(), std::string("admin@fixture.test"));
        QCOMPARE(e["resource_type"].get<std::string>(), std::string("settings"));
        QCOMPARE(e["ip_address"].get<std::string>(), std::string("127.0.0.1"));
        // Filters and pagination.
        auto byUser = f.send("GET", QStringLiteral("/api/v1/admin/audit-logs?user=logged@example.com&limit=1"));
        QCOMPARE(byUser.status, 200);
        QVERIFY(byUser.json()["pagination"]["total_items"].get<int>() >= 1);
        QCOMPARE(f.send("GET", QStringLiteral("/api/v1/admin/audit-logs?since=yesterday-ish")).status, 400);
        const QByteArray viewer = f.userToken(QStringLiteral("nolog@example.com"), auth::Role::Viewer);
        m_secrets << viewer;
        QCOMPARE(with(viewer, "GET", QStringLiteral("/api/v1/admin/audit-logs")).status, 403);
    }

    void sessionsAreListedAndCanBeEnded()
    {
        const Json s = login(QStringLiteral("ana@example.com"), ApiFixture::kPassword);
        auto list = f.send("GET", QStringLiteral("/api/v1/admin/sessions"));
        QCOMPARE(list.status, 200);
        QVERIFY(list.body.contains("ana@example.com"));
        QVERIFY(!list.body.contains(sget(s, "refresh_token")));
        QVERIFY2(list.json()["data"].size() >= 1, list.body.constData());
        QString sid;
        const Json rows = list.json()["data"];
        for (const auto& row : rows)
            if (row["user_email"] == "ana@example.com")
                sid = QString::fromStdString(row["id"].get<std::string>());
        QVERIFY(!sid.isEmpty());
        QCOMPARE(f.send("DELETE", QStringLiteral("/api/v1/admin/sessions/") + sid).status, 204);
    }

    void rotatingTheSigningKeyEndsEveryAccessToken()
    {
        const Json s = login(QStringLiteral("ana@example.com"), ApiFixture::kPassword);
        const QByteArray access = sget(s, "access_token");
        QCOMPARE(with(access, "GET", QStringLiteral("/api/v1/auth/me")).status, 200);
        const QByteArray analyst = f.tokenFor(m_analystId);
        m_secrets << analyst;
        QCOMPARE(with(analyst, "POST", QStringLiteral("/api/v1/admin/signing-key/rotate")).status, 403);
        const qint64 before = auditCount(auth::auditevent::SigningKeyRotate);
        QCOMPARE(f.send("POST", QStringLiteral("/api/v1/admin/signing-key/rotate")).status, 204);
        QCOMPARE(auditCount(auth::auditevent::SigningKeyRotate), before + 1);
        auto old = with(access, "GET", QStringLiteral("/api/v1/auth/me"));
        QCOMPARE(old.status, 401);
        QCOMPARE(code(old), QStringLiteral("TOKEN_INVALID_SIGNATURE"));
        // API tokens are not JWTs and keep working; the refresh token gets a new access token.
        QCOMPARE(with(analyst, "GET", QStringLiteral("/api/v1/auth/me")).status, 200);
        auto refreshed = anon(
            "POST", QStringLiteral("/api/v1/auth/refresh"), json::dump(Json {{"refresh_token", s["refresh_token"]}}));
        QCOMPARE(refreshed.status, 200);
        m_secrets << sget(refreshed.json(), "access_token") << sget(refreshed.json(), "refresh_token");
        QCOMPARE(with(sget(refreshed.json(), "access_token"), "GET", QStringLiteral("/api/v1/auth/me")).status, 200);
    }

    void httpsWithAGeneratedCertificate()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QTemporaryDir dir;
        Services::Options options;
        options.auth.keyBackend = auth::KeyStore::Backend::FileOnly;
        options.auth.passwordCost = auth::PasswordHasher::minimal();
        auto s = Services::open(dir.path(), options);
        QVERIFY(s.ok());
        auto cert = auth::TlsCertificates::generateSelfSigned(dir.filePath(QStringLiteral("tls")));
        QVERIFY(cert.ok());
        // HTTPS on without a certificate: the start fails with a reason instead of serving HTTP.
        QVERIFY((*s)->settings().set(QStringLiteral("https_enabled"), true).ok());
        auto server = makeApiServer(**s);
        auto refused = server->start(QHostAddress::LocalHost, 0);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("certificate")));
        QVERIFY((*s)->settings()
                    .update({{"tls_cert_path", cert->certificatePath.toStdString()},
                        {"tls_key_path", cert->keyPath.toStdString()}})
                    .ok());
        auto port = server->start(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
        QVERIFY(server->isHttps());

        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1/health").arg(*port)));
        QNetworkReply* reply = nam.get(req);
        QByteArray seenFingerprint;
        connect(reply, &QNetworkReply::sslErrors, reply, [reply, &seenFingerprint](const QList<QSslError>&) {
            // What a teammate does: compare the fingerprint, then trust it.
            seenFingerprint
                = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper();
            reply->ignoreSslErrors();
        });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("\"status\""));
        QCOMPARE(QString::fromLatin1(seenFingerprint), cert->fingerprint);
        delete reply;
        // Plain HTTP on the HTTPS port gets no HTTP answer.
        ApiFixture plain;
        plain.port = *port;
        QVERIFY(plain.send("GET", QStringLiteral("/health")).status != 200);
        server->stop();
    }

    // Must stay last: the raw bytes of the database and its WAL hold no secret seen above.
    void noSecretAtRest()
    {
        f.services->auth().tokens().flushUsage();
        const QString db = DataDir::databasePath(f.services->dataDir());
        QByteArray bytes;
        for (const QString& path : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-journal")}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.size() > 4096);
        QVERIFY(m_secrets.size() > 15);
        for (const QByteArray& secret : std::as_const(m_secrets)) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!bytes.contains(secret), secret.left(10).constData());
            // Nor the part after a display prefix.
            if (secret.startsWith("assay_"))
                QVERIFY2(!bytes.contains(secret.mid(12)), "token body at rest");
        }
        // The password is also absent as UTF-16 (Qt strings bound as text).
        const QString pw = QString::fromLatin1(ApiFixture::kPassword);
        QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char*>(pw.utf16()), pw.size() * 2)));
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "TestAuthApi.moc"
