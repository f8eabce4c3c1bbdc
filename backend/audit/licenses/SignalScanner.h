// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

// The license detector's prefilter: one vectorscan (Hyperscan) pass over a file's bytes finds
// where license and copyright signals are ("licen", "copyright", "(c)", "SPDX", "GPL",
// "warranty", "redistribut"…). Files without any cost one scan at memory speed; the rest are
// analysed only in windows of lines around the signals. Thread-safe (per-thread scratch).
namespace assay::licenses {

class SignalScanner
{
public:
    static const SignalScanner& instance();

    // Byte offsets of signal matches, in order (at most `limit`).
    std::vector<std::size_t> find(std::string_view content, std::size_t limit = 4096) const;
    bool any(std::string_view content) const { return !find(content, 1).empty(); }

    SignalScanner();
    ~SignalScanner();
    SignalScanner(const SignalScanner&) = delete;
    SignalScanner& operator=(const SignalScanner&) = delete;

private:
    void* m_database = nullptr; // hs_database_t
};

} // namespace assay::licenses
