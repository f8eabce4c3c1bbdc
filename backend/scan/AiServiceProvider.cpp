// SPDX-License-Identifier: GPL-3.0-or-later
#include "AiServiceProvider.h"

#include <QFileInfo>
#include <QHttpMultiPart>
#include <QNetworkRequest>

namespace assay::scan {

namespace {

QByteArray mimeFor(const QString& fileName)
{
    const QString s = QFileInfo(fileName).suffix().toLower();
    if (s == QLatin1String("pdf"))
        return "application/pdf";
    if (s == QLatin1String("docx"))
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    if (s == QLatin1String("html") || s == QLatin1String("htm"))
        return "text/html";
    if (s == QLatin1String("json"))
        return "application/json";
    if (s == QLatin1String("csv"))
        return "text/csv";
    if (s == QLatin1String("md"))
        return "text/markdown";
    return "text/plain; charset=utf-8";
}

QHttpPart formField(const QByteArray& name, const QByteArray& value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + "\""));
    part.setBody(value);
    return part;
}

} // namespace

AiServiceProvider::AiServiceProvider(ProviderConfig config)
    : m_config(std::move(config))
{ }

QUrl AiServiceProvider::endpoint() const
{
    QUrl url(m_config.url.trimmed());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/scan")))
        path += QStringLiteral("/scan");
    url.setPath(path);
    return url;
}

Result<ProviderAnswer> AiServiceProvider::scan(const ProviderRequest& request)
{
    auto* multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    if (!request.fileBytes.isEmpty()) {
        QHttpPart file;
        QString safeName = QFileInfo(request.fileName).fileName();
        safeName.remove(QLatin1Char('"'));
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
            QByteArray("form-data; name=\"file\"; filename=\"") + safeName.toUtf8() + '"');
        file.setHeader(QNetworkRequest::ContentTypeHeader, mimeFor(request.fileName));
        file.setBody(request.fileBytes);
        multi->append(file);
    } else {
        multi->append(formField("text", request.text.toUtf8()));
    }
    multi->append(formField("force_llm", "true"));

    QNetworkRequest req(endpoint());
    req.setRawHeader("Accept", "application/json");
    if (!m_config.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    const auto reply = detail::post(req, {}, multi, m_config.timeoutSeconds);
    if (auto s = detail::checkReply(reply, name(), m_config.timeoutSeconds); !s)
        return s.error();

    const auto doc = json::parse(reply.body);
    if (!doc || !doc->is_object() || !doc->contains("data"))
        return Error::badGateway(
            QStringLiteral("The AI service answered with something other than {data, source} JSON."));
    auto items = validateItems(doc->at("data"), name());
    if (!items)
        return items.error();
    ProviderAnswer answer;
    answer.items = std::move(*items);
    const QString source = json::getString(*doc, "source");
    answer.source = source == QLatin1String("model") ? source : QStringLiteral("llm");
    return answer;
}

} // namespace assay::scan
