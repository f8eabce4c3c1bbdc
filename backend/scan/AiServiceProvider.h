// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LlmProvider.h"

namespace assay::scan {

// The AI service of SPEC §8: `POST {ai_url}/scan` as multipart/form-data with a `file` (the
// uploaded document) or `text` part and `force_llm=true`, answering `{data, source}`.
class AiServiceProvider : public LlmProvider
{
public:
    explicit AiServiceProvider(ProviderConfig config);
    QString name() const override { return QStringLiteral("AI service"); }
    Result<ProviderAnswer> scan(const ProviderRequest& request) override;

    QUrl endpoint() const;

private:
    ProviderConfig m_config;
};

} // namespace assay::scan
