// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cvss.h"

#include <cmath>
#include <map>

namespace assay::audit::deps {

namespace {

// Roundup of CVSS v3.1 (Appendix A): the smallest number, to one decimal, >= input, computed on
// integers to avoid floating-point artefacts.
double roundUp31(double input)
{
    const long long intInput = std::llround(input * 100000.0);
    if (intInput % 10000 == 0)
        return double(intInput) / 100000.0;
    return (std::floor(double(intInput) / 10000.0) + 1.0) / 10.0;
}

double roundUp30(double input)
{
    return std::ceil(input * 10.0 - 1e-9) / 10.0;
}

} // namespace

std::optional<double> Cvss::baseScore(std::string_view vector)
{
    std::map<std::string, std::string> m;
    bool v30 = false;
    bool sawPrefix = false;
    size_t start = 0;
    while (start <= vector.size()) {
        size_t end = vector.find('/', start);
        if (end == std::string_view::npos)
            end = vector.size();
        const std::string_view part = vector.substr(start, end - start);
        const auto colon = part.find(':');
        if (colon != std::string_view::npos) {
            const std::string key(part.substr(0, colon)), value(part.substr(colon + 1));
            if (key == "CVSS") {
                if (value != "3.0" && value != "3.1")
                    return std::nullopt;
                v30 = value == "3.0";
                sawPrefix = true;
            } else {
                if (m.count(key))
                    return std::nullopt; // a metric may appear once
                m[key] = value;
            }
        }
        start = end + 1;
    }
    if (!sawPrefix)
        return std::nullopt;
    auto pick = [&](const char* key, const std::map<std::string, double>& table) -> std::optional<double> {
        auto it = m.find(key);
        if (it == m.end())
            return std::nullopt;
        auto t = table.find(it->second);
        if (t == table.end())
            return std::nullopt;
        return t->second;
    };
    const auto scopeIt = m.find("S");
    if (scopeIt == m.end() || (scopeIt->second != "U" && scopeIt->second != "C"))
        return std::nullopt;
    const bool changed = scopeIt->second == "C";
    const auto av = pick("AV", {{"N", 0.85}, {"A", 0.62}, {"L", 0.55}, {"P", 0.2}});
    const auto ac = pick("AC", {{"L", 0.77}, {"H", 0.44}});
    const auto pr = pick("PR",
        changed ? std::map<std::string, double> {{"N", 0.85}, {"L", 0.68}, {"H", 0.5}}
                : std::map<std::string, double> {{"N", 0.85}, {"L", 0.62}, {"H", 0.27}});
    const auto ui = pick("UI", {{"N", 0.85}, {"R", 0.62}});
    const std::map<std::string, double> cia {{"H", 0.56}, {"L", 0.22}, {"N", 0.0}};
    const auto c = pick("C", cia), i = pick("I", cia), a = pick("A", cia);
    if (!av || !ac || !pr || !ui || !c || !i || !a)
        return std::nullopt;
    const double iss = 1.0 - (1.0 - *c) * (1.0 - *i) * (1.0 - *a);
    const double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * std::pow(iss - 0.02, 15) : 6.42 * iss;
    const double exploitability = 8.22 * *av * *ac * *pr * *ui;
    if (impact <= 0)
        return 0.0;
    const double raw
        = changed ? std::min(1.08 * (impact + exploitability), 10.0) : std::min(impact + exploitability, 10.0);
    return v30 ? roundUp30(raw) : roundUp31(raw);
}

std::string Cvss::severity(double score)
{
    if (score >= 9.0)
        return "critical";
    if (score >= 7.0)
        return "high";
    if (score >= 4.0)
        return "medium";
    if (score > 0.0)
        return "low";
    return "none";
}

} // namespace assay::audit::deps
