// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace assay::scan {

// Plain text out of an uploaded document (SPEC §8): txt, md, csv, json, html, pdf (Poppler)
// and docx (libarchive + the XML of word/document.xml). The type comes from the file name and
// is confirmed by the content; other binary types → 415, nothing readable → 400, more than
// `maxBytes` (the `max_upload_bytes` setting) → 413. Used by ScanService and the desktop page
// (to show the document with the risky sentences highlighted).
class TextExtractor
{
public:
    enum class Format
    {
        Text,
        Markdown,
        Csv,
        Json,
        Html,
        Pdf,
        Docx
    };

    static Result<QString> extract(const QString& fileName, const QByteArray& bytes, qint64 maxBytes);

    // The format of a document, or UnsupportedMediaType naming what is accepted.
    static Result<Format> detect(const QString& fileName, const QByteArray& bytes);
    static QString formatName(Format format);

    // Exposed for tests and for pasted HTML/Markdown.
    static QString htmlToText(const QString& html);
    static QString markdownToText(const QString& markdown);
    static QString csvToText(const QString& csv);
    static Result<QString> jsonToText(const QByteArray& bytes);
    static Result<QString> pdfToText(const QByteArray& bytes);
    static Result<QString> docxToText(const QByteArray& bytes, qint64 maxBytes);
};

} // namespace assay::scan
