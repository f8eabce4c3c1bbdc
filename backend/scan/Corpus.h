// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace assay::scan {

// One labelled sentence: a bit mask over the categories (bit i = categoryNames()[i]); 0 = no risk.
struct LabelledSentence
{
    QString text;
    unsigned labels = 0;
};

using Corpus = std::vector<LabelledSentence>;

// Reads `labels<TAB>sentence` lines (labels comma-separated, empty = no risk, `#` comments).
// Unknown category names are an error naming the line, so a typo in the corpus fails the build.
Result<Corpus> parseCorpus(const QByteArray& tsv, const QString& sourceName);

// The corpus shipped in resources/scan/ (embedded as :/scan/corpus/*.tsv).
Result<Corpus> loadShippedCorpus();

// A deterministic split: sentences are ordered by a hash of their normalized text and the first
// `fraction` of them are held out, so the split does not depend on file order or platform.
struct Split
{
    Corpus train;
    Corpus test;
};
Split holdOut(const Corpus& corpus, double fraction = 0.2);

// Removes duplicate sentences (case-insensitive); a later entry replaces an earlier one, so
// user corrections appended after the shipped corpus win.
Corpus deduplicate(const Corpus& corpus);

QString labelsToString(unsigned labels);

} // namespace assay::scan
