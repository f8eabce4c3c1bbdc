// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyExpression.h"

#include "AuditView.h"

#include <QRegularExpression>

#include <cmath>
#include <vector>

namespace assay::reports {

using assay::json::qstr;
using assay::json::str;

struct PolicyExpression::Node
{
    enum class Kind
    {
        Literal,
        Variable,
        List,
        Not,
        And,
        Or,
        Compare,
    };
    Kind kind = Kind::Literal;
    Json value; // Literal
    QString path; // Variable
    QString op; // Compare: == != > >= < <= in "not in"
    std::vector<std::shared_ptr<const Node>> children;
};

namespace {

using NodePtr = std::shared_ptr<const PolicyExpression::Node>;
using Node = PolicyExpression::Node;

struct Token
{
    enum class Type
    {
        End,
        Number,
        String,
        Identifier,
        Operator,
        LParen,
        RParen,
        LBracket,
        RBracket,
        Comma,
    };
    Type type = Type::End;
    QString text;
    double number = 0;
    qsizetype pos = 0;
};

Result<std::vector<Token>> tokenize(const QString& s)
{
    std::vector<Token> out;
    qsizetype i = 0;
    auto error = [&](const QString& what) {
        return Error::validation(QStringLiteral("%1 at character %2").arg(what).arg(i + 1));
    };
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.pos = i;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const QChar quote = c;
            QString text;
            ++i;
            bool closed = false;
            while (i < s.size()) {
                if (s[i] == QLatin1Char('\\') && i + 1 < s.size()) {
                    text += s[i + 1];
                    i += 2;
                    continue;
                }
                if (s[i] == quote) {
                    closed = true;
                    ++i;
                    break;
                }
                text += s[i++];
            }
            if (!closed)
                return error(QStringLiteral("unterminated string"));
            t.type = Token::Type::String;
            t.text = text;
        } else if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < s.size() && s[i + 1].isDigit())) {
            qsizetype j = i;
            while (j < s.size() && (s[j].isDigit() || s[j] == QLatin1Char('.')))
                ++j;
            bool ok = false;
            t.number = s.mid(i, j - i).toDouble(&ok);
            if (!ok)
                return error(QStringLiteral("malformed number '%1'").arg(s.mid(i, j - i)));
            t.type = Token::Type::Number;
            t.text = s.mid(i, j - i);
            i = j;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype j = i;
            while (j < s.size()
                && (s[j].isLetterOrNumber() || s[j] == QLatin1Char('_') || s[j] == QLatin1Char('.')
                    || s[j] == QLatin1Char('-')))
                ++j;
            t.type = Token::Type::Identifier;
            t.text = s.mid(i, j - i);
            while (t.text.endsWith(QLatin1Char('.'))) {
                t.text.chop(1);
                --j;
            }
            i = j;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('[') || c == QLatin1Char(']')
            || c == QLatin1Char(',')) {
            t.type = c == QLatin1Char('(') ? Token::Type::LParen
                : c == QLatin1Char(')')    ? Token::Type::RParen
                : c == QLatin1Char('[')    ? Token::Type::LBracket
                : c == QLatin1Char(']')    ? Token::Type::RBracket
                                           : Token::Type::Comma;
            t.text = c;
            ++i;
        } else {
            static const QStringList ops {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral(">="),
                QStringLiteral("<="), QStringLiteral("&&"), QStringLiteral("||"), QStringLiteral(">"),
                QStringLiteral("<"), QStringLiteral("!"), QStringLiteral("=")};
            bool found = false;
            for (const auto& op : ops)
                if (s.mid(i, op.size()) == op) {
                    t.type = Token::Type::Operator;
                    t.text = op == QLatin1String("=") ? QStringLiteral("==") : op;
                    i += op.size();
                    found = true;
                    break;
                }
            if (!found)
                return error(QStringLiteral("unexpected character '%1'").arg(c));
        }
        out.push_back(t);
    }
    Token end;
    end.pos = s.size();
    out.push_back(end);
    return out;
}

// Limits on a condition (found by tests/fuzz/fuzz_policy): the parser recurses per parenthesis,
// `not` and list level, and evaluation recurses per operator, so "((((…", "not not …" or a very long
// `or` chain overflowed the stack. Real conditions are a line or two.
constexpr int kMaxNesting = 64;
constexpr size_t kMaxTokens = 2000;

