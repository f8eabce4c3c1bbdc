// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyrightScanner.h"

#include "TextNormalizer.h"

#include <QRegularExpression>

namespace assay::licenses {

namespace {

// Words that follow "copyright" in prose rather than in a statement.
bool isProse(const QString& holder)
{
    static const QRegularExpression prose(
        QStringLiteral("^(?:notice|notices|holder|holders|owner|owners|law|laws|and|or|the|of|to|on|in|is|are|by the|"
                       "statement|protection|license|licence|information|permission|act|infringement|treaty|"
                       "treaties|interest|claim|claims|file|date|year|years|text|line|lines|header|remains|"
                       "<year>|\\[year\\]|\\$\\{year\\}|<copyright|\\[yyyy\\]|\\{yyyy\\}|yyyy|name of|for|as|may|"
                       "must|shall|will|\\(c\\)$|&|this|these|such|any|all rights|with|at|from|if|but)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return prose.match(holder).hasMatch();
}

QString cleanHolder(QString h)
{
    static const QRegularExpression tail(QStringLiteral("\\s*(?:\\ball rights reserved\\b.*|\\*/.*|-->.*|\\.\\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lead(
        QStringLiteral("^(?:by|\\(c\\)|©|&copy;)\\s*"), QRegularExpression::CaseInsensitiveOption);
    h = h.trimmed();
    for (int i = 0; i < 2; ++i)
        h.remove(lead);
    h.remove(tail);
    while (!h.isEmpty() && QStringLiteral(",;:*#/-\\\"'").contains(h.back()))
        h.chop(1);
    while (!h.isEmpty() && QStringLiteral(",;:*#/-\\\"'").contains(h.front()))
        h.remove(0, 1);
    return h.simplified();
}

} // namespace

namespace {

// Length of a copyright marker at `at` ("copyright", "(c)", "©", "&copy;"), or 0.
std::size_t markerAt(std::string_view s, std::size_t at)
{
    for (std::string_view m : {std::string_view("copyright"), std::string_view("(c)"), std::string_view("&copy;"),
             std::string_view("\xC2\xA9")})
        if (startsWithCaseless(s, at, m))
            return m.size();
    return 0;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::vector<audit::CopyrightHit> CopyrightScanner::scan(std::string_view content)
{
    std::vector<audit::CopyrightHit> out;
    static const QRegularExpression splitHolders(QStringLiteral("\\s*(?:,\\s*and\\s+|\\band\\b|;)\\s*"));
    int line = 0;
    std::size_t pos = 0;
    while (pos <= content.size() && out.size() < 200) {
        auto eol = content.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = content.size();
        ++line;
        const std::string_view raw = content.substr(pos, eol - pos);
        pos = eol + 1;
        if (raw.size() > 400)
            continue;
        // The first marker of the line.
        std::size_t start = std::string_view::npos;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            const char c = raw[i];
            if ((c == 'c' || c == 'C' || c == '(' || c == '&' || static_cast<unsigned char>(c) == 0xC2)
                && markerAt(raw, i)) {
                start = i;
                break;
            }
        }
        if (start == std::string_view::npos)
            continue;
        // Markers, then "by", then years, then the holder: a hand-written scanner, no backtracking.
        std::size_t i = start;
        bool symbol = false;
        while (i < raw.size()) {
            if (const auto m = markerAt(raw, i)) {
                symbol = symbol || (raw[i] != 'c' && raw[i] != 'C');
                i += m;
            } else if (raw[i] == ' ' || raw[i] == '\t' || raw[i] == ':') {
                ++i;
            } else {
                break;
            }
        }
        if (startsWithCaseless(raw, i, "by "))
            i += 3;
        const std::size_t yearsStart = i;
        std::size_t yearsEnd = i;
        while (i < raw.size()) {
            std::size_t j = i;
            while (j < raw.size() && (raw[j] == ' ' || raw[j] == ','))
                ++j;
            if (j + 4 <= raw.size() && isDigit(raw[j]) && isDigit(raw[j + 1]) && isDigit(raw[j + 2])
                && isDigit(raw[j + 3]) && (raw[j] == '1' || raw[j] == '2')
                && (j + 4 == raw.size() || !isDigit(raw[j + 4]))) {
                j += 4;
                // A range: 2019-2021, 2019 - 21, 2019/2020, 2019–present
                std::size_t k = j;
                while (k < raw.size() && raw[k] == ' ')
                    ++k;
                std::size_t dash = 0;
                if (k < raw.size() && (raw[k] == '-' || raw[k] == '/'))
                    dash = 1;
                else if (startsWithCaseless(raw, k, "\xE2\x80\x93"))
                    dash = 3;
                if (dash) {
                    k += dash;
                    while (k < raw.size() && raw[k] == ' ')
                        ++k;
                    std::size_t d = k;
                    while (d < raw.size() && isDigit(raw[d]))
                        ++d;
                    if (d - k == 2 || d - k == 4)
                        j = d;
                    else if (startsWithCaseless(raw, k, "present"))
                        j = k + 7;
                }
                i = j;
                yearsEnd = j;
                continue;
            }
            break;
        }
        const QString years = QString::fromUtf8(raw.substr(yearsStart, yearsEnd - yearsStart)).trimmed();
        const QString holderText = cleanHolder(QString::fromUtf8(raw.substr(yearsEnd)));
        if (years.isEmpty() && (!symbol || holderText.isEmpty()))
            continue;
        if (!holderText.isEmpty() && isProse(holderText) && years.isEmpty())
            continue;
        audit::CopyrightHit hit;
        hit.statement = QString::fromUtf8(raw.substr(start)).simplified();
        for (const auto& closer : {QStringLiteral("*/"), QStringLiteral("-->")})
            if (const auto at = hit.statement.indexOf(closer); at >= 0)
                hit.statement = hit.statement.left(at).trimmed();
        hit.years = years;
        hit.line = line;
        if (!holderText.isEmpty() && !isProse(holderText)) {
            for (auto h : holderText.split(splitHolders, Qt::SkipEmptyParts)) {
                h = cleanHolder(h);
                if (h.size() > 1 && !hit.holders.contains(h))
                    hit.holders << h;
            }
        }
        if (hit.holders.isEmpty() && hit.years.isEmpty())
            continue;
        out.push_back(std::move(hit));
    }
    return out;
}

} // namespace assay::licenses
