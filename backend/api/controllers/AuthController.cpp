// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthController.h"

#include "api/ControllerSupport.h"
#include "auth/AuthServices.h"
#include "core/Logging.h"
#include "services/Services.h"

namespace assay::api {

namespace {

using json::str;

void audit(auth::AuditLog& log, const auth::RequestContext& ctx, const QString& event, const QString& status,
    const QString& description, const QString& userId = {}, const QString& email = {})
{
    auth::AuditEntry e = auth::AuditEntry::from(ctx, event, status);
    if (!userId.isEmpty())
        e.userId = userId;
    if (!email.isEmpty())
        e.userEmail = email;
    e.resourceType = QStringLiteral("session");
    e.resourceId = e.userId;
    e.actionDescription = description;
    if (auto st = log.record(std::move(e)); !st)
        qCWarning(lcAuth).noquote() << "cannot write the audit log:" << st.error().message;
}

QString statusOf(const Error& e)
{
    return e.kind == Error::Kind::Unauthorized || e.kind == Error::Kind::Forbidden || e.kind == Error::Kind::RateLimited
        ? auth::auditstatus::Denied
        : auth::auditstatus::Failure;
}

HttpResponse errorWithRetry(const Error& e, const HttpRequest& request)
{
    HttpResponse r = HttpResponse::error(e, request.requestId);
    if (e.kind == Error::Kind::RateLimited && e.details.contains("retry_after"))
        r.setHeader("Retry-After", QByteArray::number(e.details["retry_after"].get<qint64>()));
    return r;
}

const Json kUserSchema = {{"type", "object"},
    {"properties",
        {{"id", {{"type", "string"}}}, {"email", {{"type", "string"}}}, {"full_name", {{"type", "string"}}},
            {"role", {{"type", "string"}, {"enum", {"admin", "analyst", "viewer"}}}},
            {"is_active", {{"type", "boolean"}}}, {"created_at", {{"type", "string"}}},
            {"last_login_at", {{"type", "string"}}}}}};
const Json kTokenPairSchema = {{"type", "object"},
    {"properties",
        {{"access_token", {{"type", "string"}}}, {"refresh_token", {{"type", "string"}}},
            {"token_type", {{"type", "string"}}}, {"expires_in", {{"type", "integer"}}}, {"user", kUserSchema}}}};

} // namespace

void AuthController::registerRoutes(Router& router, Services& services)
{
    auth::AuthServices& auth = services.auth();

    Route reg = makeRoute("POST", "/api/v1/auth/register",
        "Create an account: the first one becomes admin (from this computer only); later ones need an admin "
        "or open registration",
        "auth", nullptr, nullptr, [&auth](HttpRequest& req) {
            const auth::RequestContext ctx = contextOf(req);
            auto body = parseJsonBody(req);
            if (!body)
                return HttpResponse::error(body.error(), req.requestId);
            auto request = auth::NewUser::fromJson(*body);
            if (!request)
                return HttpResponse::error(request.error(), req.requestId);
            auto user = auth.users().registerUser(*request, ctx);
            if (!user) {
                audit(auth.auditLog(), ctx, auth::auditevent::Register, statusOf(user.error()),
                    QStringLiteral("Registration refused: %1").arg(user.error().code));
                return HttpResponse::error(user.error(), req.requestId);
            }
            audit(auth.auditLog(), ctx, auth::auditevent::Register, auth::auditstatus::Success,
                QStringLiteral("Registered an account with role %1").arg(auth::roleName(user->role)),
                ctx.principal ? QString() : user->id, ctx.principal ? QString() : user->email);
            return HttpResponse::json(201, user->toJson());
        });
    reg.requestContentType = QStringLiteral("application/json");
    reg.requestSchema = {{"type", "object"}, {"required", {"email", "password"}},
        {"properties",
            {{"email", {{"type", "string"}}}, {"password", {{"type", "string"}, {"minLength", 8}}},
                {"full_name", {{"type", "string"}}}, {"role", {{"type", "string"}}}}}};
    reg.successStatus = 201;
    reg.responseSchema = kUserSchema;
    router.add(std::move(reg));

    Route login = makeRoute("POST", "/api/v1/auth/login",
        "Sign in with JSON {email, password} or the OAuth2 password form (username, password)", "auth", nullptr,
        nullptr, [&auth](HttpRequest& req) {
            const auth::RequestContext ctx = contextOf(req);
            Result<auth::LoginRequest> request = Error::internal(QString());
            if (req.contentType() == QLatin1String("application/x-www-form-urlencoded"))
                request = auth::LoginRequest::fromForm(req.body);
            else {
                auto body = parseJsonBody(req);
                if (!body)
                    return HttpResponse::error(body.error(), req.requestId);
                request = auth::LoginRequest::fromJson(*body);
            }
            if (!request)
                return HttpResponse::error(request.error(), req.requestId);
            auto pair = auth.sessions().login(*request, ctx);
            if (!pair) {
                const Error& e = pair.error();
                const QString event = e.code == QLatin1String("LOGIN_BANNED") ? auth::auditevent::LoginBanned
                                                                              : auth::auditevent::LoginFailed;
                // The attempted email is recorded, never the password.
                audit(auth.auditLog(), ctx, event, auth::auditstatus::Failure,
                    e.code == QLatin1String("LOGIN_BANNED")
                        ? QStringLiteral("Login refused: this address is locked out")
                        : QStringLiteral("Failed login"),
                    QString(), request->email.left(254));
                return errorWithRetry(e, req);
            }
            audit(auth.auditLog(), ctx, auth::auditevent::Login, auth::auditstatus::Success,
                QStringLiteral("Signed in"), pair->user.id, pair->user.email);
            return HttpResponse::json(200, pair->toJson());
        });
    login.requestContentType = QStringLiteral("application/json");
    login.requestSchema = {{"type", "object"}, {"required", {"email", "password"}},
        {"properties", {{"email", {{"type", "string"}}}, {"password", {{"type", "string"}}}}}};
    login.responseSchema = kTokenPairSchema;
    router.add(std::move(login));

    Route refresh = makeRoute("POST", "/api/v1/auth/refresh",
        "Exchange a refresh token for a new pair; the presented token is spent, reusing it revokes the session", "auth",
        nullptr, nullptr, [&auth](HttpRequest& req) {
            const auth::RequestContext ctx = contextOf(req);
            auto body = parseJsonBody(req);
            if (!body)
                return HttpResponse::error(body.error(), req.requestId);
            if (!body->contains("refresh_token") || !(*body)["refresh_token"].is_string())
                return HttpResponse::error(
                    Error::validation(QStringLiteral("'refresh_token' is required."), {{"field", "refresh_token"}}),
                    req.requestId);
            auto pair = auth.sessions().refresh(json::getString(*body, "refresh_token"), ctx);
            if (!pair) {
                const bool reuse = pair.error().code == QLatin1String("REFRESH_TOKEN_REUSED");
                audit(auth.auditLog(), ctx, reuse ? auth::auditevent::RefreshReuse : auth::auditevent::Refresh,
                    auth::auditstatus::Denied,
                    reuse ? QStringLiteral("A spent refresh token was presented again; its session was revoked")
                          : QStringLiteral("Refresh refused: %1").arg(pair.error().code));
                return HttpResponse::error(pair.error(), req.requestId);
            }
            audit(auth.auditLog(), ctx, auth::auditevent::Refresh, auth::auditstatus::Success,
                QStringLiteral("Refreshed the session tokens"), pair->user.id, pair->user.email);
            return HttpResponse::json(200, pair->toJson());
        });
    refresh.requestContentType = QStringLiteral("application/json");
    refresh.requestSchema = {
        {"type", "object"}, {"required", {"refresh_token"}}, {"properties", {{"refresh_token", {{"type", "string"}}}}}};
    refresh.responseSchema = kTokenPairSchema;
    router.add(std::move(refresh));

    Route logout = makeRoute("POST", "/api/v1/auth/logout",
        "Sign out: revokes the session's refresh tokens and the access token", "auth", "viewer", nullptr,
        [&auth](HttpRequest& req) {
            const auth::RequestContext ctx = contextOf(req);
            QString refreshToken;
            if (!req.body.trimmed().isEmpty()) {
                auto body = parseJsonBody(req);
                if (!body)
                    return HttpResponse::error(body.error(), req.requestId);
                refreshToken = json::getString(*body, "refresh_token");
            }
            Status s = ctx.principal ? auth.sessions().logout(*ctx.principal, refreshToken)
                                     : Status(Error::unauthorized(QStringLiteral("Not signed in.")));
            audit(auth.auditLog(), ctx, auth::auditevent::Logout, s ? auth::auditstatus::Success : statusOf(s.error()),
                s ? QStringLiteral("Signed out") : QStringLiteral("Sign-out failed: %1").arg(s.error().code));
            return respond(s, req);
        });
    logout.successStatus = 204;
    router.add(std::move(logout));

    Route me = makeRoute(
        "GET", "/api/v1/auth/me", "The signed-in user", "auth", "viewer", nullptr, [&auth](HttpRequest& req) {
            const auto principal = principalOf(req);
            if (!principal)
                return HttpResponse::error(Error::unauthorized(QStringLiteral("Not signed in.")), req.requestId);
            auto user = auth.users().me(*principal);
            if (!user)
                return HttpResponse::error(user.error(), req.requestId);
            Json body = user->toJson();
            body["auth"] = {{"kind", str(principal->kindName())}, {"scopes", json::toJson(principal->scopes.names())}};
            return HttpResponse::json(200, body);
        });
    me.responseSchema = kUserSchema;
    router.add(std::move(me));
}

} // namespace assay::api
