// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace assay::audit {

// .gitignore rules for walking plain folders, with git's semantics: blank lines and `#`
// comments skipped, `!` negation (last match wins), trailing `/` for directories only, a `/`
// anywhere but the end anchors the pattern to the file's folder, `*`, `?`, `[...]` and `**`.
class GitIgnore
{
public:
    // Adds the rules of one .gitignore whose folder is `base` (relative to the root, '' for it).
    void addRules(const QString& base, const QString& text);
    bool isEmpty() const { return m_rules.empty(); }

    // Whether `relativePath` (relative to the root, '/'-separated) is ignored.
    bool isIgnored(const QString& relativePath, bool isDirectory) const;

    // Glob matching with git's wildmatch rules (also used for .assayignore and path filters).
    static bool wildmatch(QStringView pattern, QStringView text, bool pathAware = true);

private:
    struct Rule
    {
        QString base;
        QString pattern;
        bool negated = false;
        bool directoryOnly = false;
        bool anchored = false; // contains a '/' other than a trailing one
    };
    std::vector<Rule> m_rules;
};

} // namespace assay::audit
