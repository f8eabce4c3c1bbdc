// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/licenses/SpdxExpression.h"

#include <QTest>

#include <algorithm>

#include "TestUtil.h"

using namespace assay::licenses;

// SPDX expression grammar and normalisation: canonical case, `+`, deprecated ids, WITH, precedence.
class TestSpdxExpression : public QObject
{
    Q_OBJECT
private slots:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("simple") << "MIT"
                                << "MIT";
        QTest::newRow("case") << "apache-2.0"
                              << "Apache-2.0";
        QTest::newRow("gpl plus") << "GPL-2.0+"
                                  << "GPL-2.0-or-later";
        QTest::newRow("bare gpl is only") << "GPL-2.0"
                                          << "GPL-2.0-only";
        QTest::newRow("lgpl plus lower") << "lgpl-2.1+"
                                         << "LGPL-2.1-or-later";
        QTest::newRow("or-later kept") << "GPL-3.0-or-later"
                                       << "GPL-3.0-or-later";
        QTest::newRow("only plus") << "GPL-2.0-only+"
                                   << "GPL-2.0-or-later";
        QTest::newRow("non-gnu plus") << "MPL-1.1+"
                                      << "MPL-1.1+";
        QTest::newRow("deprecated with") << "GPL-2.0-with-classpath-exception"
                                         << "GPL-2.0-only WITH Classpath-exception-2.0";
        QTest::newRow("deprecated ecos") << "eCos-2.0"
                                         << "GPL-2.0-or-later WITH eCos-exception-2.0";
        QTest::newRow("with") << "gpl-2.0+ with classpath-exception-2.0"
                              << "GPL-2.0-or-later WITH Classpath-exception-2.0";
        QTest::newRow("and or precedence") << "MIT AND (Apache-2.0 OR BSD-3-Clause)"
                                           << "MIT AND (Apache-2.0 OR BSD-3-Clause)";
        QTest::newRow("or of ands") << "MIT AND ISC OR Zlib"
                                    << "MIT AND ISC OR Zlib";
        QTest::newRow("redundant parens") << "((MIT))"
                                          << "MIT";
        QTest::newRow("flatten") << "MIT OR (ISC OR Zlib)"
                                 << "MIT OR ISC OR Zlib";
        QTest::newRow("duplicates") << "MIT AND MIT"
                                    << "MIT";
        QTest::newRow("licenseref") << "licenseref-Acme-Proprietary"
                                    << "LicenseRef-Acme-Proprietary";
        QTest::newRow("slash is or (lenient)") << "MIT/Apache-2.0"
                                               << "MIT OR Apache-2.0";
        QTest::newRow("lower operators (lenient)") << "mit or apache-2.0"
                                                   << "MIT OR Apache-2.0";
        QTest::newRow("doubled plus") << "GPL-2.0++"
                                      << "GPL-2.0-or-later";
        QTest::newRow("documentref") << "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2"
                                     << "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2";
    }
    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto e = SpdxExpression::parse(input);
        ASSAY_VERIFY_OK(e);
        QCOMPARE(e->toString(), expected);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("dangling and") << "MIT AND";
        QTest::newRow("unbalanced") << "(MIT OR ISC";
        QTest::newRow("stray close") << "MIT)";
        QTest::newRow("with without exception") << "GPL-2.0 WITH";
        QTest::newRow("operator first") << "OR MIT";
        QTest::newRow("bad characters") << "MIT; rm -rf";
        QTest::newRow("with after a combination") << "(MIT AND ISC) WITH Classpath-exception-2.0"; // fuzzing
    }
    void rejectsMalformed()
    {
        QFETCH(QString, input);
        QVERIFY(!SpdxExpression::parse(input).ok());
    }

    void strictRejectsUnknownIds()
    {
        QVERIFY(!SpdxExpression::parse(QStringLiteral("Foo-1.0"), true).ok());
        QVERIFY(!SpdxExpression::parse(QStringLiteral("MIT WITH Not-An-Exception"), true).ok());
        QVERIFY(!SpdxExpression::parse(QStringLiteral("mit or apache-2.0"), true).ok()); // operators must be upper case
        auto lenient = SpdxExpression::parse(QStringLiteral("Foo-1.0 OR MIT"));
        ASSAY_VERIFY_OK(lenient);
        QCOMPARE(lenient->toString(), QStringLiteral("Foo-1.0 OR MIT"));
    }

    void listsIds()
    {
        auto e = SpdxExpression::parse(QStringLiteral("(CDDL-1.1 OR GPL-2.0 WITH Classpath-exception-2.0) AND MIT"));
        ASSAY_VERIFY_OK(e);
        QCOMPARE(e->licenseIds(),
            (QStringList {QStringLiteral("CDDL-1.1"), QStringLiteral("GPL-2.0-only"), QStringLiteral("MIT")}));
        QCOMPARE(e->exceptionIds(), QStringList {QStringLiteral("Classpath-exception-2.0")});
        QCOMPARE(e->toString(), QStringLiteral("(CDDL-1.1 OR GPL-2.0-only WITH Classpath-exception-2.0) AND MIT"));
    }

    // Found by tests/fuzz/fuzz_spdx (the inputs are kept in tests/fuzz/corpus/spdx).
    void hostileInputs()
    {
        // A DocumentRef without ":LicenseRef-…" threw std::out_of_range (a crash of the audit).
        auto docRef = SpdxExpression::parse(QStringLiteral("DocumentRef-x:y"));
        ASSAY_VERIFY_OK(docRef);
        QCOMPARE(docRef->toString(), QStringLiteral("DocumentRef-x:y"));
        QVERIFY(SpdxExpression::parse(QStringLiteral("MIT AND DocumentRef-:"), false).ok());
        // Parentheses nested a hundred thousand deep overflowed the stack; now an error.
        const QString deep
            = QString(100000, QLatin1Char('(')) + QStringLiteral("MIT") + QString(100000, QLatin1Char(')'));
        QVERIFY(!SpdxExpression::parse(deep).ok());
        const QString fine = QString(60, QLatin1Char('(')) + QStringLiteral("MIT") + QString(60, QLatin1Char(')'));
        ASSAY_VERIFY_OK(SpdxExpression::parse(fine));
        // The canonical form parses again to itself.
        for (const char* text : {"(GPL-2.0++ WITH Classp/ath-exception-2.0) AND BSD-3-Clause", "GPL-2.0+++",
                 "(MIT WITH x) WITH y", "(MIT) WITH Classpath-exception-2.0", "LicenseRef-a+ OR MIT",
                 "eCos-2.0 WITH Classpath-exception-2.0", "++"}) {
            auto e = SpdxExpression::parse(QString::fromLatin1(text));
            ASSAY_VERIFY_OK(e);
            auto again = SpdxExpression::parse(e->toString());
            ASSAY_VERIFY_OK(again);
            QCOMPARE(again->toString(), e->toString());
        }
    }

    void normalizeIdAndCombine()
    {
        QCOMPARE(SpdxExpression::normalizeId(QStringLiteral("gpl-3.0+")), QStringLiteral("GPL-3.0-or-later"));
        QVERIFY(SpdxExpression::normalizeId(QStringLiteral("No-Such-License")).isEmpty());
        QCOMPARE(SpdxExpression::combineAnd(
                     {QStringLiteral("MIT"), QStringLiteral("Apache-2.0 OR MIT"), QStringLiteral("MIT")}),
            QStringLiteral("MIT AND (Apache-2.0 OR MIT)"));
        QCOMPARE(
            SpdxExpression::combineAnd({QStringLiteral("Apache-2.0 OR MIT")}), QStringLiteral("Apache-2.0 OR MIT"));
    }

    // One token for both parses: then the lenient parse names a known license only when the strict
    // one takes the text too (PackageMetadata::fromName relies on it to skip the lenient parse).
    void oneToken()
    {
        for (const char* text : {"MIT", "gpl-2.0+", "GPL-2.0++", "LicenseRef-x", "caf\u00e9", "blob", "12345", "AND",
                 "MIT+", "\u00a0MIT"}) {
            const QString t = QString::fromUtf8(text);
            QVERIFY2(SpdxExpression::isOneToken(t), text);
            const auto lenient = SpdxExpression::parse(t, false);
            const QStringList ids = lenient ? lenient->licenseIds() : QStringList();
            const bool lenientKnown = lenient && std::all_of(ids.begin(), ids.end(), [](const QString& id) {
                return id.startsWith(QLatin1String("LicenseRef-")) || !SpdxExpression::normalizeId(id).isEmpty();
            });
            QVERIFY2(lenientKnown == bool(SpdxExpression::parse(t, true)), text);
        }
        for (const char* text : {"MIT OR Apache-2.0", "MIT/Apache-2.0", "(MIT)", "MIT,BSD-3-Clause", "MIT\tX"})
            QVERIFY2(!SpdxExpression::isOneToken(QString::fromUtf8(text)), text);
    }
};

QTEST_GUILESS_MAIN(TestSpdxExpression)
#include "TestSpdxExpression.moc"