class Parser
{
public:
    Parser(std::vector<Token> tokens, const QStringList& known)
        : m_tokens(std::move(tokens))
        , m_known(known)
    { }

    Result<NodePtr> parseAll()
    {
        if (m_tokens.size() > kMaxTokens)
            return Error::validation(QStringLiteral("the condition is too long (more than %1 tokens)").arg(kMaxTokens));
        auto root = parseOr();
        if (!root)
            return root;
        if (peek().type != Token::Type::End)
            return fail(QStringLiteral("unexpected '%1'").arg(peek().text));
        return root;
    }
    QStringList variables;

private:
    const Token& peek() const { return m_tokens[m_pos]; }
    Token next() { return m_tokens[m_pos++]; }
    bool isWord(const char* w) const
    {
        return peek().type == Token::Type::Identifier
            && peek().text.compare(QLatin1String(w), Qt::CaseInsensitive) == 0;
    }
    bool isOp(const char* op) const { return peek().type == Token::Type::Operator && peek().text == QLatin1String(op); }
    Error fail(const QString& what) const
    {
        return Error::validation(QStringLiteral("%1 at character %2").arg(what).arg(peek().pos + 1));
    }

    static NodePtr make(Node::Kind kind, std::vector<NodePtr> children = {}, QString op = {})
    {
        auto n = std::make_shared<Node>();
        n->kind = kind;
        n->children = std::move(children);
        n->op = std::move(op);
        return n;
    }

    Result<NodePtr> parseOr()
    {
        auto left = parseAnd();
        if (!left)
            return left;
        NodePtr node = *left;
        while (isWord("or") || isOp("||")) {
            next();
            auto right = parseAnd();
            if (!right)
                return right;
            node = make(Node::Kind::Or, {node, *right});
        }
        return node;
    }

    Result<NodePtr> parseAnd()
    {
        auto left = parseNot();
        if (!left)
            return left;
        NodePtr node = *left;
        while (isWord("and") || isOp("&&")) {
            next();
            auto right = parseNot();
            if (!right)
                return right;
            node = make(Node::Kind::And, {node, *right});
        }
        return node;
    }

    // Counts one level of nesting for the lifetime of a recursive call.
    struct Nest
    {
        int& depth;
        explicit Nest(int& d)
            : depth(++d)
        { }
        ~Nest() { --depth; }
        Nest(const Nest&) = delete;
        Nest& operator=(const Nest&) = delete;
    };
    Error tooDeep() const { return fail(QStringLiteral("the condition is nested too deeply")); }

    Result<NodePtr> parseNot()
    {
        if (isWord("not") || isOp("!")) {
            next();
            const Nest nest(m_depth);
            if (m_depth > kMaxNesting)
                return tooDeep();
            auto inner = parseNot();
            if (!inner)
                return inner;
            return make(Node::Kind::Not, {*inner});
        }
        return parseComparison();
    }

    Result<NodePtr> parseComparison()
    {
        auto left = parsePrimary();
        if (!left)
            return left;
        QString op;
        if (peek().type == Token::Type::Operator && peek().text != QLatin1String("!")
            && peek().text != QLatin1String("&&") && peek().text != QLatin1String("||")) {
            op = next().text;
        } else if (isWord("in")) {
            next();
            op = QStringLiteral("in");
        } else if (isWord("not") && m_pos + 1 < m_tokens.size() && m_tokens[m_pos + 1].type == Token::Type::Identifier
            && m_tokens[m_pos + 1].text.compare(QLatin1String("in"), Qt::CaseInsensitive) == 0) {
            m_pos += 2;
            op = QStringLiteral("not in");
        } else if (isWord("contains")) {
            next();
            op = QStringLiteral("contains");
        }
        if (op.isEmpty())
            return left;
        auto right = parsePrimary();
        if (!right)
            return right;
        return make(Node::Kind::Compare, {*left, *right}, op);
    }

