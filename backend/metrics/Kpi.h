// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <QString>

#include <optional>

namespace assay::metrics {

enum class Direction
{
    HigherIsBetter,
    LowerIsBetter
};

enum class KpiStatus
{
    Good,
    Warning,
    Critical
};

QString directionName(Direction d);
QString statusName(KpiStatus s);

// Direction-aware status (docs/METRICS.md): lower-is-better → good when value ≤ threshold,
// warning up to 2× threshold, critical beyond; higher-is-better mirrored → good when
// value ≥ threshold, warning down to threshold / 2, critical below.
KpiStatus kpiStatus(double value, double threshold, Direction direction);

// One KPI of SPEC §9: `{value, unit, threshold, direction, status}`; value and status are null
// when there is no data to compute it from.
struct Kpi
{
    QString name;
    std::optional<double> value;
    QString unit;
    double threshold = 0;
    Direction direction = Direction::HigherIsBetter;

    std::optional<KpiStatus> status() const;
    Json toJson() const;
};

} // namespace assay::metrics
