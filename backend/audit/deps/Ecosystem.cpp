// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ecosystem.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace assay::audit::deps {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kTypes {{
    {eco::npm, "npm"},
    {eco::pypi, "pypi"},
    {eco::go, "golang"},
    {eco::cargo, "cargo"},
    {eco::maven, "maven"},
    {eco::rubygems, "gem"},
    {eco::packagist, "composer"},
    {eco::nuget, "nuget"},
    {eco::conan, "conan"},
    {eco::vcpkg, "generic"},
    {eco::swift, "swift"},
    {eco::pub, "pub"},
}};

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

} // namespace

std::string purlType(std::string_view ecosystem)
{
    const std::string canonical = canonicalEcosystem(ecosystem);
    for (const auto& [e, t] : kTypes)
        if (e == canonical)
            return std::string(t);
    return {};
}

std::string ecosystemForPurlType(std::string_view type)
{
    const std::string t = lower(type);
    for (const auto& [e, pt] : kTypes)
        if (pt == t && e != eco::vcpkg)
            return std::string(e);
    return {};
}

std::string canonicalEcosystem(std::string_view ecosystem)
{
    std::string_view base = ecosystem.substr(0, ecosystem.find(':'));
    const std::string l = lower(base);
    for (const auto& [e, t] : kTypes)
        if (lower(e) == l)
            return std::string(e);
    if (l == "pip" || l == "python")
        return std::string(eco::pypi);
    if (l == "golang")
        return std::string(eco::go);
    if (l == "cargo" || l == "crates")
        return std::string(eco::cargo);
    if (l == "gem")
        return std::string(eco::rubygems);
    if (l == "composer")
        return std::string(eco::packagist);
    if (l == "conan")
        return std::string(eco::conan);
    return std::string(base);
}

std::string normalizePackageName(std::string_view ecosystem, std::string_view name)
{
    const std::string e = canonicalEcosystem(ecosystem);
    if (e == eco::pypi) {
        // PEP 503: lower case, runs of -, _ and . become one -.
        std::string out;
        bool sep = false;
        for (unsigned char c : name) {
            if (c == '-' || c == '_' || c == '.') {
                sep = true;
                continue;
            }
            if (sep && !out.empty())
                out += '-';
            sep = false;
            out += char(std::tolower(c));
        }
        return out;
    }
    if (e == eco::swift) {
        // "https://github.com/apple/swift-nio.git" and "github.com/apple/swift-nio" are one package.
        std::string_view n = name;
        if (const auto scheme = n.find("://"); scheme != std::string_view::npos)
            n = n.substr(scheme + 3);
        if (n.size() > 4 && n.substr(n.size() - 4) == ".git")
            n = n.substr(0, n.size() - 4);
        while (!n.empty() && n.back() == '/')
            n.remove_suffix(1);
        return lower(n);
    }
    if (e == eco::npm || e == eco::nuget || e == eco::packagist || e == eco::pub || e == eco::conan || e == eco::vcpkg)
        return lower(name);
    return std::string(name);
}

} // namespace assay::audit::deps
