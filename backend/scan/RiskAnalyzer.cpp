// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskAnalyzer.h"

#include "SentenceSplitter.h"

#include <algorithm>
#include <cmath>

namespace assay::scan {

Json RiskAnalyzer::analyze(const RiskModel& model, const QString& text)
{
    Json items = Json::array();
    for (const auto& sentence : SentenceSplitter::split(text)) {
        // Headings and table cells of one or two words carry no risk statement of their own.
        if (sentence.text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 3)
            continue;
        const auto analysis = model.analyze(sentence.text);
        if (analysis.labels == 0)
            continue;
        int best = -1;
        Json categories = Json::array();
        for (int c = 0; c < kCategoryCount; ++c) {
            if (!(analysis.labels & (1u << c)))
                continue;
            if (best < 0 || analysis.probabilities[size_t(c)] > analysis.probabilities[size_t(best)])
                best = c;
        }
        // Most probable first.
        std::vector<int> order;
        for (int c = 0; c < kCategoryCount; ++c)
            if (analysis.labels & (1u << c))
                order.push_back(c);
        std::sort(order.begin(), order.end(),
            [&](int a, int b) { return analysis.probabilities[size_t(a)] > analysis.probabilities[size_t(b)]; });
        for (int c : order)
            categories.push_back(json::str(categoryNames()[size_t(c)]));
        items.push_back({{"risk", json::str(model.riskPhrase(sentence.text, analysis, best))},
            {"category", json::str(categoryNames()[size_t(best)])}, {"categories", categories},
            {"context", json::str(sentence.text)},
            {"confidence", std::round(analysis.probabilities[size_t(best)] * 1000.0) / 1000.0}});
    }
    return items;
}

} // namespace assay::scan
