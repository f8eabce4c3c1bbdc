// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportWriter.h"
#include "core/Json.h"
#include "core/Result.h"

#include <QByteArray>

// The PDF report (A4): a cover with the repository, commit, date and the engagement fields
// (client, prepared by), a table of contents with page numbers, then HtmlReport's sections laid
// out by QTextDocument and painted page by page on a QPdfWriter, each page with a running header,
// "Page N of M" and a "not legal advice" footer. Needs a QGuiApplication (fonts); the CLI and
// `assay serve` start one on the offscreen platform. Used by ReportWriter.
namespace assay::reports {

class PdfReport
{
public:
    static Result<QByteArray> render(const Json& audit, const ReportOptions& options);
};

} // namespace assay::reports
