// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpdxExpression.h"

#include "LicenseData.h"

#include "core/ShardedMemo.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

namespace assay::licenses {

namespace {

using Node = SpdxExpression::Node;

std::string lower(std::string s)
{
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return s;
}

bool isGnuFamily(const std::string& id)
{
    for (const char* prefix : {"GPL-", "LGPL-", "AGPL-", "GFDL-"})
        if (id.rfind(prefix, 0) == 0)
            return true;
    return false;
}

// Deprecated ids whose meaning is a license plus an exception, or another id.
const std::map<std::string, std::pair<std::string, std::string>>& replacements()
{
    static const std::map<std::string, std::pair<std::string, std::string>> map {
        {"GPL-2.0-with-classpath-exception", {"GPL-2.0-only", "Classpath-exception-2.0"}},
        {"GPL-2.0-with-GCC-exception", {"GPL-2.0-only", "GCC-exception-2.0"}},
        {"GPL-2.0-with-autoconf-exception", {"GPL-2.0-only", "Autoconf-exception-2.0"}},
        {"GPL-2.0-with-bison-exception", {"GPL-2.0-only", "Bison-exception-2.2"}},
        {"GPL-2.0-with-font-exception", {"GPL-2.0-only", "Font-exception-2.0"}},
        {"GPL-3.0-with-GCC-exception", {"GPL-3.0-only", "GCC-exception-3.1"}},
        {"GPL-3.0-with-autoconf-exception", {"GPL-3.0-only", "Autoconf-exception-3.0"}},
        {"eCos-2.0", {"GPL-2.0-or-later", "eCos-exception-2.0"}},
        {"wxWindows", {"LGPL-2.0-or-later", "WxWindows-exception-3.1"}},
        {"BSD-2-Clause-FreeBSD", {"BSD-2-Clause", ""}},
        {"BSD-2-Clause-NetBSD", {"BSD-2-Clause", ""}},
        {"Nunit", {"zlib-acknowledgement", ""}},
        {"StandardML-NJ", {"SMLNJ", ""}},
        {"bzip2-1.0.5", {"bzip2-1.0.6", ""}},
    };
    return map;
}

// Canonical license (possibly with an exception) for one id as written.
std::optional<Node> licenseNode(std::string raw, bool strict, QString* error)
{
    const auto& data = LicenseData::instance();
    bool plus = false;
    while (raw.size() > 1 && raw.back() == '+') { // "GPL-2.0++" is "GPL-2.0+" (one canonical form)
        plus = true;
        raw.pop_back();
    }
    const std::string lowerRaw = lower(raw);
    if (lowerRaw.rfind("licenseref-", 0) == 0 || lowerRaw.rfind("documentref-", 0) == 0) {
        Node n;
        const auto colon = raw.find(':');
        const std::string_view afterColon
            = colon == std::string::npos ? std::string_view() : std::string_view(raw).substr(colon + 1);
        if (lowerRaw.rfind("documentref-", 0) == 0 && lower(std::string(afterColon)).rfind("licenseref-", 0) == 0)
            n.id = "DocumentRef-" + raw.substr(12, colon - 12) + ":LicenseRef-" + std::string(afterColon.substr(11));
        else if (lowerRaw.rfind("licenseref-", 0) == 0)
            n.id = "LicenseRef-" + raw.substr(11);
        else // "DocumentRef-x" without ":LicenseRef-…" is not an SPDX id; keep what was written
            n.id = raw;
        return n;
    }
    std::string id = data.canonicalLicense(raw);
    if (id.empty()) {
        if (strict) {
            *error = QStringLiteral("Unknown SPDX license id \"%1\".").arg(QString::fromStdString(raw));
            return std::nullopt;
        }
        Node n;
        n.id = raw + (plus ? "+" : "");
        return n;
    }
    std::string exception;
    if (auto it = replacements().find(id); it != replacements().end()) {
        id = it->second.first;
        exception = it->second.second;
    }
    if (isGnuFamily(id)) {
        const bool hasSuffix = id.ends_with("-only") || id.ends_with("-or-later");
        std::string base = id;
        if (id.ends_with("-only"))
            base = id.substr(0, id.size() - 5);
        else if (id.ends_with("-or-later"))
            base = id.substr(0, id.size() - 9);
        if (plus)
            id = base + "-or-later";
        else if (!hasSuffix)
            id = base + "-only";
        if (data.canonicalLicense(id).empty())
            id = base;
        plus = false;
    }
    Node n;
    n.id = id + (plus ? "+" : "");
    if (exception.empty())
        return n;
    Node w;
    w.kind = Node::Kind::With;
    w.exception = exception;
    w.children.push_back(std::move(n));
    return w;
}

// Parentheses nested deeper than this are refused (the parser recurses per level; a hostile
// "((((…" of a few hundred KB would overflow the stack). Real expressions nest two or three deep.
constexpr int kMaxNesting = 64;

struct Parser
{
    std::vector<std::string> tokens;
    std::size_t pos = 0;
    bool strict = false;
    QString error;
    int depth = 0;

