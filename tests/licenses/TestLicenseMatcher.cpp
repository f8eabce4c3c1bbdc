// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/licenses/CopyrightScanner.h"
#include "audit/licenses/LicenseData.h"
#include "audit/licenses/LicenseMatcher.h"
#include "audit/licenses/PackageMetadata.h"
#include "audit/licenses/SignalScanner.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace assay;
using namespace assay::licenses;

namespace {

// A license text from the embedded SPDX list, re-flowed to `width` columns behind `prefix`,
// with the case changed: what a license looks like once pasted into a source file.
std::string reflowed(const char* id, const std::string& prefix, std::size_t width, std::size_t maxWords = 0)
{
    const auto& data = LicenseData::instance();
    std::string words;
    for (const auto& e : data.licenses())
        if (e.id == id)
            words = std::string(e.text);
    std::string out, line;
    std::size_t count = 0, start = 0;
    while (start < words.size()) {
        auto sp = words.find(' ', start);
        if (sp == std::string::npos)
            sp = words.size();
        std::string w = words.substr(start, sp - start);
        start = sp + 1;
        if (maxWords && ++count > maxWords)
            break;
        if (count % 7 == 1 && !w.empty())
            w[0] = char(std::toupper(static_cast<unsigned char>(w[0])));
        if (line.size() + w.size() + 1 > width) {
            out += prefix + line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + w;
    }
    if (!line.empty())
        out += prefix + line + "\n";
    return out;
}

QStringList expressions(const FileMatch& m)
{
    QStringList out;
    for (const auto& h : m.hits)
        out << h.expression;
    return out;
}

} // namespace

// The license engine on constructed files: tags, notices under every comment style, reflowed and
// embedded full texts, partial texts, exceptions, manifests, copyrights and the prefilter.
class TestLicenseMatcher : public QObject
{
    Q_OBJECT
private slots:
    // LicenseMatcher::urlsIn finds what its regular expression finds, on random lines mixing URL
    // starts, delimiters, Unicode spaces, NUL, stray and overlong UTF-8.
    void urlsInMatchesTheRegex()
    {
        static const char* const pieces[] = {"http://", "https://", "HTTPS://", "www.", "WwW.", "http:/", "htt", "a",
            "b.c", "/x", "-", "_", "\"", "'", "<", ">", "(", ")", "[", "]", "{", "}", " ", "\t", "\r", "\v", "\f",
            "\xc2\xa0", "\xc2\x85", "\xe2\x80\x83", "\xe3\x80\x80", "\xe2\x80\xa8", "\xc3\xa9", "\xe4\xb8\xad",
            "\xf0\x9f\x98\x80", "\x80", "\xc0\xa0", "\xe0\x80\xa0", "\xc2", "\xe2\x80", "#", "?", "=", "&", "%20", ":"};
        static const QRegularExpression re(
            QStringLiteral("(?:https?://|www\\.)[^\\s\"'<>()\\[\\]{}]+"), QRegularExpression::CaseInsensitiveOption);
        QRandomGenerator rng(20261203);
        for (int round = 0; round < 20000; ++round) {
            std::string line;
            const int count = int(rng.bounded(1, 40));
            for (int k = 0; k < count; ++k)
                line += pieces[rng.bounded(int(std::size(pieces)))];
            if (rng.bounded(10) == 0)
                line.insert(rng.bounded(int(line.size()) + 1), 1, '\0');
            QStringList expected;
            auto it = re.globalMatch(QString::fromUtf8(line.data(), qsizetype(line.size())));
            while (it.hasNext())
                expected << it.next().captured(0);
            QStringList got;
            for (const auto url : licenses::LicenseMatcher::urlsIn(line))
                got << QString::fromUtf8(url.data(), qsizetype(url.size()));
            if (got != expected)
                qWarning() << "line" << QByteArray::fromStdString(line).toHex(' ');
            QCOMPARE(got, expected);
        }
    }

    // What a license URL names: a known page (apache.org, gnu.org, creativecommons.org, …) or the
    // license its last path segments name (with a document extension or a LICENSE wrapper).
    void licenseUrls_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expression");
        const auto row = [](const char* line, const char* expression) {
            QTest::newRow(line) << QString::fromLatin1(line) << QString::fromLatin1(expression);
        };
        row("https://www.apache.org/licenses/LICENSE-2.0", "Apache-2.0");
        row("http://www.gnu.org/licenses/old-licenses/gpl-2.0.html", "GPL-2.0-only");
        row("https://www.gnu.org/licenses/lgpl-3.0.txt", "LGPL-3.0-only");
        row("http://creativecommons.org/licenses/by-sa/4.0/", "CC-BY-SA-4.0");
        row("https://creativecommons.org/publicdomain/zero/1.0/", "CC0-1.0");
        row("http://mozilla.org/MPL/2.0/", "MPL-2.0");
        row("https://www.eclipse.org/legal/epl-v10.html", "EPL-1.0");
        row("https://glassfish.java.net/public/CDDL+GPL_1_1.html", "CDDL-1.1");
        row("https://opensource.org/licenses/MIT", "MIT");
        row("https://spdx.org/licenses/Apache-2.0.html", "Apache-2.0");
        row("https://example.com/x/LICENSE.MIT", "MIT");
        row("http://www.opensource.org/licenses/mit-license.php", "MIT");
        row("https://example.com/docs/bsd-2-clause.txt", "BSD-2-Clause");
        row("https://example.com/COPYING.LGPL-2.1", "LGPL-2.1-only");
        row("https://github.com/nodejs/node/pull/45678", "");
        row("https://github.com/acme/widget/blob/main/LICENSE", "");
        row("https://example.org/about/index.html", "");
    }

