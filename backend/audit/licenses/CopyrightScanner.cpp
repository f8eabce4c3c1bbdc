// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyrightScanner.h"

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

std::vector<audit::CopyrightHit> CopyrightScanner::scan(std::string_view content)
{
    std::vector<audit::CopyrightHit> out;
    static const QRegularExpression statement(
        QStringLiteral("(?:\\bcopyright\\b\\s*(?:\\(c\\)|©|&copy;)?|\\(c\\)|©|&copy;)\\s*(?:by\\s+)?"
                       "((?:(?:19|20)\\d\\d(?:\\s*[-–,/]\\s*(?:(?:19|20)\\d\\d|\\d\\d|present))*[,\\s]*)*)(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression symbol(
        QStringLiteral("(?:\\(c\\)|©|&copy;)"), QRegularExpression::CaseInsensitiveOption);
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
        bool candidate = false;
        for (std::size_t i = 0; i + 2 < raw.size() + 1 && !candidate; ++i) {
            const char c = raw[i];
            if ((c == 'c' || c == 'C') && i + 9 <= raw.size()) {
                std::string w(raw.substr(i, 9));
                for (char& ch : w)
                    ch = char(std::tolower(static_cast<unsigned char>(ch)));
                candidate = w == "copyright";
            } else if (c == '(' && i + 2 < raw.size() && (raw[i + 1] == 'c' || raw[i + 1] == 'C')
                && raw[i + 2] == ')') {
                candidate = true;
            } else if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < raw.size()
                && static_cast<unsigned char>(raw[i + 1]) == 0xA9) {
                candidate = true;
            }
        }
        if (!candidate)
            continue;
        const QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        const auto m = statement.match(text);
        if (!m.hasMatch())
            continue;
        const QString years = m.captured(1).trimmed().remove(QRegularExpression(QStringLiteral("[,\\s]+$")));
        const QString holderText = cleanHolder(m.captured(2));
        const bool hasSymbol = symbol.match(m.captured(0)).hasMatch();
        if (years.isEmpty() && (!hasSymbol || holderText.isEmpty()))
            continue;
        if (holderText.isEmpty() && years.isEmpty())
            continue;
        if (!holderText.isEmpty() && isProse(holderText) && years.isEmpty())
            continue;
        audit::CopyrightHit hit;
        hit.statement = text.mid(m.capturedStart()).simplified();
        hit.statement.remove(QRegularExpression(QStringLiteral("\\s*(?:\\*/|-->).*$")));
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
