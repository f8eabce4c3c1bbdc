// SPDX-License-Identifier: GPL-3.0-or-later
#include "GitIgnore.h"

namespace assay::audit {

namespace {

// Matches a bracket expression at pattern[pi] ('[' ... ']') against c; advances pi past it.
bool matchBracket(QStringView pattern, qsizetype& pi, QChar c, bool& valid)
{
    qsizetype i = pi + 1;
    bool negate = false;
    if (i < pattern.size() && (pattern[i] == QLatin1Char('!') || pattern[i] == QLatin1Char('^'))) {
        negate = true;
        ++i;
    }
    bool matched = false;
    bool first = true;
    while (i < pattern.size() && (first || pattern[i] != QLatin1Char(']'))) {
        first = false;
        QChar lo = pattern[i];
        if (lo == QLatin1Char('\\') && i + 1 < pattern.size())
            lo = pattern[++i];
        QChar hi = lo;
        if (i + 2 < pattern.size() && pattern[i + 1] == QLatin1Char('-') && pattern[i + 2] != QLatin1Char(']')) {
            hi = pattern[i + 2];
            i += 2;
        }
        if (c >= lo && c <= hi)
            matched = true;
        ++i;
    }
    if (i >= pattern.size()) {
        valid = false;
        return false;
    }
    valid = true;
    pi = i + 1;
    return matched != negate;
}

bool match(QStringView p, QStringView t, bool pathAware)
{
    qsizetype pi = 0;
    qsizetype ti = 0;
    while (pi < p.size()) {
        const QChar pc = p[pi];
        if (pc == QLatin1Char('*')) {
            const bool doubleStar = pi + 1 < p.size() && p[pi + 1] == QLatin1Char('*');
            if (doubleStar && pathAware) {
                qsizetype next = pi + 2;
                const bool slashAfter = next < p.size() && p[next] == QLatin1Char('/');
                const bool atStart = pi == 0 || p[pi - 1] == QLatin1Char('/');
                if (atStart && (slashAfter || next == p.size())) {
                    // "**/" matches zero or more folders; a trailing "**" matches everything.
                    if (next == p.size())
                        return true;
                    QStringView rest = p.mid(next + 1);
                    for (qsizetype k = ti; k <= t.size(); ++k) {
                        if ((k == ti || t[k - 1] == QLatin1Char('/')) && match(rest, t.mid(k), pathAware))
                            return true;
                    }
                    return false;
                }
            }
            while (pi < p.size() && p[pi] == QLatin1Char('*'))
                ++pi;
            QStringView rest = p.mid(pi);
            for (qsizetype k = ti; k <= t.size(); ++k) {
                if (match(rest, t.mid(k), pathAware))
                    return true;
                if (k < t.size() && pathAware && !doubleStar && t[k] == QLatin1Char('/'))
                    return false;
            }
            return false;
        }
        if (ti >= t.size())
            return false;
        if (pc == QLatin1Char('?')) {
            if (pathAware && t[ti] == QLatin1Char('/'))
                return false;
            ++pi;
            ++ti;
            continue;
        }
        if (pc == QLatin1Char('[')) {
            bool valid = false;
            qsizetype save = pi;
            const bool m = matchBracket(p, pi, t[ti], valid);
            if (valid) {
                if (!m || (pathAware && t[ti] == QLatin1Char('/')))
                    return false;
                ++ti;
                continue;
            }
            pi = save; // a lone '[' is literal
        }
        QChar literal = pc;
        if (pc == QLatin1Char('\\') && pi + 1 < p.size())
            literal = p[++pi];
        if (literal != t[ti])
            return false;
        ++pi;
        ++ti;
    }
    return ti == t.size();
}

} // namespace

bool GitIgnore::wildmatch(QStringView pattern, QStringView text, bool pathAware)
{
    return match(pattern, text, pathAware);
}

void GitIgnore::addRules(const QString& base, const QString& text)
{
    const auto lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        // Trailing spaces are ignored unless escaped.
        while (line.endsWith(QLatin1Char(' ')) && !line.endsWith(QLatin1String("\\ ")))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        Rule r;
        r.base = base;
        if (line.startsWith(QLatin1Char('!'))) {
            r.negated = true;
            line.remove(0, 1);
        } else if (line.startsWith(QLatin1String("\\!")) || line.startsWith(QLatin1String("\\#"))) {
            line.remove(0, 1);
        }
        if (line.endsWith(QLatin1Char('/'))) {
            r.directoryOnly = true;
            line.chop(1);
        }
        if (line.isEmpty())
            continue;
        r.anchored = line.contains(QLatin1Char('/'));
        if (line.startsWith(QLatin1Char('/')))
            line.remove(0, 1);
        r.pattern = line;
        m_rules.push_back(std::move(r));
    }
}

bool GitIgnore::isIgnored(const QString& relativePath, bool isDirectory) const
{
    bool ignored = false;
    for (const Rule& r : m_rules) {
        if (r.directoryOnly && !isDirectory)
            continue;
        QStringView path(relativePath);
        if (!r.base.isEmpty()) {
            if (!relativePath.startsWith(r.base) || relativePath.size() <= r.base.size()
                || relativePath[r.base.size()] != QLatin1Char('/'))
                continue;
            path = path.mid(r.base.size() + 1);
        }
        bool m;
        if (r.anchored) {
            m = match(r.pattern, path, true);
        } else {
            const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
            m = match(r.pattern, slash >= 0 ? path.mid(slash + 1) : path, true);
        }
        if (m)
            ignored = !r.negated;
    }
    return ignored;
}

} // namespace assay::audit
