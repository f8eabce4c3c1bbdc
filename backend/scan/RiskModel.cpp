// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskModel.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace assay::scan {

namespace {

using SparseRow = std::vector<std::pair<int, float>>;

double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}

struct Binary
{
    std::vector<float> w;
    double b = 0;
};

// One category's logistic regression, full-batch Adam on the weighted log-loss + L2.
Binary fitBinary(const std::vector<SparseRow>& X, const std::vector<char>& y, int dims, const TrainOptions& o)
{
    const size_t n = X.size();
    Binary model;
    model.w.assign(size_t(dims), 0.f);
    if (n == 0)
        return model;
    const double positives = double(std::count(y.begin(), y.end(), 1));
    const double posWeight = positives > 0
        ? std::clamp(std::sqrt((double(n) - positives) / positives), 1.0, std::max(o.maxPositiveWeight, 1.0))
        : 1.0;
    std::vector<double> w(size_t(dims), 0.0), m(size_t(dims), 0.0), v(size_t(dims), 0.0), g(size_t(dims), 0.0);
    double b = positives > 0 ? std::log(std::max(positives, 1.0) / std::max(double(n) - positives, 1.0)) : -4.0;
    double mb = 0, vb = 0;
    const double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
    for (int it = 1; it <= o.iterations; ++it) {
        for (size_t j = 0; j < size_t(dims); ++j)
            g[j] = o.l2 * w[j];
        double gb = 0;
        for (size_t i = 0; i < n; ++i) {
            double z = b;
            for (const auto& [j, x] : X[i])
                z += w[size_t(j)] * x;
            const double p = sigmoid(z);
            const double err = (p - double(y[i])) * (y[i] ? posWeight : 1.0) / double(n);
            for (const auto& [j, x] : X[i])
                g[size_t(j)] += err * x;
            gb += err;
        }
        const double c1 = 1 - std::pow(beta1, it), c2 = 1 - std::pow(beta2, it);
        for (size_t j = 0; j < size_t(dims); ++j) {
            m[j] = beta1 * m[j] + (1 - beta1) * g[j];
            v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j];
            w[j] -= o.learningRate * (m[j] / c1) / (std::sqrt(v[j] / c2) + eps);
        }
        mb = beta1 * mb + (1 - beta1) * gb;
        vb = beta2 * vb + (1 - beta2) * gb * gb;
        b -= o.learningRate * (mb / c1) / (std::sqrt(vb / c2) + eps);
    }
    for (size_t j = 0; j < size_t(dims); ++j)
        model.w[j] = float(w[j]);
    model.b = b;
    return model;
}

double predictBinary(const Binary& m, const SparseRow& x)
{
    double z = m.b;
    for (const auto& [j, v] : x)
        z += m.w[size_t(j)] * v;
    return sigmoid(z);
}

// Multinomial naive Bayes over the same tf-idf rows: a second, differently biased view of the
// words (every word's evidence counts in full, where the regression's weights are shrunk by early
// stopping and L2). score(x) = r·x with r_j = log(share of feature j in the positives' tf-idf
// mass) − log(share in the negatives'), each smoothed by alpha.
std::vector<float> fitNaiveBayes(const std::vector<SparseRow>& X, const std::vector<char>& y, int dims, double alpha)
{
    std::vector<double> pos(size_t(dims), alpha), neg(size_t(dims), alpha);
    for (size_t i = 0; i < X.size(); ++i)
        for (const auto& [j, x] : X[i])
            (y[i] ? pos : neg)[size_t(j)] += double(x);
    const double ps = std::accumulate(pos.begin(), pos.end(), 0.0), ns = std::accumulate(neg.begin(), neg.end(), 0.0);
    std::vector<float> r(static_cast<size_t>(dims));
    for (size_t j = 0; j < size_t(dims); ++j)
        r[j] = float(std::log(pos[j] / ps) - std::log(neg[j] / ns));
    return r;
}

