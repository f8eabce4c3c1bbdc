// SPDX-License-Identifier: GPL-3.0-or-later
#include "LlmProvider.h"

#include "AiServiceProvider.h"
#include "Categories.h"
#include "OpenAiProvider.h"
#include "core/Logging.h"

#include <QEventLoop>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cmath>

namespace assay::scan {

Result<std::unique_ptr<LlmProvider>> LlmProvider::create(const ProviderConfig& config)
{
    const QString kind = config.kind.trimmed().toLower();
    if (kind.isEmpty() || kind == QLatin1String("none"))
        return std::unique_ptr<LlmProvider>();
    const QUrl url(config.url.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        return Error::unavailable(
            QStringLiteral("The AI provider URL '%1' is not a valid http(s) URL; check the ai_url setting.")
                .arg(config.url),
            QStringLiteral("AI_SERVICE_UNAVAILABLE"));
    if (kind == QLatin1String("ai_service"))
        return std::unique_ptr<LlmProvider>(new AiServiceProvider(config));
    if (kind == QLatin1String("openai")) {
        if (config.model.trimmed().isEmpty())
            return Error::unavailable(
                QStringLiteral("The OpenAI-compatible provider needs a model name; set ai_model."),
                QStringLiteral("AI_SERVICE_UNAVAILABLE"));
        return std::unique_ptr<LlmProvider>(new OpenAiProvider(config));
    }
    return Error::unavailable(
        QStringLiteral("Unknown AI provider '%1'.").arg(config.kind), QStringLiteral("AI_SERVICE_UNAVAILABLE"));
}

Result<Json> LlmProvider::validateItems(const Json& data, const QString& providerName)
{
    auto bad = [&](const QString& why) {
        return Error::badGateway(QStringLiteral("The %1 answered with malformed risks: %2.").arg(providerName, why));
    };
    if (!data.is_array())
        return bad(QStringLiteral("`data` is not a list"));
    Json out = Json::array();
    for (size_t i = 0; i < data.size(); ++i) {
        const Json& item = data[i];
        const QString where = QStringLiteral("item %1").arg(i + 1);
        if (!item.is_object())
            return bad(where + QStringLiteral(" is not an object"));
        const auto risk = item.find("risk");
        const auto category = item.find("category");
        const auto context = item.find("context");
        if (risk == item.end() || !risk->is_string() || json::qstr(risk->get<std::string>()).trimmed().isEmpty())
            return bad(where + QStringLiteral(" has no `risk` text"));
        if (category == item.end() || !category->is_string())
            return bad(where + QStringLiteral(" has no `category`"));
        if (context != item.end() && !context->is_string() && !context->is_null())
            return bad(where + QStringLiteral(" has a `context` that is not text"));
        Json confidence = nullptr;
        if (const auto c = item.find("confidence"); c != item.end() && !c->is_null()) {
            if (!c->is_number())
                return bad(where + QStringLiteral(" has a `confidence` that is not a number"));
            double v = c->get<double>();
            if (v > 1.0 && v <= 100.0)
                v /= 100.0;
            if (!std::isfinite(v) || v < 0.0 || v > 1.0)
                return bad(where + QStringLiteral(" has a `confidence` outside 0–1"));
            confidence = std::round(v * 1000.0) / 1000.0;
        }
        const QString riskText = json::qstr(risk->get<std::string>()).simplified().left(500);
        const QString contextText = context != item.end() && context->is_string()
            ? json::qstr(context->get<std::string>()).simplified()
            : QString();
        const QString cat = normalizeCategory(json::qstr(category->get<std::string>()));
        out.push_back(
            {{"risk", json::str(riskText)}, {"category", json::str(cat)}, {"categories", Json::array({json::str(cat)})},
                {"context", json::str(contextText.left(4000))}, {"confidence", confidence}});
    }
    return out;
}

namespace detail {

HttpReply post(QNetworkRequest request, const QByteArray& body, QHttpMultiPart* multiPart, int timeoutSeconds)
{
    HttpReply out;
    QNetworkAccessManager nam;
    nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(0);
    QNetworkReply* reply = multiPart ? nam.post(request, multiPart) : nam.post(request, body);
    if (multiPart)
        multiPart->setParent(reply);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        out.timedOut = true;
        reply->abort();
    });
    timer.start(std::max(1, timeoutSeconds) * 1000);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!out.timedOut)
        out.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    delete reply;
    return out;
}

QString peerMessage(const QByteArray& body)
{
    if (auto doc = json::parse(body)) {
        const Json& d = *doc;
        if (d.is_object()) {
            if (auto e = d.find("error"); e != d.end()) {
                if (e->is_string())
                    return json::qstr(e->get<std::string>());
                if (e->is_object()) {
                    const QString m = json::getString(*e, "message");
                    if (!m.isEmpty())
                        return m;
                }
            }
            for (const char* key : {"detail", "message", "msg"}) {
                const QString m = json::getString(d, key);
                if (!m.isEmpty())
                    return m;
            }
        }
    }
    return QString::fromUtf8(body).simplified().left(300);
}

Status checkReply(const HttpReply& reply, const QString& providerName, int timeoutSeconds)
{
    const QString unavailable = QStringLiteral("AI_SERVICE_UNAVAILABLE");
    if (reply.timedOut)
        return Error::unavailable(
            QStringLiteral("The %1 did not answer within %2 seconds.").arg(providerName).arg(timeoutSeconds),
            unavailable);
    if (reply.status == 0)
        return Error::unavailable(
            QStringLiteral("The %1 cannot be reached: %2.").arg(providerName, reply.networkError), unavailable);
    if (reply.status < 200 || reply.status >= 300) {
        const QString msg = peerMessage(reply.body);
        qCWarning(lcScan) << providerName << "answered HTTP" << reply.status;
        return Error::badGateway(QStringLiteral("The %1 returned an error (HTTP %2): %3")
                                     .arg(providerName)
                                     .arg(reply.status)
                                     .arg(msg.isEmpty() ? QStringLiteral("no message") : msg));
    }
    return {};
}

} // namespace detail

} // namespace assay::scan
