// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/deps/Cvss.h"

#include <QTest>

using namespace assay::audit::deps;

// CVSS v3.x base scores computed from vectors (values as published by FIRST's calculator).
class TestCvss : public QObject
{
    Q_OBJECT
private slots:
    void baseScore_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("severity");
        QTest::newRow("network RCE") << QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H") << 9.8
                                     << QStringLiteral("critical");
        QTest::newRow("scope changed max")
            << QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H") << 10.0 << QStringLiteral("critical");
        QTest::newRow("stored XSS") << QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N") << 6.1
                                    << QStringLiteral("medium");
        QTest::newRow("local privilege") << QStringLiteral("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H") << 7.8
                                         << QStringLiteral("high");
        QTest::newRow("high complexity read")
            << QStringLiteral("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N") << 5.9 << QStringLiteral("medium");
        QTest::newRow("DoS") << QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H") << 7.5
                             << QStringLiteral("high");
        QTest::newRow("low") << QStringLiteral("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N") << 1.6
                             << QStringLiteral("low");
        QTest::newRow("no impact") << QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N") << 0.0
                                   << QStringLiteral("none");
        QTest::newRow("scope changed PR:L")
            << QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H") << 9.9 << QStringLiteral("critical");
        QTest::newRow("v3.0 vector") << QStringLiteral("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H") << 9.8
                                     << QStringLiteral("critical");
        QTest::newRow("metrics in any order")
            << QStringLiteral("CVSS:3.1/S:U/AV:N/C:H/AC:L/I:H/PR:N/A:H/UI:N") << 9.8 << QStringLiteral("critical");
    }

    void baseScore()
    {
        QFETCH(QString, vector);
        QFETCH(double, score);
        QFETCH(QString, severity);
        const auto s = Cvss::baseScore(vector.toStdString());
        QVERIFY(s.has_value());
        QCOMPARE(*s, score);
        QCOMPARE(QString::fromStdString(Cvss::severity(*s)), severity);
    }

    void rejectsIncompleteOrOtherVersions()
    {
        QVERIFY(!Cvss::baseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H")); // A missing
        QVERIFY(!Cvss::baseScore("AV:N/AC:L/Au:N/C:P/I:P/A:P")); // CVSS v2
        QVERIFY(!Cvss::baseScore("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"));
        QVERIFY(!Cvss::baseScore("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")); // bad value
        QVERIFY(!Cvss::baseScore(""));
    }
};

QTEST_GUILESS_MAIN(TestCvss)
#include "TestCvss.moc"
