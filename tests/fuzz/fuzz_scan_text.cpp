// SPDX-License-Identifier: GPL-3.0-or-later
// Documents uploaded for a risk scan (scan/TextExtractor): plain text, Markdown, CSV, JSON, HTML
// and Word (docx: a zip holding word/document.xml). PDF has its own target (fuzz_scan_pdf).
// Input: one byte that selects the file name (and so the extractor), then the document. For
// selector "document.xml" the rest is the XML of a Word document, packed into a docx here so that
// the XML reader is reached without the fuzzer having to forge zip checksums.
#include "FuzzSupport.h"

#include "scan/TextExtractor.h"

#include <archive.h>
#include <archive_entry.h>

#include <array>
#include <memory>
#include <vector>

using assay::scan::TextExtractor;

namespace {

constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

constexpr std::array kNames {"notes.txt", "notes.md", "table.csv", "data.json", "page.html", "upload",
    "contract.docx", "document.xml"};

QByteArray docxAround(const QByteArray& xml)
{
    std::vector<char> buffer(size_t(xml.size()) + 4096);
    size_t used = 0;
    std::unique_ptr<archive, decltype(&archive_write_free)> a(archive_write_new(), &archive_write_free);
    archive_write_set_format_zip(a.get());
    archive_write_zip_set_compression_store(a.get());
    if (archive_write_open_memory(a.get(), buffer.data(), buffer.size(), &used) != ARCHIVE_OK)
        assay::fuzz::fail("cannot open an in-memory zip");
    auto add = [&](const char* name, const QByteArray& content) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> e(archive_entry_new(), &archive_entry_free);
        archive_entry_set_pathname(e.get(), name);
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_set_perm(e.get(), 0644);
        archive_entry_set_size(e.get(), content.size());
        if (archive_write_header(a.get(), e.get()) != ARCHIVE_OK
            || archive_write_data(a.get(), content.constData(), size_t(content.size())) != content.size())
            assay::fuzz::fail("cannot write an in-memory zip");
    };
    add("[Content_Types].xml", QByteArrayLiteral("<?xml version=\"1.0\"?><Types/>"));
    add("word/document.xml", xml);
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        assay::fuzz::fail("cannot close an in-memory zip");
    return QByteArray(buffer.data(), qsizetype(used));
}

} // namespace

ASSAY_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1 || size > 512 * 1024)
        return 0;
    const QString name = QString::fromLatin1(kNames[data[0] % kNames.size()]);
    QByteArray bytes = assay::fuzz::bytes(data + 1, size - 1);
    if (bytes.startsWith("%PDF-"))
        return 0; // fuzz_scan_pdf
    if (name == QLatin1String("document.xml")) {
        const auto text = TextExtractor::extract(QStringLiteral("contract.docx"), docxAround(bytes), kMaxBytes);
        (void)text;
        return 0;
    }
    const auto text = TextExtractor::extract(name, bytes, kMaxBytes);
    if (text && text->isEmpty())
        assay::fuzz::fail("an extraction succeeded with no text");
    // The converters the desktop page calls on pasted text, without the type detection in front.
    const QString decoded = QString::fromUtf8(bytes);
    switch (data[0] % kNames.size()) {
    case 1:
        (void)TextExtractor::markdownToText(decoded);
        break;
    case 2:
        (void)TextExtractor::csvToText(decoded);
        break;
    case 3:
        (void)TextExtractor::jsonToText(bytes);
        break;
    case 4:
        (void)TextExtractor::htmlToText(decoded);
        break;
    default:
        break;
    }
    return 0;
}
