// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

// SPDX license expressions (SPDX spec annex D): parsing with AND / OR / WITH / parentheses and
// `+`, normalisation to the canonical form (ids in their canonical case, deprecated ids such as
// `GPL-2.0+` or `GPL-2.0-with-classpath-exception` rewritten to `GPL-2.0-or-later` /
// `GPL-2.0-only WITH Classpath-exception-2.0`), and combination of per-file hits.
// Used by the license matcher, the package-metadata readers and provenance.
namespace assay::licenses {

class SpdxExpression
{
public:
    struct Node
    {
        enum class Kind
        {
            License,
            With,
            And,
            Or
        };
        Kind kind = Kind::License;
        std::string id; // License: canonical license id (or LicenseRef-…)
        std::string exception; // With: canonical exception id; children[0] is the license
        std::vector<Node> children;
    };

    // Strict: unknown ids are an error (validation). Lenient (the default, for what files say):
    // unknown ids are kept as written, lower-case operators and `/` between ids are accepted.
    static Result<SpdxExpression> parse(const QString& text, bool strict = false);
    // Whether both parses read `text` as one token (no white space, ',', parentheses or `/`):
    // then the lenient parse knows no more ids than the strict one.
    static bool isOneToken(const QString& text);
    // One canonical license id for `id` (handles case, `+`, deprecated ids); the result may be an
    // expression such as "GPL-2.0-only WITH Classpath-exception-2.0". Empty when unknown.
    static QString normalizeId(const QString& id);
    // `a AND b AND …` without duplicates; OR-expressions get parentheses.
    static QString combineAnd(const QStringList& expressions);

    bool isEmpty() const { return m_root.kind == Node::Kind::License && m_root.id.empty(); }
    QString toString() const;
    // Every license id (LicenseRef-* included) and every exception id, in order, without duplicates.
    QStringList licenseIds() const;
    QStringList exceptionIds() const;
    const Node& root() const { return m_root; }
    static SpdxExpression fromRoot(Node root)
    {
        SpdxExpression e;
        e.m_root = std::move(root);
        return e;
    }

private:
    Node m_root;
};

} // namespace assay::licenses
