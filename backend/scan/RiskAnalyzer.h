// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RiskModel.h"

namespace assay::scan {

// The local model's answer for a whole document: the text is split into sentences and every
// sentence the model finds risky becomes one item `{risk, category, categories, context,
// confidence}` — `category` is the most probable of the sentence's categories, `categories` all
// of them, `risk` a phrase drawn from the sentence (RiskModel::riskPhrase).
class RiskAnalyzer
{
public:
    static Json analyze(const RiskModel& model, const QString& text);
};

} // namespace assay::scan