double dot(const std::vector<float>& w, const SparseRow& x)
{
    double z = 0;
    for (const auto& [j, v] : x)
        z += double(w[size_t(j)]) * v;
    return z;
}

double logit(double p)
{
    p = std::clamp(p, 1e-6, 1 - 1e-6);
    return std::log(p / (1 - p));
}

using Stack = std::array<double, 3>;

double applyStack(const Stack& s, double regression, double naiveBayes)
{
    return sigmoid(s[0] + s[1] * logit(regression) + s[2] * naiveBayes);
}

// Stacking: p = σ(s0 + s1·logit(p_regression) + s2·score_nb), fitted by Newton's method on the
// out-of-fold values (three parameters, so the in-sample fit barely flatters them).
Stack fitStack(const std::vector<double>& regression, const std::vector<double>& naiveBayes, const std::vector<char>& y)
{
    Stack w {0, 1, 0};
    for (int it = 0; it < 30; ++it) {
        double h[3][4] = {{1e-6, 0, 0, 0}, {0, 1e-6, 0, 0}, {0, 0, 1e-6, 0}}; // Hessian | gradient
        for (size_t i = 0; i < y.size(); ++i) {
            const double f[3] = {1, logit(regression[i]), naiveBayes[i]};
            const double p = applyStack(w, regression[i], naiveBayes[i]);
            for (int a = 0; a < 3; ++a) {
                h[a][3] += (p - y[i]) * f[a];
                for (int b = 0; b < 3; ++b)
                    h[a][b] += p * (1 - p) * f[a] * f[b];
            }
        }
        // Newton step: solve H·d = g by Gauss-Jordan elimination with partial pivoting.
        for (int col = 0; col < 3; ++col) {
            int pivot = col;
            for (int r = col + 1; r < 3; ++r)
                if (std::abs(h[r][col]) > std::abs(h[pivot][col]))
                    pivot = r;
            if (std::abs(h[pivot][col]) < 1e-12)
                return w;
            std::swap(h[col], h[pivot]);
            for (int r = 0; r < 3; ++r)
                if (r != col) {
                    const double f = h[r][col] / h[col][col];
                    for (int k = col; k < 4; ++k)
                        h[r][k] -= f * h[col][k];
                }
        }
        double change = 0;
        for (int a = 0; a < 3; ++a) {
            const double d = h[a][3] / h[a][a];
            w[size_t(a)] -= d;
            change += std::abs(d);
        }
        if (change < 1e-9)
            break;
    }
    return w;
}

// The threshold with the best F1 for one category over out-of-fold probabilities.
double bestThreshold(const std::vector<double>& probs, const std::vector<char>& y)
{
    double best = 0.5, bestF1 = -1;
    for (int k = 20; k <= 80; k += 2) {
        const double t = k / 100.0;
        int tp = 0, fp = 0, fn = 0;
        for (size_t i = 0; i < probs.size(); ++i) {
            const bool p = probs[i] >= t;
            tp += p && y[i];
            fp += p && !y[i];
            fn += !p && y[i];
        }
        const double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        // Ties go to the threshold closest to 0.5 (the calibrated decision point).
        if (f1 > bestF1 + 1e-9 || (std::abs(f1 - bestF1) <= 1e-9 && std::abs(t - 0.5) < std::abs(best - 0.5))) {
            bestF1 = f1;
            best = t;
        }
    }
    return best;
}

// The decision rule shared by training (on out-of-fold probabilities) and RiskModel::analyze.
unsigned decide(const Scores& p, double risk, const Scores& thresholds, double gate, double rescue)
{
    if (risk < gate)
        return 0;
    unsigned labels = 0;
    int strongest = 0;
    for (int c = 0; c < kCategoryCount; ++c) {
        if (p[size_t(c)] >= thresholds[size_t(c)])
            labels |= 1u << c;
        if (p[size_t(c)] / thresholds[size_t(c)] > p[size_t(strongest)] / thresholds[size_t(strongest)])
            strongest = c;
    }
    if (labels == 0 && risk >= rescue)
        labels = 1u << strongest;
    return labels;
}

