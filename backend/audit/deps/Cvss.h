// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace assay::audit::deps {

// CVSS v3.0 / v3.1 base score from a vector string ("CVSS:3.1/AV:N/AC:L/…"), computed with the
// formulas and the Roundup function of the FIRST specification. Used to rate advisories.
class Cvss
{
public:
    // The base score 0.0–10.0, or nullopt when the vector is not a complete CVSS v3 base vector.
    static std::optional<double> baseScore(std::string_view vector);
    // critical (≥ 9.0) | high (≥ 7.0) | medium (≥ 4.0) | low (> 0) | none (0.0)
    static std::string severity(double score);
};

} // namespace assay::audit::deps
