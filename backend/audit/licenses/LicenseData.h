// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LicenseIndex.h"
#include "TextNormalizer.h"

#include <QByteArray>
#include <bitset>

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The SPDX license list compiled into the binary at build time (see SpdxResourceGenerator.cpp):
// canonical ids of licenses and exceptions, names, normalised texts, and the token n-gram
// index the full-text matcher shortlists candidates with (built by the generator, read in place).
// Loaded once, read-only afterwards (the word bigrams of a license are made on first use, once),
// so every worker thread may share it.
namespace assay::licenses {

struct LicenseEntry
{
    std::string id;
    std::string name;
    bool deprecated = false;
    bool osiApproved = false;
    bool indexed = false; // takes part in full-text matching
    std::string_view text; // normalised words, single spaces (in LicenseData's resource bytes)
    std::size_t wordCount = 0;
    std::size_t shingles = 0; // distinct informative trigrams (the shortlist's denominator)
};

class LicenseData
{
public:
    // The embedded resource; empty (loaded() false) only if the build skipped it.
    static const LicenseData& instance();
    // `db` is the text resource; `index` the generator's trigram index over it (rebuilt here, slowly,
    // when missing or stale).
    LicenseData(QByteArray db, QByteArray index);
    LicenseData(const LicenseData&) = delete;
    LicenseData& operator=(const LicenseData&) = delete;

    bool loaded() const { return !m_licenses.empty(); }
    const std::vector<LicenseEntry>& licenses() const { return m_licenses; }
    std::size_t exceptionCount() const { return m_exceptions.size(); }

    // Canonical spelling of a license / exception id given in any case; empty when unknown.
    std::string canonicalLicense(std::string_view id) const;
    std::string canonicalException(std::string_view id) const;
    bool isDeprecated(std::string_view canonicalId) const;
    // SPDX id whose full name normalises to `normalizedName` ("apache license 2 0"); empty if none.
    std::string idForName(std::string_view normalizedName) const;

    // Licenses containing the token trigram; empty when none or when it is too common to be informative.
    std::span<const std::uint16_t> postings(std::uint64_t trigram) const { return m_index.postings(trigram); }
    // Sorted, distinct word bigrams of an indexed license's text (made on first use).
    const std::vector<std::uint64_t>& bigramsOf(std::size_t license) const;

    static std::uint64_t trigram(std::uint32_t a, std::uint32_t b, std::uint32_t c)
    {
        return LicenseIndex::trigram(a, b, c);
    }
    static std::uint64_t bigram(std::uint32_t a, std::uint32_t b) { return (std::uint64_t(a) << 32) | b; }

    // License names as they are written in prose ("Open Software License 3.0", "zlib License"),
    // normalised, keyed by their first two words; GNU GPL-family names are left to notice rules.
    struct NameEntry
    {
        std::vector<std::uint32_t> words;
        std::string id;
    };
    const std::vector<NameEntry>* namesStartingWith(std::uint32_t first, std::uint32_t second) const;

private:
    void buildNames();

    QByteArray m_db; // the texts the entries' views point into
    QByteArray m_indexBytes; // the index's bytes (or a runtime rebuild of them)
    LicenseIndex m_index;
    std::vector<LicenseEntry> m_licenses;
    mutable std::unique_ptr<std::once_flag[]> m_bigramsOnce;
    mutable std::vector<std::vector<std::uint64_t>> m_bigrams;
    std::unordered_map<std::string, std::string> m_licenseIds; // lower-case → canonical
    std::unordered_map<std::string, std::string> m_exceptions; // lower-case → canonical
    std::unordered_map<std::string, std::size_t> m_byId;
    std::unordered_map<std::string, std::string> m_names; // normalised name → id
    std::unordered_map<std::uint64_t, std::vector<NameEntry>> m_nameIndex;
    // Low 16 bits of every name's first word: most words of a text start no name and are turned
    // away here, without a lookup of m_nameIndex.
    std::bitset<65536> m_nameFirstWords;
};

} // namespace assay::licenses
