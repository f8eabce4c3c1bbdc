// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretRules.h"

#include <QFile>
#include <nlohmann/json.hpp>

#include <mutex>
#include <set>

namespace assay::audit {

namespace {

QString qs(const nlohmann::json& j, const char* key)
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

QStringList lowerList(const nlohmann::json& j, const char* key)
{
    QStringList out;
    auto it = j.find(key);
    if (it == j.end() || !it->is_array())
        return out;
    for (const auto& v : *it)
        if (v.is_string())
            out << QString::fromStdString(v.get<std::string>()).toLower();
    return out;
}

bool flag(const nlohmann::json& j, const char* key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

} // namespace

Result<std::shared_ptr<const SecretRules>> SecretRules::builtin()
{
    // Parsed once per process: the rule set is immutable and shared.
    static std::mutex mutex;
    static std::shared_ptr<const SecretRules> cached;
    std::lock_guard lock(mutex);
    if (cached)
        return cached;
    auto loaded = fromFile(QStringLiteral(":/secrets/rules.json"), Patterns::Trust);
    if (loaded)
        cached = *loaded;
    return loaded;
}

Result<std::shared_ptr<const SecretRules>> SecretRules::fromFile(const QString& path, Patterns patterns)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("The secret rule file %1 cannot be read.").arg(path));
    return fromJson(f.readAll(), patterns);
}

Result<std::shared_ptr<const SecretRules>> SecretRules::fromJson(const QByteArray& bytes, Patterns patterns)
{
    // isValid() compiles (and JIT-compiles) the pattern: only for rule files we do not ship.
    const bool compile = patterns == Patterns::Compile;
    const auto valid = [compile](const QRegularExpression& re) { return !compile || re.isValid(); };
    const auto doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("rules") || !doc["rules"].is_array())
        return Error::validation(QStringLiteral("The secret rule file is not a JSON object with a \"rules\" array."));

    static const QStringList severities {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
        QStringLiteral("low"), QStringLiteral("info")};
    static const QStringList validators {QString(), QStringLiteral("pem"), QStringLiteral("pem_base64"),
        QStringLiteral("jwt"), QStringLiteral("putty"), QStringLiteral("basic_auth")};
    auto set = std::make_shared<SecretRules>();
    std::set<QString> seen;
    for (const auto& j : doc["rules"]) {
        SecretRule r;
        r.id = qs(j, "id");
        r.title = qs(j, "title");
        r.severity = qs(j, "severity");
        r.regex = qs(j, "regex");
        r.validator = qs(j, "validator");
        r.keywords = lowerList(j, "keywords");
        r.contextKeywords = lowerList(j, "context_keywords");
        r.hexOk = flag(j, "hex_ok");
        r.generic = flag(j, "generic");
        r.url = flag(j, "url");
        if (auto it = j.find("entropy_min"); it != j.end() && it->is_number())
            r.entropyMin = it->get<double>();
        const QString where
            = r.id.isEmpty() ? QStringLiteral("a rule without id") : QStringLiteral("rule %1").arg(r.id);
        if (r.id.isEmpty() || r.regex.isEmpty() || r.title.isEmpty())
            return Error::validation(QStringLiteral("Secret %1 needs an id, a title and a regex.").arg(where));
        if (!seen.insert(r.id).second)
            return Error::validation(QStringLiteral("Secret rule id %1 is used twice.").arg(r.id));
        if (!severities.contains(r.severity))
            return Error::validation(QStringLiteral("Secret %1 has an unknown severity.").arg(where));
        if (!validators.contains(r.validator))
            return Error::validation(QStringLiteral("Secret %1 names an unknown validator.").arg(where));
        if (auto it = j.find("allowlist"); it != j.end() && it->is_array()) {
            for (const auto& a : *it) {
                QRegularExpression re(QString::fromStdString(a.get<std::string>()));
                if (!valid(re))
                    return Error::validation(QStringLiteral("Secret %1 has an invalid allowlist pattern.").arg(where));
                r.allowlist.push_back(std::move(re));
            }
        }
        if (const QString p = qs(j, "paths"); !p.isEmpty()) {
            r.paths = QRegularExpression(p);
            if (!valid(r.paths))
                return Error::validation(QStringLiteral("Secret %1 has an invalid paths pattern.").arg(where));
        }
        // `confirm` (optional) is a stricter PCRE2 form of `regex` when the vectorscan pattern is
        // loosened for speed (e.g. without a context that is common in some file types).
        const QString confirm = qs(j, "confirm");
        r.confirm = QRegularExpression(confirm.isEmpty() ? r.regex : confirm);
        if (!valid(r.confirm))
            return Error::validation(
                QStringLiteral("Secret %1 has an invalid regex: %2.").arg(where, r.confirm.errorString()));
        set->m_rules.push_back(std::move(r));
    }
    if (auto it = doc.find("global_allowlist"); it != doc.end() && it->is_array()) {
        for (const auto& a : *it) {
            QRegularExpression re(QString::fromStdString(a.get<std::string>()));
            if (!valid(re))
                return Error::validation(QStringLiteral("The secret rules' global allowlist has an invalid pattern."));
            set->m_globalAllowlist.push_back(std::move(re));
        }
    }
    set->m_genericStopwords = lowerList(doc, "generic_stopwords");
    if (set->m_rules.empty())
        return Error::validation(QStringLiteral("The secret rule file holds no rules."));
    return std::shared_ptr<const SecretRules>(std::move(set));
}

int SecretRules::indexOf(const QString& id) const
{
    for (size_t i = 0; i < m_rules.size(); ++i)
        if (m_rules[i].id == id)
            return int(i);
    return -1;
}

} // namespace assay::audit
