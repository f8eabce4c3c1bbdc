// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretFilters.h"

#include <QByteArray>
#include <QRegularExpression>
#include <nlohmann/json.hpp>

#include <array>
#include <cmath>

namespace assay::audit::secretfilters {

double shannonEntropy(QStringView s)
{
    if (s.isEmpty())
        return 0.0;
    std::array<int, 128> counts {};
    int other = 0;
    for (QChar c : s) {
        if (c.unicode() < 128)
            ++counts[c.unicode()];
        else
            ++other;
    }
    const double n = double(s.size());
    double h = 0.0;
    auto add = [&](int k) {
        if (k > 0) {
            const double p = k / n;
            h -= p * std::log2(p);
        }
    };
    for (int k : counts)
        add(k);
    add(other);
    return h;
}

int characterClasses(QStringView s)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : s) {
        if (c >= u'a' && c <= u'z')
            lower = true;
        else if (c >= u'A' && c <= u'Z')
            upper = true;
        else if (c >= u'0' && c <= u'9')
            digit = true;
        else
            other = true;
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

bool isGitShaOrUuid(QStringView s)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[0-9a-f]{40}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"));
    // A 64-hex value is left alone: `openssl rand -hex 32` is how many real secrets are made,
    // and digests sit under keys (checksum, sha256, integrity) that no rule looks at.
    return re.match(s).hasMatch();
}

bool isIntegrityHash(QStringView s)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:sha(?:1|224|256|384|512)[-:][A-Za-z0-9+/=]{20,}|h1:[A-Za-z0-9+/=]{20,}|md5-[A-Za-z0-9+/=]+)$"));
    return re.match(s).hasMatch();
}

bool looksLikeReference(QStringView v)
{
    if (v.isEmpty())
        return true;
    static const QString leading = QStringLiteral("$%{[(<#&*!|:");
    if (leading.contains(v.front()))
        return true;
    static const QRegularExpression re(
        QStringLiteral(
            "(?:\\$\\{|\\{\\{|\\}\\}|\\$\\(|%\\(|\\(\\)|\\w\\(|::|->|\\benv\\b|process\\.env|os\\.environ|getenv"
            "|^(?:https?|file|classpath|vault|arn|env|secret|ref|kms|ssm|awskms|gcpkms|azurekv|op|sm)://?"
            "|^ENC\\(|^encrypted:|^vault:|^arn:aws:"
            "|^[0-9.,:;/_+\\-]+$"
            "|\\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|json|txt|ya?ml|env|cfg|conf|ini|properties|xml|gpg|asc|"
            "pub)$"
            ")"),
        QRegularExpression::CaseInsensitiveOption);
    if (re.match(v).hasMatch())
        return true;
    // Case matters here: path directories are lower-case or capitalised words (a base64 secret
    // has mixed-case runs between its '/'); dotted references start lower-case (config.db.password).
    static const QRegularExpression pathOrDotted(
        QStringLiteral("^(?:~|\\.{1,2})?/(?:[A-Z]?[a-z0-9._\\-]+/)+[A-Za-z0-9._\\-]*$|^/[A-Z]?[a-z0-9._\\-]+$"
                       "|^(?:~|\\.{1,2})/"
                       "|^[A-Za-z]:\\\\|^[a-z_]+(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[^\\]]*\\])+$"));
    if (pathOrDotted.match(v).hasMatch())
        return true;
    // Identifiers and words: only letters with optional separators (FIELD_NAME, passwordField,
    // ABPersonViewController). Random letters differ from words in their vowels and in how
    // many capitals they have, so a letters-only random secret is still reported.
    static const QRegularExpression ident(QStringLiteral("^_*[A-Za-z]+(?:[_\\-.:/][A-Za-z]+)*$"));
    if (v.size() < 64 && ident.match(v).hasMatch()) {
        int letters = 0, upper = 0, vowels = 0;
        for (QChar c : v) {
            if (!c.isLetter())
                continue;
            ++letters;
            upper += c.isUpper() ? 1 : 0;
            vowels += QStringView(u"aeiouyAEIOUY").contains(c) ? 1 : 0;
        }
        const double upperShare = letters ? double(upper) / letters : 0.0;
        const double vowelShare = letters ? double(vowels) / letters : 0.0;
        if (v.startsWith(u'_') || upper == letters || upper == 0 || (upperShare <= 0.35 && vowelShare >= 0.28))
            return true;
    }
    return false;
}

