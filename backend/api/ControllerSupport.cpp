// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControllerSupport.h"

namespace assay::api {

Actor actorOf(const HttpRequest& request)
{
    if (const Actor* a = std::any_cast<Actor>(&request.principal))
        return *a;
    return Actor::localAdmin();
}

bool fromLan(const HttpRequest& request)
{
    return !request.remoteAddress.isLoopback();
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
