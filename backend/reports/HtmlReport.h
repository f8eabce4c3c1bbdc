// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportWriter.h"
#include "core/Json.h"

#include <QByteArray>
#include <QString>

// The human-readable report of an audit as HTML: summary, IP composition (with the module
// table), licenses, dependencies and vulnerabilities, secrets (redacted), other findings,
// contributors, the policy result and the file table with each file's rationale. Every value is
// escaped. Two flavours: Browser — one self-contained XHTML-compatible file with the CSS inline and
// charts as inline SVG (no external assets, works offline); Print — the same sections in the HTML
// subset QTextDocument understands, charts as <img src="chart:…"> images that PdfReport paints.
namespace assay::reports {

class HtmlReport
{
public:
    enum class Flavour
    {
        Browser,
        Print,
    };
    struct Section
    {
        QString id;
        QString title;
    };

    static QByteArray render(const Json& audit, const ReportOptions& options);
    // The sections' HTML (no <html>/<head>), for PdfReport.
    static QString body(const Json& audit, const ReportOptions& options, Flavour flavour);
    static QList<Section> sections();
    // Colours shared by the SVG and the painted charts.
    static QString ipColor(const QString& ipClass);
    static QString severityColor(const QString& severity);
    static QString ipLabel(const QString& ipClass);
    // Rows of the file table in the Print flavour (a PDF of every file of a large repository
    // would run to thousands of pages; the CSV and HTML reports carry them all).
    static constexpr int kPrintFileRows = 800;
};

} // namespace assay::reports
