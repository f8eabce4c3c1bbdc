// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace assay::scan {

// One sentence of a document: its text (bullet markers and wrapped lines cleaned up) and the
// span in the document it came from.
struct Sentence
{
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
};

// Splits document text into sentences for the risk model: ends at . ! ? followed by a new
// sentence, but not after abbreviations ("e.g.", "Dr.", "Ltd.", "No. 5", "U.S."), initials or
// inside numbers ("3.5%", "1.2 million", "v2.0"); bullets and numbered list items ("-", "•",
// "1.", "(a)") start a new sentence; blank lines and headings end one; lines wrapped inside a
// paragraph (PDF text) are joined, undoing hyphenation.
class SentenceSplitter
{
public:
    static std::vector<Sentence> split(const QString& text);
};

} // namespace assay::scan
