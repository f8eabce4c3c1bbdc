// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

// Ecosystem names as the OSV schema spells them (they are what Dependency::ecosystem holds, so a
// dependency can be matched against an advisory without translation) and their purl types.
namespace assay::audit::deps {

namespace eco {
inline constexpr std::string_view npm = "npm";
inline constexpr std::string_view pypi = "PyPI";
inline constexpr std::string_view go = "Go";
inline constexpr std::string_view cargo = "crates.io";
inline constexpr std::string_view maven = "Maven";
inline constexpr std::string_view rubygems = "RubyGems";
inline constexpr std::string_view packagist = "Packagist";
inline constexpr std::string_view nuget = "NuGet";
inline constexpr std::string_view conan = "ConanCenter";
inline constexpr std::string_view vcpkg = "vcpkg";
inline constexpr std::string_view swift = "SwiftURL";
inline constexpr std::string_view pub = "Pub";
} // namespace eco

// purl type of an ecosystem ("npm", "pypi", "golang", "cargo", "maven", "gem", "composer", "nuget",
// "conan", "generic" for vcpkg, "swift", "pub"); empty for an unknown ecosystem.
std::string purlType(std::string_view ecosystem);
// The ecosystem of a purl type (inverse of purlType); empty when unknown.
std::string ecosystemForPurlType(std::string_view type);
// The OSV ecosystem name for a spelling found in an advisory ("crates.io", "PyPI", "Maven", …);
// drops a release suffix such as "Debian:12" → "Debian". Comparison is case-insensitive.
std::string canonicalEcosystem(std::string_view ecosystem);
// The key under which a package name is indexed and matched: PEP 503 for PyPI, lower case for
// the case-insensitive registries (npm, NuGet, Packagist, Pub, Conan, vcpkg), as-is otherwise.
std::string normalizePackageName(std::string_view ecosystem, std::string_view name);

} // namespace assay::audit::deps