SparseRow makeRow(const std::vector<Feature>& features, const QHash<QString, int>& vocab, const std::vector<float>& idf)
{
    std::map<int, int> counts;
    for (const auto& f : features) {
        auto it = vocab.find(f.key);
        if (it != vocab.end())
            ++counts[*it];
    }
    SparseRow row;
    row.reserve(counts.size());
    double norm = 0;
    for (const auto& [j, c] : counts) {
        const double v = (1.0 + std::log(double(c))) * idf[size_t(j)];
        row.emplace_back(j, float(v));
        norm += v * v;
    }
    norm = std::sqrt(norm);
    if (norm > 0)
        for (auto& e : row)
            e.second = float(e.second / norm);
    return row;
}

} // namespace

Json Evaluation::toJson() const
{
    Json per = Json::object();
    for (int c = 0; c < kCategoryCount; ++c)
        per[json::str(categoryNames()[size_t(c)])]
            = {{"f1", std::round(f1PerCategory[size_t(c)] * 1e4) / 1e4}, {"support", support[size_t(c)]}};
    auto r4 = [](double v) { return std::round(v * 1e4) / 1e4; };
    return {{"sentences", sentences}, {"accuracy", r4(accuracy)}, {"precision", r4(precision)}, {"recall", r4(recall)},
        {"f1_micro", r4(f1Micro)}, {"per_category", per}};
}

