// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditsController.h"

#include "api/ControllerSupport.h"
#include "api/Multipart.h"
#include "audit/jobs/AuditService.h"
#include "reports/ReportWriter.h"
#include "services/Services.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace assay::api {

namespace {

using assay::json::getString;
using assay::json::qstr;
using assay::json::str;

const QStringList kStatuses {QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("completed"),
    QStringLiteral("failed"), QStringLiteral("cancelled"), QStringLiteral("interrupted")};

Result<audit::AuditSubmission> submissionFromJson(const Json& body)
{
    audit::AuditSubmission s;
    for (const auto& [key, value] : body.items())
        if (key != "repository" && key != "ref" && key != "options" && key != "policy")
            return Error::validation(QStringLiteral("Unknown field '%1'.").arg(qstr(key).left(64)), {{"field", key}});
    if (!body.contains("repository") || !body["repository"].is_string()
        || body["repository"].get<std::string>().empty())
        return Error::validation(
            QStringLiteral("'repository' is required: a folder path or a git URL."), {{"field", "repository"}});
    s.repository = qstr(body["repository"].get<std::string>());
    if (s.repository.size() > 4096)
        return Error::validation(QStringLiteral("'repository' is too long."), {{"field", "repository"}});
    if (body.contains("ref") && !body["ref"].is_null()) {
        if (!body["ref"].is_string() || body["ref"].get<std::string>().size() > 256)
            return Error::validation(QStringLiteral("'ref' must be a branch, tag or commit name."), {{"field", "ref"}});
        s.ref = qstr(body["ref"].get<std::string>());
    }
    if (body.contains("options") && !body["options"].is_null()) {
        if (!body["options"].is_object())
            return Error::validation(QStringLiteral("'options' must be an object."), {{"field", "options"}});
        s.options = body["options"];
        for (const char* key : {"org_domains", "org_names"})
            if (s.options.contains(key) && !s.options[key].is_array())
                return Error::validation(
                    QStringLiteral("'options.%1' must be a list of strings.").arg(QLatin1String(key)),
                    {{"field", std::string("options.") + key}});
    }
    if (body.contains("policy") && !body["policy"].is_null()) {
        if (!body["policy"].is_string() && !body["policy"].is_object())
            return Error::validation(
                QStringLiteral("'policy' must be a policy name or a policy object."), {{"field", "policy"}});
        s.options["policy"] = body["policy"];
    }
    return s;
}

} // namespace

