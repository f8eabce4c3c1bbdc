// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

// ForgeTrace-style policy condition strings, parsed by a small recursive-descent parser (no
// eval): `'GPL-3.0' in license_types`, `vulnerability_count.CRITICAL > 0`,
// `third_party_percentage > 60`, `repository.name == 'core'`, combined with and / or / not and
// parentheses. Values are numbers, 'strings' or "strings", true / false / null and [lists];
// variables are dotted paths into the audit's facts (PolicyFacts). `X in list` compares
// case-insensitively, accepts globs ('GPL-*') and matches an id's versions ('GPL-3.0' in
// [GPL-3.0-only]); `X in 'text'` is a substring test. Used by PolicyEngine.
namespace assay::reports {

class PolicyExpression
{
public:
    struct Node;

    // Parses `text`; `knownVariables` (top-level names) are checked so that a typo is an error
    // at load time, never a silent pass. The error is one sentence naming the position.
    static Result<PolicyExpression> parse(const QString& text, const QStringList& knownVariables);

    // Evaluates against `facts` (an object); a comparison of incompatible values is false.
    bool evaluate(const Json& facts) const;
    // The dotted variable paths the expression reads, in order of appearance.
    const QStringList& variables() const { return m_variables; }
    const QString& text() const { return m_text; }

    // The value of a dotted path in `facts` (keys matched case-insensitively), null when absent.
    static Json lookup(const Json& facts, const QString& path);

private:
    std::shared_ptr<const Node> m_root;
    QStringList m_variables;
    QString m_text;
};

} // namespace assay::reports
