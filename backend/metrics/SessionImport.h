// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"
#include "core/Result.h"

#include <QDateTime>

#include <map>
#include <optional>
#include <vector>

namespace assay::metrics {

// One imported AI-assistant session (one line of a LiteLLM-style log, SPEC §9).
struct AiSession
{
    QString contentHash; // SHA-256 of the canonical JSON of the line
    QString sessionId;
    QDateTime startedAt;
    QString developerId;
    QString model;
    QString repo;
    std::optional<int> statusCode;
    std::optional<double> latencyMs;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 totalTokens = 0;
    std::optional<bool> accepted;
    std::optional<double> diffRatio;
    std::optional<qint64> acceptedLines;
    double cost = 0;
    Json raw;
};

// Price per million tokens, per model (resources/metrics/prices.json, overridden by the
// setting metrics_model_prices). Lookup: exact name, the name without a provider prefix,
// then the longest key the name starts with.
class PriceTable
{
public:
    struct Price
    {
        double inputPerMTok = 0;
        double outputPerMTok = 0;
    };
    static PriceTable builtIn();
    // Adds or replaces prices from `{model: {input, output}}`.
    void merge(const Json& overrides);
    std::optional<Price> find(const QString& model) const;
    // Input and output tokens at their prices; tokens reported only as a total are priced at
    // the mean of the two prices.
    double cost(const AiSession& s) const;

private:
    std::map<QString, Price> m_prices; // keys lower-case
};

// A rejected line of an import: 1-based line number (the CSV header is line 1) and why.
struct RejectedLine
{
    qint64 line = 0;
    QString reason;
};

struct ParsedSessions
{
    std::vector<std::pair<qint64, AiSession>> sessions; // with their line numbers
    std::vector<RejectedLine> rejected;
};

enum class ImportFormat
{
    Auto,
    JsonLines,
    Csv
};

// Parses JSON lines (objects in the LiteLLM shape with the aliases of SPEC §9) or CSV with a
// header row. Blank lines are skipped; every other bad line is rejected with its reason.
ParsedSessions parseSessions(const QByteArray& data, ImportFormat format, const PriceTable& prices);
// One JSON object → a session, or the reason it cannot be one.
Result<AiSession> sessionFromJson(const Json& line, const PriceTable& prices);

} // namespace assay::metrics
