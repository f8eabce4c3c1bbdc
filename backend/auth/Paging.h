// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <QList>

#include <algorithm>

namespace assay::auth {

// `?page=&limit=` of SPEC §4 (limit ≤ 100) and the page a list call returns.
struct PageRequest
{
    int page = 1;
    int limit = 20;

    PageRequest normalized() const { return {std::max(1, page), std::clamp(limit, 1, 100)}; }
    int offset() const { return (normalized().page - 1) * normalized().limit; }
};

template <typename T> struct Page
{
    QList<T> items;
    qint64 totalItems = 0;
    PageRequest request;

    int totalPages() const
    {
        const int limit = request.normalized().limit;
        return int((totalItems + limit - 1) / limit);
    }
    // The SPEC §4 envelope: {"data": [...], "pagination": {...}}, items serialized by toJson().
    Json toJson() const
    {
        Json data = Json::array();
        for (const auto& item : items)
            data.push_back(item.toJson());
        const auto r = request.normalized();
        return json::pageEnvelope(std::move(data), r.page, r.limit, totalItems);
    }
};

} // namespace assay::auth
