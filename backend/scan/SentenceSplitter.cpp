// SPDX-License-Identifier: GPL-3.0-or-later
#include "SentenceSplitter.h"

#include <QRegularExpression>
#include <QSet>

namespace assay::scan {

namespace {

const QSet<QString>& abbreviations()
{
    static const QSet<QString> words {QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("vs"),
        QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("dr"), QStringLiteral("prof"),
        QStringLiteral("sr"), QStringLiteral("jr"), QStringLiteral("st"), QStringLiteral("approx"),
        QStringLiteral("fig"), QStringLiteral("figs"), QStringLiteral("sec"), QStringLiteral("ref"),
        QStringLiteral("dept"), QStringLiteral("est"), QStringLiteral("min"), QStringLiteral("max"),
        QStringLiteral("u.s"), QStringLiteral("u.k"), QStringLiteral("e.u"), QStringLiteral("a.m"),
        QStringLiteral("p.m"), QStringLiteral("cf"), QStringLiteral("al"), QStringLiteral("viz"),
        QStringLiteral("resp"), QStringLiteral("incl"), QStringLiteral("excl"), QStringLiteral("govt"),
        QStringLiteral("mgmt"), QStringLiteral("qty"), QStringLiteral("nr"), QStringLiteral("tel"),
        QStringLiteral("ext"), QStringLiteral("sch")};
    return words;
}

// Abbreviations of numbered references: an abbreviation only before a number ("No. 5", "cl. 7.2").
const QSet<QString>& numberedAbbreviations()
{
    static const QSet<QString> words {QStringLiteral("no"), QStringLiteral("nos"), QStringLiteral("p"),
        QStringLiteral("pp"), QStringLiteral("art"), QStringLiteral("cl"), QStringLiteral("para"),
        QStringLiteral("vol"), QStringLiteral("reg"), QStringLiteral("s"), QStringLiteral("ss"), QStringLiteral("sec"),
        QStringLiteral("sect"), QStringLiteral("ch"), QStringLiteral("chap"),
        QStringLiteral("fig"), QStringLiteral("sch"), QStringLiteral("item"), QStringLiteral("jan"),
        QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"), QStringLiteral("jun"),
        QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("sept"),
        QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return words;
}

// "- item", "* item", "• item" (and the other bullet glyphs of word processors and PDFs: ● ■ ► ➢
// ✓ → ·), "1. item", "1) item", "(a) item", "a) item", "iv. item"
const QRegularExpression& bulletRe()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:[-*•‣◦▪▫●○■□►▸▹➢➤→✓✔·–—]|\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,5})[.)])\\s+"));
    return re;
}

// A numbered section heading kept with its number: "2.1 Scope of services", "4.3.2 Fees".
const QRegularExpression& sectionRe()
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,3}(?:\\.\\d{1,3})+\\s+\\p{Lu}"));
    return re;
}

bool endsSentence(const QString& line)
{
    const QString t = line.trimmed();
    if (t.isEmpty())
        return true;
    const QChar c = t.back();
    return c == QChar(u'.') || c == QChar(u'!') || c == QChar(u'?') || c == QChar(u':') || c == QChar(u';')
        || ((c == QChar(u'"') || c == QChar(u')') || c == QChar(u'”')) && t.size() > 1
            && QStringLiteral(".!?").contains(t.at(t.size() - 2)));
}

// True when the period at `dot` in `s` closes an abbreviation, an initial or a number.
bool isNonTerminalPeriod(const QString& s, qsizetype dot)
{
    qsizetype b = dot;
    while (b > 0 && (s.at(b - 1).isLetterOrNumber() || s.at(b - 1) == QChar(u'.')))
        --b;
    const QString word = s.mid(b, dot - b).toLower();
    if (word.isEmpty())
        return false;
    qsizetype next = dot + 1;
    while (next < s.size() && s.at(next).isSpace())
        ++next;
    if (numberedAbbreviations().contains(word))
        return next < s.size() && s.at(next).isDigit();
    if (abbreviations().contains(word))
        return true;
    if (word.size() == 1 && word.at(0).isLetter())
        return true; // initials: "J. Smith", "A. B. Jones"
    if (word.contains(QLatin1Char('.')) && word.size() <= 6)
        return true; // "e.g", "u.s.a"
    return false;
}

