// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpTypes.h"

namespace assay::api {

QString HttpRequest::contentType() const
{
    const QByteArray raw = header("content-type");
    const int semicolon = raw.indexOf(';');
    return QString::fromLatin1(semicolon >= 0 ? raw.left(semicolon) : raw).trimmed().toLower();
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpResponse HttpResponse::json(int status, const Json& body)
{
    HttpResponse r;
    r.status = status;
    r.body = assay::json::dump(body);
    r.setHeader("Content-Type", "application/json");
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    return r;
}

HttpResponse HttpResponse::bytes(int status, QByteArray body, const QByteArray& contentType)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.setHeader("Content-Type", contentType);
    return r;
}

HttpResponse HttpResponse::attachment(QByteArray body, const QByteArray& contentType, const QString& fileName)
{
    HttpResponse r = bytes(200, std::move(body), contentType);
    QString safe = fileName;
    safe.replace(QLatin1Char('"'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    r.setHeader("Content-Disposition", "attachment; filename=\"" + safe.toUtf8() + "\"");
    return r;
}

HttpResponse HttpResponse::error(const Error& error, const QString& requestId)
{
    Json envelope = {{"error",
        {{"code", assay::json::str(error.code)}, {"message", assay::json::str(error.message)},
            {"details", error.details.is_object() ? error.details : Json::object()},
            {"request_id", assay::json::str(requestId)}}}};
    return json(Error::httpStatus(error.kind), envelope);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

Result<Json> parseJsonBody(const HttpRequest& request, bool requireObject)
{
    const QString type = request.contentType();
    if (!type.isEmpty() && type != QLatin1String("application/json") && !type.endsWith(QLatin1String("+json")))
        return Error::unsupportedMediaType(
            QStringLiteral("This endpoint takes application/json, not %1.").arg(type.left(100)));
    if (request.body.trimmed().isEmpty())
        return Error::validation(QStringLiteral("The request body is empty; a JSON object is expected."));
    auto parsed = assay::json::parse(request.body);
    if (!parsed)
        return Error::validation(QStringLiteral("The request body is not valid JSON."));
    if (requireObject && !parsed->is_object())
        return Error::validation(QStringLiteral("The request body must be a JSON object."));
    return std::move(*parsed);
}

Result<PageRequest> parsePage(const HttpRequest& request, const QStringList& sortable, const QString& defaultSort)
{
    PageRequest p;
    p.sortBy = defaultSort;
    auto number = [&](const QString& name, int& out, int min, int max) -> Status {
        if (!request.query.hasQueryItem(name))
            return {};
        bool ok = false;
        const qlonglong v = request.queryValue(name).toLongLong(&ok);
        if (!ok || v < min || v > max)
            return Error::validation(
                QStringLiteral("'%1' must be a whole number from %2 to %3.").arg(name).arg(min).arg(max),
                {{"field", assay::json::str(name)}});
        out = int(v);
        return {};
    };
    if (auto s = number(QStringLiteral("page"), p.page, 1, 1000000); !s)
        return s.error();
    if (auto s = number(QStringLiteral("limit"), p.limit, 1, 100); !s)
        return s.error();
    if (request.query.hasQueryItem(QStringLiteral("sort_by"))) {
        const QString by = request.queryValue(QStringLiteral("sort_by"));
        if (!sortable.contains(by))
            return Error::validation(
                QStringLiteral("'sort_by' must be one of: %1.").arg(sortable.join(QStringLiteral(", "))),
                {{"field", "sort_by"}});
        p.sortBy = by;
    }
    if (request.query.hasQueryItem(QStringLiteral("sort_order"))) {
        const QString order = request.queryValue(QStringLiteral("sort_order")).toLower();
        if (order != QLatin1String("asc") && order != QLatin1String("desc"))
            return Error::validation(QStringLiteral("'sort_order' must be asc or desc."), {{"field", "sort_order"}});
        p.descending = order == QLatin1String("desc");
    }
    return p;
}

Json pageEnvelope(Json data, const PageRequest& page, qint64 totalItems)
{
    return assay::json::pageEnvelope(std::move(data), page.page, page.limit, totalItems);
}

} // namespace assay::api
