// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <vector>

namespace assay::audit {

// The `.assayignore` file at a repository's root, read by the secret detector:
//   # comment
//   build/ , *.min.js , /docs/**/examples   gitignore-style globs (with `!` to re-include):
//                                           matching files are not scanned for secrets
//   0f3a…(64 hex)                           a finding fingerprint: that finding is suppressed
//   rule:generic-secret-assignment          a rule id: that rule is not reported
class AssayIgnore
{
public:
    AssayIgnore() = default;
    static AssayIgnore parse(const QString& text);
    // Reads <root>/.assayignore; an absent file gives an empty list.
    static AssayIgnore load(const QString& root);

    // Whether a relative '/'-separated path is excluded by the globs.
    bool ignoresPath(const QString& path) const;
    bool ignoresFingerprint(const QString& fingerprint) const { return m_fingerprints.contains(fingerprint); }
    bool ignoresRule(const QString& ruleId) const { return m_rules.contains(ruleId); }
    bool isEmpty() const { return m_globs.empty() && m_fingerprints.isEmpty() && m_rules.isEmpty(); }

    // A gitignore glob as an anchored regular expression over a path (exposed for tests).
    static QString globToRegex(const QString& glob, bool anchored);

private:
    struct Glob
    {
        QRegularExpression re;
        bool negated = false;
        bool dirOnly = false;
    };
    std::vector<Glob> m_globs;
    QSet<QString> m_fingerprints;
    QSet<QString> m_rules;
};

} // namespace assay::audit
