// SPDX-License-Identifier: GPL-3.0-or-later
#include "OsvMatcher.h"

#include "Cvss.h"
#include "Ecosystem.h"
#include "VersionOrder.h"

#include <algorithm>

namespace assay::audit::deps {

using nlohmann::json;

namespace {

std::string str(const json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool samePackage(const json& affected, std::string_view ecosystem, std::string_view name)
{
    const auto pkg = affected.find("package");
    if (pkg == affected.end() || !pkg->is_object())
        return false;
    const std::string e = canonicalEcosystem(str(*pkg, "ecosystem"));
    if (e != canonicalEcosystem(ecosystem))
        return false;
    return normalizePackageName(e, str(*pkg, "name")) == normalizePackageName(e, name);
}

struct Event
{
    enum Kind
    {
        Introduced,
        Fixed,
        LastAffected,
        Limit
    } kind;
    std::string version;
};

// Whether `v` lies in the range described by `events` (OSV evaluation: events sorted by version,
// introduced "0" first; an introduced at or below v opens, a fixed at or below v closes, a
// last_affected below v closes), plus the smallest fixed version above v.
bool inRange(VersionOrder::Scheme scheme, std::string_view v, std::vector<Event> events, std::string& fixedAbove)
{
    auto key = [&](const Event& a, const Event& b) {
        const bool za = a.kind == Event::Introduced && a.version == "0";
        const bool zb = b.kind == Event::Introduced && b.version == "0";
        if (za != zb)
            return za;
        if (za && zb)
            return false;
        const int c = VersionOrder::compare(scheme, a.version, b.version);
        if (c != 0)
            return c < 0;
        return a.kind < b.kind;
    };
    std::stable_sort(events.begin(), events.end(), key);
    bool affected = false;
    bool limited = false, belowLimit = false;
    for (const auto& e : events) {
        switch (e.kind) {
        case Event::Introduced:
            if (e.version == "0" || VersionOrder::compare(scheme, v, e.version) >= 0)
                affected = true;
            break;
        case Event::Fixed:
            if (VersionOrder::compare(scheme, v, e.version) >= 0)
                affected = false;
            break;
        case Event::LastAffected:
            if (VersionOrder::compare(scheme, v, e.version) > 0)
                affected = false;
            break;
        case Event::Limit:
            limited = true;
            if (e.version == "*" || VersionOrder::compare(scheme, v, e.version) < 0)
                belowLimit = true;
            break;
        }
    }
    if (limited && !belowLimit)
        affected = false;
    if (affected)
        for (const auto& e : events)
            if (e.kind == Event::Fixed && VersionOrder::compare(scheme, e.version, v) > 0) {
                fixedAbove = e.version; // events are sorted: the first one above v is the smallest
                break;
            }
    return affected;
}

} // namespace

bool OsvMatcher::mentions(const json& osv, std::string_view ecosystem, std::string_view name)
{
    const auto affected = osv.find("affected");
    if (affected == osv.end() || !affected->is_array())
        return false;
    return std::any_of(affected->begin(), affected->end(),
        [&](const json& a) { return a.is_object() && samePackage(a, ecosystem, name); });
}

std::optional<OsvMatcher::Match> OsvMatcher::match(
    const json& osv, std::string_view ecosystem, std::string_view name, std::string_view version)
{
    if (osv.contains("withdrawn") && osv["withdrawn"].is_string() && !osv["withdrawn"].get<std::string>().empty())
        return std::nullopt;
    const auto affected = osv.find("affected");
    if (affected == osv.end() || !affected->is_array() || version.empty())
        return std::nullopt;
    const VersionOrder::Scheme ecoScheme = VersionOrder::schemeFor(ecosystem);
    bool hit = false;
    std::string bestFixed;
    for (const auto& a : *affected) {
        if (!a.is_object() || !samePackage(a, ecosystem, name))
            continue;
        if (const auto versions = a.find("versions"); versions != a.end() && versions->is_array())
            for (const auto& listed : *versions)
                if (listed.is_string()
                    && (listed.get<std::string>() == version
                        || (VersionOrder::isValid(ecoScheme, listed.get<std::string>())
                            && VersionOrder::compare(ecoScheme, listed.get<std::string>(), version) == 0)))
                    hit = true;
        const auto ranges = a.find("ranges");
        if (ranges == a.end() || !ranges->is_array())
            continue;
        for (const auto& r : *ranges) {
            const std::string type = str(r, "type");
            if (type != "SEMVER" && type != "ECOSYSTEM")
                continue; // GIT ranges name commits, not versions
            const auto scheme = type == "SEMVER" ? VersionOrder::Scheme::SemVer : ecoScheme;
            std::vector<Event> events;
            if (const auto evs = r.find("events"); evs != r.end() && evs->is_array())
                for (const auto& e : *evs) {
                    if (!e.is_object())
                        continue;
                    if (e.contains("introduced"))
                        events.push_back({Event::Introduced, str(e, "introduced")});
                    else if (e.contains("fixed"))
                        events.push_back({Event::Fixed, str(e, "fixed")});
                    else if (e.contains("last_affected"))
                        events.push_back({Event::LastAffected, str(e, "last_affected")});
                    else if (e.contains("limit"))
                        events.push_back({Event::Limit, str(e, "limit")});
                }
            std::string fixed;
            if (inRange(scheme, version, events, fixed)) {
                hit = true;
                if (!fixed.empty() && (bestFixed.empty() || VersionOrder::compare(scheme, fixed, bestFixed) < 0))
                    bestFixed = fixed;
            }
        }
    }
    if (!hit)
        return std::nullopt;
    return Match {bestFixed};
}

OsvMatcher::Rating OsvMatcher::rate(const json& osv)
{
    Rating best;
    auto consider = [&](const json& list) {
        if (!list.is_array())
            return;
        for (const auto& s : list) {
            const std::string type = str(s, "type"), score = str(s, "score");
            if (type != "CVSS_V3")
                continue;
            if (const auto v = Cvss::baseScore(score); v && (!best.score || *v > *best.score)) {
                best.score = v;
                best.vector = score;
            }
        }
    };
    consider(osv.value("severity", json::array()));
    if (const auto affected = osv.find("affected"); affected != osv.end() && affected->is_array())
        for (const auto& a : *affected)
            if (a.is_object())
                consider(a.value("severity", json::array()));
    if (best.score) {
        best.severity = Cvss::severity(*best.score);
        if (best.severity == "none")
            best.severity = "low";
        return best;
    }
    // GitHub advisories: database_specific.severity LOW | MODERATE | HIGH | CRITICAL; others alike.
    auto fromText = [](std::string s) -> std::string {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        if (s == "critical")
            return "critical";
        if (s == "high" || s == "important")
            return "high";
        if (s == "moderate" || s == "medium")
            return "medium";
        if (s == "low" || s == "negligible")
            return "low";
        return {};
    };
    std::vector<const json*> places;
    if (osv.contains("database_specific"))
        places.push_back(&osv["database_specific"]);
    if (const auto affected = osv.find("affected"); affected != osv.end() && affected->is_array())
        for (const auto& a : *affected)
            for (const char* k : {"ecosystem_specific", "database_specific"})
                if (a.is_object() && a.contains(k))
                    places.push_back(&a[k]);
    for (const json* p : places)
        if (p->is_object())
            if (const std::string s = fromText(str(*p, "severity")); !s.empty()) {
                best.severity = s;
                return best;
            }
    return best;
}

Vulnerability OsvMatcher::toVulnerability(const json& osv, const Dependency& dep, const Match& match)
{
    Vulnerability v;
    v.id = QString::fromStdString(str(osv, "id"));
    if (const auto aliases = osv.find("aliases"); aliases != osv.end() && aliases->is_array())
        for (const auto& a : *aliases)
            if (a.is_string())
                v.aliases << QString::fromStdString(a.get<std::string>());
    v.purl = dep.purl;
    v.installedVersion = dep.version;
    v.fixedVersion = match.fixedVersion.empty() ? QString() : QString::fromStdString(match.fixedVersion);
    const Rating r = rate(osv);
    v.severity = QString::fromStdString(r.severity);
    v.cvss = r.score;
    std::string summary = str(osv, "summary");
    if (summary.empty()) {
        summary = str(osv, "details");
        if (const auto nl = summary.find('\n'); nl != std::string::npos)
            summary = summary.substr(0, nl);
        if (summary.size() > 200)
            summary = summary.substr(0, 197) + "...";
    }
    v.summary = QString::fromStdString(summary);
    return v;
}

} // namespace assay::audit::deps
