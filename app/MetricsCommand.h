// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace assay::app {

// `assay metrics import FILE|- [--format jsonl|csv] [--json]`, `assay metrics kpis [--since S]
// [--until U] [--repo R]` and `assay metrics insights [--since S] [--lag-days N] [--repo R]`:
// the metrics service in-process (SPEC §7, §9). Import exits 2 when no line of the file could
// be imported (every line rejected); rejected lines are listed on stderr with their numbers.
int runMetrics(const QStringList& arguments);

} // namespace assay::app
