// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextNormalizer.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstring>
#include <unordered_map>

namespace assay::licenses {

namespace {

// British/American and other equivalent spellings (SPDX matching guidelines, "equivalent words").
const std::unordered_map<std::string_view, std::string_view>& equivalents()
{
    static const std::unordered_map<std::string_view, std::string_view> map {
        {"acknowledgment", "acknowledgement"},
        {"acknowledgments", "acknowledgements"},
        {"analogue", "analog"},
        {"analyse", "analyze"},
        {"artefact", "artifact"},
        {"authorisation", "authorization"},
        {"authorised", "authorized"},
        {"calibre", "caliber"},
        {"cancelled", "canceled"},
        {"capitalisations", "capitalizations"},
        {"catalogue", "catalog"},
        {"categorise", "categorize"},
        {"centre", "center"},
        {"emphasised", "emphasized"},
        {"favour", "favor"},
        {"favourite", "favorite"},
        {"fulfil", "fulfill"},
        {"fulfilment", "fulfillment"},
        {"initialise", "initialize"},
        {"judgment", "judgement"},
        {"labelling", "labeling"},
        {"labour", "labor"},
        {"licence", "license"},
        {"licences", "licenses"},
        {"licenced", "licensed"},
        {"licencing", "licensing"},
        {"licencee", "licensee"},
        {"licencor", "licensor"},
        {"sublicence", "sublicense"},
        {"maximise", "maximize"},
        {"modelled", "modeled"},
        {"modelling", "modeling"},
        {"offence", "offense"},
        {"optimise", "optimize"},
        {"organisation", "organization"},
        {"organise", "organize"},
        {"practise", "practice"},
        {"programme", "program"},
        {"realise", "realize"},
        {"recognise", "recognize"},
        {"signalling", "signaling"},
        {"utilisation", "utilization"},
        {"whilst", "while"},
        {"wilful", "willful"},
        {"colour", "color"},
        {"behaviour", "behavior"},
    };
    return map;
}

// Whether a word may be a key of equivalents(): most words are turned away by their length and
// their first and last letters, without hashing them.
bool mayHaveEquivalent(std::string_view w)
{
    const auto key = [](std::string_view k) { return (std::size_t(k.front() & 31) << 5) | std::size_t(k.back() & 31); };
    static const auto filter = [&key] {
        std::pair<std::bitset<1024>, std::size_t> f {{}, std::string_view::npos}; // letters, shortest key
        for (const auto& entry : equivalents()) {
            f.first.set(key(entry.first));
            f.second = std::min(f.second, entry.first.size());
        }
        return f;
    }();
    return w.size() >= filter.second && filter.first.test(key(w));
}

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool isRoman(std::string_view w)
{
    static const std::array<std::string_view, 12> romans {
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};
    return std::find(romans.begin(), romans.end(), w) != romans.end();
}

bool isBulletWord(std::string_view w)
{
    if (w.empty() || w.size() > 4)
        return false;
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return w.size() <= 2;
    if (w.size() == 1 && w[0] >= 'a' && w[0] <= 'z')
        return true;
    return isRoman(w);
}

// Length of an HTML tag or entity starting at `i`, or 0.
std::size_t markupLength(std::string_view s, std::size_t i)
{
    const char c = s[i];
    if (c == '<' && i + 1 < s.size()) {
        const char n = s[i + 1];
        if (!(std::isalpha(static_cast<unsigned char>(n)) || n == '/' || n == '!' || n == '?'))
            return 0;
        const std::size_t limit = std::min(s.size(), i + 1024);
        for (std::size_t j = i + 1; j < limit; ++j) {
            if (s[j] == '>')
                return j - i + 1;
            if (s[j] == '<')
                return 0;
        }
        return 0;
    }
    if (c == '&') {
        const std::size_t limit = std::min(s.size(), i + 10);
        std::size_t j = i + 1;
        if (j < limit && s[j] == '#')
            ++j;
        const std::size_t start = j;
        while (j < limit && std::isalnum(static_cast<unsigned char>(s[j])))
            ++j;
        if (j < limit && j > start && s[j] == ';')
            return j - i + 1;
    }
    return 0;
}

// After a line-initial "Copyright": a statement ("(c)", "©", a year, a colon and a year) rather
// than prose that happens to start a reflowed line ("copyright notice and this permission …").
bool statementFollows(std::string_view s, std::size_t i)
{
    const std::size_t end = std::min(s.size(), i + 16);
    while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == ':' || s[i] == ','))
        ++i;
    if (i >= end)
        return true; // "Copyright" alone on its line: a heading
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9')
        return true;
    if (c == 0xC2 || c == '&')
        return true; // © or &copy;
    if (c == '(' && i + 2 < s.size() && (s[i + 1] == 'c' || s[i + 1] == 'C') && s[i + 2] == ')')
        return true;
    return false;
}

// On a copyright line, the words that start a grant after the holder ("Copyright 2014 Jane Doe.
// Licensed under the MIT license.", "Copyright (c) YEAR NAME. Permission is granted to copy…"):
// the rest of the line is a notice, not the holder's name.
bool grantFollows(std::string_view word, std::string_view s, std::size_t i)
{
    struct Start
    {
        std::string_view word, next; // `next` in lower case, compared caselessly
    };
    static constexpr Start starts[] {{"licensed", "under "}, {"licenced", "under "}, {"released", "under "},
        {"distributed", "under "}, {"available", "under "}, {"permission", "is "}, {"permission", "to "},
        {"this", "program is free"}, {"this", "library is free"}, {"this", "file is free"},
        {"this", "software is free"}};
    std::size_t j = i;
    while (j < s.size() && (s[j] == ' ' || s[j] == '\t'))
        ++j;
    return std::any_of(std::begin(starts), std::end(starts),
        [&](const Start& st) { return word == st.word && startsWithCaseless(s, j, st.next); });
}

} // namespace

