// SPDX-License-Identifier: GPL-3.0-or-later
#include "Purl.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace assay::audit::deps {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::vector<std::string_view> splitView(std::string_view s, char sep)
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

// Type-specific rules of the purl specification's type list.
void normalize(Purl& p)
{
    p.type = lower(p.type);
    if (p.type == "npm") {
        p.ns = lower(p.ns);
        p.name = lower(p.name);
    } else if (p.type == "pypi") {
        p.name = lower(p.name);
        std::replace(p.name.begin(), p.name.end(), '_', '-');
    } else if (p.type == "composer" || p.type == "golang" || p.type == "pub" || p.type == "github"
        || p.type == "bitbucket") {
        p.ns = lower(p.ns);
        p.name = lower(p.name);
    }
}

} // namespace

std::string purlEncode(std::string_view s)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(s.size());
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == '~' || c == ':') {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string purlDecode(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit((unsigned char)s[i + 1])
            && std::isxdigit((unsigned char)s[i + 2])) {
            out += char(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string Purl::toString() const
{
    Purl p = *this;
    normalize(p);
    std::string out = "pkg:";
    out.append(p.type).append("/");
    if (!p.ns.empty()) {
        for (auto seg : splitView(p.ns, '/'))
            if (!seg.empty())
                out.append(purlEncode(seg)).append("/");
    }
    out += purlEncode(p.name);
    if (!p.version.empty())
        out.append("@").append(purlEncode(p.version));
    bool first = true;
    for (const auto& [k, v] : p.qualifiers) { // std::map: keys sorted, as the spec asks
        if (v.empty())
            continue;
        out += first ? "?" : "&";
        first = false;
        out.append(lower(k)).append("=").append(purlEncode(v));
    }
    if (!p.subpath.empty()) {
        std::string sub;
        for (auto seg : splitView(p.subpath, '/'))
            if (!seg.empty() && seg != "." && seg != "..")
                sub.append(sub.empty() ? "" : "/").append(purlEncode(seg));
        if (!sub.empty())
            out.append("#").append(sub);
    }
    return out;
}

std::optional<Purl> Purl::parse(std::string_view text)
{
    if (text.size() < 5 || lower(std::string(text.substr(0, 4))) != "pkg:")
        return std::nullopt;
    std::string_view rest = text.substr(4);
    while (!rest.empty() && rest.front() == '/')
        rest.remove_prefix(1);
    Purl p;
    if (const auto hash = rest.find('#'); hash != std::string_view::npos) {
        std::string sub;
        for (auto seg : splitView(rest.substr(hash + 1), '/'))
            if (!seg.empty() && seg != "." && seg != "..")
                sub.append(sub.empty() ? "" : "/").append(purlDecode(seg));
        p.subpath = sub;
        rest = rest.substr(0, hash);
    }
    if (const auto q = rest.find('?'); q != std::string_view::npos) {
        for (auto pair : splitView(rest.substr(q + 1), '&')) {
            const auto eq = pair.find('=');
            if (eq == std::string_view::npos || eq == 0)
                continue;
            const std::string value = purlDecode(pair.substr(eq + 1));
            if (!value.empty())
                p.qualifiers[lower(std::string(pair.substr(0, eq)))] = value;
        }
        rest = rest.substr(0, q);
    }
    const auto slash = rest.find('/');
    if (slash == std::string_view::npos || slash == 0)
        return std::nullopt;
    p.type = lower(std::string(rest.substr(0, slash)));
    rest = rest.substr(slash + 1);
    while (!rest.empty() && rest.back() == '/')
        rest.remove_suffix(1);
    if (const auto at = rest.rfind('@'); at != std::string_view::npos && rest.find('/', at) == std::string_view::npos) {
        p.version = purlDecode(rest.substr(at + 1));
        rest = rest.substr(0, at);
    }
    const auto lastSlash = rest.rfind('/');
    const std::string_view name = lastSlash == std::string_view::npos ? rest : rest.substr(lastSlash + 1);
    if (name.empty())
        return std::nullopt;
    p.name = purlDecode(name);
    if (lastSlash != std::string_view::npos) {
        std::string ns;
        for (auto seg : splitView(rest.substr(0, lastSlash), '/'))
            if (!seg.empty())
                ns.append(ns.empty() ? "" : "/").append(purlDecode(seg));
        p.ns = ns;
    }
    normalize(p);
    return p;
}

} // namespace assay::audit::deps
