// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Json.h"

#include <QRandomGenerator>
#include <QTest>

using namespace assay;

// json::appendString writes what nlohmann's dump() writes for the same string: on hand-picked
// edge cases and on 20,000 random strings (random bytes, random code points).
class TestJsonText : public QObject
{
    Q_OBJECT

    static QByteArray viaNlohmann(const std::string& s) { return json::dump(Json(s)); }
    static QByteArray viaAppend(const std::string& s)
    {
        QByteArray out = "x"; // appends, keeping what was there
        json::appendString(out, s);
        return out.mid(1);
    }

private slots:
    void edgeCases_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("ascii") << QByteArray("plain text 123");
        QTest::newRow("quotes and backslash") << QByteArray("say \"hi\" \\ back");
        QTest::newRow("controls") << QByteArray("\b\f\n\r\t\x01\x1f\x7f", 8);
        QTest::newRow("nul") << QByteArray("a\0b", 3);
        QTest::newRow("two-byte") << QByteArray("naïve café");
        QTest::newRow("three-byte") << QByteArray("✓ 中文");
        QTest::newRow("four-byte") << QByteArray("😀 𝄞");
        QTest::newRow("max code point") << QByteArray("\xf4\x8f\xbf\xbf");
        QTest::newRow("lone continuation") << QByteArray("a\x80z");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
        QTest::newRow("overlong three") << QByteArray("\xe0\x80\xaf");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
        QTest::newRow("above max") << QByteArray("\xf4\x90\x80\x80");
        QTest::newRow("truncated at end") << QByteArray("ok\xe2\x82");
        QTest::newRow("truncated then ascii") << QByteArray("\xe2\x82z");
        QTest::newRow("f5 lead") << QByteArray("\xf5\x80\x80\x80");
    }
    void edgeCases()
    {
        QFETCH(QByteArray, input);
        const std::string s(input.constData(), size_t(input.size()));
        QCOMPARE(viaAppend(s), viaNlohmann(s));
    }

    void randomStrings()
    {
        QRandomGenerator rng(20261203);
        for (int i = 0; i < 20000; ++i) {
            std::string s;
            const int length = int(rng.bounded(24));
            if (i % 2 == 0) {
                for (int k = 0; k < length; ++k) // any bytes: mostly invalid UTF-8
                    s += char(rng.bounded(256));
            } else {
                QString text; // valid UTF-8 of random code points, surrogates skipped
                for (int k = 0; k < length; ++k) {
                    char32_t cp = rng.bounded(4) == 0 ? rng.bounded(0x80) : rng.bounded(0x110000);
                    if (cp >= 0xd800 && cp <= 0xdfff)
                        cp = 'x';
                    text += QString::fromUcs4(&cp, 1);
                }
                s = text.toStdString();
            }
            const QByteArray got = viaAppend(s);
            const QByteArray want = viaNlohmann(s);
            if (got != want)
                QFAIL(qPrintable(QStringLiteral("string %1 (%2): %3 != %4")
                                     .arg(i)
                                     .arg(QString::fromLatin1(QByteArray(s.data(), qsizetype(s.size())).toHex()))
                                     .arg(QString::fromUtf8(got), QString::fromUtf8(want))));
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "TestJsonText.moc"
