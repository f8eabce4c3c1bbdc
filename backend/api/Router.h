// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <functional>
#include <vector>

namespace assay::api {

// One endpoint of the route table. The table is the single source for dispatch, the OpenAPI
// document and the permission test: a route cannot exist without declaring who may call it.
struct Route
{
    QString method; // GET | POST | PATCH | PUT | DELETE
    QString pattern; // e.g. "/api/v1/audits/{id}"
    QString summary;
    QString tag;
    // Access: open routes need no credential; others need at least `minRole`
    // (viewer < analyst < admin) and, for API tokens, `scope`.
    bool open = false;
    QString minRole = QStringLiteral("viewer");
    QString scope;
    // Documentation for OpenAPI.
    QString requestContentType; // empty: no body
    Json requestSchema; // OpenAPI schema object (or null)
    int successStatus = 200;
    Json responseSchema; // OpenAPI schema object (or null)
    QStringList queryParameters;

    std::function<HttpResponse(HttpRequest&)> handler;
};

struct RouteMatch
{
    const Route* route = nullptr;
    QMap<QString, QString> params;
    QStringList allowedMethods; // when the path exists but not with this method
};

class Router
{
public:
    Route& add(Route route);
    RouteMatch match(const QString& method, const QString& path) const;
    const std::vector<Route>& routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

// Helpers for handlers: turn a service Result into a response.
HttpResponse respond(const Result<Json>& result, const HttpRequest& request, int successStatus = 200);
HttpResponse respond(const Status& status, const HttpRequest& request);
// A body that is already JSON text (application/json).
HttpResponse respond(const Result<QByteArray>& jsonText, const HttpRequest& request, int successStatus = 200);

} // namespace assay::api
