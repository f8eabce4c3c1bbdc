// SPDX-License-Identifier: GPL-3.0-or-later
#include "Kpi.h"

#include <cmath>

namespace assay::metrics {

QString directionName(Direction d)
{
    return d == Direction::HigherIsBetter ? QStringLiteral("higher_is_better") : QStringLiteral("lower_is_better");
}

QString statusName(KpiStatus s)
{
    switch (s) {
    case KpiStatus::Good:
        return QStringLiteral("good");
    case KpiStatus::Warning:
        return QStringLiteral("warning");
    case KpiStatus::Critical:
        break;
    }
    return QStringLiteral("critical");
}

KpiStatus kpiStatus(double value, double threshold, Direction direction)
{
    if (direction == Direction::LowerIsBetter) {
        if (value <= threshold)
            return KpiStatus::Good;
        return value <= 2.0 * threshold ? KpiStatus::Warning : KpiStatus::Critical;
    }
    if (value >= threshold)
        return KpiStatus::Good;
    return value >= threshold / 2.0 ? KpiStatus::Warning : KpiStatus::Critical;
}

std::optional<KpiStatus> Kpi::status() const
{
    if (!value || !std::isfinite(*value))
        return std::nullopt;
    return kpiStatus(*value, threshold, direction);
}

Json Kpi::toJson() const
{
    const auto s = status();
    Json v = value && std::isfinite(*value) ? Json(std::round(*value * 10000.0) / 10000.0) : Json(nullptr);
    return {{"value", v}, {"unit", json::str(unit)}, {"threshold", threshold},
        {"direction", json::str(directionName(direction))}, {"status", s ? Json(json::str(statusName(*s))) : Json()}};
}

} // namespace assay::metrics
