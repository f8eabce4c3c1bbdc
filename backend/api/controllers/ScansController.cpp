// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScansController.h"

#include "api/ControllerSupport.h"
#include "api/Multipart.h"
#include "scan/ScanService.h"
#include "services/Services.h"

namespace assay::api {

namespace {

using assay::json::qstr;

Error unknownField(const std::string& key)
{
    return Error::validation(QStringLiteral("Unknown field '%1'.").arg(qstr(key).left(64)), {{"field", key}});
}

// `force_llm` as a form field: true/false, 1/0, yes/no, on/off (case-insensitive); empty = false.
Result<bool> parseFlag(const QByteArray& raw)
{
    const QString v = QString::fromUtf8(raw).trimmed().toLower();
    if (v.isEmpty() || v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no")
        || v == QLatin1String("off"))
        return false;
    if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("on"))
        return true;
    return Error::validation(QStringLiteral("'force_llm' must be true or false."), {{"field", "force_llm"}});
}

// The scan input of a request: multipart `file` / `text` / `force_llm`, JSON `{text, force_llm}`,
// or a text/plain body. A file and text together are ambiguous and refused.
Result<scan::ScanInput> inputOf(const HttpRequest& req)
{
    scan::ScanInput input;
    const QString type = req.contentType();
    if (type == QLatin1String("multipart/form-data")) {
        auto parts = parseMultipart(req);
        if (!parts)
            return parts.error();
        for (const auto& part : *parts)
            if (part.name != QLatin1String("file") && part.name != QLatin1String("text")
                && part.name != QLatin1String("force_llm"))
                return unknownField(part.name.left(64).toStdString());
        const FormPart* file = findPart(*parts, QStringLiteral("file"));
        const FormPart* text = findPart(*parts, QStringLiteral("text"));
        if (const FormPart* flag = findPart(*parts, QStringLiteral("force_llm"))) {
            auto f = parseFlag(flag->data);
            if (!f)
                return f.error();
            input.forceLlm = *f;
        }
        if (file && text && !text->data.trimmed().isEmpty())
            return Error::validation(QStringLiteral("Send either a 'file' or 'text', not both."), {{"field", "file"}});
        if (file) {
            // A part without a file name is still a document: the extractor sniffs its content.
            input.fileName = file->fileName.isEmpty() ? QStringLiteral("document") : file->fileName;
            input.fileBytes = file->data;
            if (input.fileBytes.isEmpty())
                return Error::validation(QStringLiteral("The uploaded file is empty."), {{"field", "file"}});
        } else if (text) {
            input.text = QString::fromUtf8(text->data);
        } else {
            return Error::validation(
                QStringLiteral("Nothing to scan: send a 'file' (txt, md, csv, json, html, pdf, docx) or 'text'."),
                {{"field", "file"}});
        }
        return input;
    }
    if (type == QLatin1String("text/plain")) {
        input.text = QString::fromUtf8(req.body);
        return input;
    }
    auto body = parseJsonBody(req);
    if (!body)
        return body.error();
    for (const auto& [key, value] : body->items())
        if (key != "text" && key != "force_llm")
            return unknownField(key);
    if (!body->contains("text") || !(*body)["text"].is_string())
        return Error::validation(QStringLiteral("'text' is required: the text to scan."), {{"field", "text"}});
    input.text = qstr((*body)["text"].get<std::string>());
    if (body->contains("force_llm") && !(*body)["force_llm"].is_null()) {
        if (!(*body)["force_llm"].is_boolean())
            return Error::validation(QStringLiteral("'force_llm' must be true or false."), {{"field", "force_llm"}});
        input.forceLlm = (*body)["force_llm"].get<bool>();
    }
    return input;
}

} // namespace

