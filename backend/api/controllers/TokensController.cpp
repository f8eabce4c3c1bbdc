// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokensController.h"

#include "api/ControllerSupport.h"
#include "auth/AuthServices.h"
#include "services/Services.h"

namespace assay::api {

namespace {

template <typename T> HttpResponse reply(const Result<T>& r, const HttpRequest& req, int status = 200)
{
    if (!r)
        return HttpResponse::error(r.error(), req.requestId);
    return HttpResponse::json(status, r->toJson());
}

auth::Principal callerOf(const HttpRequest& req)
{
    return principalOf(req).value_or(auth::Principal {});
}

const Json kTokenInfoSchema = {{"type", "object"},
    {"properties",
        {{"id", {{"type", "string"}}}, {"name", {{"type", "string"}}}, {"prefix", {{"type", "string"}}},
            {"scopes", {{"type", "array"}, {"items", {{"type", "string"}}}}}, {"created_at", {{"type", "string"}}},
            {"expires_at", {{"type", "string"}}}, {"last_used_at", {{"type", "string"}}},
            {"last_used_ip", {{"type", "string"}}}, {"status", {{"type", "string"}}}}}};
const Json kIssuedSchema
    = {{"type", "object"}, {"properties", {{"token", {{"type", "string"}}}, {"token_info", kTokenInfoSchema}}}};

} // namespace

void TokensController::registerRoutes(Router& router, Services& services)
{
    auth::TokenService& tokens = services.auth().tokens();

    Route create
        = makeRoute("POST", "/api/v1/tokens", "Create a personal API token; the secret is in this response only",
            "tokens", "viewer", nullptr, [&tokens](HttpRequest& req) {
                auto body = parseJsonBody(req);
                if (!body)
                    return HttpResponse::error(body.error(), req.requestId);
                auto request = auth::TokenRequest::fromJson(*body);
                if (!request)
                    return HttpResponse::error(request.error(), req.requestId);
                return reply(tokens.create(callerOf(req), *request), req, 201);
            });
    create.requestContentType = QStringLiteral("application/json");
    create.requestSchema = {{"type", "object"}, {"required", {"name"}},
        {"properties",
            {{"name", {{"type", "string"}}}, {"scopes", {{"type", "array"}, {"items", {{"type", "string"}}}}},
                {"expires_in_days", {{"type", "integer"}}}}}};
    create.successStatus = 201;
    create.responseSchema = kIssuedSchema;
    router.add(std::move(create));

    Route list = makeRoute("GET", "/api/v1/tokens", "Your API tokens (never their secrets); admins may pass user_id",
        "tokens", "viewer", nullptr, [&tokens](HttpRequest& req) {
            auto page = parsePage(req);
            if (!page)
                return HttpResponse::error(page.error(), req.requestId);
            return reply(
                tokens.list(callerOf(req), {page->page, page->limit}, req.queryValue(QStringLiteral("user_id"))), req);
        });
    list.queryParameters = {QStringLiteral("page"), QStringLiteral("limit"), QStringLiteral("user_id")};
    router.add(std::move(list));

    Route get = makeRoute("GET", "/api/v1/tokens/{id}", "One API token (never its secret)", "tokens", "viewer", nullptr,
        [&tokens](HttpRequest& req) { return reply(tokens.get(callerOf(req), req.param(QStringLiteral("id"))), req); });
    get.responseSchema = kTokenInfoSchema;
    router.add(std::move(get));

    Route rotate = makeRoute("POST", "/api/v1/tokens/{id}/rotate",
        "New secret for a token, same id, name and scopes; the old secret stops working", "tokens", "viewer", nullptr,
        [&tokens](
            HttpRequest& req) { return reply(tokens.rotate(callerOf(req), req.param(QStringLiteral("id"))), req); });
    rotate.responseSchema = kIssuedSchema;
    router.add(std::move(rotate));

    Route revoke = makeRoute("DELETE", "/api/v1/tokens/{id}", "Revoke a token (owner or admin)", "tokens", "viewer",
        nullptr, [&tokens](HttpRequest& req) {
            return respond(tokens.revoke(callerOf(req), req.param(QStringLiteral("id"))), req);
        });
    revoke.successStatus = 204;
    router.add(std::move(revoke));
}

} // namespace assay::api