RiskModel RiskModel::train(const Corpus& corpus, const TrainOptions& options)
{
    RiskModel model;
    const size_t n = corpus.size();
    model.m_trainingSentences = int(n);
    std::vector<std::vector<Feature>> feats(n);
    QHash<QString, int> df;
    for (size_t i = 0; i < n; ++i) {
        feats[i] = Tokenizer::features(Tokenizer::tokenize(corpus[i].text));
        QSet<QString> seen;
        for (const auto& f : feats[i])
            seen.insert(f.key);
        for (const auto& k : seen)
            ++df[k];
    }
    QStringList terms;
    for (auto it = df.cbegin(); it != df.cend(); ++it) {
        const bool bigram = it.key().contains(QLatin1Char(' '));
        if (!bigram || it.value() >= options.minBigramDf)
            terms << it.key();
    }
    terms.sort();
    for (const auto& t : terms) {
        model.m_vocabulary.insert(t, int(model.m_terms.size()));
        model.m_terms.push_back(t);
        model.m_idf.push_back(float(std::log((1.0 + double(n)) / (1.0 + double(df.value(t)))) + 1.0));
    }
    const int dims = int(model.m_terms.size());
    std::vector<SparseRow> X(n);
    for (size_t i = 0; i < n; ++i)
        X[i] = makeRow(feats[i], model.m_vocabulary, model.m_idf);

    // Targets: one column per category, and the gate's "any risk" as the last one.
    constexpr int kModels = kCategoryCount + 1;
    std::array<std::vector<char>, kModels> y;
    for (int c = 0; c < kModels; ++c) {
        y[size_t(c)].resize(n);
        for (size_t i = 0; i < n; ++i)
            y[size_t(c)][i] = c < kCategoryCount ? char((corpus[i].labels >> c) & 1u) : char(corpus[i].labels != 0);
    }
    // Out-of-fold probabilities choose the thresholds; the final weights use every sentence.
    std::array<std::vector<double>, kModels> oof;
    const int folds = n >= size_t(options.folds * 10) ? options.folds : 0;
    const int models = options.gate ? kModels : kCategoryCount;
    // With naive Bayes, the out-of-fold regression and naive Bayes values also fit each model's
    // stacking weights, and the thresholds are chosen on the stacked probabilities.
    const bool nb = options.naiveBayes && folds > 0;
    for (int c = 0; c < models; ++c) {
        oof[size_t(c)].assign(n, 0.0);
        std::vector<double> oofNb(n, 0.0);
        for (int f = 0; f < folds; ++f) {
            std::vector<SparseRow> trX;
            std::vector<char> trY;
            for (size_t i = 0; i < n; ++i)
                if (int(i % size_t(folds)) != f) {
                    trX.push_back(X[i]);
                    trY.push_back(y[size_t(c)][i]);
                }
            const Binary part = fitBinary(trX, trY, dims, options);
            const std::vector<float> partNb
                = nb ? fitNaiveBayes(trX, trY, dims, options.nbAlpha) : std::vector<float> {};
            for (size_t i = 0; i < n; ++i)
                if (int(i % size_t(folds)) == f) {
                    oof[size_t(c)][i] = predictBinary(part, X[i]);
                    if (nb)
                        oofNb[i] = dot(partNb, X[i]);
                }
        }
        Binary full = fitBinary(X, y[size_t(c)], dims, options);
        if (nb) {
            const Stack stack = fitStack(oof[size_t(c)], oofNb, y[size_t(c)]);
            for (size_t i = 0; i < n; ++i)
                oof[size_t(c)][i] = applyStack(stack, oof[size_t(c)][i], oofNb[i]);
            model.m_nb[size_t(c)] = fitNaiveBayes(X, y[size_t(c)], dims, options.nbAlpha);
            model.m_stack[size_t(c)] = stack;
        }
        if (c < kCategoryCount) {
            model.m_thresholds[size_t(c)] = folds > 0 ? bestThreshold(oof[size_t(c)], y[size_t(c)]) : 0.5;
            model.m_weights[size_t(c)] = std::move(full.w);
            model.m_bias[size_t(c)] = full.b;
        } else {
            model.m_gateWeights = std::move(full.w);
            model.m_gateBias = full.b;
        }
    }
    // The gate's thresholds, chosen together to maximise micro-F1 of the whole decision over
    // the out-of-fold probabilities: below `gate` no category is reported (0 leaves every
    // sentence to the categories); at or above `rescue`, a sentence none of whose categories
    // passes its threshold still gets its relatively strongest one (p / threshold), because
    // the gate is sure it states a risk (above 1: never). Ties go to the lower gate and the
    // higher rescue threshold.
    if (options.gate && folds > 0) {
        double bestF1 = -1;
        for (int r = 100; r >= 50; r -= 5) {
            for (int k = 0; k <= 80; k += 2) {
                const double t = k / 100.0, rescue = r == 100 ? 2.0 : r / 100.0;
                int tp = 0, fp = 0, fn = 0;
                for (size_t i = 0; i < n; ++i) {
                    Scores p {};
                    for (int c = 0; c < kCategoryCount; ++c)
                        p[size_t(c)] = oof[size_t(c)][i];
                    const unsigned labels = decide(p, oof[kCategoryCount][i], model.m_thresholds, t, rescue);
                    for (int c = 0; c < kCategoryCount; ++c) {
                        const bool predicted = (labels >> c) & 1u, truth = y[size_t(c)][i];
                        tp += predicted && truth;
                        fp += predicted && !truth;
                        fn += !predicted && truth;
                    }
                }
                const double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
                if (f1 > bestF1 + 1e-9) {
                    bestF1 = f1;
                    model.m_gateThreshold = t;
                    model.m_rescueThreshold = rescue;
                }
            }
        }
    } else if (!options.gate) {
        model.m_gateWeights.clear();
        model.m_nb[kCategoryCount].clear();
    }
    return model;
}

std::vector<std::pair<int, float>> RiskModel::vectorize(const std::vector<Feature>& features) const
{
    return makeRow(features, m_vocabulary, m_idf);
}

