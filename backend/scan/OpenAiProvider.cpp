// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenAiProvider.h"

#include "Categories.h"
#include "SentenceSplitter.h"

#include <QNetworkRequest>
#include <QRegularExpression>

namespace assay::scan {

namespace {

constexpr qsizetype kChunkChars = 12000;

QStringList chunks(const QString& text)
{
    if (text.size() <= kChunkChars)
        return {text};
    QStringList out;
    QString current;
    for (const auto& s : SentenceSplitter::split(text)) {
        if (!current.isEmpty() && current.size() + s.text.size() + 1 > kChunkChars) {
            out << current;
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + s.text.left(kChunkChars);
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

} // namespace

OpenAiProvider::OpenAiProvider(ProviderConfig config)
    : m_config(std::move(config))
{ }

QUrl OpenAiProvider::endpoint() const
{
    QUrl url(m_config.url.trimmed());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/chat/completions")))
        path += path.endsWith(QLatin1String("/v1")) ? QStringLiteral("/chat/completions")
                                                    : QStringLiteral("/v1/chat/completions");
    url.setPath(path);
    return url;
}

QString OpenAiProvider::systemPrompt()
{
    return QStringLiteral(
        "You are a project risk analyst. Read the document the user sends and list every sentence that "
        "describes a project risk. Answer with JSON only, no prose, exactly in this shape: "
        "{\"data\": [{\"risk\": \"short phrase naming the risk, taken from the sentence\", "
        "\"category\": \"one of %1\", \"context\": \"the sentence, copied exactly\", "
        "\"confidence\": number between 0 and 1}]}. "
        "Use one item per risky sentence. Sentences that state there is no risk (for example \"there is no "
        "penalty\" or \"the project is not at risk\") are not risks. If the document has no risks, answer "
        "{\"data\": []}.")
        .arg(categoryList().join(QStringLiteral(", ")));
}

Result<Json> OpenAiProvider::parseContent(const QString& content, const QString& providerName)
{
    QString s = content.trimmed();
    static const QRegularExpression fence(
        QStringLiteral("^```[a-zA-Z]*\\s*(.*?)\\s*```$"), QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = fence.match(s); m.hasMatch())
        s = m.captured(1);
    const auto doc = json::parse(s.toUtf8());
    if (!doc)
        return Error::badGateway(QStringLiteral("The %1 did not answer with valid JSON.").arg(providerName));
    if (doc->is_array())
        return LlmProvider::validateItems(*doc, providerName);
    if (doc->is_object())
        for (const char* key : {"data", "risks"})
            if (doc->contains(key))
                return LlmProvider::validateItems(doc->at(key), providerName);
    return Error::badGateway(QStringLiteral("The %1 answered JSON without a `data` list.").arg(providerName));
}

Result<Json> OpenAiProvider::scanChunk(const QString& text)
{
    const Json body = {{"model", json::str(m_config.model)}, {"temperature", 0}, {"stream", false},
        {"response_format", {{"type", "json_object"}}},
        {"messages",
            Json::array({{{"role", "system"}, {"content", json::str(systemPrompt())}},
                {{"role", "user"}, {"content", json::str(text)}}})}};
    QNetworkRequest req(endpoint());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    req.setRawHeader("Accept", "application/json");
    if (!m_config.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    const auto reply = detail::post(req, json::dump(body), nullptr, m_config.timeoutSeconds);
    if (auto s = detail::checkReply(reply, name(), m_config.timeoutSeconds); !s)
        return s.error();
    const auto doc = json::parse(reply.body);
    if (!doc || !doc->is_object())
        return Error::badGateway(QStringLiteral("The %1 did not answer with valid JSON.").arg(name()));
    if (doc->contains("error"))
        return Error::badGateway(
            QStringLiteral("The %1 returned an error: %2").arg(name(), detail::peerMessage(reply.body)));
    const auto choices = doc->find("choices");
    if (choices == doc->end() || !choices->is_array() || choices->empty() || !(*choices)[0].is_object())
        return Error::badGateway(QStringLiteral("The %1 answered without any choices.").arg(name()));
    const Json& message = (*choices)[0].value("message", Json::object());
    if (!message.is_object() || !message.contains("content") || !message.at("content").is_string())
        return Error::badGateway(QStringLiteral("The %1 answered without message content.").arg(name()));
    return parseContent(json::qstr(message.at("content").get<std::string>()), name());
}

Result<ProviderAnswer> OpenAiProvider::scan(const ProviderRequest& request)
{
    ProviderAnswer answer;
    for (const auto& chunk : chunks(request.text)) {
        auto items = scanChunk(chunk);
        if (!items)
            return items.error();
        for (auto& item : *items)
            answer.items.push_back(std::move(item));
    }
    answer.source = QStringLiteral("llm");
    return answer;
}

} // namespace assay::scan