    bool atEnd() const { return pos >= tokens.size(); }
    bool peekOp(const char* op) const
    {
        if (atEnd())
            return false;
        const auto& t = tokens[pos];
        if (strict)
            return t == op;
        return lower(t) == lower(op) || (std::string_view(op) == "OR" && t == "/");
    }

    std::optional<Node> parseOr()
    {
        auto left = parseAnd();
        if (!left)
            return std::nullopt;
        std::vector<Node> items {std::move(*left)};
        while (peekOp("OR")) {
            ++pos;
            auto right = parseAnd();
            if (!right)
                return std::nullopt;
            items.push_back(std::move(*right));
        }
        return combine(Node::Kind::Or, std::move(items));
    }

    std::optional<Node> parseAnd()
    {
        auto left = parseWith();
        if (!left)
            return std::nullopt;
        std::vector<Node> items {std::move(*left)};
        while (peekOp("AND")) {
            ++pos;
            auto right = parseWith();
            if (!right)
                return std::nullopt;
            items.push_back(std::move(*right));
        }
        return combine(Node::Kind::And, std::move(items));
    }

    std::optional<Node> parseWith()
    {
        auto lic = parsePrimary();
        if (!lic)
            return std::nullopt;
        if (!peekOp("WITH"))
            return lic;
        if (lic->kind == Node::Kind::And || lic->kind == Node::Kind::Or) {
            // "(MIT AND ISC) WITH x": an exception applies to one license id only.
            error = QStringLiteral("WITH must follow a single license id, not a combination.");
            return std::nullopt;
        }
        ++pos;
        if (atEnd()) {
            error = QStringLiteral("An exception id is missing after WITH.");
            return std::nullopt;
        }
        const std::string raw = tokens[pos++];
        std::string exc = LicenseData::instance().canonicalException(raw);
        if (exc.empty()) {
            if (strict) {
                error = QStringLiteral("Unknown SPDX exception id \"%1\".").arg(QString::fromStdString(raw));
                return std::nullopt;
            }
            exc = raw;
        }
        if (lic->kind == Node::Kind::With) // a deprecated id already carried an exception
            lic = lic->children.front();
        Node w;
        w.kind = Node::Kind::With;
        w.exception = exc;
        w.children.push_back(std::move(*lic));
        return w;
    }

    std::optional<Node> parsePrimary()
    {
        if (atEnd()) {
            error = QStringLiteral("The license expression ends too early.");
            return std::nullopt;
        }
        const std::string t = tokens[pos];
        if (t == "(") {
            if (depth >= kMaxNesting) {
                error = QStringLiteral("The license expression is nested too deeply.");
                return std::nullopt;
            }
            ++pos;
            ++depth;
            auto inner = parseOr();
            --depth;
            if (!inner)
                return std::nullopt;
            if (atEnd() || tokens[pos] != ")") {
                error = QStringLiteral("A closing parenthesis is missing in the license expression.");
                return std::nullopt;
            }
            ++pos;
            return inner;
        }
        if (t == ")" || peekOp("AND") || peekOp("OR") || peekOp("WITH")) {
            error = QStringLiteral("Unexpected \"%1\" in the license expression.").arg(QString::fromStdString(t));
            return std::nullopt;
        }
        for (char c : t) {
            const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '+' || c == ':'
                || (!strict && c == '_');
            if (!ok) {
                error = QStringLiteral("\"%1\" is not a valid license id.").arg(QString::fromStdString(t));
                return std::nullopt;
            }
        }
        ++pos;
        return licenseNode(t, strict, &error);
    }

    static Node combine(Node::Kind kind, std::vector<Node> items)
    {
        if (items.size() == 1)
            return std::move(items.front());
        Node n;
        n.kind = kind;
        for (auto& item : items) {
            if (item.kind == kind) {
                for (auto& c : item.children)
                    n.children.push_back(std::move(c));
            } else {
                n.children.push_back(std::move(item));
            }
        }
        return n;
    }
};

// Characters between tokens (besides the parentheses, which are tokens themselves).
bool separatesTokens(char c)
{
    return std::isspace(static_cast<unsigned char>(c)) || c == ',';
}

std::vector<std::string> lex(const std::string& s)
{
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty())
            out.push_back(std::move(cur));
        cur.clear();
    };
    for (char c : s) {
        if (c == '(' || c == ')') {
            flush();
            out.emplace_back(1, c);
        } else if (separatesTokens(c)) {
            flush();
        } else {
            cur.push_back(c);
        }
    }
    flush();
    return out;
}