double RiskModel::score(int category, const std::vector<std::pair<int, float>>& x) const
{
    const bool gate = category == kCategoryCount;
    const double p = sigmoid(
        (gate ? m_gateBias : m_bias[size_t(category)]) + dot(gate ? m_gateWeights : m_weights[size_t(category)], x));
    const auto& nb = m_nb[size_t(category)];
    return nb.empty() ? p : applyStack(m_stack[size_t(category)], p, dot(nb, x));
}

RiskModel::Analysis RiskModel::analyze(const QString& sentence) const
{
    Analysis a;
    if (!isValid())
        return a;
    a.tokens = Tokenizer::tokenize(sentence);
    a.features = Tokenizer::features(a.tokens);
    a.vector = vectorize(a.features);
    if (!m_gateWeights.empty())
        a.riskProbability = score(kCategoryCount, a.vector);
    for (int c = 0; c < kCategoryCount; ++c)
        a.probabilities[size_t(c)] = score(c, a.vector);
    a.labels = m_gateWeights.empty()
        ? decide(a.probabilities, 1.0, m_thresholds, 0.0, 2.0)
        : decide(a.probabilities, a.riskProbability, m_thresholds, m_gateThreshold, m_rescueThreshold);
    return a;
}

QString RiskModel::riskPhrase(const QString& sentence, const Analysis& a, int category) const
{
    const auto& tokens = a.tokens;
    if (tokens.empty())
        return sentence.left(80);
    // Each token's share of the category's score.
    std::vector<double> contrib(tokens.size(), 0.0);
    std::map<int, float> x(a.vector.begin(), a.vector.end());
    const auto& w = m_weights[size_t(category)];
    for (const auto& f : a.features) {
        auto it = m_vocabulary.find(f.key);
        if (it == m_vocabulary.end())
            continue;
        const double c = double(w[size_t(*it)]) * x[*it];
        if (f.key.startsWith(QStringLiteral("#len:")) || f.key.startsWith(QStringLiteral("#nrisk:"))
            || f.key.startsWith(QStringLiteral("#nsafe:")))
            continue; // a property of the whole sentence, not of its words
        if (f.first == f.last) {
            contrib[size_t(f.first)] += c;
        } else {
            contrib[size_t(f.first)] += c / 2;
            contrib[size_t(f.last)] += c / 2;
        }
    }
    // Function words, auxiliaries and bare modals ("could", "does", "now") do not start or end a
    // phrase; a negation cue does not end one ("app does not" → "app does not work").
    static const QSet<QString> weak {QStringLiteral("may"), QStringLiteral("might"), QStringLiteral("could"),
        QStringLiteral("would"), QStringLiteral("will"), QStringLiteral("shall"), QStringLiteral("can"),
        QStringLiteral("must"), QStringLiteral("now"), QStringLiteral("very"), QStringLiteral("much"),
        QStringLiteral("likely"), QStringLiteral("if"), QStringLiteral("until"), QStringLiteral("currently"),
        QStringLiteral("does"), QStringLiteral("do"), QStringLiteral("did"), QStringLiteral("is"),
        QStringLiteral("are"), QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("has"),
        QStringLiteral("have"), QStringLiteral("had"), QStringLiteral("been"), QStringLiteral("keeps"),
        QStringLiteral("keep"), QStringLiteral("still"), QStringLiteral("also"), QStringLiteral("last"),
        QStringLiteral("next"), QStringLiteral("ago"), QStringLiteral("again"), QStringLiteral("soon"),
        QStringLiteral("already"), QStringLiteral("yet"), QStringLiteral("ever"), QStringLiteral("just"),
        QStringLiteral("even"), QStringLiteral("unless"), QStringLiteral("because"), QStringLiteral("when"),
        QStringLiteral("which"), QStringLiteral("while"), QStringLiteral("but")};
    static const QSet<QString> cues {QStringLiteral("no"), QStringLiteral("not"), QStringLiteral("never"),
        QStringLiteral("without"), QStringLiteral("nobody"), QStringLiteral("none"), QStringLiteral("nothing"),
        QStringLiteral("neither"), QStringLiteral("nor")};
    auto isWeak = [&](size_t k) { return tokens[k].stop || weak.contains(tokens[k].word); };
    auto isContent = [&](size_t k) { return !isWeak(k) && !cues.contains(tokens[k].key); };
    // The phrase is anchored on the strongest content word: a weak word can carry weight
    // ("until", "can") but makes a poor phrase on its own ("until the system").
    size_t best = 0;
    bool anchored = false;
    for (size_t i = 0; i < tokens.size(); ++i)
        if (!isWeak(i) && !cues.contains(tokens[i].key) && contrib[i] > 0
            && (!anchored || contrib[i] > contrib[best])) {
            best = i;
            anchored = true;
        }
    if (!anchored)
        for (size_t i = 1; i < tokens.size(); ++i)
            if (contrib[i] > contrib[best])
                best = i;
    if (contrib[best] <= 0) {
        // Nothing stands out: the opening words of the sentence.
        const qsizetype end = tokens[std::min<size_t>(tokens.size(), 6) - 1].end;
        return sentence.left(end).trimmed();
    }
    // The window around the best token (same clause, ≤ 8 words) with the highest sum of positive
    // contributions minus a length cost, so a phrase grows only with words that matter.
    const double cost = 0.15 * contrib[best];
    size_t bestA = best, bestB = best;
    double bestScore = -1e9;
    const int clause = tokens[best].clause;
    for (size_t a0 = best + 1; a0-- > 0;) {
        if (tokens[a0].clause != clause || best - a0 >= 8)
            break;
        for (size_t b0 = best; b0 < tokens.size() && tokens[b0].clause == clause && b0 - a0 < 8; ++b0) {
            double s = 0;
            for (size_t k = a0; k <= b0; ++k)
                s += std::max(contrib[k], 0.0) - (tokens[k].stop ? 0.0 : cost);
            if (s > bestScore) {
                bestScore = s;
                bestA = a0;
                bestB = b0;
            }
        }
    }
    while (bestA < bestB && isWeak(bestA))
        ++bestA;
    while (bestB > bestA && isWeak(bestB))
        --bestB;
    // The next content word in a direction within the clause, skipping weak words (-1 if none).
    auto nextContent = [&](size_t from, int dir) -> int {
        for (int k = int(from) + dir; k >= 0 && k < int(tokens.size()); k += dir) {
            if (tokens[size_t(k)].clause != clause)
                return -1;
            if (isContent(size_t(k)))
                return k;
        }
        return -1;
    };
    if (cues.contains(tokens[bestB].key)) {
        const int r = nextContent(bestB, +1);
        if (r >= 0)
            bestB = size_t(r);
    }
    // A lone content word reads better with its strongest neighbour ("penalty" → "late payment
    // penalty", "reputation" → "reputation could suffer").
    int content = 0;
    for (size_t k = bestA; k <= bestB; ++k)
        content += isContent(k);
    if (content < 2) {
        const int l = nextContent(bestA, -1), r = nextContent(bestB, +1);
        if (l >= 0 && (r < 0 || contrib[size_t(l)] > contrib[size_t(r)]))
            bestA = size_t(l);
        else if (r >= 0)
            bestB = size_t(r);
    }
    // Keep the negation cue with a negated phrase ("no contingency budget", "not been tested"),
    // within ten words: a longer one ends at the anchor ("nobody has checked whether the new
    // firmware is compatible"), or keeps its words without the cue when even that is too long.
    if (tokens[bestA].negated || tokens[bestB].negated) {
        for (size_t k = bestA; k-- > 0 && tokens[k].clause == clause && bestA - k <= 6;) {
            if (cues.contains(tokens[k].key)) {
                if (bestB - k < 10) {
                    bestA = k;
                } else if (best >= k && best - k < 10) {
                    bestA = k;
                    bestB = best;
                }
                break;
            }
        }
    }
    // An amount is not cut from its unit ("$2 million", "40 per cent").
    static const QSet<QString> units {QStringLiteral("million"), QStringLiteral("millions"), QStringLiteral("billion"),
        QStringLiteral("billions"), QStringLiteral("thousand"), QStringLiteral("m"), QStringLiteral("bn"),
        QStringLiteral("k")};
    if (bestB + 1 < tokens.size() && tokens[bestB + 1].clause == clause
        && tokens[bestB].key.startsWith(QLatin1Char('<')) && units.contains(tokens[bestB + 1].word))
        ++bestB;
    QString phrase = sentence.mid(tokens[bestA].start, tokens[bestB].end - tokens[bestA].start).simplified();
    return phrase;
}

