// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextNormalizer.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The SPDX license list compiled into the binary at build time (see SpdxResourceGenerator.cpp):
// canonical ids of licenses and exceptions, names, normalised texts, and the token n-gram
// index the full-text matcher shortlists candidates with. Loaded once, read-only afterwards,
// so every worker thread may share it.
namespace assay::licenses {

struct LicenseEntry
{
    std::string id;
    std::string name;
    bool deprecated = false;
    bool osiApproved = false;
    bool indexed = false; // takes part in full-text matching
    TokenStream words; // normalised text
    std::vector<std::uint64_t> bigrams; // sorted, unique
    std::size_t shingles = 0; // distinct informative trigrams (the shortlist's denominator)
};

class LicenseData
{
public:
    // The embedded resource; empty (loaded() false) only if the build skipped it.
    static const LicenseData& instance();
    explicit LicenseData(std::string_view blob);

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
    std::span<const std::uint16_t> postings(std::uint64_t trigram) const;

    static std::uint64_t trigram(std::uint32_t a, std::uint32_t b, std::uint32_t c);
    static std::uint64_t bigram(std::uint32_t a, std::uint32_t b) { return (std::uint64_t(a) << 32) | b; }
    static constexpr std::size_t kStopPostings = 120;

    // License names as they are written in prose ("Open Software License 3.0", "zlib License"),
    // normalised, keyed by their first two words; GNU GPL-family names are left to notice rules.
    struct NameEntry
    {
        std::vector<std::uint32_t> words;
        std::string id;
    };
    const std::vector<NameEntry>* namesStartingWith(std::uint32_t first, std::uint32_t second) const;

private:
    void buildIndex();
    void buildNames();

    std::vector<LicenseEntry> m_licenses;
    std::unordered_map<std::string, std::string> m_licenseIds; // lower-case → canonical
    std::unordered_map<std::string, std::string> m_exceptions; // lower-case → canonical
    std::unordered_map<std::string, std::size_t> m_byId;
    std::unordered_map<std::string, std::string> m_names; // normalised name → id
    // Trigram index: open addressing over the distinct trigrams, each slot pointing into one flat
    // array of license numbers (built in one sort, looked up without allocation).
    std::vector<std::uint64_t> m_slotKeys; // 0 = empty
    std::vector<std::uint32_t> m_slotStart;
    std::vector<std::uint16_t> m_slotCount;
    std::vector<std::uint16_t> m_postings;
    std::unordered_map<std::uint64_t, std::vector<NameEntry>> m_nameIndex;
};

} // namespace assay::licenses