void ScansController::registerRoutes(Router& router, Services& services)
{
    scan::ScanService& scans = services.scans();

    Route create = makeRoute("POST", "/api/v1/scans",
        "Scan pasted text or a document (txt, md, csv, json, html, pdf, docx) for project risks", "scans", "analyst",
        "write:scans", [&scans](HttpRequest& req) {
            auto input = inputOf(req);
            if (!input)
                return HttpResponse::error(input.error(), req.requestId);
            return respond(scans.scan(actorOf(req).userId, *input), req, 201);
        });
    create.requestContentType = QStringLiteral("application/json, multipart/form-data, text/plain");
    create.requestSchema = {{"type", "object"},
        {"properties",
            {{"text", {{"type", "string"}, {"description", "Text to scan (or send a file)"}}},
                {"file",
                    {{"type", "string"}, {"format", "binary"},
                        {"description", "Document: txt, md, csv, json, html, pdf or docx (multipart only)"}}},
                {"force_llm",
                    {{"type", "boolean"}, {"default", false},
                        {"description", "Ask the configured LLM provider instead of the local model"}}}}}};
    create.successStatus = 201;
    create.responseSchema = {{"type", "object"},
        {"properties",
            {{"scan_id", {{"type", "string"}}}, {"source", {{"type", "string"}, {"enum", {"model", "llm"}}}},
                {"timestamp", {{"type", "string"}, {"format", "date-time"}}},
                {"data",
                    {{"type", "array"},
                        {"items",
                            {{"type", "object"},
                                {"properties",
                                    {{"id", {{"type", "string"}}}, {"risk", {{"type", "string"}}},
                                        {"category", {{"type", "string"}}},
                                        {"categories", {{"type", "array"}, {"items", {{"type", "string"}}}}},
                                        {"context", {{"type", "string"}}},
                                        {"confidence", {{"type", {"number", "null"}}}},
                                        {"corrected", {{"type", "boolean"}}}}}}}}}}}};
    router.add(std::move(create));

    Route list = makeRoute("GET", "/api/v1/scans", "Your scans, newest first (every scan for an admin)", "scans",
        "viewer", "read:scans", [&scans](HttpRequest& req) {
            auto page = parsePage(req, {QStringLiteral("created_at")}, QStringLiteral("created_at"));
            if (!page)
                return HttpResponse::error(page.error(), req.requestId);
            if (!page->descending)
                return HttpResponse::error(
                    Error::validation(QStringLiteral("Scans are listed newest first; 'sort_order' can only be desc."),
                        {{"field", "sort_order"}}),
                    req.requestId);
            const Actor actor = actorOf(req);
            return respond(scans.list(actor.userId, actor.isAdmin(), page->page, page->limit), req);
        });
    list.queryParameters
        = {QStringLiteral("page"), QStringLiteral("limit"), QStringLiteral("sort_by"), QStringLiteral("sort_order")};
    router.add(std::move(list));

    router.add(makeRoute("GET", "/api/v1/scans/{id}", "A scan with its items and extracted text", "scans", "viewer",
        "read:scans", [&scans](HttpRequest& req) {
            const Actor actor = actorOf(req);
            return respond(scans.get(actor.userId, actor.isAdmin(), req.param(QStringLiteral("id"))), req);
        }));

    Route remove = makeRoute(
        "DELETE", "/api/v1/scans/{id}", "Delete a scan", "scans", "analyst", "write:scans", [&scans](HttpRequest& req) {
            const Actor actor = actorOf(req);
            return respond(scans.remove(actor.userId, actor.isAdmin(), req.param(QStringLiteral("id"))), req);
        });
    remove.successStatus = 204;
    router.add(std::move(remove));

    Route correct = makeRoute("PATCH", "/api/v1/scans/{id}/items/{item_id}",
        "Correct the categories of a scan item ([] = not a risk); corrections feed retraining", "scans", "analyst",
        "write:scans", [&scans](HttpRequest& req) {
            auto body = parseJsonBody(req);
            if (!body)
                return HttpResponse::error(body.error(), req.requestId);
            for (const auto& [key, value] : body->items())
                if (key != "categories")
                    return HttpResponse::error(unknownField(key), req.requestId);
            const Error invalid = Error::validation(
                QStringLiteral("'categories' is required: a list of category names (empty = not a risk)."),
                {{"field", "categories"}});
            if (!body->contains("categories") || !(*body)["categories"].is_array())
                return HttpResponse::error(invalid, req.requestId);
            QStringList categories;
            for (const auto& c : (*body)["categories"]) {
                if (!c.is_string())
                    return HttpResponse::error(invalid, req.requestId);
                categories << qstr(c.get<std::string>()).trimmed();
            }
            const Actor actor = actorOf(req);
            return respond(scans.correctItem(actor.userId, actor.isAdmin(), req.param(QStringLiteral("id")),
                               req.param(QStringLiteral("item_id")), categories),
                req);
        });
    correct.requestContentType = QStringLiteral("application/json");
    correct.requestSchema = {{"type", "object"}, {"required", {"categories"}},
        {"properties",
            {{"categories",
                {{"type", "array"},
                    {"items",
                        {{"type", "string"},
                            {"enum",
                                {"Financial", "Schedule", "Technical", "Legal", "Operational", "Compliance",
                                    "Other"}}}}}}}}};
    router.add(std::move(correct));

    Route train = makeRoute("POST", "/api/v1/scans/model/train",
        "Retrain the local risk model from the shipped corpus and every correction", "scans", "admin", "admin",
        [&scans](HttpRequest& req) { return respond(scans.train(actorOf(req).userId), req); });
    train.responseSchema = {{"type", "object"},
        {"properties",
            {{"accuracy", {{"type", "number"}}}, {"f1_micro", {{"type", "number"}}},
                {"meets_target", {{"type", "boolean"}}}, {"target", {{"type", "number"}}}}}};
    router.add(std::move(train));
}

} // namespace assay::api
