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
    int iterations = 300; // full-batch Adam steps per category (stopping early regularises: docs/RISK_MODEL.md §5)
    double l2 = 3e-5; // L2 penalty on the weights
    double learningRate = 0.05;
    double maxPositiveWeight = 2; // positives weigh √(negatives/positives), at most this
    int folds = 4; // cross-validation folds used to choose each category's threshold
    int minBigramDf = 2; // bigrams seen in fewer training sentences are dropped
    bool gate = true; // train the "any risk" gate (see RiskModel)
    bool naiveBayes = true; // stack each regression with a naive Bayes model of the same features
    double nbAlpha = 0.2; // naive Bayes smoothing (added to every feature's tf-idf mass)
};

// The local risk model (SPEC §8): TF-IDF over negation-aware unigrams and bigrams
// (Tokenizer), one-vs-rest L2 logistic regression per category, each stacked with a naive Bayes
// model of the same features (the probability is a logistic function of the regression's logit
// and the naive Bayes score, fitted on out-of-fold values), a per-category decision threshold,
// and an "any risk" gate (stacked the same way): one more logistic regression, trained on risk against no
// risk, whose probability must reach its own threshold before any category is reported (it keeps
// neutral sentences full of topic words — "invoices go to accounts payable" — from being
// flagged). All thresholds are chosen by cross-validation on the training sentences. Trained at
// build time by assay-scan-trainer and retrained by ScanService::train().
// Immutable once built, so one instance is shared by every thread.
class RiskModel
{
public:
    struct Analysis
    {
        Scores probabilities {};
        double riskProbability = 1; // the gate's probability that the sentence states a risk
        unsigned labels = 0; // categories above their threshold (0 when the gate is closed)
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
    double gateThreshold() const { return m_gateThreshold; }
    double rescueThreshold() const { return m_rescueThreshold; }

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
    // The probability of a category (kCategoryCount: the gate).
    double score(int category, const std::vector<std::pair<int, float>>& x) const;

    QHash<QString, int> m_vocabulary;
    std::vector<QString> m_terms;
    std::vector<float> m_idf;
    std::array<std::vector<float>, kCategoryCount> m_weights;
    Scores m_bias {};
    Scores m_thresholds {};
    std::vector<float> m_gateWeights; // empty: no gate (a model file from an earlier version)
    double m_gateBias = 0;
    double m_gateThreshold = 0;
    double m_rescueThreshold = 2; // above 1: never
    int m_trainingSentences = 0;
    // Naive Bayes log-count ratios per category, then the gate's, and each one's stacking
    // weights (bias, regression logit, naive Bayes score). Empty: the regression alone (a model
    // file from an earlier version).
    std::array<std::vector<float>, kCategoryCount + 1> m_nb;
    std::array<std::array<double, 3>, kCategoryCount + 1> m_stack {};
};

} // namespace assay::scan
