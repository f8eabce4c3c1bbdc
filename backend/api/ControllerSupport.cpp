// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControllerSupport.h"

#include "auth/NetworkPolicy.h"

namespace assay::api {

namespace {

// The middleware and the handler of one request run one after the other on the same worker
// thread (ApiServer::dispatch), so the identity resolved by the middleware is kept here,
// tagged with the request id so that it can never leak into another request.
struct RequestIdentity
{
    QString requestId;
    std::optional<auth::Principal> principal;
    QString clientAddress;
};
thread_local RequestIdentity t_identity;

const RequestIdentity* identityOf(const HttpRequest& request)
{
    if (request.requestId.isEmpty() || t_identity.requestId != request.requestId)
        return nullptr;
    return &t_identity;
}

} // namespace

void setRequestIdentity(const HttpRequest& request, std::optional<auth::Principal> principal, QString clientAddress)
{
    t_identity = {request.requestId, std::move(principal), std::move(clientAddress)};
}

Actor toActor(const auth::Principal& principal)
{
    if (principal.isLocal())
        return Actor::localAdmin();
    return {principal.userId, principal.email, auth::roleName(principal.role)};
}

Actor actorOf(const HttpRequest& request)
{
    if (const Actor* a = std::any_cast<Actor>(&request.principal))
        return *a;
    return Actor::localAdmin();
}

std::optional<auth::Principal> principalOf(const HttpRequest& request)
{
    if (const RequestIdentity* id = identityOf(request))
        return id->principal;
    // No middleware ran for this request: the harness acts as the local administrator.
    if (!request.principal.has_value())
        return auth::Principal::localAdmin();
    return std::nullopt;
}

QString clientAddressOf(const HttpRequest& request)
{
    if (const RequestIdentity* id = identityOf(request))
        return id->clientAddress;
    QHostAddress a = request.remoteAddress;
    bool ok = false;
    const QHostAddress v4(a.toIPv4Address(&ok));
    return ok ? v4.toString() : a.toString();
}

auth::RequestContext contextOf(const HttpRequest& request)
{
    auth::RequestContext ctx;
    ctx.principal = principalOf(request);
    ctx.ipAddress = clientAddressOf(request);
    ctx.userAgent = request.userAgent();
    ctx.local = auth::NetworkPolicy::isLoopback(QHostAddress(ctx.ipAddress));
    return ctx;
}

bool fromLan(const HttpRequest& request)
{
    return !auth::NetworkPolicy::isLoopback(request.remoteAddress);
}

Route makeRoute(const char* method, const char* pattern, const char* summary, const char* tag, const char* minRole,
    const char* scope, std::function<HttpResponse(HttpRequest&)> handler)
{
    Route r;
    r.method = QString::fromLatin1(method);
    r.pattern = QString::fromLatin1(pattern);
    r.summary = QString::fromLatin1(summary);
    r.tag = QString::fromLatin1(tag);
    r.open = minRole == nullptr;
    r.minRole = minRole ? QString::fromLatin1(minRole) : QString();
    r.scope = scope ? QString::fromLatin1(scope) : QString();
    r.handler = std::move(handler);
    return r;
}

audit::PageSpec toPageSpec(const PageRequest& page)
{
    return {page.page, page.limit, page.sortBy, page.descending};
}

QStringList queryList(const HttpRequest& request, const QString& name)
{
    QStringList out;
    for (const auto& v : request.query.allQueryItemValues(name, QUrl::FullyDecoded))
        for (const auto& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

} // namespace assay::api