    void licenseUrls()
    {
        QFETCH(QString, line);
        QFETCH(QString, expression);
        const QByteArray bytes = line.toUtf8();
        const auto hits
            = LicenseMatcher::instance().matchUrls(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        QCOMPARE(hits.empty() ? QString() : hits.front().expression, expression);
    }

    void resourceIsEmbedded()
    {
        const auto& data = LicenseData::instance();
        QVERIFY(data.loaded());
        QVERIFY(data.licenses().size() > 500);
        QVERIFY(data.exceptionCount() > 40);
        QCOMPARE(QString::fromStdString(data.canonicalLicense("bsd-3-clause")), QStringLiteral("BSD-3-Clause"));
        QCOMPARE(QString::fromStdString(data.canonicalException("classpath-exception-2.0")),
            QStringLiteral("Classpath-exception-2.0"));
    }

    // The notice rules ship in the binary and are compiled on first use, not checked at start-up.
    void everyNoticeRuleCompiles()
    {
        QFile file(QStringLiteral(":/licenses/notices.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto doc = nlohmann::json::parse(file.readAll().toStdString());
        QVERIFY(doc["rules"].size() > 50);
        for (const auto& r : doc["rules"]) {
            const QRegularExpression re(QString::fromStdString(r.value("match", std::string())));
            QVERIFY2(re.isValid(),
                qPrintable(QString::fromStdString(r.value("id", std::string())) + QLatin1Char(' ') + re.errorString()));
        }
    }

    // The trigram index is made at build time; a missing or stale one is rebuilt at run time. Both
    // must be the same index: same licenses indexed, same shingle counts, same postings.
    void buildTimeIndexEqualsARuntimeBuild()
    {
        QFile db(QStringLiteral(":/licenses/spdx.db"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const auto& embedded = LicenseData::instance();
        const LicenseData rebuilt(db.readAll(), QByteArray("stale"));
        QCOMPARE(rebuilt.licenses().size(), embedded.licenses().size());
        std::size_t indexed = 0, checked = 0;
        for (std::size_t li = 0; li < embedded.licenses().size(); ++li) {
            const auto& a = embedded.licenses()[li];
            const auto& b = rebuilt.licenses()[li];
            QCOMPARE(a.indexed, b.indexed);
            QCOMPARE(a.shingles, b.shingles);
            QCOMPARE(a.wordCount, b.wordCount);
            if (!a.indexed)
                continue;
            ++indexed;
            const auto ids = fromNormalized(a.text).ids;
            for (std::size_t i = 0; i + 2 < ids.size(); i += 7) {
                const auto t = LicenseData::trigram(ids[i], ids[i + 1], ids[i + 2]);
                const auto pa = embedded.postings(t), pb = rebuilt.postings(t);
                QVERIFY(std::equal(pa.begin(), pa.end(), pb.begin(), pb.end()));
                ++checked;
            }
        }
        QVERIFY(indexed > 500);
        QVERIFY(checked > 50000);
        // A trigram of words that no license holds has no postings.
        QVERIFY(embedded.postings(LicenseData::trigram(1, 2, 3)).empty());
    }

    void spdxTag()
    {
        const std::string src = "#include <x.h>\n// SPDX-License-Identifier: GPL-2.0+ OR mit\nint x;\n";
        const auto m = LicenseMatcher::instance().match(src, QStringLiteral("src/x.c"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("GPL-2.0-or-later OR MIT"));
        QCOMPARE(m.combined->startLine, 2);
        QCOMPARE(m.hits.front().source, QStringLiteral("spdx-tag"));
        QCOMPARE(m.hits.front().confidence, 1.0);
        const auto css
            = LicenseMatcher::instance().match("/* SPDX-License-Identifier: Apache-2.0 */\n", QStringLiteral("a.css"));
        QVERIFY(css.combined);
        QCOMPARE(css.combined->expression, QStringLiteral("Apache-2.0"));
    }

    void headerTagIsTheFilesDeclaration()
    {
        // Code about licenses: the header tag is the file's license, the rest is evidence.
        const std::string src = "// SPDX-License-Identifier: GPL-3.0-or-later\n"
                                "static const char* kExample = \"Licensed under the Apache License, Version 2.0\";\n"
                                "static const char* kTag = \"SPDX-License-Identifier: MIT\";\n";
        const auto m = LicenseMatcher::instance().match(src, QStringLiteral("src/Rules.cpp"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("GPL-3.0-or-later"));
        QVERIFY(expressions(m).contains(QStringLiteral("Apache-2.0")));
        // Without a header tag every finding counts.
        const std::string doc = "Some text.\n\nLicensed under the Apache License, Version 2.0.\n";
        QCOMPARE(LicenseMatcher::instance().match(doc, QStringLiteral("README")).combined->expression,
            QStringLiteral("Apache-2.0"));
        // An id the SPDX list does not know stays visible, as a LicenseRef.
        const auto unknown
            = LicenseMatcher::instance().match("# SPDX-License-Identifier: Acme-1.0\n", QStringLiteral("x.py"));
        QCOMPARE(unknown.combined->expression, QStringLiteral("LicenseRef-Acme-1.0"));
    }

    void notices_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("apache c block") << "/*\n * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
                                           " * you may not use this file except in compliance with the License.\n */\n"
                                        << "Apache-2.0";
        QTest::newRow("gpl2+ hash reflow")
            << "# This program is free software; you can redistribute it and/or modify it under\n# the terms of the "
               "GNU General\n# Public License as published by the Free Software Foundation; either\n# version 2 of "
               "the License, or (at your option) any later version.\n"
            << "GPL-2.0-or-later";
        QTest::newRow("gpl3 only slashes") << "// This file is licensed under the GNU General Public License\n// "
                                              "version 3 as published by the Free Software Foundation.\n"
                                           << "GPL-3.0-only";
        QTest::newRow("lgpl semicolons")
            << ";; This library is free software; you can redistribute it and/or\n;; modify it under the terms of "
               "the GNU Lesser General Public\n;; License as published by the Free Software Foundation; either\n;; "
               "version 2.1 of the License, or (at your option) any later version.\n"
            << "LGPL-2.1-or-later";
        QTest::newRow("mpl dashes") << "-- This Source Code Form is subject to the terms of the Mozilla Public\n-- "
                                       "License, v. 2.0. If a copy of the MPL was not distributed with this\n"
                                    << "MPL-2.0";
        QTest::newRow("epl star") << " * All rights reserved. This program and the accompanying materials\n * are made "
                                     "available under the terms of the Eclipse Public License v1.0\n"
                                  << "EPL-1.0";
        QTest::newRow("html markup") << "<p>Licensed under the <a href=\"http://example.org\">Apache&nbsp;License, "
                                        "<b>Version 2.0</b></a>.</p>"
                                     << "Apache-2.0";
        QTest::newRow("cddl") << " * The contents of this file are subject to the terms of the Common Development\n"
                                 " * and Distribution License, Version 1.1 (the License).\n"
                              << "CDDL-1.1";
        QTest::newRow("mit reference") << "# Released under the MIT license.\n"
                                       << "MIT";
        QTest::newRow("bsd 3 clause") << "// Use of this source code is governed by a BSD 3-Clause license.\n"
                                      << "BSD-3-Clause";
        QTest::newRow("gpl with classpath")
            << " * under the terms of the GNU General Public License version 2 only, as\n * published by the Free "
               "Software Foundation. Oracle designates this\n * particular file as subject to the \"Classpath\" "
               "exception as provided\n * by Oracle in the LICENSE file that accompanied this code.\n"
            << "GPL-2.0-only WITH Classpath-exception-2.0";
        QTest::newRow("license name") << "Distributed under the Open Software License 3.0.\n"
                                      << "OSL-3.0";
        QTest::newRow("license url") << "See https://www.apache.org/licenses/LICENSE-2.0 for the terms\n"
                                     << "Apache-2.0";
        QTest::newRow("dual") << "/* Dual licensed under the MIT license and the GNU GPL, version 2. */\n"
                              << "MIT AND GPL-2.0-only";
        QTest::newRow("grant on the copyright line")
            << "/* Copyright 2019 Jane Roe. Licensed under the MIT License. */\n"
            << "MIT";
        QTest::newRow("bzip2 header") << "/* This file is part of bzip2/libbzip2, a program and library for\n"
                                         "   lossless, block-sorting data compression.\n"
                                         "   Copyright (C) 2001-2003 A. Person\n"
                                         "   This program is released under the terms of the license contained\n"
                                         "   in the file LICENSE. */\n"
                                      << "bzip2-1.0.6";
        QTest::newRow("bzip2 by name") << "* The bzip2 module is licensed under the bzip2 license.\n"
                                       << "bzip2-1.0.6";
        QTest::newRow("perl's artistic license")
            << "# This library is free software; you can redistribute it under the terms\n"
               "# of the Artistic License, which comes with Perl.\n"
            << "Artistic-1.0-Perl";
        QTest::newRow("cddl 1.1 page")
            << " * The contents of this file are subject to the terms of either the GNU\n"
               " * General Public License Version 2 only (\"GPL\") or the Common Development\n"
               " * and Distribution License(\"CDDL\") (collectively, the \"License\"). You\n"
               " * may not use this file except in compliance with the License. See\n"
               " * https://glassfish.java.net/public/CDDL+GPL_1_1.html\n"
            << "GPL-2.0-only AND CDDL-1.1";
        QTest::newRow("glued abbreviation") << "Note: libfoo is LGPLv2.1, do not link it statically.\n"
                                            << "LGPL-2.1-only";
        QTest::newRow("gpl 2.1 is the lesser gpl")
            << "# This library is free software; you can redistribute it and/or modify it under the terms of\n"
               "# the GNU General Public License as published by the Free Software Foundation; either\n"
               "# version 2.1 of the License, or (at your option) any later version.\n"
            << "LGPL-2.1-or-later";
        QTest::newRow("fsf unlimited") << "# This file is free software; the Free Software Foundation gives\n"
                                          "# unlimited permission to copy and/or distribute it, with or without\n"
                                          "# modifications, as long as this notice is preserved.\n"
                                       << "FSFULLR";
        // MIT named second in a list keeps the first license too.
        QTest::newRow("mit listed after gpl") << "license: foo is dual-licensed under GPL and MIT.\n"
                                              << "GPL-1.0-or-later AND MIT";
        QTest::newRow("mit listed after bsd") << "# Released under the BSD or MIT licenses.\n"
                                              << "BSD-3-Clause AND MIT";
        QTest::newRow("lppl versioned")
            << "% This work may be distributed and/or modified under the conditions of the LaTeX Project\n"
               "% Public License, either version 1.3c of this license or (at your option) any later version.\n"
            << "LPPL-1.3c";
        QTest::newRow("ruby terms") << "# You can redistribute it and/or modify it under the same terms as Ruby.\n"
                                    << "Ruby";
        QTest::newRow("openssl license by name")
            << " * The code is licensed pursuant to the OpenSSL open source license provided below.\n"
            << "OpenSSL";
        QTest::newRow("w3c software license")
            << " * This work is distributed under the W3C(r) Software License in the hope that it will be useful.\n"
            << "W3C";
        QTest::newRow("w3c license page")
            << "See the license at http://www.w3.org/Consortium/Legal/2002/copyright-software-20021231\n"
            << "W3C";
        // Debian's /usr/share/common-licenses files name a version; a full notice says more.
        QTest::newRow("debian common license file")
            << "The documentation is released under the GNU Free Documentation License,\n"
               "see /usr/share/common-licenses/GFDL-1.2.\n"
            << "GFDL-1.2-only";
        QTest::newRow("debian common license file beside a notice")
            << "This program is free software; you can redistribute it and/or modify it under the terms of\n"
               "the GNU General Public License as published by the Free Software Foundation; either version 2\n"
               "of the License, or (at your option) any later version. On Debian systems, the complete text of\n"
               "the GNU General Public License can be found in /usr/share/common-licenses/GPL-2.\n"
            << "GPL-2.0-or-later";
        // Linux module license strings, as include/linux/module.h defines them.
        QTest::newRow("linux module gpl") << "MODULE_AUTHOR(\"A. Person\");\nMODULE_LICENSE(\"GPL\");\n"
                                          << "GPL-2.0-or-later";
        QTest::newRow("linux module gpl v2") << "MODULE_LICENSE(\"GPL v2\");\n"
                                             << "GPL-2.0-only";
        QTest::newRow("linux module dual bsd") << "MODULE_LICENSE(\"Dual BSD/GPL\");\n"
                                               << "BSD-3-Clause OR GPL-2.0-only";
        // Rules whose alternatives each capture the version.
        QTest::newRow("cc short form") << "The documentation is licensed CC-BY-SA v4.0.\n"
                                       << "CC-BY-SA-4.0";
        QTest::newRow("eupl short form") << "Licensed under the EUPL v1.2.\n"
                                         << "EUPL-1.2";
        QTest::newRow("creative commons name") << "Creative Commons Attribution 4.0\n"
                                               << "CC-BY-4.0";
        const QString gpl2plus = QStringLiteral(
            "/* This program is free software; you can redistribute it and/or modify it under the terms of\n"
            "   the GNU General Public License as published by the Free Software Foundation; either version 2,\n"
            "   or (at your option) any later version.\n");
        QTest::newRow("gcc linking exception") << gpl2plus
                + QStringLiteral(
                    "   In addition to the permissions in the GNU General Public License, the Free Software\n"
                    "   Foundation gives you unlimited permission to link the compiled version of this file into\n"
                    "   combinations with other programs. */\n")
                                               << "GPL-2.0-or-later WITH GCC-exception-2.0";
        QTest::newRow("bison 1.24 exception") << gpl2plus
                + QStringLiteral(
                    "   As a special exception, when this file is copied by Bison into a Bison output file, you\n"
                    "   may use that output file without restriction. */\n")
                                              << "GPL-2.0-or-later WITH Bison-exception-1.24";
        QTest::newRow("gnat exception") << gpl2plus
                + QStringLiteral(
                    "   As a special exception, if other files instantiate generics from this unit, or you link\n"
                    "   this unit with other files to produce an executable, this unit does not by itself cause\n"
                    "   the resulting executable to be covered by the GNU General Public License. */\n")
                                        << "GPL-2.0-or-later WITH GNAT-exception";
    }

    // Near misses of the rules above: what they must not report.
    void noticeNearMisses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("absent");
        QTest::newRow("artistic 2.0 beside perl")
            << "# Distributed under the Artistic License 2.0, like Perl 6 itself.\n"
            << "Artistic-1.0-Perl";
        QTest::newRow("holder named licensed")
            << "// Copyright 2001 Licensed Software Inc.\n// Ships with the device.\n"
            << "LicenseRef";
        QTest::newRow("bison 2.2 skeleton is not 1.24")
            << "/* As a special exception, you may create a larger work that contains part or all of the Bison\n"
               "   parser skeleton and distribute that work under terms of your choice. */\n"
            << "Bison-exception-1.24";
        QTest::newRow("linux module gpl with more rights") << "MODULE_LICENSE(\"GPL and additional rights\");\n"
                                                           << "GPL-2.0-or-later";
        // Names that grant nothing: a file name in a list, a license the file is not under.
        QTest::newRow("gpl as a file name") << "EXTRA_DIST = \\\n\tCOPYING.GPL \\\n\tCOPYING.LGPL\n# license files\n"
                                            << "GPL";
        QTest::newRow("not under the gpl")
            << "Note that foo is distributed under a copyright very similar to that of BSD Unix,\nand not under "
               "the GNU General Public License (GPL).\n"
            << "GPL";
        QTest::newRow("cddl without 1.1 page") << " * Common Development and Distribution License (\"CDDL\"). See\n"
                                                  " * https://glassfish.java.net/public/CDDL+GPL.html\n"
                                               << "CDDL-1.1";
    }
    void noticeNearMisses()
    {
        QFETCH(QString, text);
        QFETCH(QString, absent);
        const std::string src = text.toStdString();
        const auto m = LicenseMatcher::instance().match(src, QStringLiteral("lib/file.c"));
        for (const auto& h : m.hits)
            QVERIFY2(!h.expression.contains(absent), qPrintable(h.expression));
        if (absent == QLatin1String("LicenseRef"))
            QVERIFY2(!m.combined, qPrintable(expressions(m).join(QStringLiteral(" | "))));
    }

    // The FSF's unlimited permission followed by its warranty disclaimer is the disclaimer variant
    // (the permission sentence alone is also the whole FSFULLR text, reported as a text match).
    void fsfUnlimitedWithDisclaimer()
    {
        const std::string src = "# Copyright (C) 1994-2002 Free Software Foundation, Inc.\n"
                                "# This Makefile.in is free software; the Free Software Foundation gives\n"
                                "# unlimited permission to copy and/or distribute it, with or without\n"
                                "# modifications, as long as this notice is preserved.\n\n"
                                "# This program is distributed in the hope that it will be useful, but WITHOUT ANY\n"
                                "# WARRANTY, to the extent permitted by law; without even the implied warranty of\n"
                                "# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\n";
        const auto m = LicenseMatcher::instance().match(src, QStringLiteral("Makefile.in"));
        bool notice = false;
        for (const auto& h : m.hits)
            notice = notice || (h.expression == QLatin1String("FSFULLRWD") && h.source == QLatin1String("notice"));
        QVERIFY2(notice, qPrintable(expressions(m).join(QStringLiteral(" | "))));
    }

    // Texts in a row are each matched: a 4-clause text followed by a 3-clause one (their windows
    // overlap) is both; one text alone, or one whose title recurs in its body, is one text.
    void consecutiveTexts()
    {
        const std::string both = reflowed("BSD-4-Clause", "", 72) + "\n" + reflowed("BSD-3-Clause", "", 72);
        auto m = LicenseMatcher::instance().match(both, QStringLiteral("NOTICE"));
        QVERIFY(m.combined);
        QVERIFY2(m.combined->expression.contains(QLatin1String("BSD-4-Clause"))
                && m.combined->expression.contains(QLatin1String("BSD-3-Clause")),
            qPrintable(m.combined->expression));
        // Two texts of one license family without the second one's title ("ISC License").
        std::string isc = reflowed("ISC", "", 72);
        isc.erase(0, isc.find("license ") + 8);
        m = LicenseMatcher::instance().match(reflowed("ISC", "", 72) + "\n" + isc, QStringLiteral("NOTICE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("ISC"));
        int texts = 0;
        for (const auto& h : m.hits)
            texts += h.expression == QLatin1String("ISC") && !h.partial ? 1 : 0;
        QVERIFY2(texts >= 2, qPrintable(expressions(m).join(QStringLiteral(" | "))));
        m = LicenseMatcher::instance().match(reflowed("BSD-3-Clause", "", 72), QStringLiteral("NOTICE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("BSD-3-Clause"));
        m = LicenseMatcher::instance().match(reflowed("GFDL-1.2-only", "", 72), QStringLiteral("NOTICE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("GFDL-1.2-only"));
    }

    // A NOTICE file collecting many texts: each one is found (later rounds shortlist again what
    // the full matches leave), and no sibling variant of them is.
    void aggregateNotice()
    {
        const char* ids[] {"Apache-2.0", "MIT", "BSD-3-Clause", "Zlib", "ISC", "BSL-1.0", "BSD-2-Clause"};
        std::string src;
        for (const char* id : ids)
            src += "----\nThe following component is distributed under these terms:\n\n" + reflowed(id, "", 76) + "\n";
        const auto m = LicenseMatcher::instance().match(src, QStringLiteral("NOTICE"));
        QVERIFY(m.combined);
        for (const char* id : ids)
            QVERIFY2(m.combined->expression.split(QStringLiteral(" AND ")).contains(QLatin1String(id)),
                qPrintable(m.combined->expression));
        QVERIFY2(m.combined->expression.count(QStringLiteral(" AND ")) == qsizetype(std::size(ids) - 1),
            qPrintable(m.combined->expression));
    }

    // A long text in a file of another name: its windows cover most of the file, which is then
    // matched whole (not as parts, each too short to be the license).
    void longTextUnderAnotherName()
    {
        const std::string src = reflowed("AGPL-3.0-only", "", 30);
        const auto m = LicenseMatcher::instance().match(src, QStringLiteral("docs/terms.txt"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("AGPL-3.0-only"));
    }

    // A license written for one project names it in its conditions (SAXPath); the same form naming
    // another project is not that license.
    void projectLicenseNamingAnotherProject()
    {
        const std::string saxpath = reflowed("Saxpath", "", 76);
        auto m = LicenseMatcher::instance().match(saxpath, QStringLiteral("LICENSE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("Saxpath"));
        std::string other = saxpath;
        for (std::size_t at = 0; (at = other.find("saxpath", at)) != std::string::npos;)
            other.replace(at, 7, "examplelib");
        for (std::size_t at = 0; (at = other.find("SAXPath", at)) != std::string::npos;)
            other.replace(at, 7, "examplelib");
        m = LicenseMatcher::instance().match(other, QStringLiteral("LICENSE"));
        QVERIFY(!m.combined || !m.combined->expression.contains(QStringLiteral("Saxpath")));
    }

    // BSD-Source-Code has a source-code condition only; with a binary-form condition as well the
    // text is the ordinary BSD license its clauses make.
    void bsdSourceCodeHasNoBinaryCondition()
    {
        const std::string source = reflowed("BSD-Source-Code", " * ", 70);
        auto m = LicenseMatcher::instance().match(source, QStringLiteral("LICENSE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("BSD-Source-Code"));
        std::string both = source;
        const auto at = both.find("neither");
        QVERIFY(at != std::string::npos);
        both.insert(at,
            "redistributions in binary form must reproduce the above copyright notice, this list of\n"
            " * conditions and the following disclaimer in the documentation and/or other materials\n"
            " * provided with the distribution.\n * ");
        m = LicenseMatcher::instance().match(both, QStringLiteral("LICENSE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("BSD-3-Clause"));
    }

    // The beginning-of-file variant keeps its notice "immediately at the beginning of the file";
    // without that requirement it is the source-code-only text.
    void bsdSourceBeginningOfFile()
    {
        const std::string beginning = reflowed("BSD-Source-beginning-file", " * ", 70);
        auto m = LicenseMatcher::instance().match(beginning, QStringLiteral("LICENSE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("BSD-Source-beginning-file"));
        // One long line: the phrase is not split by reflow.
        std::string plain = reflowed("BSD-Source-beginning-file", "", 100000);
        for (const std::string_view words : {"without modification ", "immediately at the beginning of the file"}) {
            const std::size_t at = plain.find(words);
            QVERIFY(at != std::string::npos);
            plain.erase(at, words.size());
        }
        QVERIFY(plain.find("beginning") == std::string::npos);
        m = LicenseMatcher::instance().match(plain, QStringLiteral("LICENSE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("BSD-Source-Code"));
    }

    // Pixar's license is the Apache License 2.0 with its own trademark clause ("to comply with
    // Section 4(c)"); with Apache's clause in its place it is the Apache License.
    void pixarByItsTrademarkClause()
    {
        std::string pixar = reflowed("Pixar", "", 100000);
        auto m = LicenseMatcher::instance().match(pixar, QStringLiteral("LICENSE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("Pixar"));
        const std::string_view own = "to comply with section 4 c of the license and to reproduce";
        const auto at = pixar.find(own);
        QVERIFY(at != std::string::npos);
        pixar.replace(
            at, own.size(), "for reasonable and customary use in describing the origin of the work and reproducing");
        m = LicenseMatcher::instance().match(pixar, QStringLiteral("LICENSE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("Apache-2.0"));
    }

    // The FreeBSD Documentation License is the 2-clause text for documents: the source format is
    // named and the binary form is the "compiled" one. Without those words it is BSD-2-Clause.
    void freeBsdDocumentationLicense()
    {
        const auto text = [](const char* source, const char* binary, const char* what) {
            return std::string("Copyright 2009 Example Docs Team. All rights reserved.\n\n")
                + "Redistribution and use in source" + source + " and '" + binary
                + "' forms (HTML, PDF, PostScript, RTF and so forth) with or without\n"
                  "modification, are permitted provided that the following conditions are met:\n\n"
                  "1. Redistributions of source code"
                + source
                + " must retain the above copyright notice, this list of\n"
                  "conditions and the following disclaimer as the first lines of this file unmodified.\n\n"
                  "2. Redistributions in "
                + binary
                + " form (converted to HTML, PDF, PostScript, RTF and other formats) must\n"
                  "reproduce the above copyright notice, this list of conditions and the following\n"
                  "disclaimer in the documentation and/or other materials provided with the distribution.\n\n"
                  "THIS "
                + what + " IS PROVIDED BY THE EXAMPLE DOCS TEAM \"AS IS\" AND ANY EXPRESS OR IMPLIED\n"
                + "WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY\n"
                  "AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE EXAMPLE\n"
                  "DOCS TEAM BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR\n"
                  "CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS\n"
                  "OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED\n"
                  "AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT\n"
                  "(INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS "
                + what + ", EVEN IF\nADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n";
        };
        auto m = LicenseMatcher::instance().match(
            text(" (reStructuredText)", "compiled", "DOCUMENTATION"), QStringLiteral("doc/LICENSE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("FreeBSD-DOC"));
        m = LicenseMatcher::instance().match(text("", "binary", "SOFTWARE"), QStringLiteral("doc/LICENSE"));
        QVERIFY(m.combined);
        QVERIFY2(m.combined->expression != QStringLiteral("FreeBSD-DOC"), qPrintable(m.combined->expression));
        QVERIFY2(m.combined->expression.startsWith(QStringLiteral("BSD-2-Clause")), qPrintable(m.combined->expression));
    }

    // Variants told apart by their own words: HP's 3-clause text names patent infringement among
    // the damages, and the Apache License 1.1 shares the BSD clauses but is not a BSD text.
    void variantsByDistinguishingWords()
    {
        const std::string hp = reflowed("BSD-3-Clause-HP", " * ", 70);
        auto m = LicenseMatcher::instance().match(hp, QStringLiteral("LICENSE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("BSD-3-Clause-HP"));
        std::string plain = reflowed("BSD-3-Clause-HP", " * ", 70);
        const auto at = plain.find("patent infringement");
        QVERIFY(at != std::string::npos);
        plain.erase(at, std::string("patent infringement").size());
        m = LicenseMatcher::instance().match(plain, QStringLiteral("LICENSE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("BSD-3-Clause"));
        // The pbmplus grant is HPND when the historical advertising clause follows it instead of its
        // own "as is" sentence.
        m = LicenseMatcher::instance().match(reflowed("HPND-Pbmplus", " * ", 70), QStringLiteral("LICENSE"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("HPND-Pbmplus"));
        const std::string historical
            = " * Permission to use, copy, modify and distribute this software and its\n"
              " * documentation for any purpose and without fee is hereby granted, provided that\n"
              " * the above copyright notice appear in all copies and that both that copyright\n"
              " * notice and this permission notice appear in supporting documentation, and that\n"
              " * the name of Example Inc not be used in advertising or publicity pertaining to\n"
              " * distribution of the software without specific, written prior permission.\n";
        m = LicenseMatcher::instance().match(historical, QStringLiteral("src/x.c"));
        QVERIFY(m.combined);
        QVERIFY2(m.combined->expression.contains(QLatin1String("HPND"))
                && !m.combined->expression.contains(QLatin1String("Pbmplus")),
            qPrintable(m.combined->expression));
        // The Apache License 1.1 with another project's name throughout is still that license: its
        // acknowledgement and naming clauses make it, as the BSD clauses make a BSD text.
        std::string renamed = reflowed("Apache-1.1", " * ", 70);
        for (const std::string from : {"apache software foundation", "Apache software foundation", "apache", "Apache",
                 "software foundation", "Software foundation"})
            for (auto at = renamed.find(from); at != std::string::npos; at = renamed.find(from, at))
                renamed.replace(at, from.size(), "example");
        m = LicenseMatcher::instance().match(renamed, QStringLiteral("src/Example.java"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("Apache-1.1"));
        const std::string apache = reflowed("Apache-1.1", " * ", 70);
        m = LicenseMatcher::instance().match(apache, QStringLiteral("src/Main.java"));
        QVERIFY(m.combined);
        QVERIFY2(!m.combined->expression.contains(QLatin1String("BSD")), qPrintable(m.combined->expression));
    }
    void notices()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::string src = text.toStdString();
        const auto m = LicenseMatcher::instance().match(src, QStringLiteral("lib/file.c"));
        QVERIFY2(m.combined, qPrintable(expressions(m).join(QStringLiteral(" | "))));
        QCOMPARE(m.combined->expression, expected);
        QVERIFY(m.combined->startLine >= 1);
    }

    void fullTextReflowedInComments()
    {
        std::string src = "#include <stdio.h>\n\nstatic int helper(int a) { return a * 2; }\n\n/*\n";
        const int first = 6;
        src += reflowed("MIT", " * ", 52);
        src += " */\n\nint main(void)\n{\n    return helper(21);\n}\n";
        const auto m = LicenseMatcher::instance().match(src, QStringLiteral("src/main.c"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("MIT"));
        bool text = false;
        for (const auto& h : m.hits)
            if (h.source == QLatin1String("text")) {
                text = true;
                QVERIFY(!h.partial);
                QVERIFY(h.confidence >= LicenseMatcher::kFullThreshold);
                QVERIFY(h.startLine >= first && h.startLine <= first + 1);
                QVERIFY(h.endLine > h.startLine + 3);
            }
        QVERIFY(text);
    }

    void fullTextVariantsAndFamilies_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("apache hash") << "Apache-2.0"
                                     << "# ";
        QTest::newRow("bsd-3 slashes") << "BSD-3-Clause"
                                       << "// ";
        QTest::newRow("bsd-2 semicolon") << "BSD-2-Clause"
                                         << "; ";
        QTest::newRow("isc dashes") << "ISC"
                                    << "-- ";
        QTest::newRow("gpl-3 plain") << "GPL-3.0-only"
                                     << "";
        QTest::newRow("zlib star") << "Zlib"
                                   << " * ";
        // Its "How to use" addendum ("… Version 1.3 or any later version …") is part of the text.
        QTest::newRow("gfdl-1.3 with addendum") << "GFDL-1.3-only"
                                                << "";
    }
    void fullTextVariantsAndFamilies()
    {
        QFETCH(QString, id);
        QFETCH(QString, prefix);
        const std::string src = reflowed(id.toLatin1().constData(), prefix.toStdString(), 70);
        const auto m = LicenseMatcher::instance().match(src, QStringLiteral("COPYING"));
        QVERIFY2(m.combined, qPrintable(id));
        QCOMPARE(m.combined->expression, id);
        QCOMPARE(m.hits.front().source, QStringLiteral("license-file"));
    }

    void partialTextIsReportedAsPartial()
    {
        const std::string src = reflowed("MPL-2.0", "# ", 60, 1700);
        const auto m = LicenseMatcher::instance().match(src, QStringLiteral("docs/excerpt.txt"));
        bool partial = false;
        for (const auto& h : m.hits)
            if (h.expression == QLatin1String("MPL-2.0") && h.source == QLatin1String("text"))
                partial = h.partial;
        QVERIFY2(partial, qPrintable(expressions(m).join(QStringLiteral(" | "))));
    }

    void noSignalCostsNothing()
    {
        const std::string code = "int add(int a, int b)\n{\n    return a + b;\n}\n";
        QVERIFY(!LicenseMatcher::hasSignal(code));
        const auto m = LicenseMatcher::instance().match(code, QStringLiteral("src/add.c"));
        QVERIFY(!m.combined);
        QVERIFY(m.hits.empty());
        QVERIFY(LicenseMatcher::hasSignal("// Copyright 2020 Foo"));
        // The copyright sign alone is a signal (it is looked for apart from the other words).
        QVERIFY(LicenseMatcher::hasSignal("/* \xc2\xa9 2020 Foo */"));
        QVERIFY(!LicenseMatcher::hasSignal("caf\xc3\xa9 \xc2\xa0 \xc2"));
        const std::string signs = "a \xc2\xa9 b\xc2\xc2\xa9";
        const auto marks = SignalScanner::instance().find(signs);
        QCOMPARE(marks, (std::vector<std::size_t> {4, 9}));
    }

    // A window opened by a copyright line starts on that line: the file's own description above
    // it is left out, so headers that differ only there analyse the same words (and small files
    // are windowed too: their code stays out). A project notice above the copyright line is a
    // signal of its own and keeps its window.
    void windowStartsAtTheCopyrightLine()
    {
        std::string src = "/* Frobnicator support for the widget toolkit.\n"
                          "   Copyright (C) 2001-2022 Example Project Authors.\n"
                          "\n"
                          "   Licensed under the MIT License.  */\n"
                          "\n";
        for (int i = 0; i < 30; ++i)
            src += "int frob" + std::to_string(i) + "(int x) { return x + " + std::to_string(i) + "; }\n";
        const auto regions = LicenseMatcher::regionsOf(src, SignalScanner::instance().find(src), false);
        QCOMPARE(regions.size(), std::size_t(1));
        QCOMPARE(regions[0].begin, src.find("   Copyright"));
        QCOMPARE(regions[0].firstLine, 2);
        QCOMPARE(regions[0].end, src.find("*/\n") + 3); // the comment's end
        const auto m = LicenseMatcher::instance().match(src, QStringLiteral("src/frob.c"));
        QVERIFY(m.combined);
        QCOMPARE(m.combined->expression, QStringLiteral("MIT"));
        QCOMPARE(m.combined->startLine, 4);

        const std::string bzip = "/* This file is part of bzip2/libbzip2, a program and library for\n"
                                 "   lossless, block-sorting data compression.\n"
                                 "   Copyright (C) 1996-2010 Jane Doe\n"
                                 "   This program is released under the terms of the license contained\n"
                                 "   in the file LICENSE.  */\n"
                                 "int main(void) { return 0; }\n";
        const auto b = LicenseMatcher::instance().match(bzip, QStringLiteral("src/bz.c"));
        QVERIFY(b.combined);
        QCOMPARE(b.combined->expression, QStringLiteral("bzip2-1.0.6"));
    }

    // One signal on a very long line (a data table, minified code) opens a window of a few
    // kilobytes around it, not the whole line.
    void windowsOnLongLinesReachAFewKilobytes()
    {
        std::string line;
        while (line.size() < 400 * 1024)
            line += "<span data-cp=\"A1\">x</span> ";
        const std::size_t at = line.size() / 2;
        line.insert(at, "\xc2\xa9 ");
        const auto regions = LicenseMatcher::regionsOf(line, SignalScanner::instance().find(line), false);
        QCOMPARE(regions.size(), std::size_t(1));
        QVERIFY(regions[0].begin + LicenseMatcher::kReachBytes >= at);
        QVERIFY(regions[0].end <= at + 2 + LicenseMatcher::kReachBytes);
        QVERIFY(regions[0].end > at);
    }

    void packageMetadata()
    {
        auto one = [](const char* content, const char* path) {
            const auto hits = PackageMetadata::licenses(content, QString::fromLatin1(path));
            QStringList out;
            for (const auto& h : hits)
                out << h.expression;
            return out.join(QStringLiteral(" | "));
        };
        QCOMPARE(one("{\"name\":\"x\",\"license\":\"(MIT OR Apache-2.0)\"}", "package.json"),
            QStringLiteral("MIT OR Apache-2.0"));
        QCOMPARE(one("{\"licenses\":[{\"type\":\"BSD\"}]}", "web/package.json"), QStringLiteral("BSD-3-Clause"));
        QCOMPARE(one("[package]\nname = \"x\"\nlicense = \"MIT/Apache-2.0\"\n", "Cargo.toml"),
            QStringLiteral("MIT OR Apache-2.0"));
        QCOMPARE(one("[project]\nlicense = {text = \"GPL-3.0-or-later\"}\n", "pyproject.toml"),
            QStringLiteral("GPL-3.0-or-later"));
        QCOMPARE(one("[metadata]\nname = x\nlicense = BSD-2-Clause\n", "setup.cfg"), QStringLiteral("BSD-2-Clause"));
        QCOMPARE(one("Gem::Specification.new do |s|\n  s.licenses = ['MIT', 'Ruby']\nend\n", "x.gemspec"),
            QStringLiteral("MIT | Ruby"));
        QCOMPARE(one("<project><licenses><license><name>The Apache Software License, Version 2.0</name>"
                     "</license></licenses></project>",
                     "pom.xml"),
            QStringLiteral("Apache-2.0"));
        QCOMPARE(one("{\"license\":\"MIT\"}", "notes.json"), QString());
    }

    void copyrights()
    {
        const std::string src = "/*\n * Copyright (c) 2019-2021 Acme Corp. All rights reserved.\n"
                                " * (C) 2004 Jane Doe <jane@example.org>\n"
                                " * THE COPYRIGHT HOLDERS AND CONTRIBUTORS PROVIDE THIS SOFTWARE\n"
                                " * Copyright © 2020, 2022 Foo Bar and Baz Qux\n */\n";
        const auto hits = CopyrightScanner::scan(src);
        QCOMPARE(int(hits.size()), 3);
        QCOMPARE(hits[0].years, QStringLiteral("2019-2021"));
        QCOMPARE(hits[0].holders, QStringList {QStringLiteral("Acme Corp")});
        QCOMPARE(hits[0].line, 2);
        QCOMPARE(hits[1].years, QStringLiteral("2004"));
        QVERIFY(hits[1].holders.front().startsWith(QStringLiteral("Jane Doe")));
        QCOMPARE(hits[2].years, QStringLiteral("2020, 2022"));
        QCOMPARE(hits[2].holders, (QStringList {QStringLiteral("Foo Bar"), QStringLiteral("Baz Qux")}));
    }
};

QTEST_GUILESS_MAIN(TestLicenseMatcher)
#include "TestLicenseMatcher.moc"
