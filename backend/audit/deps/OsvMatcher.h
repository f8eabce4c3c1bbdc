// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/AuditModel.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace assay::audit::deps {

// Evaluates one OSV record (https://ossf.github.io/osv-schema/) against an installed package
// version: `affected[].versions` lists and `ranges` of type SEMVER / ECOSYSTEM with introduced,
// fixed, last_affected and limit events, in the ecosystem's version order. Also rates a record
// (CVSS v3 base score, else database_specific / ecosystem_specific severity). Used by VulnDb.
class OsvMatcher
{
public:
    struct Match
    {
        std::string fixedVersion; // smallest fixing version above the installed one; empty if none
    };
    struct Rating
    {
        std::string severity = "unknown"; // critical | high | medium | low | unknown
        std::optional<double> score;
        std::string vector; // the CVSS vector the score came from
    };

    // nullopt when the record does not affect `version` of (ecosystem, name).
    static std::optional<Match> match(
        const nlohmann::json& osv, std::string_view ecosystem, std::string_view name, std::string_view version);
    // Whether the record names (ecosystem, name) at all (any version).
    static bool mentions(const nlohmann::json& osv, std::string_view ecosystem, std::string_view name);
    static Rating rate(const nlohmann::json& osv);
    // The Vulnerability entry of audit.json for a matched record.
    static Vulnerability toVulnerability(const nlohmann::json& osv, const Dependency& dep, const Match& match);
};

} // namespace assay::audit::deps
