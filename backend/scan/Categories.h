// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>

namespace assay::scan {

// The seven risk categories of SPEC §8, in a fixed order used by the model's weight rows.
inline constexpr int kCategoryCount = 7;

const std::array<QString, kCategoryCount>& categoryNames();
QStringList categoryList();

// Index of a category name (case-insensitive, surrounding spaces ignored), or -1 when unknown.
int categoryIndex(const QString& name);

// A peer's category mapped onto ours: known names keep their canonical spelling, common
// synonyms ("Regulatory", "Cost", "Timeline", …) map to their category, anything else → "Other".
QString normalizeCategory(const QString& name);

} // namespace assay::scan
