// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenApi.h"

#include "core/Version.h"

#include <QRegularExpression>

namespace assay::api {

namespace {

using assay::json::str;

Json errorResponse(const char* description)
{
    return {{"description", description},
        {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
}

std::string operationId(const Route& r)
{
    QString id = r.method.toLower();
    const auto parts = r.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const auto& part : parts) {
        if (part == QLatin1String("api") || part == QLatin1String("v1"))
            continue;
        QString p = part;
        if (p.startsWith(QLatin1Char('{')))
            p = QStringLiteral("By") + p.mid(1, p.size() - 2);
        p.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("_"));
        const auto words = p.split(QLatin1Char('_'), Qt::SkipEmptyParts);
        for (const auto& w : words)
            id += w.left(1).toUpper() + w.mid(1);
    }
    return str(id);
}

} // namespace

Json openApiDocument(const Router& router)
{
    Json paths = Json::object();
    for (const auto& r : router.routes()) {
        Json op = {{"summary", str(r.summary)}, {"operationId", operationId(r)}};
        if (!r.tag.isEmpty())
            op["tags"] = Json::array({str(r.tag)});
        Json params = Json::array();
        static const QRegularExpression paramRe(QStringLiteral("\\{([a-z_]+)\\}"));
        auto it = paramRe.globalMatch(r.pattern);
        while (it.hasNext()) {
            const auto m = it.next();
            params.push_back(
                {{"name", str(m.captured(1))}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
        }
        for (const auto& q : r.queryParameters)
            params.push_back(
                {{"name", str(q)}, {"in", "query"}, {"required", false}, {"schema", {{"type", "string"}}}});
        if (!params.empty())
            op["parameters"] = params;
        if (!r.requestContentType.isEmpty()) {
            Json schema = r.requestSchema.is_null() ? Json {{"type", "object"}} : r.requestSchema;
            Json content = Json::object();
            for (const auto& type : r.requestContentType.split(QLatin1Char(',')))
                content[str(type.trimmed())] = {{"schema", schema}};
            op["requestBody"] = {{"required", true}, {"content", content}};
        }
        Json responses = Json::object();
        const std::string ok = std::to_string(r.successStatus);
        if (r.successStatus == 204) {
            responses[ok] = {{"description", "No content"}};
        } else {
            Json schema = r.responseSchema.is_null() ? Json {{"type", "object"}} : r.responseSchema;
            responses[ok] = {{"description", "Success"}, {"content", {{"application/json", {{"schema", schema}}}}}};
        }
        if (!r.requestContentType.isEmpty() || !r.queryParameters.isEmpty())
            responses["400"] = errorResponse("Invalid input");
        if (!r.open) {
            responses["401"] = errorResponse("Missing, invalid, expired or revoked credential");
            responses["403"] = errorResponse("The credential's role or scope does not allow this");
        }
        if (r.pattern.contains(QLatin1Char('{')))
            responses["404"] = errorResponse("Not found");
        if (!r.requestContentType.isEmpty()) {
            responses["413"] = errorResponse("Request body too large");
            responses["415"] = errorResponse("Unsupported content type");
        }
        responses["429"] = errorResponse("Rate limited");
        op["responses"] = responses;
        if (r.open)
            op["security"] = Json::array();
        else
            op["x-required-role"] = str(r.minRole);
        if (!r.scope.isEmpty())
            op["x-required-scope"] = str(r.scope);
        paths[str(r.pattern)][str(r.method.toLower())] = op;
    }
    Json errorSchema = {{"type", "object"}, {"required", {"error"}},
        {"properties",
            {{"error",
                {{"type", "object"}, {"required", {"code", "message", "request_id"}},
                    {"properties",
                        {{"code", {{"type", "string"}}}, {"message", {{"type", "string"}}},
                            {"details", {{"type", "object"}}}, {"request_id", {{"type", "string"}}}}}}}}}};
    return {{"openapi", "3.1.0"},
        {"info",
            {{"title", "Assay API"}, {"version", ASSAY_VERSION},
                {"description", "Offline code IP audits, document risk scans and engineering metrics."},
                {"license", {{"name", "GPL-3.0-or-later"}, {"identifier", "GPL-3.0-or-later"}}}}},
        {"servers", Json::array({{{"url", "/"}}})}, {"paths", paths},
        {"components",
            {{"schemas", {{"Error", errorSchema}}},
                {"securitySchemes",
                    {{"bearer",
                        {{"type", "http"}, {"scheme", "bearer"},
                            {"description", "Access JWT or personal API token"}}}}}}},
        {"security", Json::array({{{"bearer", Json::array()}}})}};
}

} // namespace assay::api
