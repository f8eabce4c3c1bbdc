// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkRequest;
class QHttpMultiPart;

namespace assay::scan {

// What a provider is asked to scan: the extracted text, and the original file when there is one
// (the AI service receives the file itself, an OpenAI-compatible server receives the text).
struct ProviderRequest
{
    QString text;
    QString fileName;
    QByteArray fileBytes;
};

// Validated items `[{risk, category, context, confidence}]` and the source the peer reported.
struct ProviderAnswer
{
    Json items = Json::array();
    QString source = QStringLiteral("llm");
};

// Settings of the optional LLM path (SettingsStore keys ai_provider, ai_url, ai_model,
// ai_timeout_s; the key comes from the keychain/settings through ScanService).
struct ProviderConfig
{
    QString kind; // none | ai_service | openai
    QString url;
    QString model;
    int timeoutSeconds = 60;
    QString apiKey;
};

// An LLM risk provider (SPEC §8). Called on a worker thread; each call makes its own
// QNetworkAccessManager and waits in a local event loop bounded by the configured timeout.
// Errors: unreachable or timed out → Unavailable "AI_SERVICE_UNAVAILABLE" (503); the peer
// answered with an error → BadGateway with its message (502); an answer that is not the
// agreed JSON → BadGateway (502).
class LlmProvider
{
public:
    virtual ~LlmProvider() = default;
    virtual QString name() const = 0;
    virtual Result<ProviderAnswer> scan(const ProviderRequest& request) = 0;

    // nullptr when `config.kind` is "none" or empty; an error for an unusable configuration.
    static Result<std::unique_ptr<LlmProvider>> create(const ProviderConfig& config);

    // Strict check of a peer's items: an array of objects with a non-empty string `risk`, a string
    // `category` (mapped onto ours, unknown → Other), a string `context` and an optional number
    // `confidence` in [0,1] (a 0–100 percentage is scaled). Anything else is an error message.
    static Result<Json> validateItems(const Json& data, const QString& providerName);
};

namespace detail {

struct HttpReply
{
    int status = 0; // HTTP status, 0 when no response arrived
    QByteArray body;
    bool timedOut = false;
    QString networkError; // empty when the transport worked
};

// POSTs and waits (local QNetworkAccessManager + QEventLoop + timer). Exactly one of `body`
// or `multiPart` is used; `multiPart` is owned by the call.
HttpReply post(QNetworkRequest request, const QByteArray& body, QHttpMultiPart* multiPart, int timeoutSeconds);

// Turns a transport failure or an HTTP error into the errors described above (ok when 2xx).
Status checkReply(const HttpReply& reply, const QString& providerName, int timeoutSeconds);

// The peer's own error message from a JSON or text error body.
QString peerMessage(const QByteArray& body);

} // namespace detail

} // namespace assay::scan