    Result<NodePtr> parsePrimary()
    {
        const Token t = peek();
        switch (t.type) {
        case Token::Type::Number: {
            next();
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Literal;
            n->value = t.number;
            return NodePtr(n);
        }
        case Token::Type::String: {
            next();
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Literal;
            n->value = str(t.text);
            return NodePtr(n);
        }
        case Token::Type::LParen: {
            next();
            const Nest nest(m_depth);
            if (m_depth > kMaxNesting)
                return tooDeep();
            auto inner = parseOr();
            if (!inner)
                return inner;
            if (peek().type != Token::Type::RParen)
                return fail(QStringLiteral("missing ')'"));
            next();
            return inner;
        }
        case Token::Type::LBracket: {
            next();
            const Nest nest(m_depth);
            if (m_depth > kMaxNesting)
                return tooDeep();
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::List;
            while (peek().type != Token::Type::RBracket) {
                auto item = parsePrimary();
                if (!item)
                    return item;
                n->children.push_back(*item);
                if (peek().type == Token::Type::Comma)
                    next();
                else if (peek().type != Token::Type::RBracket)
                    return fail(QStringLiteral("expected ',' or ']'"));
            }
            next();
            return NodePtr(n);
        }
        case Token::Type::Identifier: {
            const QString lower = t.text.toLower();
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Literal;
            if (lower == QLatin1String("true") || lower == QLatin1String("false")) {
                next();
                n->value = lower == QLatin1String("true");
                return NodePtr(n);
            }
            if (lower == QLatin1String("null") || lower == QLatin1String("none")) {
                next();
                n->value = nullptr;
                return NodePtr(n);
            }
            if (lower == QLatin1String("and") || lower == QLatin1String("or") || lower == QLatin1String("in")
                || lower == QLatin1String("not"))
                return fail(QStringLiteral("expected a value before '%1'").arg(t.text));
            const QString root = t.text.section(QLatin1Char('.'), 0, 0);
            bool known = false;
            for (const auto& k : m_known)
                if (k.compare(root, Qt::CaseInsensitive) == 0)
                    known = true;
            if (!known)
                return fail(QStringLiteral("unknown variable '%1' (known: %2)")
                                .arg(t.text, m_known.join(QStringLiteral(", "))));
            next();
            n->kind = Node::Kind::Variable;
            n->path = t.text;
            if (!variables.contains(t.text))
                variables << t.text;
            return NodePtr(n);
        }
        case Token::Type::End:
            return fail(QStringLiteral("unexpected end of the condition"));
        default:
            return fail(QStringLiteral("unexpected '%1'").arg(t.text));
        }
    }

    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    int m_depth = 0;
    QStringList m_known;
};

Json valueOf(const Node& n, const Json& facts)
{
    switch (n.kind) {
    case Node::Kind::Literal:
        return n.value;
    case Node::Kind::Variable:
        return PolicyExpression::lookup(facts, n.path);
    case Node::Kind::List: {
        Json list = Json::array();
        for (const auto& c : n.children)
            list.push_back(valueOf(*c, facts));
        return list;
    }
    default:
        return nullptr;
    }
}

// An object with a "total" (vulnerability_count, finding_count) compares as that total.
Json scalar(const Json& v)
{
    if (v.is_object() && v.contains("total"))
        return v["total"];
    return v;
}

QString text(const Json& v)
{
    if (v.is_string())
        return qstr(v.get<std::string>());
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.is_number())
        return QString::number(v.get<double>());
    return {};
}

// A list item matches `needle`: equal (case-insensitive), a glob, or a version of the id
// ('GPL-3.0' matches 'GPL-3.0-only' / 'GPL-3.0-or-later').
bool itemMatches(const Json& needle, const Json& item)
{
    if (needle.is_number() && item.is_number())
        return needle.get<double>() == item.get<double>();
    const QString n = text(needle), i = text(item);
    if (n.isEmpty() && i.isEmpty())
        return needle.is_null() && item.is_null();
    if (n.compare(i, Qt::CaseInsensitive) == 0)
        return true;
    if (n.contains(QLatin1Char('*')) || n.contains(QLatin1Char('?'))) {
        const QRegularExpression re(
            QRegularExpression::wildcardToRegularExpression(n), QRegularExpression::CaseInsensitiveOption);
        return re.match(i).hasMatch();
    }
    return i.startsWith(n + QLatin1Char('-'), Qt::CaseInsensitive) || i.startsWith(n + QLatin1Char('+'));
}

bool contains(const Json& haystack, const Json& needle)
{
    if (haystack.is_array()) {
        for (const auto& item : haystack)
            if (itemMatches(needle, item))
                return true;
        return false;
    }
    if (haystack.is_object())
        return needle.is_string() && !PolicyExpression::lookup(haystack, text(needle)).is_null();
    if (haystack.is_string())
        return !text(needle).isEmpty() && text(haystack).contains(text(needle), Qt::CaseInsensitive);
    return false;
}

