// SPDX-License-Identifier: GPL-3.0-or-later
#include "LicenseData.h"

#include <QResource>

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

const LicenseData& LicenseData::instance()
{
    static const LicenseData data = [] {
        initLicenseResources();
        // Both resources are stored uncompressed and used where they lie in the binary's
        // read-only data (inflating and copying the 4.7 MB of texts cost ~40 ms and ~2,300 page
        // faults per process). The index is read as 64-bit words: one that does not lie on an
        // 8-byte boundary there (rcc does not align) is copied out, as is a compressed resource.
        auto read = [](const QString& path, std::size_t alignment) {
            const QResource resource(path);
            if (!resource.isValid())
                return QByteArray();
            if (resource.compressionAlgorithm() != QResource::NoCompression)
                return resource.uncompressedData();
            const auto* data = reinterpret_cast<const char*>(resource.data());
            if (reinterpret_cast<quintptr>(data) % alignment == 0)
                return QByteArray::fromRawData(data, qsizetype(resource.size()));
            return QByteArray(data, qsizetype(resource.size())); // heap bytes are aligned
        };
        return LicenseData(read(QStringLiteral(":/licenses/spdx.db"), 1),
            read(QStringLiteral(":/licenses/spdx.idx"), alignof(std::uint64_t)));
    }();
    return data;
}

LicenseData::LicenseData(QByteArray db, QByteArray index)
    : m_db(std::move(db))
{
    const std::string_view blob(m_db.constData(), std::size_t(m_db.size()));
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
            e.text = parts[4];
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
    // A QByteArray's bytes are heap-allocated and suitably aligned; the check in LicenseIndex
    // rejects anything else, and then (as for a stale or missing index) it is rebuilt here.
    m_indexBytes = std::move(index);
    m_index = LicenseIndex({m_indexBytes.constData(), std::size_t(m_indexBytes.size())}, m_licenses.size());
    if (!m_index.valid() && !m_licenses.empty()) {
        std::vector<LicenseIndexInput> inputs;
        inputs.reserve(m_licenses.size());
        for (const auto& e : m_licenses)
            inputs.push_back({e.id, e.deprecated, fromNormalized(e.text).ids, e.text});
        const std::string built = LicenseIndex::build(inputs);
        m_indexBytes = QByteArray(built.data(), qsizetype(built.size()));
        m_index = LicenseIndex({m_indexBytes.constData(), std::size_t(m_indexBytes.size())}, m_licenses.size());
    }
    if (m_index.valid()) {
        for (std::size_t i = 0; i < m_licenses.size(); ++i) {
            m_licenses[i].indexed = m_index.indexed(i);
            m_licenses[i].wordCount = m_index.wordCount(i);
            m_licenses[i].shingles = m_index.shingles(i);
        }
    }
    m_bigramsOnce = std::make_unique<std::once_flag[]>(m_licenses.size());
    m_bigrams.resize(m_licenses.size());
    buildNames();
}

const std::vector<std::uint64_t>& LicenseData::bigramsOf(std::size_t license) const
{
    std::call_once(m_bigramsOnce[license], [&] {
        const auto ids = fromNormalized(m_licenses[license].text).ids;
        auto& out = m_bigrams[license];
        out.reserve(ids.size());
        for (std::size_t i = 0; i + 1 < ids.size(); ++i)
            out.push_back(bigram(ids[i], ids[i + 1]));
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    });
    return m_bigrams[license];
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
            m_nameFirstWords.set(n.words[0] & 0xFFFFu);
            m_nameIndex[bigram(n.words[0], n.words[1])].push_back(std::move(n));
        }
    }
}

const std::vector<LicenseData::NameEntry>* LicenseData::namesStartingWith(
    std::uint32_t first, std::uint32_t second) const
{
    if (!m_nameFirstWords.test(first & 0xFFFFu))
        return nullptr;
    auto it = m_nameIndex.find(bigram(first, second));
    return it == m_nameIndex.end() ? nullptr : &it->second;
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
