// SPDX-License-Identifier: GPL-3.0-or-later
#include "LicenseData.h"

#include <QFile>

#include <algorithm>
#include <unordered_set>

static void initLicenseResources()
{
    Q_INIT_RESOURCE(assay_licenses_data);
}

namespace assay::licenses {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

std::vector<std::string_view> splitTabs(std::string_view line)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto tab = line.find('\t', start);
        parts.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos)
            break;
        start = tab + 1;
    }
    return parts;
}

} // namespace

std::uint64_t LicenseData::trigram(std::uint32_t a, std::uint32_t b, std::uint32_t c)
{
    std::uint64_t h = (std::uint64_t(a) * 0x9E3779B97F4A7C15ull) ^ (std::uint64_t(b) * 0xC2B2AE3D27D4EB4Full);
    h ^= std::uint64_t(c) + 0x165667B19E3779F9ull + (h << 6) + (h >> 2);
    return h;
}

const LicenseData& LicenseData::instance()
{
    static const LicenseData data = [] {
        initLicenseResources();
        QFile file(QStringLiteral(":/licenses/spdx.db"));
        QByteArray bytes;
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        return LicenseData(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    }();
    return data;
}

LicenseData::LicenseData(std::string_view blob)
{
    std::size_t pos = 0;
    while (pos < blob.size()) {
        auto end = blob.find('\n', pos);
        if (end == std::string_view::npos)
            end = blob.size();
        const auto line = blob.substr(pos, end - pos);
        pos = end + 1;
        const auto parts = splitTabs(line);
        if (parts.size() >= 5 && parts[0] == "L") {
            LicenseEntry e;
            e.id = std::string(parts[1]);
            e.deprecated = parts[2].find('d') != std::string_view::npos;
            e.osiApproved = parts[2].find('o') != std::string_view::npos;
            e.name = std::string(parts[3]);
            e.words = fromNormalized(parts[4]);
            m_licenseIds[lower(e.id)] = e.id;
            m_byId[e.id] = m_licenses.size();
            m_licenses.push_back(std::move(e));
        } else if (parts.size() >= 2 && parts[0] == "X") {
            m_exceptions[lower(parts[1])] = std::string(parts[1]);
        }
    }
    for (const auto& e : m_licenses) {
        if (e.deprecated)
            continue;
        const auto name = normalize(e.name, {false, false}).text;
        m_names.emplace(name, e.id);
    }
    buildIndex();
    buildNames();
}

void LicenseData::buildNames()
{
    for (const auto& e : m_licenses) {
        if (e.deprecated || e.id.ends_with("-or-later"))
            continue;
        if (e.id.rfind("GPL-", 0) == 0 || e.id.rfind("LGPL-", 0) == 0 || e.id.rfind("AGPL-", 0) == 0)
            continue;
        std::vector<std::string> words;
        {
            const auto t = normalize(e.name, {false, false});
            std::size_t start = 0;
            const std::string& text = t.text;
            while (start < text.size()) {
                auto sp = text.find(' ', start);
                if (sp == std::string::npos)
                    sp = text.size();
                words.emplace_back(text.substr(start, sp - start));
                start = sp + 1;
            }
        }
        if (!words.empty() && words.back() == "only")
            words.pop_back();
        if (words.size() < 2)
            continue;
        // Variants as people write them: "v1 3c" → "version 1 3c", "license 2 0" → "license version 2 0".
        std::vector<std::vector<std::string>> variants {words};
        std::vector<std::string> spelled;
        for (std::size_t i = 0; i < words.size(); ++i) {
            const auto& w = words[i];
            if (w.size() > 1 && w[0] == 'v' && std::isdigit(static_cast<unsigned char>(w[1]))) {
                spelled.emplace_back("version");
                spelled.push_back(w.substr(1));
            } else {
                if (std::isdigit(static_cast<unsigned char>(w[0])) && i > 0
                    && (words[i - 1] == "license" || words[i - 1] == "licence"))
                    spelled.emplace_back("version");
                spelled.push_back(w);
            }
        }
        if (spelled != words)
            variants.push_back(spelled);
        for (const auto& v : variants) {
            NameEntry n;
            n.id = e.id;
            for (const auto& w : v)
                n.words.push_back(wordHash(w));
            m_nameIndex[bigram(n.words[0], n.words[1])].push_back(std::move(n));
        }
    }
}

const std::vector<LicenseData::NameEntry>* LicenseData::namesStartingWith(
    std::uint32_t first, std::uint32_t second) const
{
    auto it = m_nameIndex.find(bigram(first, second));
    return it == m_nameIndex.end() ? nullptr : &it->second;
}

void LicenseData::buildIndex()
{
    // Identical texts under two ids (GPL-2.0-only / GPL-2.0-or-later): a bare text is "-only",
    // the "or later" grant lives in the notice, so only the "-only" id is indexed.
    for (auto& e : m_licenses) {
        e.indexed = !e.deprecated && e.words.size() >= 8;
        const auto suffix = std::string_view("-or-later");
        if (e.indexed && e.id.size() > suffix.size() && e.id.ends_with(suffix)) {
            const std::string only = e.id.substr(0, e.id.size() - suffix.size()) + "-only";
            auto it = m_byId.find(only);
            if (it != m_byId.end() && m_licenses[it->second].words.text == e.words.text)
                e.indexed = false;
        }
    }
    std::vector<std::pair<std::uint64_t, std::uint16_t>> pairs;
    for (std::size_t li = 0; li < m_licenses.size(); ++li) {
        auto& e = m_licenses[li];
        if (!e.indexed)
            continue;
        const auto& ids = e.words.ids;
        for (std::size_t i = 0; i + 1 < ids.size(); ++i)
            e.bigrams.push_back(bigram(ids[i], ids[i + 1]));
        std::sort(e.bigrams.begin(), e.bigrams.end());
        e.bigrams.erase(std::unique(e.bigrams.begin(), e.bigrams.end()), e.bigrams.end());
        const std::size_t first = pairs.size();
        for (std::size_t i = 0; i + 2 < ids.size(); ++i)
            pairs.emplace_back(trigram(ids[i], ids[i + 1], ids[i + 2]) | 1u, std::uint16_t(li));
        std::sort(pairs.begin() + std::ptrdiff_t(first), pairs.end());
        pairs.erase(std::unique(pairs.begin() + std::ptrdiff_t(first), pairs.end()), pairs.end());
    }
    std::sort(pairs.begin(), pairs.end());
    std::size_t distinct = 0;
    for (std::size_t i = 0; i < pairs.size(); ++i)
        if (i == 0 || pairs[i].first != pairs[i - 1].first)
            ++distinct;
    std::size_t capacity = 1024;
    while (capacity < distinct * 2)
        capacity <<= 1;
    m_slotKeys.assign(capacity, 0);
    m_slotStart.assign(capacity, 0);
    m_slotCount.assign(capacity, 0);
    m_postings.reserve(pairs.size());
    for (std::size_t i = 0; i < pairs.size();) {
        std::size_t j = i;
        while (j < pairs.size() && pairs[j].first == pairs[i].first)
            ++j;
        const std::uint64_t key = pairs[i].first;
        std::size_t slot = std::size_t(key * 0x9E3779B97F4A7C15ull >> 20) & (capacity - 1);
        while (m_slotKeys[slot] != 0)
            slot = (slot + 1) & (capacity - 1);
        m_slotKeys[slot] = key;
        m_slotStart[slot] = std::uint32_t(m_postings.size());
        m_slotCount[slot] = std::uint16_t(std::min<std::size_t>(j - i, 0xFFFF));
        for (std::size_t k = i; k < j; ++k) {
            m_postings.push_back(pairs[k].second);
            if (j - i <= kStopPostings)
                ++m_licenses[pairs[k].second].shingles;
        }
        i = j;
    }
}

std::span<const std::uint16_t> LicenseData::postings(std::uint64_t t) const
{
    if (m_slotKeys.empty())
        return {};
    const std::uint64_t key = t | 1u;
    const std::size_t mask = m_slotKeys.size() - 1;
    std::size_t slot = std::size_t(key * 0x9E3779B97F4A7C15ull >> 20) & mask;
    while (m_slotKeys[slot] != 0) {
        if (m_slotKeys[slot] == key) {
            if (m_slotCount[slot] > kStopPostings)
                return {};
            return {m_postings.data() + m_slotStart[slot], m_slotCount[slot]};
        }
        slot = (slot + 1) & mask;
    }
    return {};
}

std::string LicenseData::canonicalLicense(std::string_view id) const
{
    auto it = m_licenseIds.find(lower(id));
    return it == m_licenseIds.end() ? std::string() : it->second;
}

std::string LicenseData::canonicalException(std::string_view id) const
{
    auto it = m_exceptions.find(lower(id));
    return it == m_exceptions.end() ? std::string() : it->second;
}

bool LicenseData::isDeprecated(std::string_view canonicalId) const
{
    auto it = m_byId.find(std::string(canonicalId));
    return it != m_byId.end() && m_licenses[it->second].deprecated;
}

std::string LicenseData::idForName(std::string_view normalizedName) const
{
    auto it = m_names.find(std::string(normalizedName));
    return it == m_names.end() ? std::string() : it->second;
}

} // namespace assay::licenses
