// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QMap>
#include <QString>
#include <QUrlQuery>

#include <any>
#include <optional>

namespace assay::api {

// One HTTP request as handlers see it: copied out of QHttpServerRequest on the server thread
// so that it can travel to a worker thread. Header names are lower-case.
struct HttpRequest
{
    QString method; // GET, POST, …
    QString path; // decoded path without query
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress remoteAddress;
    QString requestId;
    QMap<QString, QString> pathParams;
    // Set by the authentication middleware (the auth module's Principal); empty when anonymous.
    std::any principal;

    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
    QString param(const QString& name) const { return pathParams.value(name); }
    QString queryValue(const QString& name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    QString contentType() const; // media type only, lower-case, without parameters
    QString userAgent() const { return QString::fromUtf8(header("user-agent")).left(512); }
};

// One response: status, headers and body bytes.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    static HttpResponse json(int status, const Json& body);
    static HttpResponse noContent();
    static HttpResponse bytes(int status, QByteArray body, const QByteArray& contentType);
    // A download with Content-Disposition: attachment; filename="…".
    static HttpResponse attachment(QByteArray body, const QByteArray& contentType, const QString& fileName);
    // SPEC §4 error envelope.
    static HttpResponse error(const Error& error, const QString& requestId);
};

QByteArray reasonPhrase(int status);

// Parses the request body as a JSON object: 415 unless the content type is JSON, 400 when malformed.
Result<Json> parseJsonBody(const HttpRequest& request, bool requireObject = true);

// Pagination of SPEC §4: ?page=1&limit=20 (limit 1..100), sort_by, sort_order=asc|desc.
struct PageRequest
{
    int page = 1;
    int limit = 20;
    QString sortBy;
    bool descending = true;
    int offset() const { return (page - 1) * limit; }
};
Result<PageRequest> parsePage(
    const HttpRequest& request, const QStringList& sortable = {}, const QString& defaultSort = {});
Json pageEnvelope(Json data, const PageRequest& page, qint64 totalItems);

} // namespace assay::api
