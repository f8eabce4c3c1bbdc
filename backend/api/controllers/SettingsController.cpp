// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsController.h"

#include "api/ControllerSupport.h"
#include "auth/AuthServices.h"
#include "services/Services.h"

namespace assay::api {

namespace {

// Settings as GET shows them: write-only secrets as {"set": bool}, wherever they are kept.
Json visibleSettings(SettingsStore& settings, auth::KeyStore& keys)
{
    Json out = settings.all();
    for (const auto& [key, spec] : settings.schema().specs())
        if (spec.writeOnly) {
            auto stored = keys.get(key);
            const bool inKeychain = stored && !stored->isEmpty();
            const bool inSettings = out[json::str(key)].value("set", false);
            out[json::str(key)] = {{"set", inKeychain || inSettings}};
        }
    return out;
}

} // namespace

void SettingsController::registerRoutes(Router& router, Services& services)
{
    SettingsStore& settings = services.settings();
    auth::KeyStore& keys = services.auth().keys();

    Route get = makeRoute("GET", "/api/v1/settings",
        "Server settings with defaults filled in; write-only secrets are reported as {\"set\": bool}", "settings",
        "admin", "admin",
        [&settings, &keys](HttpRequest&) { return HttpResponse::json(200, visibleSettings(settings, keys)); });
    get.responseSchema = {{"type", "object"}};
    router.add(std::move(get));

    Route patch = makeRoute("PATCH", "/api/v1/settings",
        "Change settings: every key is validated first and all or nothing is written; unknown keys are 422; "
        "secrets (write-only keys) go to the OS keychain, never to the database",
        "settings", "admin", "admin", [&settings, &keys](HttpRequest& req) {
            auto body = parseJsonBody(req);
            if (!body)
                return HttpResponse::error(body.error(), req.requestId);
            if (body->empty())
                return HttpResponse::error(
                    Error::validation(QStringLiteral("Send at least one setting to change.")), req.requestId);
            // Secrets are validated like any setting, then kept in the keystore; the settings
            // table only ever holds an empty value for them (clearing any older clear copy).
            Json forwarded = *body;
            std::vector<std::pair<QString, QString>> secrets;
            for (const auto& [key, value] : body->items()) {
                const SettingSpec* spec = settings.schema().find(json::qstr(key));
                if (!spec || !spec->writeOnly)
                    continue;
                if (spec->validate) {
                    const QString problem = spec->validate(value);
                    if (!problem.isEmpty())
                        return HttpResponse::error(
                            Error::unprocessable(QStringLiteral("Setting '%1' %2.").arg(json::qstr(key), problem),
                                {{"fields", {{key, json::str(problem)}}}}),
                            req.requestId);
                }
                secrets.emplace_back(json::qstr(key), json::qstr(value.get<std::string>()));
                forwarded[key] = "";
            }
            if (auto s = settings.update(forwarded); !s)
                return HttpResponse::error(s.error(), req.requestId);
            for (const auto& [key, value] : secrets) {
                Status s = value.isEmpty() ? keys.remove(key) : keys.set(key, value.toUtf8());
                if (!s && !(value.isEmpty() && s.error().kind == Error::Kind::NotFound))
                    return HttpResponse::error(s.error(), req.requestId);
            }
            return HttpResponse::json(200, visibleSettings(settings, keys));
        });
    patch.requestContentType = QStringLiteral("application/json");
    patch.requestSchema = {{"type", "object"}};
    patch.responseSchema = {{"type", "object"}};
    router.add(std::move(patch));
}

} // namespace assay::api