Evaluation RiskModel::evaluate(const Corpus& corpus) const
{
    Evaluation e;
    std::array<int, kCategoryCount> tp {}, fp {}, fn {};
    int exact = 0;
    for (const auto& s : corpus) {
        const unsigned predicted = predict(s.text);
        exact += predicted == s.labels;
        for (int c = 0; c < kCategoryCount; ++c) {
            const bool p = (predicted >> c) & 1u, t = (s.labels >> c) & 1u;
            tp[size_t(c)] += p && t;
            fp[size_t(c)] += p && !t;
            fn[size_t(c)] += !p && t;
            e.support[size_t(c)] += t;
        }
    }
    const int TP = std::accumulate(tp.begin(), tp.end(), 0), FP = std::accumulate(fp.begin(), fp.end(), 0),
              FN = std::accumulate(fn.begin(), fn.end(), 0);
    e.sentences = int(corpus.size());
    e.accuracy = corpus.empty() ? 0 : double(exact) / double(corpus.size());
    e.precision = TP + FP == 0 ? 0 : double(TP) / (TP + FP);
    e.recall = TP + FN == 0 ? 0 : double(TP) / (TP + FN);
    e.f1Micro = TP == 0 ? 0 : 2.0 * TP / (2.0 * TP + FP + FN);
    for (int c = 0; c < kCategoryCount; ++c) {
        const int d = 2 * tp[size_t(c)] + fp[size_t(c)] + fn[size_t(c)];
        e.f1PerCategory[size_t(c)] = d == 0 ? 0 : 2.0 * tp[size_t(c)] / d;
    }
    return e;
}