void AuditsController::registerRoutes(Router& router, Services& services)
{
    audit::AuditService& audits = services.audits();
    const QString dataDir = services.dataDir();

    Route create = makeRoute("POST", "/api/v1/audits", "Queue an audit of a folder, a git URL or an uploaded archive",
        "audits", "analyst", "write:audits", [&audits, dataDir](HttpRequest& req) {
            audit::AuditSubmission submission;
            std::unique_ptr<QTemporaryFile> uploadOwner;
            if (req.contentType() == QLatin1String("multipart/form-data")) {
                auto parts = parseMultipart(req);
                if (!parts)
                    return HttpResponse::error(parts.error(), req.requestId);
                const FormPart* archive = findPart(*parts, QStringLiteral("archive"));
                const FormPart* repository = findPart(*parts, QStringLiteral("repository"));
                if (!archive && !repository)
                    return HttpResponse::error(
                        Error::validation(
                            QStringLiteral("Send an 'archive' file (zip, tar.gz, tar.xz) or a 'repository'."),
                            {{"field", "archive"}}),
                        req.requestId);
                if (const FormPart* ref = findPart(*parts, QStringLiteral("ref")))
                    submission.ref = QString::fromUtf8(ref->data).trimmed();
                if (const FormPart* options = findPart(*parts, QStringLiteral("options"))) {
                    auto o = json::parse(options->data);
                    if (!o || !o->is_object())
                        return HttpResponse::error(Error::validation(QStringLiteral("'options' must be a JSON object."),
                                                       {{"field", "options"}}),
                            req.requestId);
                    submission.options = *o;
                }
                if (archive) {
                    if (archive->data.isEmpty())
                        return HttpResponse::error(
                            Error::validation(QStringLiteral("The uploaded archive is empty."), {{"field", "archive"}}),
                            req.requestId);
                    QDir().mkpath(QDir(dataDir).filePath(QStringLiteral("tmp")));
                    uploadOwner
                        = std::make_unique<QTemporaryFile>(QDir(dataDir).filePath(QStringLiteral("tmp/upload-XXXXXX")));
                    QTemporaryFile* upload = uploadOwner.get();
                    if (!upload->open() || upload->write(archive->data) != archive->data.size() || !upload->flush())
                        return HttpResponse::error(
                            Error::internal(QStringLiteral("Cannot store the upload (disk full?).")), req.requestId);
                    upload->close();
                    submission.archivePath = upload->fileName();
                submission.archiveIsTemporary = true;
                    submission.archiveName
                        = archive->fileName.isEmpty() ? QStringLiteral("upload.zip") : archive->fileName;
                } else {
                    submission.repository = QString::fromUtf8(repository->data).trimmed();
                }
            } else {
                auto body = parseJsonBody(req);
                if (!body)
                    return HttpResponse::error(body.error(), req.requestId);
                auto parsed = submissionFromJson(*body);
                if (!parsed)
                    return HttpResponse::error(parsed.error(), req.requestId);
                submission = std::move(*parsed);
            }
            submission.restrictToAllowedRoots = fromLan(req);
            // The service moves the upload into the audit's artefacts; whatever is left is removed.
            return respond(audits.submit(actorOf(req), submission), req, 202);
        });
    create.requestContentType = QStringLiteral("application/json, multipart/form-data");
    create.requestSchema = {{"type", "object"},
        {"properties",
            {{"repository", {{"type", "string"}, {"description", "Absolute folder path or git URL"}}},
                {"ref", {{"type", "string"}}}, {"options", {{"type", "object"}}},
                {"policy", {{"type", {"string", "object"}}}},
                {"archive", {{"type", "string"}, {"format", "binary"}}}}}};
    create.successStatus = 202;
    router.add(std::move(create));

    Route list = makeRoute(
        "GET", "/api/v1/audits", "List audits", "audits", "viewer", "read:audits", [&audits](HttpRequest& req) {
            auto page = parsePage(req,
                {QStringLiteral("created_at"), QStringLiteral("status"), QStringLiteral("source"),
                    QStringLiteral("finished_at"), QStringLiteral("duration_ms")},
                QStringLiteral("created_at"));
            if (!page)
                return HttpResponse::error(page.error(), req.requestId);
            audit::AuditListFilter filter;
            filter.status = req.queryValue(QStringLiteral("status"));
            if (!filter.status.isEmpty() && !kStatuses.contains(filter.status))
                return HttpResponse::error(
                    Error::validation(
                        QStringLiteral("'status' must be one of: %1.").arg(kStatuses.join(QStringLiteral(", "))),
                        {{"field", "status"}}),
                    req.requestId);
            filter.repository = req.queryValue(QStringLiteral("repository")).left(1000);
            filter.q = req.queryValue(QStringLiteral("q")).left(1000);
            return respond(audits.listText(actorOf(req), filter, toPageSpec(*page)), req);
        });
    list.queryParameters = {QStringLiteral("page"), QStringLiteral("limit"), QStringLiteral("sort_by"),
        QStringLiteral("sort_order"), QStringLiteral("status"), QStringLiteral("repository"), QStringLiteral("q")};
    router.add(std::move(list));

    router.add(makeRoute("GET", "/api/v1/audits/{id}", "An audit: status, progress, stage, summary, diff", "audits",
        "viewer", "read:audits", [&audits](HttpRequest& req) {
            return respond(audits.get(actorOf(req), req.param(QStringLiteral("id"))), req);
        }));

    router.add(makeRoute("POST", "/api/v1/audits/{id}/cancel", "Cancel a queued or running audit", "audits", "analyst",
        "write:audits", [&audits](HttpRequest& req) {
            return respond(audits.cancel(actorOf(req), req.param(QStringLiteral("id"))), req);
        }));

    Route remove = makeRoute("DELETE", "/api/v1/audits/{id}", "Delete an audit, its findings and artefacts", "audits",
        "analyst", "write:audits", [&audits](HttpRequest& req) {
            return respond(audits.remove(actorOf(req), req.param(QStringLiteral("id"))), req);
        });
    remove.successStatus = 204;
    router.add(std::move(remove));

    Route files = makeRoute("GET", "/api/v1/audits/{id}/files",
        "Per-file rows: path, language, lines, license, ip_class, rationale, authors", "audits", "viewer",
        "read:audits", [&audits](HttpRequest& req) {
            auto page = parsePage(req,
                {QStringLiteral("path"), QStringLiteral("language"), QStringLiteral("lines_code"),
                    QStringLiteral("license"), QStringLiteral("ip_class"), QStringLiteral("size")},
                QStringLiteral("path"));
            if (!page)
                return HttpResponse::error(page.error(), req.requestId);
            if (!req.query.hasQueryItem(QStringLiteral("sort_order")))
                page->descending = false;
            return respond(audits.files(actorOf(req), req.param(QStringLiteral("id")),
                               req.queryValue(QStringLiteral("path")), toPageSpec(*page)),
                req);
        });
    files.queryParameters = {QStringLiteral("page"), QStringLiteral("limit"), QStringLiteral("sort_by"),
        QStringLiteral("sort_order"), QStringLiteral("path")};
    router.add(std::move(files));

    Route findings = makeRoute("GET", "/api/v1/audits/{id}/findings", "Findings of an audit", "audits", "viewer",
        "read:audits", [&audits](HttpRequest& req) {
            auto page = parsePage(req,
                {QStringLiteral("severity"), QStringLiteral("type"), QStringLiteral("file"), QStringLiteral("status"),
                    QStringLiteral("rule_id"), QStringLiteral("line")},
                QStringLiteral("severity"));
            if (!page)
                return HttpResponse::error(page.error(), req.requestId);
            audit::FindingFilter filter;
            filter.types = queryList(req, QStringLiteral("type"));
            filter.severities = queryList(req, QStringLiteral("severity"));
            filter.statuses = queryList(req, QStringLiteral("status"));
            filter.path = req.queryValue(QStringLiteral("path")).left(1000);
            static const QStringList types {QStringLiteral("license"), QStringLiteral("secret"),
                QStringLiteral("vulnerability"), QStringLiteral("policy")};
            static const QStringList severities {QStringLiteral("critical"), QStringLiteral("high"),
                QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("info")};
            static const QStringList statuses {QStringLiteral("open"), QStringLiteral("acknowledged"),
                QStringLiteral("false_positive"), QStringLiteral("resolved")};
            for (const auto& [name, values, allowed] :
                {std::tuple {"type", &filter.types, &types}, std::tuple {"severity", &filter.severities, &severities},
                    std::tuple {"status", &filter.statuses, &statuses}})
                for (const auto& v : *values)
                    if (!allowed->contains(v))
                        return HttpResponse::error(
                            Error::validation(QStringLiteral("'%1' must be one of: %2.")
                                                  .arg(QLatin1String(name), allowed->join(QStringLiteral(", "))),
                                {{"field", name}}),
                            req.requestId);
            return respond(
                audits.findings(actorOf(req), req.param(QStringLiteral("id")), filter, toPageSpec(*page)), req);
        });
    findings.queryParameters
        = {QStringLiteral("page"), QStringLiteral("limit"), QStringLiteral("sort_by"), QStringLiteral("sort_order"),
            QStringLiteral("type"), QStringLiteral("severity"), QStringLiteral("status"), QStringLiteral("path")};
    router.add(std::move(findings));

    Route triage = makeRoute("PATCH", "/api/v1/findings/{id}", "Triage a finding", "audits", "analyst", "write:audits",
        [&audits](HttpRequest& req) {
            auto body = parseJsonBody(req);
            if (!body)
                return HttpResponse::error(body.error(), req.requestId);
            for (const auto& [key, value] : body->items())
                if (key != "status" && key != "note")
                    return HttpResponse::error(
                        Error::validation(
                            QStringLiteral("Unknown field '%1'.").arg(qstr(key).left(64)), {{"field", key}}),
                        req.requestId);
            if (!body->contains("status") || !(*body)["status"].is_string())
                return HttpResponse::error(
                    Error::validation(QStringLiteral("'status' is required."), {{"field", "status"}}), req.requestId);
            if (body->contains("note") && !(*body)["note"].is_string() && !(*body)["note"].is_null())
                return HttpResponse::error(
                    Error::validation(QStringLiteral("'note' must be a string."), {{"field", "note"}}), req.requestId);
            return respond(audits.triage(actorOf(req), req.param(QStringLiteral("id")), getString(*body, "status"),
                               getString(*body, "note")),
                req);
        });
    triage.requestContentType = QStringLiteral("application/json");
    triage.requestSchema = {{"type", "object"}, {"required", {"status"}},
        {"properties",
            {{"status", {{"type", "string"}, {"enum", {"open", "acknowledged", "false_positive", "resolved"}}}},
                {"note", {{"type", "string"}}}}}};
    router.add(std::move(triage));

    Route report = makeRoute("GET", "/api/v1/audits/{id}/report",
        "Report of a completed audit: format=json|html|pdf|csv|md|sarif|cyclonedx|spdx", "audits", "viewer",
        "read:audits", [&audits, &services](HttpRequest& req) {
            const QString format = req.queryValue(QStringLiteral("format")).isEmpty()
                ? QStringLiteral("json")
                : req.queryValue(QStringLiteral("format")).toLower();
            if (!reports::ReportWriter::isFormat(format))
                return HttpResponse::error(Error::validation(QStringLiteral("Unknown report format '%1'; use %2.")
                                                                 .arg(format.left(20),
                                                                     reports::ReportWriter::formats().join(
                                                                         QStringLiteral(", "))),
                                               {{"field", "format"}}),
                    req.requestId);
            auto doc = audits.document(actorOf(req), req.param(QStringLiteral("id")));
            if (!doc)
                return HttpResponse::error(doc.error(), req.requestId);
            reports::ReportOptions options;
            options.client = services.settings().stringValue(QStringLiteral("report_client"));
            options.preparedBy = services.settings().stringValue(QStringLiteral("report_prepared_by"));
            auto body = reports::ReportWriter::render(*doc, format, options);
            if (!body)
                return HttpResponse::error(body.error(), req.requestId);
            return HttpResponse::attachment(std::move(*body), reports::ReportWriter::contentType(format),
                reports::ReportWriter::fileName(*doc, format));
        });
    report.queryParameters = {QStringLiteral("format")};
    router.add(std::move(report));
}

} // namespace assay::api
