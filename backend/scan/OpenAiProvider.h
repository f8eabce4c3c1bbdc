// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LlmProvider.h"

namespace assay::scan {

// Any OpenAI-compatible chat completions endpoint (OpenAI, Ollama, llama.cpp server, vLLM):
// the document text is sent with instructions to answer `{"data": [{risk, category, context,
// confidence}]}`; the answer is parsed strictly and validated. Long documents are sent in
// chunks of whole sentences so they fit a small model's context.
class OpenAiProvider : public LlmProvider
{
public:
    explicit OpenAiProvider(ProviderConfig config);
    QString name() const override { return QStringLiteral("OpenAI-compatible provider"); }
    Result<ProviderAnswer> scan(const ProviderRequest& request) override;

    QUrl endpoint() const;
    static QString systemPrompt();
    // The JSON inside a chat answer: plain, or wrapped in a ```json fence; `{data:[…]}` or a bare list.
    static Result<Json> parseContent(const QString& content, const QString& providerName);

private:
    Result<Json> scanChunk(const QString& text);
    ProviderConfig m_config;
};

} // namespace assay::scan
