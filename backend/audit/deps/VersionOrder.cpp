// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionOrder.h"

#include "Ecosystem.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace assay::audit::deps {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// Compares two digit strings of any length numerically.
int compareNumeric(std::string_view a, std::string_view b)
{
    while (a.size() > 1 && a.front() == '0')
        a.remove_prefix(1);
    while (b.size() > 1 && b.front() == '0')
        b.remove_prefix(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int sign(int c)
{
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

std::vector<std::string_view> split(std::string_view s, char sep)
{
    std::vector<std::string_view> out;
    size_t start = 0;
    while (true) {
        const size_t pos = s.find(sep, start);
        out.push_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
        if (pos == std::string_view::npos)
            break;
        start = pos + 1;
    }
    return out;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace((unsigned char)s.front()))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace((unsigned char)s.back()))
        s.remove_suffix(1);
    return s;
}

// ---- SemVer 2 (and NuGet's 4-number variant) ----
struct SemVer
{
    std::vector<std::string> numbers;
    std::vector<std::string> pre;
};

std::optional<SemVer> parseSemVer(std::string_view v, size_t maxNumbers, bool strict)
{
    v = trim(v);
    if (!v.empty() && (v.front() == 'v' || v.front() == 'V'))
        v.remove_prefix(1);
    if (const auto plus = v.find('+'); plus != std::string_view::npos)
        v = v.substr(0, plus); // build metadata (and Go's +incompatible) has no precedence
    SemVer out;
    std::string_view core = v;
    if (const auto dash = v.find('-'); dash != std::string_view::npos) {
        core = v.substr(0, dash);
        for (auto id : split(v.substr(dash + 1), '.')) {
            if (id.empty())
                return std::nullopt;
            out.pre.emplace_back(id);
        }
    }
    for (auto n : split(core, '.')) {
        if (!allDigits(n))
            return std::nullopt;
        out.numbers.emplace_back(n);
    }
    if (out.numbers.empty() || out.numbers.size() > maxNumbers || (strict && out.numbers.size() != 3))
        return std::nullopt;
    return out;
}

int compareSemVer(const SemVer& a, const SemVer& b, bool caseInsensitive)
{
    const size_t n = std::max(a.numbers.size(), b.numbers.size());
    for (size_t i = 0; i < n; ++i) {
        const std::string_view x = i < a.numbers.size() ? std::string_view(a.numbers[i]) : "0";
        const std::string_view y = i < b.numbers.size() ? std::string_view(b.numbers[i]) : "0";
        if (const int c = compareNumeric(x, y))
            return c;
    }
    if (a.pre.empty() != b.pre.empty())
        return a.pre.empty() ? 1 : -1; // a pre-release is lower than its release
    for (size_t i = 0; i < std::min(a.pre.size(), b.pre.size()); ++i) {
        const bool na = allDigits(a.pre[i]), nb = allDigits(b.pre[i]);
        if (na && nb) {
            if (const int c = compareNumeric(a.pre[i], b.pre[i]))
                return c;
        } else if (na != nb) {
            return na ? -1 : 1; // numeric identifiers are lower than alphanumeric ones
        } else {
            const int c = caseInsensitive ? lower(a.pre[i]).compare(lower(b.pre[i])) : a.pre[i].compare(b.pre[i]);
            if (c)
                return sign(c);
        }
    }
    return sign(int(a.pre.size()) - int(b.pre.size()));
}

// ---- Generic: alternating runs of digits and non-digits ----
int compareGeneric(std::string_view a, std::string_view b)
{
    auto nextToken = [](std::string_view& s) -> std::string_view {
        while (!s.empty() && !std::isalnum((unsigned char)s.front()) && s.front() != '~')
            s.remove_prefix(1);
        if (s.empty())
            return {};
        size_t i = 0;
        const bool digit = std::isdigit((unsigned char)s[0]);
        while (i < s.size()
            && (digit ? std::isdigit((unsigned char)s[i]) : std::isalpha((unsigned char)s[i]) || s[i] == '~'))
            ++i;
        if (i == 0)
            i = 1;
        auto t = s.substr(0, i);
        s.remove_prefix(i);
        return t;
    };
    while (true) {
        const auto x = nextToken(a), y = nextToken(b);
        if (x.empty() && y.empty())
            return 0;
        if (x.empty())
            return (!y.empty() && std::isdigit((unsigned char)y[0])) ? -1 : 1; // 1.0 < 1.0.1, 1.0 > 1.0rc1
        if (y.empty())
            return std::isdigit((unsigned char)x[0]) ? 1 : -1;
        const bool dx = std::isdigit((unsigned char)x[0]), dy = std::isdigit((unsigned char)y[0]);
        if (dx && dy) {
            if (const int c = compareNumeric(x, y))
                return c;
        } else if (dx != dy) {
            return dx ? 1 : -1;
        } else if (const int c = lower(x).compare(lower(y))) {
            return sign(c);
        }
    }
}

// ---- PEP 440 ----
struct Pep440
{
    long long epoch = 0;
    std::vector<long long> release;
    // pre: (kind, n) with kind 0 a, 1 b, 2 rc; absent → sorts per the rules in key()
    std::optional<std::pair<int, long long>> pre;
    std::optional<long long> post;
    std::optional<long long> dev;
    std::vector<std::string> local;
};

std::optional<Pep440> parsePep440(std::string_view text)
{
    std::string s = lower(trim(text));
    if (!s.empty() && s[0] == 'v')
        s.erase(0, 1);
    Pep440 v;
    size_t i = 0;
    auto readNum = [&](long long& out) -> bool {
        size_t start = i;
        while (i < s.size() && std::isdigit((unsigned char)s[i]))
            ++i;
        if (i == start)
            return false;
        try {
            out = std::stoll(s.substr(start, i - start));
        } catch (...) {
            out = 0;
        }
        return true;
    };
    auto skipSep = [&] {
        if (i < s.size() && (s[i] == '.' || s[i] == '-' || s[i] == '_'))
            ++i;
    };
    auto startsWith = [&](std::string_view w) { return s.compare(i, w.size(), w) == 0; };
    long long n = 0;
    if (!readNum(n))
        return std::nullopt;
    if (i < s.size() && s[i] == '!') {
        v.epoch = n;
        ++i;
        if (!readNum(n))
            return std::nullopt;
    }
    v.release.push_back(n);
    while (i + 1 < s.size() && s[i] == '.' && std::isdigit((unsigned char)s[i + 1])) {
        ++i;
        readNum(n);
        v.release.push_back(n);
    }
    // pre-release
    {
        const size_t save = i;
        skipSep();
        static const std::pair<std::string_view, int> kinds[]
            = {{"alpha", 0}, {"beta", 1}, {"preview", 2}, {"pre", 2}, {"rc", 2}, {"a", 0}, {"b", 1}, {"c", 2}};
        bool found = false;
        for (const auto& [w, k] : kinds) {
            if (startsWith(w)) {
                i += w.size();
                skipSep();
                long long num = 0;
                readNum(num);
                v.pre = std::make_pair(k, num);
                found = true;
                break;
            }
        }
        if (!found)
            i = save;
    }
    // post-release
    {
        const size_t save = i;
        if (i < s.size() && s[i] == '-' && i + 1 < s.size() && std::isdigit((unsigned char)s[i + 1])) {
            ++i;
            long long num = 0;
            readNum(num);
            v.post = num;
        } else {
            skipSep();
            bool found = false;
            for (std::string_view w : {"post", "rev", "r"}) {
                if (startsWith(w)) {
                    i += w.size();
                    skipSep();
                    long long num = 0;
                    readNum(num);
                    v.post = num;
                    found = true;
                    break;
                }
            }
            if (!found)
                i = save;
        }
    }
    // dev release
    {
        const size_t save = i;
        skipSep();
        if (startsWith("dev")) {
            i += 3;
            skipSep();
            long long num = 0;
            readNum(num);
            v.dev = num;
        } else {
            i = save;
        }
    }
    if (i < s.size() && s[i] == '+') {
        ++i;
        std::string seg;
        for (; i <= s.size(); ++i) {
            if (i == s.size() || s[i] == '.' || s[i] == '-' || s[i] == '_') {
                if (seg.empty())
                    return std::nullopt;
                v.local.push_back(seg);
                seg.clear();
                if (i == s.size())
                    break;
            } else if (std::isalnum((unsigned char)s[i])) {
                seg += s[i];
            } else {
                return std::nullopt;
            }
        }
    }
    if (i != s.size())
        return std::nullopt;
    while (v.release.size() > 1 && v.release.back() == 0)
        v.release.pop_back();
    return v;
}

int comparePep440(const Pep440& a, const Pep440& b)
{
    if (a.epoch != b.epoch)
        return a.epoch < b.epoch ? -1 : 1;
    const size_t n = std::max(a.release.size(), b.release.size());
    for (size_t i = 0; i < n; ++i) {
        const long long x = i < a.release.size() ? a.release[i] : 0, y = i < b.release.size() ? b.release[i] : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    // Pre-release key: a dev release of the final version sorts before any pre-release of it.
    auto preKey = [](const Pep440& v) -> std::pair<int, long long> {
        if (!v.pre && !v.post && v.dev)
            return {-1, 0};
        if (!v.pre)
            return {3, 0};
        return *v.pre;
    };
    if (const auto pa = preKey(a), pb = preKey(b); pa != pb)
        return pa < pb ? -1 : 1;
    const long long posta = a.post ? *a.post : -1, postb = b.post ? *b.post : -1;
    if (posta != postb)
        return posta < postb ? -1 : 1;
    const long long deva = a.dev ? *a.dev : std::numeric_limits<long long>::max();
    const long long devb = b.dev ? *b.dev : std::numeric_limits<long long>::max();
    if (deva != devb)
        return deva < devb ? -1 : 1;
    for (size_t i = 0; i < std::min(a.local.size(), b.local.size()); ++i) {
        const bool na = allDigits(a.local[i]), nb = allDigits(b.local[i]);
        if (na && nb) {
            if (const int c = compareNumeric(a.local[i], b.local[i]))
                return c;
        } else if (na != nb) {
            return na ? 1 : -1; // numeric local segments sort above alphanumeric ones
        } else if (const int c = a.local[i].compare(b.local[i])) {
            return sign(c);
        }
    }
    return sign(int(a.local.size()) - int(b.local.size()));
}

// ---- Maven ComparableVersion ----
struct MavenItem
{
    enum Kind
    {
        Int,
        Str,
        List
    } kind
        = Int;
    std::string value; // digits for Int, qualifier for Str
    std::vector<MavenItem> items;

    bool isNull() const
    {
        switch (kind) {
        case Int:
            return value == "0";
        case Str:
            return value.empty();
        case List:
            return items.empty();
        }
        return false;
    }
};

MavenItem mavenInt(std::string_view digits)
{
    while (digits.size() > 1 && digits.front() == '0')
        digits.remove_prefix(1);
    return {MavenItem::Int, std::string(digits), {}};
}

MavenItem mavenStr(std::string_view s, bool followedByDigit)
{
    std::string v(s);
    if (followedByDigit && v.size() == 1) {
        if (v == "a")
            v = "alpha";
        else if (v == "b")
            v = "beta";
        else if (v == "m")
            v = "milestone";
    }
    if (v == "ga" || v == "final" || v == "release")
        v.clear();
    else if (v == "cr")
        v = "rc";
    return {MavenItem::Str, v, {}};
}

std::string mavenQualifierKey(const std::string& q)
{
    static const char* order[] = {"alpha", "beta", "milestone", "rc", "snapshot", "", "sp"};
    for (int i = 0; i < 7; ++i)
        if (q == order[i])
            return std::to_string(i);
    return "7-" + q;
}

void mavenNormalize(MavenItem& list)
{
    for (int i = int(list.items.size()) - 1; i >= 0; --i) {
        MavenItem& last = list.items[size_t(i)];
        if (last.isNull())
            list.items.erase(list.items.begin() + i);
        else if (last.kind != MavenItem::List)
            break;
    }
}

MavenItem parseMaven(std::string_view text)
{
    const std::string version = lower(trim(text));
    MavenItem root {MavenItem::List, {}, {}};
    // Sub-lists are appended to their parent and addressed by pointer; the parent's vector must
    // not reallocate while a child pointer is live, so we address by path instead.
    std::vector<std::vector<size_t>> paths {{}};
    auto current = [&]() -> MavenItem& {
        MavenItem* it = &root;
        for (size_t idx : paths.back())
            it = &it->items[idx];
        return *it;
    };
    auto pushList = [&] {
        MavenItem& cur = current();
        cur.items.push_back({MavenItem::List, {}, {}});
        auto p = paths.back();
        p.push_back(cur.items.size() - 1);
        paths.push_back(p);
    };
    auto parseItem = [](bool digit, std::string_view buf) { return digit ? mavenInt(buf) : mavenStr(buf, false); };
    bool isDigit = false;
    size_t start = 0;
    for (size_t i = 0; i < version.size(); ++i) {
        const char c = version[i];
        if (c == '.') {
            current().items.push_back(
                i == start ? mavenInt("0") : parseItem(isDigit, std::string_view(version).substr(start, i - start)));
            start = i + 1;
        } else if (c == '-') {
            current().items.push_back(
                i == start ? mavenInt("0") : parseItem(isDigit, std::string_view(version).substr(start, i - start)));
            start = i + 1;
            pushList();
        } else if (std::isdigit((unsigned char)c)) {
            if (!isDigit && i > start) {
                // 1.0.0.X1 < 1.0.0-X2: a qualifier directly followed by digits opens a sub-list
                if (!current().items.empty())
                    pushList();
                current().items.push_back(mavenStr(std::string_view(version).substr(start, i - start), true));
                start = i;
                pushList();
            }
            isDigit = true;
        } else {
            if (isDigit && i > start) {
                current().items.push_back(parseItem(true, std::string_view(version).substr(start, i - start)));
                start = i;
                pushList();
            }
            isDigit = false;
        }
    }
    if (version.size() > start) {
        if (!isDigit && !current().items.empty())
            pushList();
        current().items.push_back(parseItem(isDigit, std::string_view(version).substr(start)));
    }
    while (!paths.empty()) {
        mavenNormalize(current());
        paths.pop_back();
    }
    return root;
}

int compareMavenItem(const MavenItem* a, const MavenItem* b);

int compareMavenToNull(const MavenItem& a)
{
    switch (a.kind) {
    case MavenItem::Int:
        return a.value == "0" ? 0 : 1;
    case MavenItem::Str:
        return sign(mavenQualifierKey(a.value).compare("5"));
    case MavenItem::List:
        return a.items.empty() ? 0 : compareMavenToNull(a.items.front());
    }
    return 0;
}

int compareMavenItem(const MavenItem* a, const MavenItem* b)
{
    if (!a && !b)
        return 0;
    if (!a)
        return -compareMavenToNull(*b);
    if (!b)
        return compareMavenToNull(*a);
    switch (a->kind) {
    case MavenItem::Int:
        if (b->kind == MavenItem::Int)
            return compareNumeric(a->value, b->value);
        return 1; // int > string, int > list
    case MavenItem::Str:
        if (b->kind == MavenItem::Int)
            return -1;
        if (b->kind == MavenItem::List)
            return -1;
        return sign(mavenQualifierKey(a->value).compare(mavenQualifierKey(b->value)));
    case MavenItem::List:
        if (b->kind == MavenItem::Int)
            return -1;
        if (b->kind == MavenItem::Str)
            return 1;
        for (size_t i = 0; i < std::max(a->items.size(), b->items.size()); ++i) {
            const MavenItem* l = i < a->items.size() ? &a->items[i] : nullptr;
            const MavenItem* r = i < b->items.size() ? &b->items[i] : nullptr;
            if (const int c = compareMavenItem(l, r))
                return c;
        }
        return 0;
    }
    return 0;
}

// ---- RubyGems ----
std::vector<std::string> gemSegments(std::string_view text, bool& ok)
{
    std::string v(trim(text));
    ok = !v.empty();
    std::string s;
    for (char c : v) {
        if (c == '-')
            s += ".pre.";
        else
            s += c;
    }
    std::vector<std::string> segs;
    size_t i = 0;
    while (i < s.size()) {
        if (std::isdigit((unsigned char)s[i])) {
            size_t j = i;
            while (j < s.size() && std::isdigit((unsigned char)s[j]))
                ++j;
            segs.push_back(s.substr(i, j - i));
            i = j;
        } else if (std::isalpha((unsigned char)s[i])) {
            size_t j = i;
            while (j < s.size() && std::isalpha((unsigned char)s[j]))
                ++j;
            segs.push_back(s.substr(i, j - i));
            i = j;
        } else if (s[i] == '.') {
            ++i;
        } else {
            ok = false;
            ++i;
        }
    }
    // canonical_segments: drop trailing zeros of the release part and of the pre-release part
    auto firstAlpha = std::find_if(segs.begin(), segs.end(), [](const std::string& x) { return !allDigits(x); });
    std::vector<std::string> rel(segs.begin(), firstAlpha), pre(firstAlpha, segs.end());
    auto dropZeros = [](std::vector<std::string>& v) {
        while (!v.empty() && allDigits(v.back()) && compareNumeric(v.back(), "0") == 0)
            v.pop_back();
    };
    dropZeros(rel);
    dropZeros(pre);
    rel.insert(rel.end(), pre.begin(), pre.end());
    return rel;
}

int compareGem(std::string_view a, std::string_view b)
{
    bool oka = true, okb = true;
    const auto x = gemSegments(a, oka), y = gemSegments(b, okb);
    for (size_t i = 0; i < std::max(x.size(), y.size()); ++i) {
        const std::string l = i < x.size() ? x[i] : "0", r = i < y.size() ? y[i] : "0";
        if (l == r)
            continue;
        const bool nl = allDigits(l), nr = allDigits(r);
        if (nl && nr) {
            if (const int c = compareNumeric(l, r))
                return c;
        } else if (nl != nr) {
            return nl ? 1 : -1; // a letter segment (pre-release) is lower than a number
        } else {
            return sign(l.compare(r));
        }
    }
    return 0;
}

// ---- Composer: normalise, then PHP's version_compare ----
std::string composerNormalize(std::string_view text)
{
    std::string v = lower(trim(text));
    if (const auto at = v.find('@'); at != std::string::npos)
        v = v.substr(0, at); // stability flags such as @dev
    if (const auto plus = v.find('+'); plus != std::string::npos)
        v = v.substr(0, plus);
    if (!v.empty() && v[0] == 'v')
        v.erase(0, 1);
    return v;
}

std::vector<std::string> phpCanonical(const std::string& v)
{
    // version_compare: '-', '_', '+' become '.', and '.' is inserted between digits and letters.
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) {
        char c = v[i];
        if (c == '-' || c == '_' || c == '+')
            c = '.';
        if (!s.empty() && c != '.' && s.back() != '.') {
            const bool pd = std::isdigit((unsigned char)s.back()), cd = std::isdigit((unsigned char)c);
            if (pd != cd)
                s += '.';
        }
        s += c;
    }
    std::vector<std::string> parts;
    for (auto p : split(s, '.'))
        if (!p.empty())
            parts.emplace_back(p);
    return parts;
}

int phpSpecialOrder(const std::string& s)
{
    // "dev" < "alpha" = "a" < "beta" = "b" < "RC" = "rc" < "#" (a number) < "pl" = "p"; others lowest
    if (allDigits(s))
        return 5;
    if (s.rfind("dev", 0) == 0)
        return 1;
    if (s.rfind("alpha", 0) == 0 || s == "a")
        return 2;
    if (s.rfind("beta", 0) == 0 || s == "b")
        return 3;
    if (s.rfind("rc", 0) == 0)
        return 4;
    if (s == "#")
        return 5;
    if (s.rfind("pl", 0) == 0 || s == "p" || s.rfind("patch", 0) == 0)
        return 6;
    return 0;
}

int compareComposer(std::string_view a, std::string_view b)
{
    const auto x = phpCanonical(composerNormalize(a)), y = phpCanonical(composerNormalize(b));
    const size_t n = std::min(x.size(), y.size());
    for (size_t i = 0; i < n; ++i) {
        const bool nx = allDigits(x[i]), ny = allDigits(y[i]);
        int c = 0;
        if (nx && ny)
            c = compareNumeric(x[i], y[i]);
        else
            c = sign(phpSpecialOrder(x[i]) - phpSpecialOrder(y[i]));
        if (c)
            return c;
    }
    if (x.size() == y.size())
        return 0;
    // The longer one: a number makes it greater; a qualifier is compared against "#".
    const bool longerIsA = x.size() > y.size();
    const std::string& next = longerIsA ? x[n] : y[n];
    const int c = allDigits(next) ? 1 : sign(phpSpecialOrder(next) - phpSpecialOrder("#"));
    return longerIsA ? c : -c;
}

} // namespace

