// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <QByteArray>

// The plain-text reports of an audit.json: CSV (RFC 4180, one row per file, CRLF line ends,
// cells that a spreadsheet would run as a formula are prefixed with an apostrophe) and Markdown
// (the IP contribution table: module | origin | license | rewriteable | score | notes, where a
// module is a top-level folder, plus totals). Used by ReportWriter.
namespace assay::reports {

class TabularReports
{
public:
    static QByteArray csv(const Json& audit);
    static QByteArray markdown(const Json& audit);
};

} // namespace assay::reports
