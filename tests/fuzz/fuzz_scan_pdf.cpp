// SPDX-License-Identifier: GPL-3.0-or-later
// PDF documents uploaded for a risk scan (scan/TextExtractor through Poppler). Slow per input
// (Poppler parses the whole document); run it as long as the others anyway.
#include "FuzzSupport.h"

#include "scan/TextExtractor.h"

using assay::scan::TextExtractor;

ASSAY_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes = assay::fuzz::bytes(data, size);
    const auto text = TextExtractor::extract(QStringLiteral("upload.pdf"), bytes, 4 * 1024 * 1024);
    if (text && text->isEmpty())
        assay::fuzz::fail("an extraction succeeded with no text");
    if (!bytes.startsWith("%PDF-"))
        (void)TextExtractor::pdfToText(bytes); // Poppler also reads PDFs with junk in front
    return 0;
}