VersionOrder::Scheme VersionOrder::schemeFor(std::string_view ecosystem)
{
    const std::string e = canonicalEcosystem(ecosystem);
    if (e == eco::npm || e == eco::cargo || e == eco::pub || e == eco::swift)
        return Scheme::SemVer;
    if (e == eco::go)
        return Scheme::Go;
    if (e == eco::pypi)
        return Scheme::Pep440;
    if (e == eco::maven)
        return Scheme::Maven;
    if (e == eco::rubygems)
        return Scheme::RubyGems;
    if (e == eco::packagist)
        return Scheme::Composer;
    if (e == eco::nuget)
        return Scheme::NuGet;
    return Scheme::Generic;
}

int VersionOrder::compare(Scheme scheme, std::string_view a, std::string_view b)
{
    switch (scheme) {
    case Scheme::SemVer:
    case Scheme::Go: {
        const auto x = parseSemVer(a, 3, false), y = parseSemVer(b, 3, false);
        if (x && y)
            return compareSemVer(*x, *y, false);
        break;
    }
    case Scheme::NuGet: {
        const auto x = parseSemVer(a, 4, false), y = parseSemVer(b, 4, false);
        if (x && y)
            return compareSemVer(*x, *y, true);
        break;
    }
    case Scheme::Pep440: {
        const auto x = parsePep440(a), y = parsePep440(b);
        if (x && y)
            return comparePep440(*x, *y);
        break;
    }
    case Scheme::Maven: {
        const MavenItem x = parseMaven(a), y = parseMaven(b);
        return compareMavenItem(&x, &y);
    }
    case Scheme::RubyGems:
        return compareGem(a, b);
    case Scheme::Composer:
        return compareComposer(a, b);
    case Scheme::Generic:
        break;
    }
    return compareGeneric(a, b);
}

bool VersionOrder::isValid(Scheme scheme, std::string_view v)
{
    v = trim(v);
    if (v.empty())
        return false;
    switch (scheme) {
    case Scheme::SemVer:
        return parseSemVer(v, 3, false).has_value();
    case Scheme::Go:
        return (v.front() == 'v') && parseSemVer(v, 3, true).has_value();
    case Scheme::NuGet:
        return parseSemVer(v, 4, false).has_value();
    case Scheme::Pep440:
        return parsePep440(v).has_value();
    case Scheme::RubyGems: {
        bool ok = true;
        gemSegments(v, ok);
        return ok && std::isdigit((unsigned char)v.front());
    }
    case Scheme::Maven:
    case Scheme::Composer:
    case Scheme::Generic:
        // Ranges ("[1.0,2.0)", "^1.2", ">=1") and wildcards are not versions.
        return std::isalnum((unsigned char)v.front()) && v.find_first_of("[](),<>=^~* |") == std::string_view::npos;
    }
    return false;
}

} // namespace assay::audit::deps
