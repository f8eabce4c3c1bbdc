// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsController.h"

#include "api/ControllerSupport.h"
#include "api/Multipart.h"
#include "metrics/MetricsService.h"
#include "services/Services.h"

namespace assay::api {

namespace {

using metrics::ImportFormat;
using metrics::MetricsService;

Result<metrics::TimeRange> rangeOf(const HttpRequest& req)
{
    return metrics::parseTimeRange(req.queryValue(QStringLiteral("since")), req.queryValue(QStringLiteral("until")));
}

Result<int> lagOf(const HttpRequest& req)
{
    if (!req.query.hasQueryItem(QStringLiteral("lag_days")))
        return 7;
    bool ok = false;
    const int lag = req.queryValue(QStringLiteral("lag_days")).toInt(&ok);
    if (!ok || lag < 0 || lag > 7)
        return Error::validation(
            QStringLiteral("'lag_days' must be a whole number from 0 to 7."), {{"field", "lag_days"}});
    return lag;
}

ImportFormat formatOf(const QString& contentType, const QString& fileName = {})
{
    if (contentType == QLatin1String("text/csv") || fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return ImportFormat::Csv;
    if (contentType.contains(QLatin1String("json")) || fileName.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive))
        return ImportFormat::JsonLines;
    return ImportFormat::Auto;
}

HttpResponse importSessions(MetricsService& service, HttpRequest& req)
{
    const QString type = req.contentType();
    QByteArray data;
    ImportFormat format = ImportFormat::Auto;
    if (type == QLatin1String("multipart/form-data")) {
        auto parts = parseMultipart(req);
        if (!parts)
            return HttpResponse::error(parts.error(), req.requestId);
        const FormPart* file = findPart(*parts, QStringLiteral("file"));
        if (!file && !parts->empty())
            file = &parts->front();
        if (!file)
            return HttpResponse::error(
                Error::validation(QStringLiteral("Send the session log as a 'file' part."), {{"field", "file"}}),
                req.requestId);
        data = file->data;
        format = formatOf(file->contentType.toLower(), file->fileName);
    } else if (type == QLatin1String("application/x-ndjson") || type == QLatin1String("application/jsonl")
        || type == QLatin1String("application/json-lines") || type == QLatin1String("application/json")
        || type == QLatin1String("text/csv") || type == QLatin1String("text/plain")) {
        data = req.body;
        format = formatOf(type);
    } else {
        return HttpResponse::error(
            Error::unsupportedMediaType(QStringLiteral(
                "Send the sessions as application/x-ndjson, text/csv with a header row, or a multipart 'file'.")),
            req.requestId);
    }
    if (data.trimmed().isEmpty())
        return HttpResponse::error(Error::validation(QStringLiteral("The session log is empty.")), req.requestId);
    auto result = service.importSessions(actorOf(req), data, format);
    if (!result)
        return HttpResponse::error(result.error(), req.requestId);
    return HttpResponse::json(200, result->toJson());
}

const Json kKpiSchema = {{"type", "object"},
    {"properties",
        {{"value", {{"type", {"number", "null"}}}}, {"unit", {{"type", "string"}}}, {"threshold", {{"type", "number"}}},
            {"direction", {{"type", "string"}, {"enum", {"higher_is_better", "lower_is_better"}}}},
            {"status", {{"type", {"string", "null"}}, {"enum", {"good", "warning", "critical", nullptr}}}}}}};

} // namespace

void MetricsController::registerRoutes(Router& router, Services& services)
{
    MetricsService& m = services.metrics();

    Route import = makeRoute("POST", "/api/v1/metrics/sessions/import",
        "Import AI-assistant sessions (LiteLLM-style JSON lines or CSV); idempotent by content hash", "metrics",
        "analyst", "write:metrics", [&m](HttpRequest& req) { return importSessions(m, req); });
    import.requestContentType = QStringLiteral("application/x-ndjson, text/csv, multipart/form-data");
    import.requestSchema = {{"type", "string"}, { "description", "One JSON object per line, or CSV with a header" }};
    import.responseSchema = {{"type", "object"},
        { "properties",
            { {"imported",
                  { { "type",
                      "integer" } }},
                {"duplicates",
                    { { "type",
                        "integer" } }},
                { "rejected",
                    { {"type", "array"},
                        { "items",
                            { {"type", "object"},
                                { "properties",
                                    { {"line",
                                          { { "type",
                                              "integer" } }},
                                        { "reason",
                                            { { "type",
                                                "string" } } } } } } } } } } }};
    router.add(std::move(import));

    Route kpis = makeRoute("GET", "/api/v1/metrics", "KPIs {name: {value, unit, threshold, direction, status}}",
        "metrics", "viewer", "read:metrics", [&m](HttpRequest& req) {
            auto range = rangeOf(req);
            if (!range)
                return HttpResponse::error(range.error(), req.requestId);
            return respond(m.kpis(actorOf(req), *range, req.queryValue(QStringLiteral("repo")).left(1000)), req);
        });
    kpis.queryParameters = {QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("repo")};
    kpis.responseSchema = {{"type", "object"}, {"additionalProperties", kKpiSchema}};
    router.add(std::move(kpis));

    Route raw = makeRoute("GET", "/api/v1/metrics/raw",
        "Full metrics report: KPIs, daily series, correlations, anomalies, SLA", "metrics", "viewer", "read:metrics",
        [&m](HttpRequest& req) {
            auto range = rangeOf(req);
            if (!range)
                return HttpResponse::error(range.error(), req.requestId);
            auto lag = lagOf(req);
            if (!lag)
                return HttpResponse::error(lag.error(), req.requestId);
            return respond(m.raw(actorOf(req), *range, req.queryValue(QStringLiteral("repo")).left(1000), *lag), req);
        });
    raw.queryParameters
        = {QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("repo"), QStringLiteral("lag_days")};
    router.add(std::move(raw));

    Route overview = makeRoute("GET", "/api/v1/metrics/overview",
        "Dashboard figures: recent audits, open findings by severity, last audit's IP composition", "metrics", "viewer",
        "read:metrics", [&m](HttpRequest& req) { return respond(m.overview(actorOf(req)), req); });
    router.add(std::move(overview));

    Route sessions = makeRoute("GET", "/api/v1/sessions", "AI sessions (grouped by session id), paginated", "metrics",
        "viewer", "read:metrics", [&m](HttpRequest& req) {
            auto page = parsePage(req,
                {QStringLiteral("started_at"), QStringLiteral("ended_at"), QStringLiteral("requests"),
                    QStringLiteral("tokens"), QStringLiteral("cost"), QStringLiteral("developer_id"),
                    QStringLiteral("model")},
                QStringLiteral("started_at"));
            if (!page)
                return HttpResponse::error(page.error(), req.requestId);
            auto range = rangeOf(req);
            if (!range)
                return HttpResponse::error(range.error(), req.requestId);
            metrics::SessionQuery q;
            q.developerId = req.queryValue(QStringLiteral("developer_id")).left(320);
            q.model = req.queryValue(QStringLiteral("model")).left(200);
            q.repo = req.queryValue(QStringLiteral("repo")).left(1000);
            q.range = *range;
            q.page = page->page;
            q.limit = page->limit;
            q.sortBy = page->sortBy;
            q.descending = page->descending;
            auto rows = m.sessions(actorOf(req), q);
            if (!rows)
                return HttpResponse::error(rows.error(), req.requestId);
            return HttpResponse::json(200, pageEnvelope(rows->first, *page, rows->second));
        });
    sessions.queryParameters = {QStringLiteral("page"), QStringLiteral("limit"), QStringLiteral("sort_by"),
        QStringLiteral("sort_order"), QStringLiteral("developer_id"), QStringLiteral("model"), QStringLiteral("repo"),
        QStringLiteral("since"), QStringLiteral("until")};
    router.add(std::move(sessions));

    router.add(makeRoute("GET", "/api/v1/sessions/{session_id}", "One AI session with its requests", "metrics",
        "viewer", "read:metrics", [&m](HttpRequest& req) {
            return respond(m.session(actorOf(req), req.param(QStringLiteral("session_id"))), req);
        }));

    Route profile = makeRoute("GET", "/api/v1/profile", "Per-developer aggregates: sessions, models, KPIs, commits",
        "metrics", "viewer", "read:metrics", [&m](HttpRequest& req) {
            auto range = rangeOf(req);
            if (!range)
                return HttpResponse::error(range.error(), req.requestId);
            return respond(
                m.profile(actorOf(req), req.queryValue(QStringLiteral("developer_id")).left(320), *range), req);
        });
    profile.queryParameters = {QStringLiteral("developer_id"), QStringLiteral("since"), QStringLiteral("until")};
    router.add(std::move(profile));

    Route insights = makeRoute("GET", "/api/v1/insights",
        "Key findings, correlations (lags 0..lag_days), anomalies and recommendations", "metrics", "viewer",
        "read:metrics", [&m](HttpRequest& req) {
            auto range = rangeOf(req);
            if (!range)
                return HttpResponse::error(range.error(), req.requestId);
            auto lag = lagOf(req);
            if (!lag)
                return HttpResponse::error(lag.error(), req.requestId);
            return respond(
                m.insights(actorOf(req), *range, req.queryValue(QStringLiteral("repo")).left(1000), *lag), req);
        });
    insights.queryParameters
        = {QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("lag_days"), QStringLiteral("repo")};
    router.add(std::move(insights));

    Route stats = makeRoute("GET", "/api/v1/usage/stats",
        "Usage totals for a period (audits, scans, files and bytes scanned, API requests, storage), per token",
        "metrics", "viewer", "", [&m](HttpRequest& req) {
            return respond(m.usageStats(actorOf(req), req.queryValue(QStringLiteral("period")),
                               req.queryValue(QStringLiteral("user_id")).left(200)),
                req);
        });
    stats.queryParameters = {QStringLiteral("period"), QStringLiteral("user_id")};
    router.add(std::move(stats));

    Route history = makeRoute(
        "GET", "/api/v1/usage/history", "Daily usage series", "metrics", "viewer", "", [&m](HttpRequest& req) {
            int days = 30;
            if (req.query.hasQueryItem(QStringLiteral("days"))) {
                bool ok = false;
                days = req.queryValue(QStringLiteral("days")).toInt(&ok);
                if (!ok)
                    days = -1;
            }
            return respond(
                m.usageHistory(actorOf(req), days, req.queryValue(QStringLiteral("user_id")).left(200)), req);
        });
    history.queryParameters = {QStringLiteral("days"), QStringLiteral("user_id")};
    router.add(std::move(history));
}

void MetricsController::install(ApiServer& server, Services& services)
{
    registerRoutes(server.router(), services);
    MetricsService* m = &services.metrics();
    // Usage metering: every request, per user, credential and day; jobs queued through the API
    // are remembered with their credential so that their completion is metered to it.
    server.addResponseObserver([m](const HttpRequest& req, const Route* route, const HttpResponse& response) {
        const auto principal = principalOf(req);
        QString userId, tokenId;
        if (principal) {
            userId = principal->userId;
            if (principal->kind == auth::Principal::Kind::ApiToken)
                tokenId = principal->tokenId;
        }
        m->recordRequest(userId, tokenId, req.body.size(), response.body.size(), response.status >= 400);
        if (!route || response.status >= 300 || req.method != QLatin1String("POST"))
            return;
        const QString kind = route->pattern == QLatin1String("/api/v1/audits") ? QStringLiteral("audit")
            : route->pattern == QLatin1String("/api/v1/scans")                 ? QStringLiteral("scan")
                                                                               : QString();
        if (kind.isEmpty())
            return;
        if (auto body = json::parse(response.body); body && body->is_object()) {
            const QString id = json::getString(*body, kind == QLatin1String("audit") ? "id" : "scan_id");
            if (!id.isEmpty())
                m->noteJobCredential(kind, id, tokenId);
        }
    });
}

} // namespace assay::api
