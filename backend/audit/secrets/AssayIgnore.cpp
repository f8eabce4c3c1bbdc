// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssayIgnore.h"

#include <QDir>
#include <QFile>

namespace assay::audit {

QString AssayIgnore::globToRegex(const QString& glob, bool anchored)
{
    QString re = anchored ? QStringLiteral("^") : QStringLiteral("^(?:.*/)?");
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob[i];
        if (c == u'*') {
            if (i + 1 < glob.size() && glob[i + 1] == u'*') {
                const bool slashAfter = i + 2 < glob.size() && glob[i + 2] == u'/';
                if (slashAfter) {
                    re += QStringLiteral("(?:.*/)?"); // "**/": zero or more directories
                    i += 2;
                } else {
                    re += QStringLiteral(".*");
                    i += 1;
                }
            } else {
                re += QStringLiteral("[^/]*");
            }
        } else if (c == u'?') {
            re += QStringLiteral("[^/]");
        } else if (c == u'[') {
            const qsizetype close = glob.indexOf(u']', i + 1);
            if (close < 0) {
                re += QStringLiteral("\\[");
            } else {
                QString cls = glob.mid(i + 1, close - i - 1);
                if (cls.startsWith(u'!'))
                    cls[0] = u'^';
                re += u'[' + cls.replace(QStringLiteral("\\"), QStringLiteral("\\\\")) + u']';
                i = close;
            }
        } else if (c == u'\\' && i + 1 < glob.size()) {
            re += QRegularExpression::escape(glob.mid(++i, 1));
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return re + u'$';
}

AssayIgnore AssayIgnore::parse(const QString& text)
{
    static const QRegularExpression fingerprint(QStringLiteral("^[0-9a-f]{64}$"));
    AssayIgnore out;
    for (QString line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        while (line.endsWith(u' ') && !line.endsWith(QStringLiteral("\\ ")))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString trimmed = line.trimmed();
        if (fingerprint.match(trimmed.toLower()).hasMatch()) {
            out.m_fingerprints.insert(trimmed.toLower());
            continue;
        }
        if (trimmed.startsWith(QStringLiteral("rule:"))) {
            out.m_rules.insert(trimmed.mid(5).trimmed());
            continue;
        }
        Glob g;
        QString pat = line;
        if (pat.startsWith(u'!')) {
            g.negated = true;
            pat.remove(0, 1);
        } else if (pat.startsWith(QStringLiteral("\\!")) || pat.startsWith(QStringLiteral("\\#"))) {
            pat.remove(0, 1);
        }
        if (pat.endsWith(u'/')) {
            g.dirOnly = true;
            pat.chop(1);
        }
        if (pat.isEmpty())
            continue;
        // A slash at the start or in the middle anchors the pattern at the root (gitignore).
        const bool anchored = pat.contains(u'/');
        if (pat.startsWith(u'/'))
            pat.remove(0, 1);
        g.re = QRegularExpression(globToRegex(pat, anchored));
        if (!g.re.isValid())
            continue;
        out.m_globs.push_back(std::move(g));
    }
    return out;
}

AssayIgnore AssayIgnore::load(const QString& root)
{
    if (root.isEmpty())
        return {};
    QFile f(QDir(root).filePath(QStringLiteral(".assayignore")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(QString::fromUtf8(f.readAll()));
}

bool AssayIgnore::ignoresPath(const QString& path) const
{
    if (m_globs.empty())
        return false;
    // gitignore: a path is excluded when it or one of its parent directories matches; the last
    // matching pattern wins, so `!` re-includes.
    QStringList prefixes;
    for (qsizetype at = path.indexOf(u'/'); at >= 0; at = path.indexOf(u'/', at + 1))
        prefixes << path.left(at);
    bool ignored = false;
    for (const auto& g : m_globs) {
        bool hit = !g.dirOnly && g.re.match(path).hasMatch();
        for (qsizetype k = 0; !hit && k < prefixes.size(); ++k)
            hit = g.re.match(prefixes[k]).hasMatch();
        if (hit)
            ignored = !g.negated;
    }
    return ignored;
}

} // namespace assay::audit
