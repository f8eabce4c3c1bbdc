// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/Corpus.h"
#include "scan/RiskAnalyzer.h"
#include "scan/RiskModel.h"
#include "scan/SentenceSplitter.h"
#include "scan/Tokenizer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "TestUtil.h"

using namespace assay;
using namespace assay::scan;

// The local risk model: corpus, held-out quality (SPEC §8 target micro-F1 ≥ 0.85), sentence
// segmentation, negation-aware features, risk phrases and the model file format.
class TestRiskModel : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<RiskModel> m_shipped;

    static QStringList texts(const std::vector<Sentence>& sentences)
    {
        QStringList out;
        for (const auto& s : sentences)
            out << s.text;
        return out;
    }

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(":/scan/risk-model.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), "the build embeds the trained model");
        auto m = RiskModel::fromJson(f.readAll());
        ASSAY_VERIFY_OK(m);
        m_shipped = std::make_shared<RiskModel>(std::move(*m));
    }

    void corpusIsLargeVariedAndValid()
    {
        auto corpus = loadShippedCorpus();
        ASSAY_VERIFY_OK(corpus);
        QVERIFY2(corpus->size() >= 1500, qPrintable(QString::number(corpus->size())));
        std::array<int, kCategoryCount> perCategory {};
        int none = 0, multi = 0;
        for (const auto& s : *corpus) {
            none += s.labels == 0;
            multi += std::popcount(s.labels) > 1;
            for (int c = 0; c < kCategoryCount; ++c)
                perCategory[size_t(c)] += (s.labels >> c) & 1u;
        }
        QVERIFY(none >= 300);
        QVERIFY(multi >= 150);
        for (int c = 0; c < kCategoryCount; ++c)
            QVERIFY2(perCategory[size_t(c)] >= 100, qPrintable(categoryNames()[size_t(c)]));
    }

    void corpusParserRejectsUnknownCategories()
    {
        auto bad = parseCorpus("Finanical\tThe price may rise.\n", QStringLiteral("x.tsv"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("Finanical")));
        auto ok = parseCorpus(
            "# comment\n\tNo risk here.\nLegal,Financial\tWe may be sued for damages.\n", QStringLiteral("y.tsv"));
        ASSAY_VERIFY_OK(ok);
        QCOMPARE(ok->size(), size_t(2));
        QCOMPARE(ok->at(0).labels, 0u);
        QCOMPARE(labelsToString(ok->at(1).labels), QStringLiteral("Financial,Legal"));
    }

    // The figure reported in docs/RISK_MODEL.md: train on 80% of the shipped corpus, score the
    // other 20% (a deterministic hash split, so the two sets never share a sentence).
    void heldOutMicroF1MeetsTarget()
    {
        auto corpus = loadShippedCorpus();
        ASSAY_VERIFY_OK(corpus);
        const Split split = holdOut(*corpus, 0.2);
        QVERIFY(std::abs(double(split.test.size()) / double(corpus->size()) - 0.2) < 0.01);
        QSet<QString> train;
        for (const auto& s : split.train)
            train.insert(s.text.simplified().toLower());
        for (const auto& s : split.test)
            QVERIFY(!train.contains(s.text.simplified().toLower()));
        const RiskModel model = RiskModel::train(split.train);
        const Evaluation e = model.evaluate(split.test);
        qInfo("held-out: %d sentences, micro-F1 %.3f, precision %.3f, recall %.3f, exact-match accuracy %.3f",
            e.sentences, e.f1Micro, e.precision, e.recall, e.accuracy);
        QVERIFY2(e.f1Micro >= 0.85, qPrintable(QString::number(e.f1Micro)));
    }

    // Sentences written apart from the corpus, in other words and documents: a guard against a
    // model that only learned the corpus's phrasing (the shipped model never saw them).
    // independent.tsv: 105 single sentences; independent-2.tsv: 302 and independent-3.tsv: 313
    // sentences cut from short whole documents (headings, greetings and signature lines
    // included; independent-3 in other kinds of document and other domains). The floors are
    // regression guards well below the figures in docs/RISK_MODEL.md §5.
    void independentSentences_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minSentences");
        QTest::addColumn<double>("floor");
        QTest::newRow("independent") << QStringLiteral("independent.tsv") << 100 << 0.80;
        QTest::newRow("independent-2") << QStringLiteral("independent-2.tsv") << 200 << 0.70;
        QTest::newRow("independent-3") << QStringLiteral("independent-3.tsv") << 300 << 0.68;
    }

    void independentSentences()
    {
        QFETCH(QString, file);
        QFETCH(int, minSentences);
        QFETCH(double, floor);
        QFile f(QStringLiteral("%1/tests/scan/data/%2")
                    .arg(qEnvironmentVariable("ASSAY_SOURCE_DIR", QStringLiteral(ASSAY_TEST_SOURCE_DIR)), file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        auto set = parseCorpus(f.readAll(), file);
        ASSAY_VERIFY_OK(set);
        QVERIFY(int(set->size()) >= minSentences);
        auto corpus = loadShippedCorpus();
        ASSAY_VERIFY_OK(corpus);
        QSet<QString> seen;
        for (const auto& s : *corpus)
            seen.insert(s.text.simplified().toLower());
        for (const auto& s : *set)
            QVERIFY2(!seen.contains(s.text.simplified().toLower()), qPrintable(s.text)); // never trained on
        const Evaluation e = m_shipped->evaluate(*set);
        qInfo("%s: %d sentences, micro-F1 %.3f, precision %.3f, recall %.3f, exact-match accuracy %.3f",
            qPrintable(file), e.sentences, e.f1Micro, e.precision, e.recall, e.accuracy);
        QVERIFY2(e.f1Micro >= floor, qPrintable(QString::number(e.f1Micro)));
    }

    void sentenceSegmentation()
    {
        const QString text = QStringLiteral(
            "Payment is due within 30 days, i.e. by 1 Oct. The fee is $1.5 million, approx. 3.5% of the total. "
            "Dr. Smith of Acme Ltd. will review cl. 7.2 and No. 5 of the schedule. Is it late? Yes!\n"
            "Key risks:\n"
            "- Supplier may go bankrupt\n"
            "• The budget is not approved\n"
            "1. Testing starts in v2.0 of the plan\n"
            "(a) Permits are pending\n\n"
            "This paragraph is wrapped\nover two lines and mentions compli-\nance issues.\n\n"
            "Scope\nThe scope is defined in Annex A.");
        const QStringList s = texts(SentenceSplitter::split(text));
        const QStringList expected {
            QStringLiteral("Payment is due within 30 days, i.e. by 1 Oct."),
            QStringLiteral("The fee is $1.5 million, approx. 3.5% of the total."),
            QStringLiteral("Dr. Smith of Acme Ltd. will review cl. 7.2 and No. 5 of the schedule."),
            QStringLiteral("Is it late?"),
            QStringLiteral("Yes!"),
            QStringLiteral("Key risks:"),
            QStringLiteral("Supplier may go bankrupt"),
            QStringLiteral("The budget is not approved"),
            QStringLiteral("Testing starts in v2.0 of the plan"),
            QStringLiteral("Permits are pending"),
            QStringLiteral("This paragraph is wrapped over two lines and mentions compliance issues."),
            QStringLiteral("Scope"),
            QStringLiteral("The scope is defined in Annex A."),
        };
        QCOMPARE(s, expected);
    }

    // Abbreviations before capitals, initials, decimals and section numbers, ellipses, other
    // bullet glyphs (from word processors and PDFs), numbered headings and signature lines.
    void sentenceSegmentationHarderCases()
    {
        const QString text = QStringLiteral(
            "Payment of U.S. $2.5m is due on Jan. 15 under Sect. 4.2.1 of the contract. Mr. J. R. Ortiz signs for "
            "the Buyer, e.g. Acme Corp. and its affiliates. Costs rose... The budget is gone. Prices etc. are in "
            "Appendix B.\n"
            "2.1 Scope of services\n"
            "The supplier provides cleaning, catering etc.\n"
            "● Lead times are long\n"
            "■ Staff are leaving\n"
            "➢ The permit expires in May\n"
            "iv. The vendor may exit\n"
            "Kind regards,\n"
            "Ana");
        const QStringList s = texts(SentenceSplitter::split(text));
        const QStringList expected {
            QStringLiteral("Payment of U.S. $2.5m is due on Jan. 15 under Sect. 4.2.1 of the contract."),
            QStringLiteral("Mr. J. R. Ortiz signs for the Buyer, e.g. Acme Corp. and its affiliates."),
            QStringLiteral("Costs rose..."),
            QStringLiteral("The budget is gone."),
            QStringLiteral("Prices etc. are in Appendix B."),
            QStringLiteral("2.1 Scope of services"),
            QStringLiteral("The supplier provides cleaning, catering etc."),
            QStringLiteral("Lead times are long"),
            QStringLiteral("Staff are leaving"),
            QStringLiteral("The permit expires in May"),
            QStringLiteral("The vendor may exit"),
            QStringLiteral("Kind regards,"),
            QStringLiteral("Ana"),
        };
        QCOMPARE(s, expected);
    }

    void sentenceSpansPointIntoTheText()
    {
        const QString text = QStringLiteral("First sentence here. Second one follows!\n\n- A bullet item");
        const auto s = SentenceSplitter::split(text);
        QCOMPARE(s.size(), size_t(3));
        for (const auto& sentence : s)
            QCOMPARE(text.mid(sentence.start, sentence.end - sentence.start), sentence.text);
    }

    void negationIsMarkedInFeatures()
    {
        auto keys = [](const QString& s) {
            QStringList out;
            for (const auto& f : Tokenizer::features(Tokenizer::tokenize(s)))
                out << f.key;
            return out;
        };
        const QStringList neg = keys(QStringLiteral("There is no penalty for early repayment."));
        QVERIFY(neg.contains(QStringLiteral("!penalty"))); // negated words appear only negated
        QVERIFY(!neg.contains(QStringLiteral("penalty")));
        QVERIFY(neg.contains(QStringLiteral("!no penalty")));
        QVERIFY(neg.contains(QStringLiteral("!#financial"))); // lexicon class, negated too
        const QStringList pos = keys(QStringLiteral("A penalty applies for early repayment."));
        QVERIFY(pos.contains(QStringLiteral("penalty")));
        QVERIFY(!pos.contains(QStringLiteral("!penalty")));
        // Contractions and the end of the negation scope at a clause boundary.
        const QStringList contr = keys(QStringLiteral("The project isn't at risk, but costs are rising."));
        QVERIFY(contr.contains(QStringLiteral("!risk")));
        QVERIFY(contr.contains(QStringLiteral("cost")));
        QVERIFY(!contr.contains(QStringLiteral("!cost")));
        // Numbers are folded into classes.
        const QStringList nums = keys(QStringLiteral("A fee of $25,000 or 3.5% applies from 2027."));
        QVERIFY(nums.contains(QStringLiteral("<money>")));
        QVERIFY(nums.contains(QStringLiteral("<pct>")));
        QVERIFY(nums.contains(QStringLiteral("<year>")));
    }

    void negatedRisksAreNotRisks_data()
    {
        QTest::addColumn<QString>("risky");
        QTest::addColumn<QString>("safe");
        QTest::addColumn<QString>("category");
        QTest::newRow("penalty") << QStringLiteral("A penalty of 3% applies to any early repayment of the loan.")
                                 << QStringLiteral("There is no penalty for early repayment of the loan.")
                                 << QStringLiteral("Financial");
        QTest::newRow("schedule") << QStringLiteral("The migration is at risk of slipping by two weeks.")
                                  << QStringLiteral("The migration is not at risk and remains on schedule.")
                                  << QStringLiteral("Schedule");
        QTest::newRow("compliance") << QStringLiteral("The audit found that the process does not comply with GDPR.")
                                    << QStringLiteral("The audit found no compliance issues.")
                                    << QStringLiteral("Compliance");
    }

    void negatedRisksAreNotRisks()
    {
        QFETCH(QString, risky);
        QFETCH(QString, safe);
        QFETCH(QString, category);
        const unsigned riskyLabels = m_shipped->predict(risky);
        QVERIFY2(riskyLabels & (1u << categoryIndex(category)), qPrintable(labelsToString(riskyLabels)));
        QCOMPARE(labelsToString(m_shipped->predict(safe)), QString());
    }

    void analyzerGivesOneItemPerRiskySentence()
    {
        const QString text
            = QStringLiteral("This Agreement is made on 1 March between the Landlord and the Tenant. "
                             "The Tenant shall pay a late payment fee of 5% per month on overdue rent. "
                             "The kitchen was renovated last year. "
                             "The Landlord may terminate the lease without notice if any clause is breached. "
                             "There is no penalty for ending the lease after the first year.");
        const Json items = RiskAnalyzer::analyze(*m_shipped, text);
        QCOMPARE(int(items.size()), 2);
        for (const auto& item : items) {
            const QString risk = json::qstr(item.at("risk").get<std::string>());
            const QString context = json::qstr(item.at("context").get<std::string>());
            QVERIFY(text.contains(context));
            QVERIFY2(context.contains(risk), qPrintable(risk)); // drawn from the sentence
            QVERIFY(!risk.startsWith(QStringLiteral("Potential")));
            QVERIFY(risk.split(QLatin1Char(' ')).size() <= 12);
            const double confidence = item.at("confidence").get<double>();
            QVERIFY(confidence >= 0.0 && confidence <= 1.0);
            QVERIFY(categoryIndex(json::qstr(item.at("category").get<std::string>())) >= 0);
        }
        QVERIFY(json::qstr(items[0].at("context").get<std::string>()).contains(QStringLiteral("late payment fee")));
        QCOMPARE(json::qstr(items[0].at("category").get<std::string>()), QStringLiteral("Financial"));
        QVERIFY(json::qstr(items[0].at("risk").get<std::string>()).contains(QStringLiteral("fee")));
        QCOMPARE(json::qstr(items[1].at("category").get<std::string>()), QStringLiteral("Legal"));
        QVERIFY(
            RiskAnalyzer::analyze(*m_shipped, QStringLiteral("The meeting is on Tuesday. Lunch is provided.")).empty());
    }

    // Over every risky sentence of the three independent sets: the phrase is a short span of the
    // sentence that neither starts nor ends on a function word, modal or time adverb ("until the
    // system", "inspection last"), and does not cut an amount from its unit ("$2" of "$2 million").
    void riskPhrasesAreShortSpansOfTheSentence()
    {
        static const QSet<QString> weak {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
            QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("and"), QStringLiteral("or"),
            QStringLiteral("until"), QStringLiteral("unless"), QStringLiteral("last"), QStringLiteral("next"),
            QStringLiteral("may"), QStringLiteral("could"), QStringLiteral("will"), QStringLiteral("is"),
            QStringLiteral("are"), QStringLiteral("has"), QStringLiteral("been")};
        static const QRegularExpression cutAmount(QStringLiteral("\\d$"));
        int items = 0;
        for (const QString& file : {QStringLiteral("independent.tsv"), QStringLiteral("independent-2.tsv"),
                 QStringLiteral("independent-3.tsv")}) {
            QFile f(QStringLiteral("%1/tests/scan/data/%2")
                        .arg(qEnvironmentVariable("ASSAY_SOURCE_DIR", QStringLiteral(ASSAY_TEST_SOURCE_DIR)), file));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            auto set = parseCorpus(f.readAll(), file);
            ASSAY_VERIFY_OK(set);
            for (const auto& s : *set) {
                for (const auto& item : RiskAnalyzer::analyze(*m_shipped, s.text)) {
                    ++items;
                    const QString risk = json::qstr(item.at("risk").get<std::string>());
                    const QString context = json::qstr(item.at("context").get<std::string>());
                    QVERIFY2(context.contains(risk), qPrintable(risk + QStringLiteral(" | ") + context));
                    const QStringList words = risk.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                    QVERIFY2(!words.isEmpty() && words.size() <= 12, qPrintable(risk));
                    QVERIFY2(!weak.contains(words.first().toLower()), qPrintable(risk));
                    QVERIFY2(!weak.contains(words.last().toLower()), qPrintable(risk));
                    const qsizetype after = context.indexOf(risk) + risk.size();
                    if (cutAmount.match(risk).hasMatch())
                        QVERIFY2(!context.mid(after).startsWith(QStringLiteral(" million")), qPrintable(risk));
                }
            }
        }
        QVERIFY(items >= 100);
    }

    // The furniture of a real document (headings, dates, greetings, parties, definitions,
    // signature lines) and neutral lines full of topic words give no item; the one risk does.
    void neutralDocumentLinesAreNotRisks()
    {
        const QString text = QStringLiteral(
            "MAINTENANCE SERVICES AGREEMENT\n\n"
            "Dated 2 February 2027\n\n"
            "This Agreement is made between Corvan Facilities Ltd and the Westbrook Hospital Trust.\n\n"
            "1. Definitions\n"
            "\"Site\" means the hospital buildings listed in Schedule 2.\n\n"
            "2. Services\n"
            "The Contractor will service the lifts and boilers every quarter. Invoices are sent to the Trust's "
            "finance team at the end of each month. The Contractor shall pay a penalty of £5,000 for each day the "
            "main lift is out of service beyond 48 hours.\n\n"
            "Signed for and on behalf of the Trust\n"
            "Kind regards,\n"
            "Facilities Director");
        const Json items = RiskAnalyzer::analyze(*m_shipped, text);
        QStringList contexts;
        for (const auto& item : items)
            contexts << json::qstr(item.at("context").get<std::string>());
        QCOMPARE(contexts,
            QStringList {QStringLiteral("The Contractor shall pay a penalty of £5,000 for each day the main lift is out "
                                        "of service beyond 48 hours.")});
    }

    void modelFileRoundTrip()
    {
        const QByteArray bytes = m_shipped->toJson();
        auto again = RiskModel::fromJson(bytes);
        ASSAY_VERIFY_OK(again);
        QCOMPARE(again->vocabularySize(), m_shipped->vocabularySize());
        const QString s = QStringLiteral("The vendor may raise prices by 20% next year.");
        const auto a = m_shipped->analyze(s), b = again->analyze(s);
        for (int c = 0; c < kCategoryCount; ++c)
            QVERIFY(std::abs(a.probabilities[size_t(c)] - b.probabilities[size_t(c)]) < 1e-3);
        // The "any risk" gate travels with the model.
        QVERIFY(m_shipped->gateThreshold() > 0);
        QCOMPARE(again->gateThreshold(), m_shipped->gateThreshold());
        QCOMPARE(again->rescueThreshold(), m_shipped->rescueThreshold());
        QVERIFY(std::abs(a.riskProbability - b.riskProbability) < 1e-3);
        QCOMPARE(a.labels, b.labels);
        // A model saved before the gate existed (no "gate" member) still loads, without a gate.
        auto doc = json::parse(bytes);
        QVERIFY(doc && doc->contains("gate"));
        doc->erase("gate");
        auto legacy = RiskModel::fromJson(json::dump(*doc));
        ASSAY_VERIFY_OK(legacy);
        QCOMPARE(legacy->analyze(s).riskProbability, 1.0);
        for (int c = 0; c < kCategoryCount; ++c)
            QCOMPARE(bool(legacy->analyze(s).labels & (1u << c)),
                legacy->analyze(s).probabilities[size_t(c)] >= legacy->thresholds()[size_t(c)]);
        // So does one saved before the naive Bayes stacking (no "naive_bayes"): the regressions
        // alone then give the probabilities.
        auto stacked = json::parse(bytes);
        QVERIFY(stacked && stacked->contains("naive_bayes") && (*stacked)["naive_bayes"].is_object());
        stacked->erase("naive_bayes");
        auto plain = RiskModel::fromJson(json::dump(*stacked));
        ASSAY_VERIFY_OK(plain);
        const auto p = plain->analyze(s);
        QVERIFY(p.riskProbability > 0 && p.riskProbability < 1);
        bool differs = false;
        for (int c = 0; c < kCategoryCount; ++c)
            differs = differs || std::abs(p.probabilities[size_t(c)] - a.probabilities[size_t(c)]) > 1e-6;
        QVERIFY(differs);
        // A damaged naive Bayes member is rejected, not half-loaded.
        auto damaged = json::parse(bytes);
        (*damaged)["naive_bayes"]["weights"].erase(0);
        QVERIFY(!RiskModel::fromJson(json::dump(*damaged)).ok());
        QVERIFY(!RiskModel::fromJson("{\"format\":\"other\"}").ok());
        QVERIFY(!RiskModel::fromJson("not json").ok());
        // The trainer records its held-out figures in the shipped model.
        QVERIFY(m_shipped->metadata.contains("held_out"));
        QVERIFY(m_shipped->metadata["held_out"]["f1_micro"].get<double>() >= 0.85);
    }
};

QTEST_GUILESS_MAIN(TestRiskModel)
#include "TestRiskModel.moc"
