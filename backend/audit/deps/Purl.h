// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace assay::audit::deps {

// A package URL per the purl specification: pkg:type/namespace/name@version?qualifiers#subpath.
// toString() applies the type-specific normalisations (npm, pypi, composer, golang, pub lower-case,
// pypi '_' → '-') and the percent-encoding of each component; parse() is its inverse. Used by the
// manifest parsers to name components and by the SBOM writers.
struct Purl
{
    std::string type;
    std::string ns; // '/'-separated segments, not encoded
    std::string name;
    std::string version;
    std::map<std::string, std::string> qualifiers;
    std::string subpath;

    std::string toString() const;
    static std::optional<Purl> parse(std::string_view text);
    bool operator==(const Purl&) const = default;
};

// Percent-encodes everything but the purl-safe characters (A–Z a–z 0–9 . - _ ~ and ':').
std::string purlEncode(std::string_view s);
std::string purlDecode(std::string_view s);

} // namespace assay::audit::deps