// Splits one block of text (a paragraph or a list item) on sentence-final punctuation.
void splitBlock(
    const QString& block, qsizetype blockStart, const std::vector<qsizetype>& offsets, std::vector<Sentence>& out)
{
    const qsizetype n = block.size();
    qsizetype start = 0;
    auto push = [&](qsizetype from, qsizetype to) {
        while (from < to && block.at(from).isSpace())
            ++from;
        while (to > from && block.at(to - 1).isSpace())
            --to;
        if (to <= from)
            return;
        Sentence s;
        s.text = block.mid(from, to - from);
        s.start = blockStart + offsets[size_t(from)];
        s.end = blockStart + offsets[size_t(to - 1)] + 1;
        out.push_back(std::move(s));
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = block.at(i);
        if (c != QChar(u'.') && c != QChar(u'!') && c != QChar(u'?'))
            continue;
        qsizetype j = i + 1;
        while (j < n
            && (block.at(j) == QChar(u'.') || block.at(j) == QChar(u'!') || block.at(j) == QChar(u'?')
                || block.at(j) == QChar(u'"') || block.at(j) == QChar(u'\'') || block.at(j) == QChar(u')')
                || block.at(j) == QChar(u'”') || block.at(j) == QChar(u'’')))
            ++j;
        if (j < n && !block.at(j).isSpace())
            continue; // "3.5", "v2.0", "example.com"
        if (c == QChar(u'.') && j == i + 1 && isNonTerminalPeriod(block, i)) {
            // "No. 5", "Dr. Smith" continue; an abbreviation at the very end of a sentence
            // followed by a capitalised common word is rare enough to accept.
            continue;
        }
        qsizetype k = j;
        while (k < n && block.at(k).isSpace())
            ++k;
        if (k < n && block.at(k).isLower())
            continue; // "approx. half", "p.m. on"
        push(start, j);
        start = j;
    }
    push(start, n);
}

} // namespace

std::vector<Sentence> SentenceSplitter::split(const QString& text)
{
    std::vector<Sentence> out;
    // Build blocks: a block is a paragraph or a list item; wrapped lines are joined with a
    // space (or without one after a hyphen), keeping a map back to document offsets.
    QString block;
    std::vector<qsizetype> offsets; // block index → offset relative to blockStart
    qsizetype blockStart = -1;
    auto flush = [&] {
        if (blockStart >= 0 && !block.trimmed().isEmpty())
            splitBlock(block, blockStart, offsets, out);
        block.clear();
        offsets.clear();
        blockStart = -1;
    };
    qsizetype pos = 0;
    const qsizetype n = text.size();
    QString prevLine;
    while (pos <= n) {
        qsizetype eol = text.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0)
            eol = n;
        QString line = text.mid(pos, eol - pos);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const qsizetype lineStart = pos;
        pos = eol + 1;
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            flush();
            prevLine.clear();
            if (eol >= n)
                break;
            continue;
        }
        qsizetype contentOffset = 0;
        while (contentOffset < line.size() && line.at(contentOffset).isSpace())
            ++contentOffset;
        const auto bullet = bulletRe().match(line);
        const bool isBullet = bullet.hasMatch() && bullet.capturedEnd() < line.size();
        if (isBullet)
            contentOffset = bullet.capturedEnd();
        // A new block starts at a bullet or a numbered section heading ("2.1 Scope"), after a
        // line ending in a colon, or after a short line with no final punctuation followed by a
        // capitalised line (a heading).
        const QString content = line.mid(contentOffset);
        const bool prevShort = prevLine.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 8;
        const bool newBlock = isBullet || blockStart < 0 || sectionRe().match(content).hasMatch()
            || (!endsSentence(prevLine) && prevShort && !content.isEmpty() && content.at(0).isUpper())
            || prevLine.trimmed().endsWith(QLatin1Char(':'));
        if (newBlock) {
            flush();
            blockStart = lineStart + contentOffset;
        } else {
            // Join a wrapped line: "compli-\nance" → "compliance", else one space.
            if (block.endsWith(QLatin1Char('-')) && block.size() > 1 && block.at(block.size() - 2).isLetter()
                && !content.isEmpty() && content.at(0).isLower()) {
                block.chop(1);
                offsets.pop_back();
            } else {
                block += QLatin1Char(' ');
                offsets.push_back(lineStart - blockStart - 1);
            }
        }
        QString c = content;
        while (!c.isEmpty() && c.back().isSpace())
            c.chop(1);
        for (qsizetype i = 0; i < c.size(); ++i) {
            block += c.at(i);
            offsets.push_back(lineStart + contentOffset + i - blockStart);
        }
        prevLine = content;
        if (eol >= n)
            break;
    }
    flush();
    // Whitespace runs inside a sentence (tabs, double spaces from PDFs) become one space.
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (auto& s : out)
        s.text.replace(spaces, QStringLiteral(" "));
    return out;
}

} // namespace assay::scan
