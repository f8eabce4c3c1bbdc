// SPDX-License-Identifier: GPL-3.0-or-later
// AI-assistant session logs as `assay metrics import` and POST /api/v1/metrics/sessions take
// them (metrics/SessionImport): JSON lines and CSV with a header row, and the automatic choice.
// Input: one byte that selects the format (auto, JSON lines, CSV), then the log.
#include "FuzzSupport.h"

#include "metrics/SessionImport.h"

using namespace assay::metrics;

namespace {

const PriceTable& prices()
{
    static const PriceTable table = PriceTable::builtIn();
    return table;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    assay::fuzz::initialize();
    prices();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    static constexpr ImportFormat kFormats[] = {ImportFormat::Auto, ImportFormat::JsonLines, ImportFormat::Csv};
    const ImportFormat format = kFormats[data[0] % 3];
    const ParsedSessions parsed = parseSessions(assay::fuzz::bytes(data + 1, size - 1), format, prices());
    for (const auto& [line, session] : parsed.sessions) {
        if (line < 1)
            assay::fuzz::fail("a session has no line number");
        (void)prices().cost(session);
    }
    for (const auto& rejected : parsed.rejected)
        if (rejected.reason.isEmpty())
            assay::fuzz::fail("a rejected line has no reason");
    return 0;
}
