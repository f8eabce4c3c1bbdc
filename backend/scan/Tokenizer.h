// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace assay::scan {

// One word of a sentence with its span, its normalized feature key and negation scope.
struct Token
{
    QString word; // the lower-case word as written
    QString key; // stem, or <num> / <money> / <pct> / <year> / <cur>
    int start = 0; // span in the sentence, for drawing the risk phrase from the text
    int end = 0;
    int clause = 0; // index of the clause (punctuation and "but"/"unless"… separate clauses)
    bool stop = false; // function word: kept for spans, not a feature
    bool negated = false; // inside the scope of a negation cue ("no penalty", "not at risk")
};

// A feature of a sentence and the tokens it came from.
struct Feature
{
    QString key;
    int first = 0;
    int last = 0;
};

// Turns a sentence into tokens and features for the risk model: lower-cased light stems,
// numbers folded into classes, contractions expanded ("can't" → can not), negation scope
// marked from a cue to the end of its clause (at most four content words), and features =
// unigrams, bigrams of adjacent content words in a clause, the first five letters of long words
// ("~indem" for indemnity/indemnify), Lexicon classes ("#financial"), risk/reassurance and
// category pairs per clause ("#risk&#technical") and sentence-level classes (length, number of
// clauses with risk or reassurance language: "#len:5-8", "#nrisk:1", "#nsafe:0"). Inside a negation scope
// every feature is replaced by its negated form ("!penalty", "!no penalty", "!#financial"), so
// "no penalty" does not look like "penalty".
class Tokenizer
{
public:
    static std::vector<Token> tokenize(const QString& sentence);
    static std::vector<Feature> features(const std::vector<Token>& tokens);
    static QString stem(const QString& word);
    static bool isStopWord(const QString& word);
};

} // namespace assay::scan