QByteArray RiskModel::toJson() const
{
    Json vocab = Json::array(), idf = Json::array(), weights = Json::array();
    for (size_t j = 0; j < m_terms.size(); ++j) {
        vocab.push_back(json::str(m_terms[j]));
        idf.push_back(std::round(double(m_idf[j]) * 1e5) / 1e5);
    }
    for (int c = 0; c < kCategoryCount; ++c) {
        Json row = Json::array();
        for (float v : m_weights[size_t(c)])
            row.push_back(std::round(double(v) * 1e5) / 1e5);
        weights.push_back(std::move(row));
    }
    Json gate = nullptr;
    if (!m_gateWeights.empty()) {
        Json row = Json::array();
        for (float v : m_gateWeights)
            row.push_back(std::round(double(v) * 1e5) / 1e5);
        gate = {{"weights", std::move(row)}, {"bias", m_gateBias}, {"threshold", m_gateThreshold},
            {"rescue", m_rescueThreshold}};
    }
    // Naive Bayes rows: one per category, then the gate's (empty when trained without a gate).
    Json naiveBayes = nullptr;
    if (!m_nb[0].empty()) {
        Json rows = Json::array(), stacks = Json::array();
        for (size_t c = 0; c < m_nb.size(); ++c) {
            Json row = Json::array();
            for (float v : m_nb[c])
                row.push_back(std::round(double(v) * 1e4) / 1e4);
            rows.push_back(std::move(row));
            stacks.push_back(m_stack[c]);
        }
        naiveBayes = {{"weights", std::move(rows)}, {"stack", std::move(stacks)}};
    }
    Json doc = {{"format", "assay.risk-model/1"}, {"categories", json::toJson(categoryList())},
        {"training_sentences", m_trainingSentences}, {"vocabulary", std::move(vocab)}, {"idf", std::move(idf)},
        {"weights", std::move(weights)}, {"bias", m_bias}, {"thresholds", m_thresholds}, {"gate", gate},
        {"naive_bayes", naiveBayes}, {"metadata", metadata.is_null() ? Json::object() : metadata}};
    return json::dump(doc);
}

