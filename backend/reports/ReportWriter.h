// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Every report of an audit from its audit.json document (SPEC §6), so that CLI runs and stored
// audits render alike: json, html (self-contained, inline SVG charts), pdf (QTextDocument +
// QPdfWriter; needs a QGuiApplication — the CLI and `serve` start one on the offscreen platform),
// csv (one row per file), md (IP contribution table), sarif (2.1.0), cyclonedx and spdx (the
// dependency module's SbomWriter). Secret evidence is re-redacted before any writer sees it, so
// no format can carry a raw secret. Used by `assay audit --format`, the API's
// GET /api/v1/audits/{id}/report and the GUI's Export menu.
namespace assay::reports {

struct ReportOptions
{
    QString client; // setting report_client: the engagement's client, on the cover
    QString preparedBy; // setting report_prepared_by
    QDateTime generatedAt; // default: now
};

class ReportWriter
{
public:
    static QStringList formats(); // json sarif cyclonedx spdx html pdf csv md
    static bool isFormat(const QString& format);
    static QByteArray contentType(const QString& format);
    static QString extension(const QString& format);
    // audit-<repo>-<date>.<ext>, file-name safe.
    static QString fileName(const Json& audit, const QString& format);

    // Validation error for an unknown format; internal error when a writer cannot run here.
    static Result<QByteArray> render(const Json& audit, const QString& format, const ReportOptions& options = {});

    // The document every writer reads: secret findings reduced to their redacted evidence.
    static Json sanitized(const Json& audit);
};

} // namespace assay::reports