std::uint32_t wordHash(std::string_view word)
{
    std::uint32_t h = 2166136261u;
    for (unsigned char c : word) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

std::size_t TokenStream::tokenAt(std::size_t offset) const
{
    auto it = std::upper_bound(offsets.begin(), offsets.end(), std::uint32_t(offset));
    return it == offsets.begin() ? 0 : std::size_t(it - offsets.begin() - 1);
}

std::string_view TokenStream::textOf(std::size_t begin, std::size_t end) const
{
    const std::size_t from = offsets[begin];
    const std::size_t to = end < size() ? offsets[end] : text.size();
    return std::string_view(text).substr(from, to - from);
}

bool startsWithCaseless(std::string_view s, std::size_t at, std::string_view lower)
{
    if (at > s.size() || lower.size() > s.size() - at)
        return false;
    for (std::size_t k = 0; k < lower.size(); ++k) {
        char c = s[at + k];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[k])
            return false;
    }
    return true;
}

namespace {

void emit(TokenStream& out, std::string_view word, int line)
{
    if (!out.text.empty())
        out.text.push_back(' ');
    out.offsets.push_back(std::uint32_t(out.text.size()));
    out.text.append(word);
    out.ids.push_back(wordHash(word));
    out.lines.push_back(line);
}

} // namespace

TokenStream normalize(std::string_view s, const NormalizeOptions& options)
{
    TokenStream out;
    out.text.reserve(s.size() / 2);
    int line = 1;
    int wordsOnLine = 0;
    int skipping = 0; // words left to drop on a copyright line; < 0 = until end of line
    bool copyrightSign = false;
    std::string word;
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '\n') {
            ++line;
            wordsOnLine = 0;
            skipping = 0;
            copyrightSign = false;
            ++i;
            continue;
        }
        if (options.stripMarkup && (c == '<' || c == '&')) {
            if (const std::size_t len = markupLength(s, i)) {
                const std::string_view m = s.substr(i, len);
                if (m == "&copy;" || m == "&#169;")
                    copyrightSign = wordsOnLine == 0 || copyrightSign;
                const auto newlines = std::count(m.begin(), m.end(), '\n');
                if (newlines) {
                    line += int(newlines);
                    wordsOnLine = 0;
                    skipping = 0;
                }
                i += len;
                continue;
            }
        }
        if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(s[i + 1]) == 0xA9) { // ©
            if (wordsOnLine == 0)
                copyrightSign = true;
            i += 2;
            continue;
        }
        if (c == '\\' && i + 1 < n && (s[i + 1] == 'n' || s[i + 1] == 't' || s[i + 1] == 'r')) {
            i += 2; // an escaped newline or tab inside a string literal ("modify\nit under …")
            continue;
        }
        if (!isWordByte(c)) {
            // "GPL-2.0+", "GPLv3+": a plus glued to a word is a word of its own ("or later").
            if (c == '+' && skipping == 0 && i > 0 && isWordByte(static_cast<unsigned char>(s[i - 1]))) {
                ++wordsOnLine;
                emit(out, "plus", line);
            }
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < n && isWordByte(static_cast<unsigned char>(s[i])))
            ++i;
        word.assign(s.data() + start, i - start);
        for (char& ch : word)
            if (ch >= 'A' && ch <= 'Z')
                ch = char(ch - 'A' + 'a');
        const char prev = start > 0 ? s[start - 1] : '\n';
        const char next = i < n ? s[i] : '\n';
        const char afterNext = i + 1 < n ? s[i + 1] : '\n';
        if (skipping != 0 && !(skipping > 0 && grantFollows(word, s, i))) {
            if (skipping > 0)
                --skipping;
            continue;
        }
        skipping = 0;
        if (wordsOnLine == 0 && options.dropCopyrightLines) {
            const bool parenC = word == "c" && prev == '(' && next == ')';
            if ((word == "copyright" && statementFollows(s, i)) || parenC || copyrightSign) {
                skipping = 40; // a long reflowed paragraph may follow the holder on the same line
                copyrightSign = false;
                continue;
            }
        }
        if (wordsOnLine == 0 && isBulletWord(word)
            && ((next == '.' || next == ')')
                && (afterNext == ' ' || afterNext == '\t' || afterNext == '\n' || afterNext == '\r'))) {
            continue;
        }
        if (wordsOnLine == 0 && prev == '(' && next == ')' && isBulletWord(word))
            continue;
        if (word == "http" || word == "https" || word == "www")
            continue;
        ++wordsOnLine;
        if (mayHaveEquivalent(word)) {
            const auto& eq = equivalents();
            if (const auto it = eq.find(word); it != eq.end()) {
                emit(out, it->second, line);
                continue;
            }
        }
        emit(out, word, line);
    }
    return out;
}

TokenStream fromNormalized(std::string_view words)
{
    TokenStream out;
    out.text.assign(words);
    std::size_t i = 0;
    while (i < words.size()) {
        while (i < words.size() && words[i] == ' ')
            ++i;
        const std::size_t start = i;
        while (i < words.size() && words[i] != ' ')
            ++i;
        if (i > start) {
            out.offsets.push_back(std::uint32_t(start));
            out.ids.push_back(wordHash(words.substr(start, i - start)));
            out.lines.push_back(1);
        }
    }
    return out;
}

} // namespace assay::licenses
