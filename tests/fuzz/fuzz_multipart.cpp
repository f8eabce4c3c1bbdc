// SPDX-License-Identifier: GPL-3.0-or-later
// multipart/form-data request bodies (api/Multipart, the upload routes: audits of archives, scans
// of documents, session imports, vulnerability database uploads).
// Input: the Content-Type header value, a line feed, then the body.
#include "FuzzSupport.h"

#include "api/Multipart.h"

using namespace assay::api;

ASSAY_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QByteArray input = assay::fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    HttpRequest request;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/api/v1/scans");
    request.headers.insert("content-type", newline < 0 ? input : input.left(newline));
    request.body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const auto parts = parseMultipart(request);
    if (!parts)
        return 0;
    for (const FormPart& part : *parts)
        if (part.data.size() > request.body.size() || !request.body.contains(part.data))
            assay::fuzz::fail("a multipart part holds bytes that are not in the body");
    if (!parts->empty())
        (void)findPart(*parts, parts->front().name);
    return 0;
}
