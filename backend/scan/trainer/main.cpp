// SPDX-License-Identifier: GPL-3.0-or-later
// assay-scan-trainer: the build-time host tool that trains the local risk model from the
// labelled corpus in resources/scan/. It holds out 20% of the corpus to measure the model,
// then trains the shipped model on every sentence and writes it (with the held-out figures)
// to the file that the build embeds as :/scan/risk-model.json.
#include "scan/Corpus.h"
#include "scan/RiskModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace assay;
using namespace assay::scan;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "assay-scan-trainer: %s\n", qPrintable(message));
    return 3;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trains Assay's local risk model from a labelled corpus."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("output"), QStringLiteral("Model file to write."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("metrics"), QStringLiteral("Held-out metrics (JSON) to write."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("evaluate"),
        QStringLiteral("Also score the shipped model on an independent labelled file and print it (repeatable)."),
        QStringLiteral("file")});
    parser.addOption({QStringLiteral("l2"), QStringLiteral("L2 penalty (default 3e-5)."), QStringLiteral("value")});
    parser.addOption(
        {QStringLiteral("iterations"), QStringLiteral("Optimiser steps (default 200)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("verbose"),
        QStringLiteral("With --evaluate, print the figures per category, every wrong prediction and the phrases.")});
    parser.addOption({QStringLiteral("no-gate"), QStringLiteral("Train without the \"any risk\" gate (comparison).")});
    parser.addOption({QStringLiteral("no-naive-bayes"),
        QStringLiteral("Train the regressions without their naive Bayes stacking (comparison).")});
    parser.addOption({QStringLiteral("dev"),
        QStringLiteral("Only print development figures for choosing settings: five-fold cross-validation over the "
                       "training portion (the held-out split is neither trained on nor scored).")});
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("Corpus .tsv files or directories."));
    parser.process(app);
    if (parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("output"))) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return 2;
    }

    Corpus corpus;
    QStringList files;
    for (const auto& arg : parser.positionalArguments()) {
        QFileInfo fi(arg);
        if (fi.isDir()) {
            for (const auto& name : QDir(arg).entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name))
                files << QDir(arg).filePath(name);
        } else {
            files << arg;
        }
    }
    for (const auto& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(path));
        auto part = parseCorpus(f.readAll(), QFileInfo(path).fileName());
        if (!part)
            return fail(part.error().message);
        corpus.insert(corpus.end(), part->begin(), part->end());
    }
    corpus = deduplicate(corpus);
    if (corpus.size() < 100)
        return fail(QStringLiteral("the corpus has only %1 sentences").arg(corpus.size()));

    TrainOptions options;
    if (parser.isSet(QStringLiteral("l2")))
        options.l2 = parser.value(QStringLiteral("l2")).toDouble();
    if (parser.isSet(QStringLiteral("iterations")))
        options.iterations = parser.value(QStringLiteral("iterations")).toInt();
    options.gate = !parser.isSet(QStringLiteral("no-gate"));
    options.naiveBayes = !parser.isSet(QStringLiteral("no-naive-bayes"));
    const Split split = holdOut(corpus, 0.2);
    if (parser.isSet(QStringLiteral("dev"))) {
        // Five-fold cross-validation over the training portion only (in the same hash order):
        // the held-out sentences are neither trained on nor scored.
        const Corpus ordered = holdOut(split.train, 0.0).train;
        constexpr int kDevFolds = 5;
        double sum = 0;
        for (int k = 0; k < kDevFolds; ++k) {
            Corpus train, test;
            for (size_t i = 0; i < ordered.size(); ++i)
                (int(i * kDevFolds / ordered.size()) == k ? test : train).push_back(ordered[i]);
            const RiskModel devModel = RiskModel::train(train, options);
            const Evaluation e = devModel.evaluate(test);
            std::printf("dev fold %d (%d sentences): micro-F1 %.3f, precision %.3f, recall %.3f, accuracy %.3f\n",
                k + 1, e.sentences, e.f1Micro, e.precision, e.recall, e.accuracy);
            sum += e.f1Micro;
            if (parser.isSet(QStringLiteral("verbose")))
                for (const auto& s : test) {
                    const auto a = devModel.analyze(s.text);
                    if (a.labels != s.labels)
                        std::printf("want [%s] got [%s] (risk %.2f): %s\n", qPrintable(labelsToString(s.labels)),
                            qPrintable(labelsToString(a.labels)), a.riskProbability, qPrintable(s.text));
                }
        }
        std::printf("dev: mean micro-F1 %.4f over %d folds of the %zu training sentences\n", sum / kDevFolds, kDevFolds,
            split.train.size());
        return 0;
    }
    const RiskModel heldOutModel = RiskModel::train(split.train, options);
    const Evaluation eval = heldOutModel.evaluate(split.test);

    RiskModel model = RiskModel::train(corpus, options);
    Json heldOut = eval.toJson();
    heldOut["train_sentences"] = split.train.size();
    model.metadata = {{"corpus_sentences", corpus.size()}, {"held_out", heldOut},
        {"trained_at", json::str(json::nowIso())}, {"origin", "shipped"}};

    QSaveFile out(parser.value(QStringLiteral("output")));
    if (!out.open(QIODevice::WriteOnly) || out.write(model.toJson()) < 0 || !out.commit())
        return fail(QStringLiteral("cannot write %1").arg(parser.value(QStringLiteral("output"))));
    if (parser.isSet(QStringLiteral("metrics"))) {
        QSaveFile m(parser.value(QStringLiteral("metrics")));
        if (!m.open(QIODevice::WriteOnly) || m.write(json::dump(heldOut, 2)) < 0 || !m.commit())
            return fail(QStringLiteral("cannot write %1").arg(parser.value(QStringLiteral("metrics"))));
    }
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    for (const auto& path : parser.values(QStringLiteral("evaluate"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(f.fileName()));
        auto extra = parseCorpus(f.readAll(), f.fileName());
        if (!extra)
            return fail(extra.error().message);
        const Evaluation e = model.evaluate(*extra);
        std::printf("%s: %d sentences, micro-F1 %.3f, precision %.3f, recall %.3f, accuracy %.3f\n",
            qPrintable(QFileInfo(path).fileName()), e.sentences, e.f1Micro, e.precision, e.recall, e.accuracy);
        if (!verbose)
            continue;
        std::printf("%s\n", json::dump(e.toJson(), 2).constData());
        for (const auto& s : *extra) {
            const auto a = model.analyze(s.text);
            if (a.labels != s.labels)
                std::printf("want [%s] got [%s] (risk %.2f): %s\n", qPrintable(labelsToString(s.labels)),
                    qPrintable(labelsToString(a.labels)), a.riskProbability, qPrintable(s.text));
        }
        for (const auto& s : *extra) {
            const auto a = model.analyze(s.text);
            for (int c = 0; c < kCategoryCount; ++c)
                if (a.labels & (1u << c))
                    std::printf("  %-11s %.2f  \"%s\"\n", qPrintable(categoryNames()[size_t(c)]),
                        a.probabilities[size_t(c)], qPrintable(model.riskPhrase(s.text, a, c)));
        }
    }
    std::printf("risk model: %zu sentences, %d features, gate %.2f, rescue %.2f; held-out (%d sentences): micro-F1 "
                "%.3f, precision %.3f, recall %.3f, accuracy %.3f\n",
        corpus.size(), model.vocabularySize(), model.gateThreshold(), model.rescueThreshold(), eval.sentences,
        eval.f1Micro, eval.precision, eval.recall, eval.accuracy);
    return 0;
}
