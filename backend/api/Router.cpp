// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

namespace assay::api {

namespace {

bool matchPattern(const QString& pattern, const QString& path, QMap<QString, QString>& params)
{
    const auto patternParts = QStringView(pattern).split(QLatin1Char('/'));
    const auto pathParts = QStringView(path).split(QLatin1Char('/'));
    if (patternParts.size() != pathParts.size())
        return false;
    for (qsizetype i = 0; i < patternParts.size(); ++i) {
        const auto p = patternParts[i];
        if (p.startsWith(QLatin1Char('{')) && p.endsWith(QLatin1Char('}'))) {
            if (pathParts[i].isEmpty())
                return false;
            params.insert(p.mid(1, p.size() - 2).toString(), pathParts[i].toString());
        } else if (p != pathParts[i]) {
            return false;
        }
    }
    return true;
}

} // namespace

Route& Router::add(Route route)
{
    m_routes.push_back(std::move(route));
    return m_routes.back();
}

RouteMatch Router::match(const QString& method, const QString& path) const
{
    RouteMatch result;
    QString normalized = path;
    while (normalized.size() > 1 && normalized.endsWith(QLatin1Char('/')))
        normalized.chop(1);
    for (const auto& r : m_routes) {
        QMap<QString, QString> params;
        if (!matchPattern(r.pattern, normalized, params))
            continue;
        if (r.method == method) {
            result.route = &r;
            result.params = std::move(params);
            return result;
        }
        if (!result.allowedMethods.contains(r.method))
            result.allowedMethods << r.method;
    }
    return result;
}

HttpResponse respond(const Result<Json>& result, const HttpRequest& request, int successStatus)
{
    if (!result)
        return HttpResponse::error(result.error(), request.requestId);
    if (successStatus == 204)
        return HttpResponse::noContent();
    return HttpResponse::json(successStatus, *result);
}

HttpResponse respond(const Result<QByteArray>& jsonText, const HttpRequest& request, int successStatus)
{
    if (!jsonText)
        return HttpResponse::error(jsonText.error(), request.requestId);
    return HttpResponse::bytes(successStatus, *jsonText, "application/json");
}

HttpResponse respond(const Status& status, const HttpRequest& request)
{
    if (!status)
        return HttpResponse::error(status.error(), request.requestId);
    return HttpResponse::noContent();
}

} // namespace assay::api
