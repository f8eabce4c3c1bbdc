// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace assay::scan {

// Hand-written word lists that tie words to a risk category (`#financial`, …), to risk
// language (`#risk`: may, could, delay, shortage…) or to reassurance (`#safe`: on track,
// approved, completed…). They are extra features next to the words themselves, so the model
// generalises to words that the corpus uses rarely or not at all ("surcharge", "lawsuit").
class Lexicon
{
public:
    // Lexicon features of one lower-case word (usually zero or one, sometimes two).
    static QStringList classesOf(const QString& word);
};

} // namespace assay::scan
