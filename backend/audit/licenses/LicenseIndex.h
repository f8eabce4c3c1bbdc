// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The full-text matcher's token n-gram index over the SPDX license texts, built once at build time
// by the resource generator (assay_spdx_gen) and read in place at run time: start-up costs nothing
// and every worker thread shares the same read-only bytes. No Qt: the generator is a plain host
// tool.
//
// Layout of the blob (native endianness: the generator runs on the build host, for that host):
//   Header, then
//   uint32 wordCount[licenses], uint32 shingles[licenses], uint8 indexed[licenses] (padded to 8),
//   uint32 bucketStart[kBuckets + 1]   first key of each bucket (top bits of the trigram key),
//   uint32 fingerprint[keys]           the key's next 32 bits, sorted within each bucket,
//   uint32 postingStart[keys + 1],
//   uint16 postings[postingStart[keys]] license numbers holding the trigram.
// Trigrams held by more than kStopPostings licenses are not informative and are left out.
namespace assay::licenses {

struct LicenseIndexInput
{
    std::string id;
    bool deprecated = false;
    std::vector<std::uint32_t> wordIds; // wordHash of each normalised word
    std::string_view text; // the normalised words (to find identical texts)
};

class LicenseIndex
{
public:
    static constexpr std::size_t kStopPostings = 120;
    static constexpr unsigned kBucketBits = 16;
    static constexpr std::size_t kBuckets = std::size_t(1) << kBucketBits;

    static std::uint64_t trigram(std::uint32_t a, std::uint32_t b, std::uint32_t c);

    // Generator side: the blob for these licenses (in the resource's order).
    static std::string build(const std::vector<LicenseIndexInput>& licenses);

    // Runtime side: a view over a blob; empty (valid() false) when the blob is missing or does not
    // match the license count (a stale resource).
    LicenseIndex() = default;
    LicenseIndex(std::string_view blob, std::size_t licenseCount);

    bool valid() const { return m_valid; }
    std::uint32_t wordCount(std::size_t license) const { return m_wordCount[license]; }
    std::uint32_t shingles(std::size_t license) const { return m_shingles[license]; }
    bool indexed(std::size_t license) const { return m_indexed[license] != 0; }
    // Licenses holding the trigram; empty when none or when it is too common to be informative.
    std::span<const std::uint16_t> postings(std::uint64_t trigram) const;

private:
    bool m_valid = false;
    std::span<const std::uint32_t> m_wordCount, m_shingles;
    std::span<const std::uint8_t> m_indexed;
    std::span<const std::uint32_t> m_bucketStart, m_fingerprint, m_postingStart;
    std::span<const std::uint16_t> m_postings;
};

} // namespace assay::licenses
