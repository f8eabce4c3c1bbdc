// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace assay::audit::deps {

// Version precedence per ecosystem, as OSV `ECOSYSTEM` ranges need it (and SemVer 2 for `SEMVER`
// ranges). Used by the vulnerability matcher and to keep the newest of duplicate lock entries.
class VersionOrder
{
public:
    enum class Scheme
    {
        SemVer, // SemVer 2.0.0; npm, crates.io, Pub, SwiftURL; a leading 'v' is accepted
        Go, // SemVer with the mandatory 'v', pseudo-versions and +incompatible
        Pep440, // PyPI: epochs, pre/post/dev releases, local versions
        Maven, // Maven ComparableVersion
        RubyGems, // Gem::Version
        Composer, // Composer / PHP version_compare after Composer's normalisation
        NuGet, // NuGet SemVer 2 with a 4th number and case-insensitive labels
        Generic, // digits numerically, letters lexically (ConanCenter, vcpkg, unknown ecosystems)
    };

    static Scheme schemeFor(std::string_view ecosystem);
    // <0 when a < b, 0 when equal in precedence, >0 when a > b.
    static int compare(Scheme scheme, std::string_view a, std::string_view b);
    static int compare(std::string_view ecosystem, std::string_view a, std::string_view b)
    {
        return compare(schemeFor(ecosystem), a, b);
    }
    // Whether `v` is a well-formed version under the scheme (ranges and tags such as "latest" are not).
    static bool isValid(Scheme scheme, std::string_view v);
};

} // namespace assay::audit::deps
