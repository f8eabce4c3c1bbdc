// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/walk/GitIgnore.h"

#include <QTest>

using namespace assay::audit;

// git's .gitignore semantics, case by case.
class TestGitIgnore : public QObject
{
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("dir");
        QTest::addColumn<bool>("ignored");
        QTest::newRow("plain name anywhere") << "*.log"
                                             << "a/b/c.log" << false << true;
        QTest::newRow("no match") << "*.log"
                                  << "a/b/c.txt" << false << false;
        QTest::newRow("dir only") << "build/"
                                  << "build" << true << true;
        QTest::newRow("dir only not file") << "build/"
                                           << "build" << false << false;
        QTest::newRow("anchored") << "/top.txt"
                                  << "sub/top.txt" << false << false;
        QTest::newRow("anchored at root") << "/top.txt"
                                          << "top.txt" << false << true;
        QTest::newRow("middle slash anchors") << "doc/*.md"
                                              << "x/doc/a.md" << false << false;
        QTest::newRow("middle slash") << "doc/*.md"
                                      << "doc/a.md" << false << true;
        QTest::newRow("star does not cross folders") << "doc/*.md"
                                                     << "doc/x/a.md" << false << false;
        QTest::newRow("double star prefix") << "**/gen"
                                            << "a/b/gen" << true << true;
        QTest::newRow("double star middle") << "a/**/z.txt"
                                            << "a/b/c/z.txt" << false << true;
        QTest::newRow("double star zero dirs") << "a/**/z.txt"
                                               << "a/z.txt" << false << true;
        QTest::newRow("trailing double star") << "out/**"
                                              << "out/x/y" << false << true;
        QTest::newRow("negation") << "*.log\n!keep.log"
                                  << "keep.log" << false << false;
        QTest::newRow("negation order") << "!keep.log\n*.log"
                                        << "keep.log" << false << true;
        QTest::newRow("question mark") << "?.c"
                                       << "a.c" << false << true;
        QTest::newRow("bracket") << "[ab].c"
                                 << "b.c" << false << true;
        QTest::newRow("bracket negated") << "[!ab].c"
                                         << "b.c" << false << false;
        QTest::newRow("comment") << "# *.c"
                                 << "a.c" << false << false;
        QTest::newRow("escaped hash") << "\\#x"
                                      << "#x" << false << true;
        QTest::newRow("trailing spaces") << "a.c   "
                                         << "a.c" << false << true;
    }

    void rules()
    {
        QFETCH(QString, rules);
        QFETCH(QString, path);
        QFETCH(bool, dir);
        QFETCH(bool, ignored);
        GitIgnore g;
        g.addRules(QString(), rules);
        QCOMPARE(g.isIgnored(path, dir), ignored);
    }

    void nestedIgnoreAppliesBelowItsFolder()
    {
        GitIgnore g;
        g.addRules(QStringLiteral("web"), QStringLiteral("*.tmp\n/dist\n"));
        QVERIFY(g.isIgnored(QStringLiteral("web/a/b.tmp"), false));
        QVERIFY(!g.isIgnored(QStringLiteral("other/b.tmp"), false));
        QVERIFY(g.isIgnored(QStringLiteral("web/dist"), true));
        QVERIFY(!g.isIgnored(QStringLiteral("web/a/dist"), true));
    }
};

QTEST_GUILESS_MAIN(TestGitIgnore)
#include "TestGitIgnore.moc"
