// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalScanner.h"

#include "core/Logging.h"

#include <hs.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace assay::licenses {

namespace {

// Words that occur in license notices, texts, references and copyright statements.
// Plain literals only (caseless), so vectorscan runs its fast literal matchers. The copyright
// sign (two bytes in UTF-8) is looked for apart with memchr: as a literal it slowed the whole
// set by 6–19 %.
constexpr const char* kPatterns[] = {
    "licen",
    "copyright",
    "\\(c\\) 19",
    "\\(c\\) 20",
    "\\(c\\)19",
    "\\(c\\)20",
    "&copy;",
    "spdx",
    "gpl",
    "permission",
    "warrant",
    "redistribut",
    "public domain",
    "free software",
    "apache",
    "bsd ",
    "bsd-",
    "mit license",
    "all rights reserved",
    "terms and conditions",
    "public license",
    "creative commons",
    // Notices that name the project they belong to ("This file is part of bzip2/libbzip2 …") come
    // before its copyright line, where a window opened by the copyright line no longer reaches.
    "this file is part of",
};

struct Scratch
{
    hs_scratch_t* scratch = nullptr;
    ~Scratch()
    {
        if (scratch)
            hs_free_scratch(scratch);
    }
};

struct Collector
{
    std::vector<std::size_t>* out;
    std::size_t limit;
};

int onMatch(unsigned int, unsigned long long, unsigned long long to, unsigned int, void* ctx)
{
    auto* c = static_cast<Collector*>(ctx);
    c->out->push_back(std::size_t(to));
    return c->out->size() >= c->limit ? 1 : 0; // non-zero stops the scan
}

} // namespace

const SignalScanner& SignalScanner::instance()
{
    static const SignalScanner scanner;
    return scanner;
}

SignalScanner::SignalScanner()
{
    constexpr std::size_t n = std::size(kPatterns);
    std::vector<unsigned int> flags(n, HS_FLAG_CASELESS);
    std::vector<unsigned int> ids(n);
    for (std::size_t i = 0; i < n; ++i)
        ids[i] = unsigned(i);
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(kPatterns, flags.data(), ids.data(), unsigned(n), HS_MODE_BLOCK, nullptr, &db, &error)
        != HS_SUCCESS) {
        qCCritical(lcAudit) << "license signal patterns do not compile:" << (error ? error->message : "");
        hs_free_compile_error(error);
        return;
    }
    m_database = db;
}

SignalScanner::~SignalScanner()
{
    if (m_database)
        hs_free_database(static_cast<hs_database_t*>(m_database));
}

std::vector<std::size_t> SignalScanner::find(std::string_view content, std::size_t limit) const
{
    std::vector<std::size_t> out;
    if (content.empty())
        return out;
    auto* db = static_cast<hs_database_t*>(m_database);
    thread_local Scratch scratch;
    // One database for the process: a thread's scratch, once allocated, fits it.
    if (!db || (!scratch.scratch && hs_alloc_scratch(db, &scratch.scratch) != HS_SUCCESS)) {
        out.push_back(0); // no prefilter available: treat the file as carrying signals
        return out;
    }
    Collector c {&out, limit};
    // Block mode takes up to 4 GiB; files are capped far below that by the walker.
    hs_scan(db, content.data(), unsigned(std::min<std::size_t>(content.size(), 0xFFFFFFFFu)), 0, scratch.scratch,
        onMatch, &c);
    const char* const begin = content.data();
    const char* const end = begin + content.size();
    for (const char* p = begin; out.size() < limit && p + 1 < end
         && (p = static_cast<const char*>(std::memchr(p, '\xC2', std::size_t(end - 1 - p))));) {
        if (static_cast<unsigned char>(p[1]) == 0xA9) {
            out.push_back(std::size_t(p + 2 - begin)); // like a match: the offset after "©"
            p += 2;
        } else {
            ++p;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace assay::licenses
