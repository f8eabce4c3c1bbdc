// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Categories.h"
#include "Corpus.h"
#include "Tokenizer.h"
#include "core/Json.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>

#include <array>
#include <vector>

namespace assay::scan {

using Scores = std::array<double, kCategoryCount>;

// Quality of a model on labelled sentences. Micro-averaged precision/recall/F1 over all
// (sentence, category) decisions; accuracy = share of sentences whose whole label set
// (including "no risk") is exactly right.
struct Evaluation
{
    int sentences = 0;
    double accuracy = 0;
    double precision = 0;
    double recall = 0;
    double f1Micro = 0;
    Scores f1PerCategory {};
    std::array<int, kCategoryCount> support {};
    Json toJson() const;
};

struct TrainOptions
{
    int iterations = 400; // full-batch Adam steps per category
    double l2 = 1e-4; // L2 penalty on the weights
    double learningRate = 0.05;
    int folds = 4; // cross-validation folds used to choose each category's threshold
    int minBigramDf = 2; // bigrams seen in fewer training sentences are dropped
};

// The local risk model (SPEC §8): TF-IDF over negation-aware unigrams and bigrams
// (Tokenizer), one-vs-rest L2 logistic regression per category, and a per-category decision
// threshold chosen by cross-validation; a sentence is a risk when any category passes its
// threshold. Trained at build time by assay-scan-trainer and retrained by ScanService::train().
// Immutable once built, so one instance is shared by every thread.
class RiskModel
{
public:
    struct Analysis
    {
        Scores probabilities {};
        unsigned labels = 0; // categories above their threshold
        std::vector<Token> tokens;
        std::vector<Feature> features;
        std::vector<std::pair<int, float>> vector; // vocabulary index, tf-idf weight
    };

    static RiskModel train(const Corpus& corpus, const TrainOptions& options = {});
    static Result<RiskModel> fromJson(const QByteArray& bytes);
    QByteArray toJson() const;

    bool isValid() const { return !m_idf.empty(); }
    int vocabularySize() const { return int(m_idf.size()); }
    int trainingSentences() const { return m_trainingSentences; }
    const Scores& thresholds() const { return m_thresholds; }

    Analysis analyze(const QString& sentence) const;
    unsigned predict(const QString& sentence) const { return analyze(sentence).labels; }

    // A short phrase of the sentence naming its risk for `category`: the span of words that
    // contribute most to that category's score, widened to include its negation cue.
    QString riskPhrase(const QString& sentence, const Analysis& analysis, int category) const;

    Evaluation evaluate(const Corpus& corpus) const;

    // Held-out figures recorded by the trainer, carried in the model file (may be null).
    Json metadata;

private:
    std::vector<std::pair<int, float>> vectorize(const std::vector<Feature>& features) const;
    double score(int category, const std::vector<std::pair<int, float>>& x) const;

    QHash<QString, int> m_vocabulary;
    std::vector<QString> m_terms;
    std::vector<float> m_idf;
    std::array<std::vector<float>, kCategoryCount> m_weights;
    Scores m_bias {};
    Scores m_thresholds {};
    int m_trainingSentences = 0;
};

} // namespace assay::scan
