// SPDX-License-Identifier: GPL-3.0-or-later
#include "LicenseIndex.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace assay::licenses {

namespace {

constexpr char kMagic[8] = {'A', 'S', 'I', 'D', 'X', '0', '0', '1'};

struct Header
{
    char magic[8];
    std::uint32_t licenses;
    std::uint32_t keys;
    std::uint32_t postings;
    std::uint32_t bucketBits;
};
static_assert(sizeof(Header) == 24);

constexpr std::size_t padded(std::size_t bytes)
{
    return (bytes + 7) & ~std::size_t(7);
}

// The 48 bits of a trigram key the index is exact over: the top kBucketBits pick the bucket, the
// other 32 are the stored fingerprint.
std::uint64_t key48(std::uint64_t trigram)
{
    return (trigram | 1u) >> 16;
}

template <typename T> void append(std::string& out, const std::vector<T>& values)
{
    const std::size_t bytes = values.size() * sizeof(T);
    out.append(reinterpret_cast<const char*>(values.data()), bytes);
    out.append(padded(bytes) - bytes, '\0');
}

} // namespace

std::uint64_t LicenseIndex::trigram(std::uint32_t a, std::uint32_t b, std::uint32_t c)
{
    std::uint64_t h = (std::uint64_t(a) * 0x9E3779B97F4A7C15ull) ^ (std::uint64_t(b) * 0xC2B2AE3D27D4EB4Full);
    h ^= std::uint64_t(c) + 0x165667B19E3779F9ull + (h << 6) + (h >> 2);
    return h;
}

std::string LicenseIndex::build(const std::vector<LicenseIndexInput>& licenses)
{
    const std::size_t n = licenses.size();
    std::vector<std::uint32_t> wordCount(n), shingles(n);
    std::vector<std::uint8_t> indexed(n);
    std::unordered_map<std::string, std::size_t> byId;
    for (std::size_t i = 0; i < n; ++i)
        byId[licenses[i].id] = i;
    // Identical texts under two ids (GPL-2.0-only / GPL-2.0-or-later): a bare text is "-only", the
    // "or later" grant lives in the notice, so only the "-only" id is indexed.
    const std::string_view suffix = "-or-later";
    for (std::size_t i = 0; i < n; ++i) {
        const auto& e = licenses[i];
        wordCount[i] = std::uint32_t(e.wordIds.size());
        bool on = !e.deprecated && e.wordIds.size() >= 8;
        if (on && e.id.size() > suffix.size() && e.id.ends_with(suffix)) {
            auto it = byId.find(e.id.substr(0, e.id.size() - suffix.size()) + "-only");
            if (it != byId.end() && licenses[it->second].text == e.text)
                on = false;
        }
        indexed[i] = on ? 1 : 0;
    }

    std::vector<std::pair<std::uint64_t, std::uint16_t>> pairs;
    for (std::size_t li = 0; li < n; ++li) {
        if (!indexed[li])
            continue;
        const auto& ids = licenses[li].wordIds;
        const std::size_t first = pairs.size();
        for (std::size_t i = 0; i + 2 < ids.size(); ++i)
            pairs.emplace_back(key48(trigram(ids[i], ids[i + 1], ids[i + 2])), std::uint16_t(li));
        std::sort(pairs.begin() + std::ptrdiff_t(first), pairs.end());
        pairs.erase(std::unique(pairs.begin() + std::ptrdiff_t(first), pairs.end()), pairs.end());
    }
    std::sort(pairs.begin(), pairs.end());

    std::vector<std::uint32_t> bucketStart(kBuckets + 1, 0), fingerprint, postingStart;
    std::vector<std::uint16_t> postings;
    for (std::size_t i = 0; i < pairs.size();) {
        std::size_t j = i;
        while (j < pairs.size() && pairs[j].first == pairs[i].first)
            ++j;
        if (j - i <= kStopPostings) {
            const std::uint64_t k = pairs[i].first;
            ++bucketStart[std::size_t(k >> 32) + 1];
            fingerprint.push_back(std::uint32_t(k));
            postingStart.push_back(std::uint32_t(postings.size()));
            for (std::size_t p = i; p < j; ++p) {
                postings.push_back(pairs[p].second);
                ++shingles[pairs[p].second];
            }
        }
        i = j;
    }
    postingStart.push_back(std::uint32_t(postings.size()));
    for (std::size_t b = 0; b < kBuckets; ++b)
        bucketStart[b + 1] += bucketStart[b];

    Header h {};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.licenses = std::uint32_t(n);
    h.keys = std::uint32_t(fingerprint.size());
    h.postings = std::uint32_t(postings.size());
    h.bucketBits = kBucketBits;
    std::string out(reinterpret_cast<const char*>(&h), sizeof h);
    append(out, wordCount);
    append(out, shingles);
    append(out, indexed);
    append(out, bucketStart);
    append(out, fingerprint);
    append(out, postingStart);
    append(out, postings);
    return out;
}

LicenseIndex::LicenseIndex(std::string_view blob, std::size_t licenseCount)
{
    Header h {};
    if (blob.size() < sizeof h || reinterpret_cast<std::uintptr_t>(blob.data()) % 8 != 0)
        return;
    std::memcpy(&h, blob.data(), sizeof h);
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.licenses != licenseCount || h.bucketBits != kBucketBits)
        return;
    std::size_t at = sizeof h;
    bool fits = true;
    auto take = [&]<typename T>(std::span<const T>& view, std::size_t count) {
        const std::size_t bytes = count * sizeof(T);
        if (!fits || at + bytes > blob.size()) {
            fits = false;
            return;
        }
        view = std::span<const T>(reinterpret_cast<const T*>(blob.data() + at), count);
        at += padded(bytes);
    };
    take(m_wordCount, h.licenses);
    take(m_shingles, h.licenses);
    take(m_indexed, h.licenses);
    take(m_bucketStart, kBuckets + 1);
    take(m_fingerprint, h.keys);
    take(m_postingStart, std::size_t(h.keys) + 1);
    take(m_postings, h.postings);
    m_valid = fits && m_bucketStart.back() == h.keys && m_postingStart.back() == h.postings;
}

std::span<const std::uint16_t> LicenseIndex::postings(std::uint64_t t) const
{
    if (!m_valid)
        return {};
    const std::uint64_t k = key48(t);
    const std::size_t bucket = std::size_t(k >> 32);
    const std::uint32_t fp = std::uint32_t(k);
    const auto begin = m_fingerprint.begin() + m_bucketStart[bucket];
    const auto end = m_fingerprint.begin() + m_bucketStart[bucket + 1];
    const auto it = std::lower_bound(begin, end, fp);
    if (it == end || *it != fp)
        return {};
    const auto i = std::size_t(it - m_fingerprint.begin());
    return m_postings.subspan(m_postingStart[i], m_postingStart[i + 1] - m_postingStart[i]);
}

} // namespace assay::licenses
