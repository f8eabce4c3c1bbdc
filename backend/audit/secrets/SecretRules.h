// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace assay::audit {

// One secret rule as written in resources/secrets/rules.json. `regex` is in the common subset of
// vectorscan and PCRE2; the named group `secret` (or the whole match) is the credential.
struct SecretRule
{
    QString id;
    QString title;
    QString severity; // critical | high | medium | low
    QString regex;
    QStringList keywords; // lower-case literals; one must occur in the file
    QStringList contextKeywords; // lower-case; when set, one must occur on the line
    double entropyMin = 0.0; // Shannon bits per character of the secret
    std::vector<QRegularExpression> allowlist; // a secret matching any of these is not reported
    QString validator; // "", pem, jwt, putty, basic_auth
    bool hexOk = false; // pure hex / UUID values are legitimate for this rule
    bool generic = false; // value-level placeholder and reference checks apply
    bool url = false; // the secret is the password part of a URL
    QRegularExpression paths; // when valid and non-empty: only files whose path matches
    QRegularExpression confirm; // `confirm` (or `regex`) for PCRE2, used on the matched line only
};

// The loaded, validated rule set. Immutable after load and shared by every scanner.
class SecretRules
{
public:
    // How patterns are checked on load: a user's rule file is compiled (a clear error for a bad
    // pattern); the embedded rule set is trusted (test_secret_scanner compiles every pattern), and
    // its patterns compile on first use — most never run.
    enum class Patterns
    {
        Compile,
        Trust
    };
    // The embedded rule set (":/secrets/rules.json").
    static Result<std::shared_ptr<const SecretRules>> builtin();
    static Result<std::shared_ptr<const SecretRules>> fromFile(
        const QString& path, Patterns patterns = Patterns::Compile);
    static Result<std::shared_ptr<const SecretRules>> fromJson(
        const QByteArray& json, Patterns patterns = Patterns::Compile);

    const std::vector<SecretRule>& rules() const { return m_rules; }
    int indexOf(const QString& id) const;
    // Placeholders and documented example values, never reported by any rule.
    const std::vector<QRegularExpression>& globalAllowlist() const { return m_globalAllowlist; }
    // Lower-case words that make a generic rule's value a placeholder ("changeme", "your").
    const QStringList& genericStopwords() const { return m_genericStopwords; }

private:
    std::vector<SecretRule> m_rules;
    std::vector<QRegularExpression> m_globalAllowlist;
    QStringList m_genericStopwords;
};

} // namespace assay::audit