bool looksTrivial(QStringView v)
{
    // Runs of one character and ascending sequences ("aaaaaa", "123456", "abcdef").
    int run = 1, seq = 1;
    for (qsizetype i = 1; i < v.size(); ++i) {
        run = v[i] == v[i - 1] ? run + 1 : 1;
        seq = v[i].unicode() == v[i - 1].unicode() + 1 ? seq + 1 : 1;
        if (run >= 5 || seq >= 6)
            return true;
    }
    return false;
}

bool isNonSecretKey(QStringView key)
{
    static const QRegularExpression re(
        QStringLiteral("public|publishable|bypass|compass|passport|passenger|passage|passive|passthrough|tokenizer|max_"
                       "?tokens|num_?tokens|tokens?_?(?:count|limit|usage|type)"
                       "|csrf|xsrf|nonce|(?:file|path|url|uri|endpoint|name|type|id|ids|field|label|length|len|size"
                       "|header|prompt|env|var|variable|ref|regex|pattern|format|policy|ttl|timeout|expiry|expires?"
                       "|expiration|count|dir|mode|hash|hashed|algorithm|alg|method|provider|location|source|param"
                       "|placeholder|hint|message|msg|text|title|description|example|sample|prefix|suffix|column"
                       "|validator|validation|strength|reset|confirm|confirmation|required|enabled|store|primitive|"
                       "cipher|scheme|encryption"
                       "|version|bytes|kind|flag)s?$"
                       "|^(?:is|has|use|enable|show|require|allow|min|max)_?"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

bool isLockfile(const QString& path)
{
    static const QRegularExpression re(QStringLiteral(
        "(?:^|/)(?:package-lock\\.json|npm-shrinkwrap\\.json|yarn\\.lock|pnpm-lock\\.ya?ml|bun\\.lockb?|Cargo\\.lock"
        "|go\\.sum|poetry\\.lock|Pipfile\\.lock|uv\\.lock|pdm\\.lock|composer\\.lock|Gemfile\\.lock|packages\\.lock\\."
        "json"
        "|gradle\\.lockfile|mix\\.lock|pubspec\\.lock|Podfile\\.lock|flake\\.lock|[^/]+\\.lock)$"));
    return re.match(path).hasMatch();
}

bool isTestPath(const QString& path)
{
    static const QRegularExpression re(QStringLiteral(
        "(?:^|/)(?:tests?|specs?|__tests__|testdata|test_?data|testing|fixtures?|__fixtures__|__mocks__"
        "|mocks?|examples?|samples?|demos?)(?:/|$)"
        "|(?:^|/)(?:test_[^/]*|[^/]*_test\\.[a-z]+|[^/]*\\.(?:test|spec)\\.[a-z]+|[^/]*Tests?\\.[a-z]+)$"));
    return re.match(path).hasMatch();
}

QString lowerSeverity(const QString& severity)
{
    if (severity == u"critical")
        return QStringLiteral("high");
    if (severity == u"high")
        return QStringLiteral("medium");
    if (severity == u"medium")
        return QStringLiteral("low");
    return QStringLiteral("info");
}

namespace {

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
        || c == '=';
}

bool startsWith(std::string_view s, size_t at, std::string_view what)
{
    return s.size() >= at + what.size() && s.compare(at, what.size(), what) == 0;
}

} // namespace

std::optional<std::string> pemBody(std::string_view content, size_t headerEnd, bool* encrypted)
{
    if (encrypted)
        *encrypted = false;
    const size_t limit = std::min(content.size(), headerEnd + 64 * 1024);
    std::string body;
    size_t i = headerEnd;
    bool ended = false;
    while (i < limit) {
        const char c = content[i];
        if (c == '-' && startsWith(content, i, "-----END")) {
            ended = true;
            break;
        }
        if (c == '\\' && i + 1 < limit && (content[i + 1] == 'n' || content[i + 1] == 'r')) {
            i += 2; // "\n" escapes inside JSON strings and string literals
            continue;
        }
        if (c == '.' && startsWith(content, i, "...")) {
            return std::nullopt; // elided body in documentation
        }
        if (isBase64Char(c)) {
            // Armour headers ("Proc-Type: 4,ENCRYPTED", "Comment: …", "Version: …") are skipped.
            size_t j = i;
            while (j < limit && content[j] != '\n' && content[j] != ':' && content[j] != '\\')
                ++j;
            if (j < limit && content[j] == ':' && j - i < 40) {
                size_t eol = content.find('\n', j);
                if (eol == std::string_view::npos || eol > limit)
                    eol = limit;
                std::string_view header = content.substr(i, eol - i);
                if (encrypted && header.find("ENCRYPTED") != std::string_view::npos)
                    *encrypted = true;
                i = eol;
                continue;
            }
            body.push_back(c);
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '\'' || c == '+' || c == ','
            || c == '`') {
            ++i;
            continue;
        }
        break; // anything else ends the block
    }
    // A real key body is long; documentation shows the header with a few characters or "...".
    if (body.size() < 64 || (!ended && body.size() < 200))
        return std::nullopt;
    const QString asText = QString::fromLatin1(body.data(), qsizetype(std::min<size_t>(body.size(), 4096)));
    static const QRegularExpression placeholder(QStringLiteral("(?i)x{6,}|example|placeholder|redacted|a{12,}|0{12,}"));
    if (placeholder.match(asText).hasMatch())
        return std::nullopt;
    if (shannonEntropy(asText) < 4.5)
        return std::nullopt;
    return body;
}

std::optional<std::string> puttyBody(std::string_view content, size_t headerEnd)
{
    const size_t limit = std::min(content.size(), headerEnd + 32 * 1024);
    const size_t at = content.find("Private-Lines:", headerEnd);
    if (at == std::string_view::npos || at >= limit)
        return std::nullopt;
    size_t i = content.find('\n', at);
    std::string body;
    while (i != std::string_view::npos && i + 1 < limit) {
        size_t eol = content.find('\n', i + 1);
        if (eol == std::string_view::npos)
            eol = content.size();
        std::string_view line = content.substr(i + 1, eol - i - 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.find(':') != std::string_view::npos)
            break;
        for (char c : line)
            if (!isBase64Char(c))
                return std::nullopt;
        body.append(line);
        i = eol;
    }
    if (body.size() < 40)
        return std::nullopt;
    return body;
}

namespace {

std::optional<nlohmann::json> decodeJsonPart(QStringView part)
{
    const QByteArray raw = QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding);
    auto j = nlohmann::json::parse(raw.constBegin(), raw.constEnd(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return std::nullopt;
    return j;
}

} // namespace

bool isRealJwt(QStringView token)
{
    const auto parts = token.split(u'.');
    if (parts.size() != 3)
        return false;
    const auto header = decodeJsonPart(parts[0]);
    const auto payload = decodeJsonPart(parts[1]);
    if (!header || !payload || !header->contains("alg"))
        return false;
    // The example every tutorial shows (jwt.io): subject 1234567890, "John Doe".
    if (payload->value("sub", nlohmann::json()).is_string() && payload->value("sub", std::string()) == "1234567890")
        return false;
    return parts[2].size() >= 16;
}

bool isBasicCredential(QStringView base64)
{
    const QByteArray raw = QByteArray::fromBase64(base64.toLatin1());
    const qsizetype colon = raw.indexOf(':');
    if (colon <= 0 || colon + 1 >= raw.size())
        return false;
    for (char c : raw)
        if (static_cast<unsigned char>(c) < 0x20)
            return false;
    const QString user = QString::fromUtf8(raw.left(colon));
    const QString password = QString::fromUtf8(raw.mid(colon + 1));
    return !isDefaultUrlPassword(password, user);
}

bool isPlaceholderHost(QStringView host)
{
    static const QRegularExpression re(
        QStringLiteral("(?:^|\\.)example(?:\\.(?:com|org|net))?$|\\.invalid$|^(?:host|hostname|server|domain)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(host).hasMatch();
}

bool isDefaultUrlPassword(QStringView password, QStringView user)
{
    static const QRegularExpression defaults(
        QStringLiteral(
            "^(?:pass(?:word|wd)?\\d*|pwd|secret|changeme|changeit|admin|root|toor|postgres|mysql|guest|user"
            "|username|test|example|default|dev|local|demo|redis|mongo|rabbitmq|sa|oracle|\\*+|x+|\\.+|p@ssw0rd"
            "|letmein|qwerty|12345\\d*|\\$\\w+|:\\w+)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (password.compare(user, Qt::CaseInsensitive) == 0)
        return true;
    if (defaults.match(password).hasMatch())
        return true;
    static const QRegularExpression placeholder(
        QStringLiteral("[<>{}\\[\\]$]|%(?![0-9A-Fa-f]{2})|your|example|placeholder|redacted|x{3,}|\\*{3,}"),
        QRegularExpression::CaseInsensitiveOption);
    return placeholder.match(password).hasMatch();
}

} // namespace assay::audit::secretfilters