bool compare(const QString& op, Json left, Json right)
{
    if (op == QLatin1String("in"))
        return contains(right, left);
    if (op == QLatin1String("not in"))
        return !contains(right, left);
    if (op == QLatin1String("contains"))
        return contains(left, right);
    left = scalar(left);
    right = scalar(right);
    // Numbers given as strings ('5') compare as numbers.
    auto asNumber = [](const Json& v, double& out) {
        if (v.is_number()) {
            out = v.get<double>();
            return true;
        }
        if (v.is_boolean()) {
            out = v.get<bool>() ? 1 : 0;
            return true;
        }
        if (v.is_string()) {
            bool ok = false;
            out = qstr(v.get<std::string>()).toDouble(&ok);
            return ok;
        }
        return false;
    };
    double a = 0, b = 0;
    const bool numeric = asNumber(left, a) && asNumber(right, b) && !(left.is_string() && right.is_string());
    if (op == QLatin1String("==") || op == QLatin1String("!=")) {
        bool eq;
        if (numeric)
            eq = std::fabs(a - b) < 1e-9;
        else if (left.is_null() || right.is_null())
            eq = left.is_null() && right.is_null();
        else
            eq = text(left).compare(text(right), Qt::CaseInsensitive) == 0;
        return op == QLatin1String("==") ? eq : !eq;
    }
    if (!numeric) {
        if (!left.is_string() || !right.is_string())
            return false;
        const int c = text(left).compare(text(right), Qt::CaseInsensitive);
        return op == QLatin1String(">") ? c > 0
            : op == QLatin1String(">=") ? c >= 0
            : op == QLatin1String("<")  ? c < 0
                                        : c <= 0;
    }
    return op == QLatin1String(">") ? a > b
        : op == QLatin1String(">=") ? a >= b
        : op == QLatin1String("<")  ? a < b
                                    : a <= b;
}

bool truthy(const Json& v)
{
    const Json s = scalar(v);
    if (s.is_boolean())
        return s.get<bool>();
    if (s.is_number())
        return s.get<double>() != 0;
    if (s.is_string())
        return !s.get<std::string>().empty();
    if (s.is_array() || s.is_object())
        return !s.empty();
    return false;
}

bool evaluateNode(const Node& n, const Json& facts)
{
    switch (n.kind) {
    case Node::Kind::Not:
        return !evaluateNode(*n.children[0], facts);
    case Node::Kind::And:
        return evaluateNode(*n.children[0], facts) && evaluateNode(*n.children[1], facts);
    case Node::Kind::Or:
        return evaluateNode(*n.children[0], facts) || evaluateNode(*n.children[1], facts);
    case Node::Kind::Compare:
        return compare(n.op, valueOf(*n.children[0], facts), valueOf(*n.children[1], facts));
    default:
        return truthy(valueOf(n, facts));
    }
}

} // namespace

Result<PolicyExpression> PolicyExpression::parse(const QString& text, const QStringList& knownVariables)
{
    if (text.trimmed().isEmpty())
        return Error::validation(QStringLiteral("the condition is empty"));
    auto tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    Parser parser(std::move(*tokens), knownVariables);
    auto root = parser.parseAll();
    if (!root)
        return root.error();
    PolicyExpression e;
    e.m_root = *root;
    e.m_variables = parser.variables;
    e.m_text = text.trimmed();
    return e;
}

bool PolicyExpression::evaluate(const Json& facts) const
{
    return m_root && evaluateNode(*m_root, facts);
}

Json PolicyExpression::lookup(const Json& facts, const QString& path)
{
    const Json* cur = &facts;
    for (const auto& part : path.split(QLatin1Char('.'))) {
        if (!cur->is_object())
            return nullptr;
        const std::string key = str(part);
        auto it = cur->find(key);
        if (it == cur->end()) {
            it = cur->end();
            for (auto j = cur->begin(); j != cur->end(); ++j)
                if (qstr(j.key()).compare(part, Qt::CaseInsensitive) == 0) {
                    it = j;
                    break;
                }
            if (it == cur->end())
                return nullptr;
        }
        cur = &*it;
    }
    return *cur;
}

} // namespace assay::reports
