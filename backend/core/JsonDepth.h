// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

// A nesting limit for JSON from outside (uploads, API bodies, imports, lockfiles). Copying,
// dumping or walking a nlohmann value recurses once per level, so a hostile `[[[[…` of a few
// hundred KB overflows the stack (found by the fuzz targets, tests/fuzz). json::parse() refuses
// such documents; code that parses outside input with nlohmann directly checks first.
namespace assay::json {

constexpr int kMaxDepth = 512;

// Whether `text` opens more than `maxDepth` arrays / objects at once (strings are skipped).
bool nestedDeeperThan(std::string_view text, int maxDepth = kMaxDepth);

} // namespace assay::json
