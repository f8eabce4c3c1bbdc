// SPDX-License-Identifier: GPL-3.0-or-later
#include "Multipart.h"

namespace assay::api {

namespace {

QString headerParam(const QByteArray& header, const QByteArray& name)
{
    // name="value" or name=value, case-insensitive name.
    const QByteArray lower = header.toLower();
    qsizetype at = 0;
    while ((at = lower.indexOf(name + '=', at)) >= 0) {
        if (at > 0 && lower[at - 1] != ';' && lower[at - 1] != ' ') {
            at += name.size();
            continue;
        }
        qsizetype start = at + name.size() + 1;
        if (start < header.size() && header[start] == '"') {
            const qsizetype end = header.indexOf('"', start + 1);
            return QString::fromUtf8(header.mid(start + 1, end < 0 ? -1 : end - start - 1));
        }
        qsizetype end = header.indexOf(';', start);
        return QString::fromUtf8(header.mid(start, end < 0 ? -1 : end - start)).trimmed();
    }
    return {};
}

} // namespace

Result<std::vector<FormPart>> parseMultipart(const HttpRequest& request)
{
    const QByteArray contentType = request.header("content-type");
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return Error::unsupportedMediaType(QStringLiteral("Send multipart/form-data or application/json."));
    const QString boundary = headerParam(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 200)
        return Error::validation(QStringLiteral("The multipart body has no boundary."));
    const QByteArray delimiter = "--" + boundary.toUtf8();
    const QByteArray& body = request.body;
    std::vector<FormPart> parts;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return Error::validation(QStringLiteral("The multipart body is malformed (no boundary found)."));
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return Error::validation(QStringLiteral("The multipart body is malformed."));
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            return Error::validation(QStringLiteral("The multipart body is malformed (part headers)."));
        const QList<QByteArray> headers = body.mid(pos, headersEnd - pos).split('\n');
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0)
            return Error::validation(QStringLiteral("The multipart body is truncated."));
        FormPart part;
        for (const auto& raw : headers) {
            const QByteArray h = raw.trimmed();
            const qsizetype colon = h.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = h.left(colon).trimmed().toLower();
            const QByteArray value = h.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = headerParam(value, "name");
                part.fileName = headerParam(value, "filename");
            } else if (name == "content-type") {
                part.contentType = QString::fromLatin1(value).toLower();
            }
        }
        part.data = body.mid(dataStart, next - dataStart);
        if (parts.size() >= 64)
            return Error::validation(QStringLiteral("The multipart body has too many parts."));
        parts.push_back(std::move(part));
        pos = next + 2;
    }
    return parts;
}

const FormPart* findPart(const std::vector<FormPart>& parts, const QString& name)
{
    for (const auto& p : parts)
        if (p.name == name)
            return &p;
    return nullptr;
}

} // namespace assay::api