std::string render(const Node& n, bool nested)
{
    switch (n.kind) {
    case Node::Kind::License:
        return n.id;
    case Node::Kind::With:
        return render(n.children.front(), true) + " WITH " + n.exception;
    case Node::Kind::And:
    case Node::Kind::Or: {
        std::vector<std::string> parts;
        for (const auto& c : n.children) {
            auto s = render(c, true);
            if (std::find(parts.begin(), parts.end(), s) == parts.end())
                parts.push_back(std::move(s));
        }
        if (parts.size() == 1)
            return parts.front();
        std::string out;
        for (const auto& p : parts) {
            if (!out.empty())
                out += n.kind == Node::Kind::And ? " AND " : " OR ";
            out += p;
        }
        // AND binds tighter than OR, so only an OR inside something needs parentheses.
        return nested && n.kind == Node::Kind::Or ? "(" + out + ")" : out;
    }
    }
    return {};
}

void collect(const Node& n, QStringList& licenses, QStringList& exceptions)
{
    if (n.kind == Node::Kind::License) {
        const auto id = QString::fromStdString(n.id);
        if (!id.isEmpty() && !licenses.contains(id))
            licenses << id;
        return;
    }
    if (n.kind == Node::Kind::With) {
        const auto e = QString::fromStdString(n.exception);
        if (!exceptions.contains(e))
            exceptions << e;
    }
    for (const auto& c : n.children)
        collect(c, licenses, exceptions);
}

Result<SpdxExpression> parseUncached(const QString& text, bool strict)
{
    Parser p;
    p.strict = strict;
    std::string s = text.trimmed().toStdString();
    if (!strict) {
        // "MIT/Apache-2.0" (old Cargo manifests): a slash between two ids means OR.
        std::string spaced;
        for (char c : s) {
            if (c == '/')
                spaced += " / ";
            else
                spaced.push_back(c);
        }
        s = spaced;
    }
    p.tokens = lex(s);
    if (p.tokens.empty())
        return Error::validation(QStringLiteral("The license expression is empty."));
    auto root = p.parseOr();
    if (root && !p.atEnd()) {
        p.error = QStringLiteral("Unexpected \"%1\" in the license expression.")
                      .arg(QString::fromStdString(p.tokens[p.pos]));
        root.reset();
    }
    if (!root)
        return Error::validation(p.error);
    return SpdxExpression::fromRoot(std::move(*root));
}

} // namespace

Result<SpdxExpression> SpdxExpression::parse(const QString& text, bool strict)
{
    // Audits parse the same few expressions for thousands of files.
    if (text.size() > 512)
        return parseUncached(text, strict); // long inputs are rare and not worth keeping
    // Only expressions are kept: what fails to parse is mostly one-off text (URL segments, words
    // of prose) that would churn the memo for nothing, and failing is quick.
    static ShardedMemo<QString, Result<SpdxExpression>> memo;
    return memo.get(
        strict ? QLatin1Char('1') + text : QLatin1Char('0') + text, [&] { return parseUncached(text, strict); },
        [](const Result<SpdxExpression>& r) { return bool(r); });
}

bool SpdxExpression::isOneToken(const QString& text)
{
    // The lenient parse also splits at `/` (parseUncached); non-ASCII characters never separate.
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() < 128 && (separatesTokens(char(c.unicode())) || c == u'(' || c == u')' || c == u'/');
    });
}

QString SpdxExpression::normalizeId(const QString& id)
{
    QString error;
    auto n = licenseNode(id.trimmed().toStdString(), true, &error);
    if (!n)
        return {};
    return QString::fromStdString(render(*n, false));
}

QString SpdxExpression::combineAnd(const QStringList& expressions)
{
    QStringList parts;
    for (const auto& e : expressions) {
        if (e.isEmpty())
            continue;
        QString part = e;
        auto parsed = parse(e);
        if (parsed && parsed->root().kind == Node::Kind::Or)
            part = QLatin1Char('(') + parsed->toString() + QLatin1Char(')');
        else if (parsed)
            part = parsed->toString();
        if (!parts.contains(part))
            parts << part;
    }
    if (parts.size() == 1 && parts.front().startsWith(QLatin1Char('(')) && parts.front().endsWith(QLatin1Char(')')))
        return parts.front().mid(1, parts.front().size() - 2);
    return parts.join(QStringLiteral(" AND "));
}

QString SpdxExpression::toString() const
{
    return QString::fromStdString(render(m_root, false));
}

QStringList SpdxExpression::licenseIds() const
{
    QStringList l, e;
    collect(m_root, l, e);
    return l;
}

QStringList SpdxExpression::exceptionIds() const
{
    QStringList l, e;
    collect(m_root, l, e);
    return e;
}

} // namespace assay::licenses