Result<RiskModel> RiskModel::fromJson(const QByteArray& bytes)
{
    const auto doc = json::parse(bytes);
    auto bad
        = [](const QString& why) { return Error::internal(QStringLiteral("The risk model is invalid: %1.").arg(why)); };
    if (!doc || !doc->is_object() || doc->value("format", "") != "assay.risk-model/1")
        return bad(QStringLiteral("unknown format"));
    if (json::toStringList(doc->value("categories", Json::array())) != categoryList())
        return bad(QStringLiteral("its categories differ from this version's"));
    try {
        RiskModel m;
        const auto& vocab = doc->at("vocabulary");
        const auto& idf = doc->at("idf");
        const auto& weights = doc->at("weights");
        if (!vocab.is_array() || !idf.is_array() || vocab.size() != idf.size() || weights.size() != kCategoryCount)
            return bad(QStringLiteral("mismatched sizes"));
        for (size_t j = 0; j < vocab.size(); ++j) {
            const QString term = json::qstr(vocab[j].get<std::string>());
            m.m_vocabulary.insert(term, int(j));
            m.m_terms.push_back(term);
            m.m_idf.push_back(idf[j].get<float>());
        }
        for (int c = 0; c < kCategoryCount; ++c) {
            const auto& row = weights[size_t(c)];
            if (row.size() != vocab.size())
                return bad(QStringLiteral("mismatched weight rows"));
            m.m_weights[size_t(c)].reserve(row.size());
            for (const auto& v : row)
                m.m_weights[size_t(c)].push_back(v.get<float>());
        }
        m.m_bias = doc->at("bias").get<Scores>();
        m.m_thresholds = doc->at("thresholds").get<Scores>();
        // Models saved before the gate existed have none: every sentence goes to the categories.
        if (const auto gate = doc->value("gate", Json()); gate.is_object()) {
            const auto& row = gate.at("weights");
            if (!row.is_array() || row.size() != vocab.size())
                return bad(QStringLiteral("mismatched gate weights"));
            for (const auto& v : row)
                m.m_gateWeights.push_back(v.get<float>());
            m.m_gateBias = gate.at("bias").get<double>();
            m.m_gateThreshold = gate.at("threshold").get<double>();
            m.m_rescueThreshold = gate.value("rescue", 2.0);
        }
        // Models saved before the naive Bayes stacking have none: the regression alone decides.
        if (const auto nb = doc->value("naive_bayes", Json()); nb.is_object()) {
            const auto& rows = nb.at("weights");
            const auto& stacks = nb.at("stack");
            if (!rows.is_array() || rows.size() != size_t(kCategoryCount + 1) || !stacks.is_array()
                || stacks.size() != rows.size())
                return bad(QStringLiteral("mismatched naive Bayes rows"));
            for (size_t c = 0; c < rows.size(); ++c) {
                if (rows[c].empty() && c == size_t(kCategoryCount) && m.m_gateWeights.empty())
                    continue;
                if (rows[c].size() != vocab.size())
                    return bad(QStringLiteral("mismatched naive Bayes weights"));
                for (const auto& v : rows[c])
                    m.m_nb[c].push_back(v.get<float>());
                m.m_stack[c] = stacks[c].get<std::array<double, 3>>();
            }
        }
        m.m_trainingSentences = doc->value("training_sentences", 0);
        m.metadata = doc->value("metadata", Json::object());
        return m;
    } catch (const Json::exception& e) {
        return bad(QString::fromUtf8(e.what()));
    }
}

} // namespace assay::scan
