// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestBase.h"
#include "api/AuthMiddleware.h"

#include <QRegularExpression>

using namespace assay;
using namespace assay::api;

// Table-driven over the WHOLE route table of the real server: for every route and every
// caller (anonymous, viewer, analyst, admin — each with an API token carrying all of its
// role's scopes — plus an admin JWT and an admin token restricted to the read scopes), the
// outcome must follow from the route's own declaration (open / minRole / scope): 401 or 403
// from the real authentication middleware, or the request reaches the handler. A probe
// middleware installed after the real one answers in the handler's place, so no handler runs
// (no side effects, no slow work). A route added later is in the table, so it cannot skip this.
class TestPermissions : public QObject
{
    Q_OBJECT
    ApiFixture f;

    struct Caller
    {
        QString name;
        QByteArray token; // empty: anonymous
        std::optional<auth::Role> role;
        auth::Scopes scopes;
    };
    QList<Caller> m_callers;

    static QString errorCode(const ApiFixture::Reply& r)
    {
        const Json j = r.json();
        if (!j.is_object() || !j.contains("error"))
            return {};
        return QString::fromStdString(j["error"]["code"].get<std::string>());
    }

    static bool deniedByMiddleware(const ApiFixture::Reply& r)
    {
        const QString c = errorCode(r);
        return (r.status == 401 && (c == QLatin1String("MISSING_CREDENTIALS") || c.startsWith(QLatin1String("TOKEN_"))))
            || (r.status == 403
                && (c == QLatin1String("INSUFFICIENT_ROLE") || c == QLatin1String("INSUFFICIENT_SCOPE")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        // This test sends several requests per route; limits are tested elsewhere.
        QVERIFY(f.services->settings().set(QStringLiteral("rate_limit_per_minute"), 0).ok());
        f.server->addMiddleware(
            [](HttpRequest& req, const Route* route, ResponseHeaders&) -> std::optional<HttpResponse> {
                if (!route || req.header("x-permission-probe") != "1")
                    return std::nullopt;
                return HttpResponse::json(200, {{"reached", true}});
            });
        m_callers << Caller {QStringLiteral("anonymous"), {}, std::nullopt, {}};
        for (auto role : {auth::Role::Viewer, auth::Role::Analyst, auth::Role::Admin}) {
            const QString name = auth::roleName(role);
            const QByteArray token = f.userToken(name + QStringLiteral("@perm.test"), role);
            QVERIFY(!token.isEmpty());
            m_callers << Caller {name, token, role, auth::Scopes::forRole(role)};
        }
        // An admin signed in with a password (JWT), and an admin token limited to reading.
        auto login = f.send("POST", QStringLiteral("/api/v1/auth/login"),
            json::dump(Json {{"email", "admin@perm.test"}, {"password", ApiFixture::kPassword}}), "application/json",
            ApiFixture::anonymous());
        QCOMPARE(login.status, 200);
        m_callers << Caller {QStringLiteral("admin-jwt"),
            QByteArray::fromStdString(login.json()["access_token"].get<std::string>()), auth::Role::Admin,
            auth::Scopes::forRole(auth::Role::Admin)};
        auto readOnly = auth::Scopes::parse(
            {QStringLiteral("read:audits"), QStringLiteral("read:scans"), QStringLiteral("read:metrics")});
        QVERIFY(readOnly.has_value());
        auto admin = f.services->auth().users().findByEmail(QStringLiteral("admin@perm.test"));
        QVERIFY(admin.ok());
        m_callers << Caller {
            QStringLiteral("admin-read-token"), f.tokenFor(admin->id, *readOnly), auth::Role::Admin, *readOnly};
    }

    void everyRouteFollowsItsDeclaration()
    {
        static const QRegularExpression param(QStringLiteral("\\{[^}]+\\}"));
        int checked = 0;
        const auto routes = f.server->router().routes(); // a copy: the table is the source of truth
        QVERIFY(routes.size() >= 20);
        for (const Route& route : routes) {
            QString path = route.pattern;
            path.replace(param, QStringLiteral("perm-test-missing"));
            const auth::Permission need = AuthMiddleware::permissionOf(route);
            for (const Caller& caller : std::as_const(m_callers)) {
                const QByteArray body = route.method == QLatin1String("GET") || route.method == QLatin1String("DELETE")
                    ? QByteArray()
                    : QByteArray("{}");
                auto headers = ApiFixture::bearer(caller.token);
                headers.append(qMakePair(QByteArray("X-Permission-Probe"), QByteArray("1")));
                auto r = f.send(route.method.toLatin1(), path, body, "application/json", headers);
                const QString what = QStringLiteral("%1 %2 as %3 → %4 %5")
                                         .arg(route.method, route.pattern, caller.name)
                                         .arg(r.status)
                                         .arg(QString::fromUtf8(r.body.left(200)));
                QVERIFY2(r.status != 0, qPrintable(what));
                bool expectAllowed = true;
                int expectStatus = 0;
                if (!route.open) {
                    if (!caller.role) {
                        expectAllowed = false;
                        expectStatus = 401;
                    } else if (int(*caller.role) < int(need.minRole)) {
                        expectAllowed = false;
                        expectStatus = 403;
                    } else if (need.scope && !caller.scopes.has(*need.scope)) {
                        expectAllowed = false;
                        expectStatus = 403;
                    }
                }
                if (expectAllowed)
                    QVERIFY2(r.status == 200 && r.json().value("reached", false), qPrintable(what));
                else {
                    QVERIFY2(deniedByMiddleware(r), qPrintable(what));
                    QVERIFY2(r.status == expectStatus, qPrintable(what));
                }
                ++checked;
            }
        }
        qInfo() << "checked" << checked << "route/caller pairs over" << routes.size() << "routes";
        QCOMPARE(checked, int(routes.size()) * int(m_callers.size()));
    }

    void everyRouteDeclaresItsAccess()
    {
        // Non-open routes name a known role, and a known scope when they have one.
        for (const Route& route : f.server->router().routes()) {
            if (route.open)
                continue;
            QVERIFY2(auth::parseRole(route.minRole).has_value(), qPrintable(route.pattern));
            if (!route.scope.isEmpty())
                QVERIFY2(auth::Scopes::parse({route.scope}).has_value(), qPrintable(route.pattern));
        }
        // Only these may be called without a credential.
        const QStringList open {QStringLiteral("GET /health"), QStringLiteral("GET /api/v1/openapi.json"),
            QStringLiteral("POST /api/v1/auth/register"), QStringLiteral("POST /api/v1/auth/login"),
            QStringLiteral("POST /api/v1/auth/refresh")};
        for (const Route& route : f.server->router().routes())
            if (route.open)
                QVERIFY2(open.contains(route.method + QLatin1Char(' ') + route.pattern), qPrintable(route.pattern));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
