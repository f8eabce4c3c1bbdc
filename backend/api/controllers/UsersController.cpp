// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersController.h"

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

} // namespace

void UsersController::registerRoutes(Router& router, Services& services)
{
    auth::UserService& users = services.auth().users();

    Route list = makeRoute("GET", "/api/v1/admin/users", "User accounts, paginated (search by email or name)", "admin",
        "admin", "admin", [&users](HttpRequest& req) {
            auto page = parsePage(req);
            if (!page)
                return HttpResponse::error(page.error(), req.requestId);
            return reply(
                users.list(callerOf(req), {page->page, page->limit}, req.queryValue(QStringLiteral("search"))), req);
        });
    list.queryParameters = {QStringLiteral("page"), QStringLiteral("limit"), QStringLiteral("search")};
    router.add(std::move(list));

    Route create = makeRoute("POST", "/api/v1/admin/users", "Create a user with a role", "admin", "admin", "admin",
        [&users](HttpRequest& req) {
            auto body = parseJsonBody(req);
            if (!body)
                return HttpResponse::error(body.error(), req.requestId);
            auto request = auth::NewUser::fromJson(*body);
            if (!request)
                return HttpResponse::error(request.error(), req.requestId);
            return reply(users.createUser(callerOf(req), *request), req, 201);
        });
    create.requestContentType = QStringLiteral("application/json");
    create.requestSchema = {{"type", "object"}, {"required", {"email", "password"}},
        {"properties",
            {{"email", {{"type", "string"}}}, {"password", {{"type", "string"}, {"minLength", 8}}},
                {"full_name", {{"type", "string"}}},
                {"role", {{"type", "string"}, {"enum", {"admin", "analyst", "viewer"}}}}}}};
    create.successStatus = 201;
    router.add(std::move(create));

    router.add(makeRoute("GET", "/api/v1/admin/users/{id}", "One user account", "admin", "admin", "admin",
        [&users](HttpRequest& req) { return reply(users.get(callerOf(req), req.param(QStringLiteral("id"))), req); }));

    Route patch = makeRoute("PATCH", "/api/v1/admin/users/{id}",
        "Change a user's name or role, (de)activate them or reset their password", "admin", "admin", "admin",
        [&users](HttpRequest& req) {
            auto body = parseJsonBody(req);
            if (!body)
                return HttpResponse::error(body.error(), req.requestId);
            auto p = auth::UserPatch::fromJson(*body);
            if (!p)
                return HttpResponse::error(p.error(), req.requestId);
            return reply(users.update(callerOf(req), req.param(QStringLiteral("id")), *p), req);
        });
    patch.requestContentType = QStringLiteral("application/json");
    patch.requestSchema = {{"type", "object"},
        {"properties",
            {{"full_name", {{"type", "string"}}}, {"role", {{"type", "string"}}}, {"is_active", {{"type", "boolean"}}},
                {"password", {{"type", "string"}, {"minLength", 8}}}}}};
    router.add(std::move(patch));

    Route remove = makeRoute("DELETE", "/api/v1/admin/users/{id}", "Delete a user and their API tokens", "admin",
        "admin", "admin", [&users](HttpRequest& req) {
            return respond(users.remove(callerOf(req), req.param(QStringLiteral("id"))), req);
        });
    remove.successStatus = 204;
    router.add(std::move(remove));
}

} // namespace assay::api
