// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthMiddleware.h"

#include "ControllerSupport.h"
#include "WebSocketHub.h"
#include "auth/AuditLog.h"
#include "auth/AuthServices.h"
#include "core/Logging.h"
#include "services/Services.h"

#include <QDateTime>
#include <QRegularExpression>

namespace assay::api {

namespace {

QPair<QByteArray, QByteArray> header(const QByteArray& name, const QByteArray& value)
{
    return {name, value};
}

bool isMutation(const QString& method)
{
    return method == QLatin1String("POST") || method == QLatin1String("PUT") || method == QLatin1String("PATCH")
        || method == QLatin1String("DELETE");
}

HttpResponse unauthorized(const Error& error, const QString& requestId)
{
    HttpResponse r = HttpResponse::error(error, requestId);
    const QByteArray code
        = error.code == QLatin1String("MISSING_CREDENTIALS") ? QByteArray() : QByteArray(", error=\"invalid_token\"");
    r.setHeader("WWW-Authenticate", "Bearer realm=\"assay\"" + code);
    return r;
}

// "auth.login"-style event type and the resource of a state-changing request, from its route.
struct Described
{
    QString eventType;
    QString resourceType;
    QString description;
};

Described describe(const HttpRequest& request, const Route& route)
{
    const QString& p = route.pattern;
    const QString& m = request.method;
    if (p.startsWith(QLatin1String("/api/v1/admin/users"))) {
        if (m == QLatin1String("POST") && p == QLatin1String("/api/v1/admin/users"))
            return {auth::auditevent::UserCreate, QStringLiteral("user"), QStringLiteral("Created a user account")};
        if (m == QLatin1String("DELETE"))
            return {auth::auditevent::UserDelete, QStringLiteral("user"), QStringLiteral("Deleted a user account")};
        return {auth::auditevent::UserUpdate, QStringLiteral("user"), QStringLiteral("Updated a user account")};
    }
    if (p.startsWith(QLatin1String("/api/v1/tokens"))) {
        if (p.endsWith(QLatin1String("/rotate")))
            return {auth::auditevent::TokenRotate, QStringLiteral("token"), QStringLiteral("Rotated an API token")};
        if (m == QLatin1String("DELETE"))
            return {auth::auditevent::TokenRevoke, QStringLiteral("token"), QStringLiteral("Revoked an API token")};
        return {auth::auditevent::TokenCreate, QStringLiteral("token"), QStringLiteral("Created an API token")};
    }
    if (p == QLatin1String("/api/v1/admin/signing-key/rotate"))
        return {auth::auditevent::SigningKeyRotate, QStringLiteral("signing_key"),
            QStringLiteral("Rotated the JWT signing key")};
    if (p.startsWith(QLatin1String("/api/v1/admin/sessions")))
        return {auth::auditevent::Logout, QStringLiteral("session"), QStringLiteral("Ended a session")};
    if (p.startsWith(QLatin1String("/api/v1/admin/login-bans")))
        return {QStringLiteral("auth.unban"), QStringLiteral("address"), QStringLiteral("Lifted a login ban")};
    if (p.startsWith(QLatin1String("/api/v1/settings")))
        return {auth::auditevent::SettingsUpdate, QStringLiteral("settings"), QStringLiteral("Changed settings")};
    // Generic: the resource is the route's tag; the verb is the method, or the last literal
    // path segment of an action route ("/audits/{id}/cancel" → "cancel").
    QString resource = route.tag.isEmpty() ? QStringLiteral("api") : route.tag;
    if (resource.endsWith(QLatin1Char('s')) && resource.size() > 1)
        resource.chop(1);
    QString verb = m == QLatin1String("POST") ? QStringLiteral("create")
        : m == QLatin1String("DELETE")        ? QStringLiteral("delete")
                                              : QStringLiteral("update");
    const QStringList parts = p.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (m == QLatin1String("POST") && parts.size() >= 2 && !parts.last().startsWith(QLatin1Char('{'))
        && parts[parts.size() - 2].startsWith(QLatin1Char('{')))
        verb = parts.last();
    return {resource + QLatin1Char('.') + verb, resource, QStringLiteral("%1 %2").arg(m, route.pattern)};
}

} // namespace

AuthMiddleware::AuthMiddleware(ApiServer& server, Services& services)
    : QObject(&server)
    , m_server(server)
    , m_services(services)
{
    rebuildPolicy();
    connect(&services.settings(), &SettingsStore::changed, this, [this](const QStringList& keys) {
        static const QStringList relevant {QStringLiteral("share_on_lan"), QStringLiteral("allowed_hosts"),
            QStringLiteral("trusted_proxies"), QStringLiteral("cors_origins")};
        for (const auto& k : keys)
            if (relevant.contains(k)) {
                rebuildPolicy();
                return;
            }
    });
    connect(&server, &ApiServer::started, this, [this] { rebuildPolicy(); });
}

AuthMiddleware* AuthMiddleware::install(ApiServer& server, Services& services)
{
    auto* m = new AuthMiddleware(server, services);
    server.addMiddleware([m](HttpRequest& request, const Route* route, ResponseHeaders& extra) {
        return m->handle(request, route, extra);
    });
    server.addResponseObserver([m](const HttpRequest& request, const Route* route, const HttpResponse& response) {
        m->record(request, route, response);
    });
    // WebSockets: the same credentials (`?token=` or the Authorization header); refused with
    // close code 1008 and the reason otherwise.
    auth::Authenticator* authenticator = &services.auth().authenticator();
    server.hub()->setAuthenticator([authenticator](const QString& credential) -> Result<std::any> {
        auto principal = authenticator->authenticate(credential, QString());
        if (!principal)
            return principal.error();
        return std::any(toActor(*principal));
    });
    return m;
}

void AuthMiddleware::rebuildPolicy()
{
    auth::NetworkPolicy::Config config = auth::NetworkPolicy::fromSettings(m_services.settings());
    // What matters is where the server actually listens: `assay serve --bind 0.0.0.0` shares it
    // even when the share_on_lan setting is off.
    if (m_server.isListening())
        config.sharedOnLan = !auth::NetworkPolicy::isLoopback(m_server.address());
    auto policy = std::make_shared<const auth::NetworkPolicy>(std::move(config));
    QMutexLocker lock(&m_policyMutex);
    m_policy = std::move(policy);
}

std::shared_ptr<const auth::NetworkPolicy> AuthMiddleware::policy() const
{
    QMutexLocker lock(&m_policyMutex);
    return m_policy;
}

auth::Permission AuthMiddleware::permissionOf(const Route& route)
{
    auth::Permission p;
    p.minRole = auth::parseRole(route.minRole).value_or(auth::Role::Viewer);
    if (!route.scope.isEmpty()) {
        QString unknown;
        const auto scopes = auth::Scopes::parse({route.scope}, &unknown);
        if (scopes && !scopes->isEmpty()) {
            for (quint32 bit = 1; bit != 0 && bit <= scopes->bits(); bit <<= 1)
                if (scopes->bits() & bit) {
                    p.scope = auth::Scope(bit);
                    break;
                }
        } else {
            // A route declaring a scope that does not exist can only be reached by an admin.
            p.minRole = auth::Role::Admin;
            p.scope = auth::Scope::Admin;
        }
    }
    return p;
}

std::optional<HttpResponse> AuthMiddleware::handle(HttpRequest& request, const Route* route, ResponseHeaders& extra)
{
    const auto policy = this->policy();
    auth::AuthServices& auth = m_services.auth();
    const bool api = request.path.startsWith(QLatin1String("/api"));

    // 1. Who is really calling.
    const QHostAddress client = policy->clientAddress(request.remoteAddress, request.header("x-forwarded-for"));
    const QString clientIp = client.toString();

    // 2. The credential, if any.
    std::optional<auth::Principal> principal;
    std::optional<Error> authError;
    const QString authorization = QString::fromLatin1(request.header("authorization"));
    if (!authorization.trimmed().isEmpty()) {
        auto p = auth.authenticator().authenticate(authorization, clientIp);
        if (p)
            principal = std::move(*p);
        else
            authError = p.error();
    }

    // 3. Rate limits, counted for every /api request (refused ones too).
    if (api) {
        const auth::RateDecision d = auth.rateLimiter().hit(principal ? &*principal : nullptr, clientIp);
        if (d.enabled) {
            extra.append(header("X-RateLimit-Limit", QByteArray::number(d.limit)));
            extra.append(header("X-RateLimit-Remaining", QByteArray::number(d.remaining)));
            extra.append(header("X-RateLimit-Reset", QByteArray::number(d.reset)));
        }
        if (!d.allowed) {
            HttpResponse r = HttpResponse::error(
                Error::make(Error::Kind::RateLimited,
                    QStringLiteral("Too many requests; try again in %1 s.").arg(std::max(1, d.retryAfter)),
                    {{"retry_after", std::max(1, d.retryAfter)}}, QStringLiteral("RATE_LIMITED")),
                request.requestId);
            r.setHeader("Retry-After", QByteArray::number(std::max(1, d.retryAfter)));
            return r;
        }
    }

    // 4. DNS rebinding: only the names this server is known by.
    if (auto host = policy->checkHost(request.header("host")); !host) {
        qCInfo(lcAuth).noquote() << "refused Host header from" << clientIp;
        return HttpResponse::error(host.error(), request.requestId);
    }

    // 5. CORS, only for configured origins; preflights end here.
    const QByteArray origin = request.header("origin");
    std::optional<QByteArray> allowedOrigin = origin.isEmpty() ? std::nullopt : policy->allowedOrigin(origin);
    if (allowedOrigin) {
        extra.append(header("Access-Control-Allow-Origin", *allowedOrigin));
        extra.append(header("Vary", "Origin"));
        extra.append(header("Access-Control-Expose-Headers",
            "X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After"));
    }
    if (request.method == QLatin1String("OPTIONS")) {
        const RouteMatch m = m_server.router().match(QStringLiteral("OPTIONS"), request.path);
        if (m.allowedMethods.isEmpty())
            return HttpResponse::error(
                Error::notFound(QStringLiteral("No endpoint %1.").arg(request.path.left(200))), request.requestId);
        QStringList methods = m.allowedMethods;
        methods << QStringLiteral("OPTIONS");
        HttpResponse r = HttpResponse::noContent();
        r.setHeader("Allow", methods.join(QStringLiteral(", ")).toLatin1());
        if (allowedOrigin) {
            r.setHeader("Access-Control-Allow-Methods", methods.join(QStringLiteral(", ")).toLatin1());
            r.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-Id");
            r.setHeader("Access-Control-Max-Age", "600");
        }
        return r;
    }

    // 6. Authorization from the route table. Unknown paths fall through to 404/405.
    if (route && !route->open) {
        if (!principal) {
            const Error e = authError ? *authError
                                      : Error::make(Error::Kind::Unauthorized,
                                          QStringLiteral("This endpoint requires authentication: send "
                                                         "'Authorization: Bearer <access token or API token>'."),
                                          {}, QStringLiteral("MISSING_CREDENTIALS"));
            return unauthorized(e, request.requestId);
        }
        if (auto allowed = auth::authorize(*principal, permissionOf(*route)); !allowed)
            return HttpResponse::error(allowed.error(), request.requestId);
    }
    // On open routes an invalid credential is ignored (a stale token must not block login).
    if (principal)
        request.principal = toActor(*principal);
    else
        request.principal.reset();
    setRequestIdentity(request, principal, clientIp);
    return std::nullopt;
}

void AuthMiddleware::record(const HttpRequest& request, const Route* route, const HttpResponse& response)
{
    if (!route || !isMutation(request.method) || response.status == 429)
        return;
    // The auth routes write their own entries (login, failed login, logout, register, refresh).
    if (route->pattern.startsWith(QLatin1String("/api/v1/auth/")))
        return;
    const Described d = describe(request, *route);
    auth::RequestContext ctx = contextOf(request);
    const QString status = response.status < 400             ? auth::auditstatus::Success
        : (response.status == 401 || response.status == 403) ? auth::auditstatus::Denied
                                                             : auth::auditstatus::Failure;
    auth::AuditEntry e = auth::AuditEntry::from(ctx, d.eventType, status);
    e.resourceType = d.resourceType;
    e.resourceId = request.param(QStringLiteral("id"));
    if (e.resourceId.isEmpty() && response.status < 300 && !response.body.isEmpty()) {
        if (auto body = json::parse(response.body); body && body->is_object()) {
            if (body->contains("id") && (*body)["id"].is_string())
                e.resourceId = json::qstr((*body)["id"].get<std::string>());
            else if (body->contains("token_info") && (*body)["token_info"].contains("id"))
                e.resourceId = json::qstr((*body)["token_info"]["id"].get<std::string>());
        }
    }
    e.actionDescription = response.status < 400
        ? d.description
        : QStringLiteral("%1 (HTTP %2)").arg(d.description).arg(response.status);
    if (auto st = m_services.auth().auditLog().record(std::move(e)); !st)
        qCWarning(lcAuth).noquote() << "cannot write the audit log:" << st.error().message;
}

} // namespace assay::api
