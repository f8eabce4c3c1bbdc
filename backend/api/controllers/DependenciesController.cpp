// SPDX-License-Identifier: GPL-3.0-or-later
#include "DependenciesController.h"

#include "api/ControllerSupport.h"
#include "api/Multipart.h"
#include "audit/deps/VulnDb.h"
#include "audit/jobs/AuditService.h"
#include "reports/ReportWriter.h"
#include "services/Services.h"

#include <QFileInfo>

namespace assay::api {

void DependenciesController::registerRoutes(Router& router, Services& services)
{
    Database* db = &services.database();
    audit::AuditService* audits = &services.audits();

    Route import = makeRoute("POST", "/api/v1/vulndb/import",
        "Import an OSV export (zip or tar of OSV JSON files, or one JSON file) for offline matching", "vulnerabilities",
        "admin", "admin", [db](HttpRequest& req) {
            Result<audit::deps::VulnDbImportSummary> summary = Error::internal(QStringLiteral("no import ran"));
            if (req.contentType() == QLatin1String("multipart/form-data")) {
                auto parts = parseMultipart(req);
                if (!parts)
                    return HttpResponse::error(parts.error(), req.requestId);
                const FormPart* file = findPart(*parts, QStringLiteral("file"));
                if (!file || file->data.isEmpty())
                    return HttpResponse::error(
                        Error::validation(
                            QStringLiteral("Send the OSV export as the 'file' field."), {{"field", "file"}}),
                        req.requestId);
                summary = audit::deps::VulnDb(*db).importData(
                    file->data, file->fileName.isEmpty() ? QStringLiteral("osv.zip") : file->fileName);
            } else {
                auto body = parseJsonBody(req);
                if (!body)
                    return HttpResponse::error(body.error(), req.requestId);
                const QString path = json::getString(*body, "path");
                if (path.isEmpty() || !QFileInfo(path).isAbsolute())
                    return HttpResponse::error(
                        Error::validation(
                            QStringLiteral("'path' must be the absolute path of an OSV export on the server."),
                            {{"field", "path"}}),
                        req.requestId);
                if (fromLan(req))
                    return HttpResponse::error(
                        Error::forbidden(QStringLiteral("Import by server path is allowed from this "
                                                        "computer only; upload the file instead.")),
                        req.requestId);
                summary = audit::deps::VulnDb(*db).importPath(path);
            }
            if (!summary)
                return HttpResponse::error(summary.error(), req.requestId);
            return HttpResponse::json(200, summary->toJson());
        });
    import.requestContentType = QStringLiteral("multipart/form-data, application/json");
    import.requestSchema = {{"type", "object"},
        { "properties",
            { {"file",
                  { {"type", "string"},
                      { "format",
                          "binary" } }},
                { "path",
                    { {"type", "string"},
                        { "description",
                            "Absolute path on the server (loopback only)" } } } } }};
    router.add(std::move(import));

    router.add(makeRoute("GET", "/api/v1/vulndb", "Advisories per ecosystem and the last import", "vulnerabilities",
        "viewer", "read:audits", [db](HttpRequest& req) {
            auto status = audit::deps::VulnDb(*db).status();
            if (!status)
                return HttpResponse::error(status.error(), req.requestId);
            return HttpResponse::json(200, status->toJson());
        }));

    Route sbom
        = makeRoute("GET", "/api/v1/audits/{id}/sbom", "SBOM of a completed audit (CycloneDX 1.5 or SPDX 2.3 JSON)",
            "audits", "viewer", "read:audits", [audits](HttpRequest& req) {
                QString format = req.queryValue(QStringLiteral("format")).toLower();
                if (format.isEmpty())
                    format = QStringLiteral("cyclonedx");
                if (format != QLatin1String("cyclonedx") && format != QLatin1String("spdx"))
                    return HttpResponse::error(
                        Error::validation(QStringLiteral("'format' must be cyclonedx or spdx."), {{"field", "format"}}),
                        req.requestId);
                auto doc = audits->document(actorOf(req), req.param(QStringLiteral("id")));
                if (!doc)
                    return HttpResponse::error(doc.error(), req.requestId);
                auto bytes = reports::ReportWriter::render(*doc, format, {});
                if (!bytes)
                    return HttpResponse::error(bytes.error(), req.requestId);
                return HttpResponse::attachment(
                    *bytes, reports::ReportWriter::contentType(format), reports::ReportWriter::fileName(*doc, format));
            });
    sbom.queryParameters = {QStringLiteral("format")};
    router.add(std::move(sbom));
}

} // namespace assay::api
