// SPDX-License-Identifier: GPL-3.0-or-later
#include "LicenseMatcher.h"

#include "CopyrightScanner.h"
#include "LicenseData.h"
#include "PackageMetadata.h"
#include "SpdxExpression.h"

#include "core/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <nlohmann/json.hpp>

#include <QSet>

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>

static void initLicenseRules()
{
    Q_INIT_RESOURCE(assay_licenses_rules);
}

namespace assay::licenses {

using audit::LicenseHit;

namespace {

struct Claimed
{
    std::size_t begin = 0; // token range [begin, end)
    std::size_t end = 0;
};

LicenseHit makeHit(const QString& expression, double confidence, const TokenStream& t, std::size_t begin,
    std::size_t end, const char* source, bool partial = false)
{
    LicenseHit h;
    h.expression = expression;
    h.confidence = std::clamp(confidence, 0.0, 1.0);
    h.startLine = t.lines.empty() ? 0 : t.lines[std::min(begin, t.lines.size() - 1)];
    h.endLine = t.lines.empty() ? 0 : t.lines[std::min(end > 0 ? end - 1 : 0, t.lines.size() - 1)];
    h.source = QString::fromLatin1(source);
    h.partial = partial;
    return h;
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

int lineOf(std::string_view content, std::size_t offset)
{
    return int(std::count(content.begin(), content.begin() + std::ptrdiff_t(std::min(offset, content.size())), '\n'))
        + 1;
}

} // namespace

const LicenseMatcher& LicenseMatcher::instance()
{
    static const LicenseMatcher matcher;
    return matcher;
}

LicenseMatcher::LicenseMatcher()
{
    initLicenseRules();
    QFile file(QStringLiteral(":/licenses/notices.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcAudit) << "license notice rules are missing from the build";
        return;
    }
    const auto doc = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (!doc.is_object() || !doc.contains("rules")) {
        qCWarning(lcAudit) << "license notice rules are malformed";
        return;
    }
    for (const auto& r : doc["rules"]) {
        NoticeRule rule;
        rule.id = QString::fromStdString(r.value("id", std::string()));
        rule.pattern = QRegularExpression(QString::fromStdString(r.value("match", std::string())));
        rule.expression = QString::fromStdString(r.value("license", std::string()));
        rule.confidence = r.value("confidence", 0.9);
        rule.fallback = r.value("fallback", false);
        if (!rule.pattern.isValid()) {
            qCWarning(lcAudit) << "invalid license notice rule" << rule.id << rule.pattern.errorString();
            continue;
        }
        rule.pattern.optimize();
        m_rules.push_back(std::move(rule));
    }
}

bool LicenseMatcher::hasSignal(std::string_view content)
{
    static const std::string_view keys[] = {"licen", "copyright", "spdx", "gpl", "permission", "warrant",
        "public domain", "(c)", "\xC2\xA9", "redistribut", "free software", "apache", "bsd", "&copy;", "mit",
        "terms and conditions", "rights reserved"};
    thread_local std::string buffer;
    buffer.assign(content);
    for (char& c : buffer)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    const std::string_view s(buffer);
    for (const auto& k : keys)
        if (s.find(k) != std::string_view::npos)
            return true;
    return false;
}

bool LicenseMatcher::isLicenseFileName(const QString& path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    static const QStringList stems {QStringLiteral("license"), QStringLiteral("licence"), QStringLiteral("copying"),
        QStringLiteral("notice"), QStringLiteral("copyright"), QStringLiteral("unlicense"), QStringLiteral("legal"),
        QStringLiteral("patents"), QStringLiteral("mit-license"), QStringLiteral("3rdpartylicenses")};
    for (const auto& s : stems)
        if (name == s || name.startsWith(s + QLatin1Char('.')) || name.startsWith(s + QLatin1Char('-'))
            || name.startsWith(s + QLatin1Char('_')))
            return true;
    return false;
}

std::vector<LicenseHit> LicenseMatcher::matchTags(std::string_view content) const
{
    std::vector<LicenseHit> hits;
    static const std::string_view tag = "spdx-license-identifier";
    const std::string low = lowerAscii(content);
    std::size_t pos = 0;
    while ((pos = low.find(tag, pos)) != std::string::npos) {
        std::size_t i = pos + tag.size();
        pos = i;
        while (i < content.size() && (content[i] == ' ' || content[i] == '\t'))
            ++i;
        if (i >= content.size() || content[i] != ':')
            continue;
        ++i;
        auto eol = content.find_first_of("\r\n", i);
        if (eol == std::string_view::npos)
            eol = content.size();
        QString value = QString::fromUtf8(content.substr(i, eol - i)).trimmed();
        for (const auto& closer : {QStringLiteral("*/"), QStringLiteral("-->"), QStringLiteral("#}"),
                 QStringLiteral("--}}"), QStringLiteral("*)"), QStringLiteral("\"")}) {
            const auto at = value.indexOf(closer);
            if (at >= 0)
                value.truncate(at);
        }
        value = value.trimmed();
        while (value.endsWith(QLatin1Char(',')) || value.endsWith(QLatin1Char(';')) || value.endsWith(QLatin1Char('.')))
            value.chop(1);
        if (value.isEmpty())
            continue;
        auto expr = SpdxExpression::parse(value);
        if (!expr)
            continue;
        const int line = lineOf(content, pos);
        LicenseHit h;
        h.expression = expr->toString();
        h.confidence = 1.0;
        h.startLine = line;
        h.endLine = line;
        h.source = QStringLiteral("spdx-tag");
        hits.push_back(std::move(h));
    }
    return hits;
}

std::vector<LicenseHit> LicenseMatcher::matchFullText(const TokenStream& t) const
{
    std::vector<LicenseHit> out;
    const auto& data = LicenseData::instance();
    if (!data.loaded() || t.size() < 8)
        return out;
    const auto& licenses = data.licenses();
    const std::size_t n = t.size();

    // 1. Shortlist: licenses sharing many informative trigrams with the file.
    std::vector<std::uint64_t> grams(n >= 3 ? n - 2 : 0);
    for (std::size_t i = 0; i + 2 < n; ++i)
        grams[i] = LicenseData::trigram(t.ids[i], t.ids[i + 1], t.ids[i + 2]);
    std::unordered_map<std::uint16_t, std::uint32_t> counts;
    {
        std::unordered_set<std::uint64_t> seen;
        seen.reserve(grams.size());
        for (auto g : grams) {
            if (!seen.insert(g).second)
                continue;
            if (const auto* p = data.postings(g))
                for (auto li : *p)
                    ++counts[li];
        }
    }
    struct Candidate
    {
        std::uint16_t license;
        double share;
    };
    std::vector<Candidate> shortlist;
    for (const auto& [li, c] : counts) {
        const auto& e = licenses[li];
        if (e.shingles == 0)
            continue;
        const double share = double(c) / double(e.shingles);
        if (c >= 4 && share >= 0.25)
            shortlist.push_back({li, share});
    }
    std::sort(shortlist.begin(), shortlist.end(), [](const auto& a, const auto& b) { return a.share > b.share; });
    if (shortlist.size() > 40)
        shortlist.resize(40);

    // 2. For each candidate: the densest region of the file holding its trigrams, then Dice
    //    over word bigrams between that region and the license text.
    struct Scored
    {
        std::uint16_t license;
        std::size_t begin, end;
        double dice, coverage;
    };
    std::vector<Scored> scored;
    for (const auto& cand : shortlist) {
        const auto& e = licenses[cand.license];
        std::vector<std::size_t> positions;
        for (std::size_t i = 0; i < grams.size(); ++i) {
            const auto* p = data.postings(grams[i]);
            if (p && std::find(p->begin(), p->end(), cand.license) != p->end())
                positions.push_back(i);
        }
        if (positions.empty())
            continue;
        const std::size_t maxSpan = e.words.size() + e.words.size() / 2 + 30;
        std::size_t bestL = 0, bestR = 0, l = 0;
        for (std::size_t r = 0; r < positions.size(); ++r) {
            while (positions[r] - positions[l] > maxSpan)
                ++l;
            if (r - l > bestR - bestL)
                bestL = l, bestR = r;
        }
        // Extend to the license's own length when the match is sparse at the edges.
        std::size_t begin = positions[bestL];
        std::size_t end = std::min(n, positions[bestR] + 3);
        std::vector<std::uint64_t> region;
        region.reserve(end - begin);
        for (std::size_t i = begin; i + 1 < end; ++i)
            region.push_back(LicenseData::bigram(t.ids[i], t.ids[i + 1]));
        std::sort(region.begin(), region.end());
        region.erase(std::unique(region.begin(), region.end()), region.end());
        std::size_t inter = 0;
        {
            auto a = region.begin();
            auto b = e.bigrams.begin();
            while (a != region.end() && b != e.bigrams.end()) {
                if (*a < *b)
                    ++a;
                else if (*b < *a)
                    ++b;
                else
                    ++inter, ++a, ++b;
            }
        }
        const double dice = 2.0 * double(inter) / double(region.size() + e.bigrams.size());
        const double coverage = double(inter) / double(e.bigrams.size());
        scored.push_back({cand.license, begin, end, dice, coverage});
    }
    std::sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
        if (a.dice != b.dice)
            return a.dice > b.dice;
        return licenses[a.license].words.size() > licenses[b.license].words.size();
    });

    // 3. Greedy: best match first; a weaker candidate for (mostly) the same region is a sibling
    //    variant and loses.
    std::vector<Scored> kept;
    for (const auto& s : scored) {
        const bool full = s.dice >= kFullThreshold;
        const bool partial = !full && s.dice >= kPartialThreshold && s.coverage >= 0.5;
        if (!full && !partial)
            continue;
        bool overlaps = false;
        for (const auto& k : kept) {
            const std::size_t lo = std::max(k.begin, s.begin), hi = std::min(k.end, s.end);
            if (hi > lo && double(hi - lo) > 0.3 * double(std::min(s.end - s.begin, k.end - k.begin))) {
                overlaps = true;
                break;
            }
        }
        if (overlaps)
            continue;
        kept.push_back(s);
        QString expr = SpdxExpression::normalizeId(QString::fromStdString(licenses[s.license].id));
        if (expr.isEmpty())
            expr = QString::fromStdString(licenses[s.license].id);
        out.push_back(makeHit(expr, s.dice, t, s.begin, s.end, "text", !full));
    }
    return out;
}

std::vector<LicenseHit> LicenseMatcher::matchNotices(const TokenStream& t) const
{
    std::vector<LicenseHit> out;
    if (t.size() == 0 || m_rules.empty())
        return out;
    // Windows of words around anchors; the rest of a long file is never looked at.
    static const std::unordered_set<std::uint32_t> anchors = [] {
        std::unordered_set<std::uint32_t> s;
        for (const char* w : {"license", "licensed", "licenses", "licensing", "gpl", "lgpl", "agpl", "copyright",
                 "permission", "public", "warranty", "bsd", "mit", "apache", "spdx", "copyleft", "redistribution",
                 "redistribute", "mpl", "epl", "cddl", "terms", "gnu", "domain", "unlicense", "freely", "distributed",
                 "distribute", "rights", "wtfpl", "zlib"})
            s.insert(wordHash(w));
        return s;
    }();
    constexpr std::size_t before = 80, after = 250;
    std::vector<std::pair<std::size_t, std::size_t>> windows;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!anchors.count(t.ids[i]))
            continue;
        const std::size_t b = i > before ? i - before : 0;
        const std::size_t e = std::min(t.size(), i + after);
        if (!windows.empty() && b <= windows.back().second)
            windows.back().second = std::max(windows.back().second, e);
        else
            windows.emplace_back(b, e);
    }
    struct Raw
    {
        std::size_t begin, end; // token range
        std::size_t rule;
        QString expression;
    };
    std::vector<Raw> raw;
    for (const auto& [wb, we] : windows) {
        const std::size_t cb = t.offsets[wb];
        const std::size_t ce = we < t.size() ? t.offsets[we] : t.text.size();
        const QString text = QString::fromUtf8(t.text.data() + cb, qsizetype(ce - cb));
        // Word offsets are byte offsets; map UTF-16 positions back through a byte table only when needed.
        const bool ascii = std::all_of(t.text.begin() + std::ptrdiff_t(cb), t.text.begin() + std::ptrdiff_t(ce),
            [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        auto toByte = [&](qsizetype pos) -> std::size_t {
            if (ascii)
                return cb + std::size_t(pos);
            return cb + std::size_t(text.left(pos).toUtf8().size());
        };
        for (std::size_t ri = 0; ri < m_rules.size(); ++ri) {
            auto it = m_rules[ri].pattern.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                if (m.capturedLength() == 0)
                    continue;
                QString expr = m_rules[ri].expression;
                for (int g = 1; g <= m.lastCapturedIndex() && g <= 9; ++g) {
                    // #n: the group as a version ("2 1" → "2.1", "v2" → "2.0"); $n: as written.
                    QString version = m.captured(g).trimmed();
                    if (version.startsWith(QLatin1Char('v')))
                        version.remove(0, 1);
                    version.replace(QLatin1Char(' '), QLatin1Char('.'));
                    if (!version.isEmpty() && !version.contains(QLatin1Char('.')))
                        version += QStringLiteral(".0");
                    expr.replace(QStringLiteral("#%1").arg(g), version);
                    expr.replace(QStringLiteral("$%1").arg(g), m.captured(g));
                }
                const std::size_t b = t.tokenAt(toByte(m.capturedStart()));
                const std::size_t e = t.tokenAt(toByte(m.capturedEnd() - 1)) + 1;
                raw.push_back({b, e, ri, expr});
            }
        }
    }
    // Longest match first; overlapping shorter matches are parts of it.
    std::sort(raw.begin(), raw.end(), [](const Raw& a, const Raw& b) {
        if (a.end - a.begin != b.end - b.begin)
            return a.end - a.begin > b.end - b.begin;
        return a.rule < b.rule;
    });
    std::vector<Raw> kept;
    for (auto& r : raw) {
        bool overlaps = false;
        for (const auto& k : kept)
            if (r.begin < k.end && k.begin < r.end) {
                overlaps = true;
                break;
            }
        if (overlaps)
            continue;
        if (!r.expression.startsWith(QLatin1String("WITH "))) {
            auto parsed = SpdxExpression::parse(r.expression);
            if (!parsed)
                continue;
            r.expression = parsed->toString();
        }
        kept.push_back(r);
    }
    std::sort(kept.begin(), kept.end(), [](const Raw& a, const Raw& b) { return a.begin < b.begin; });
    for (const auto& k : kept) {
        out.push_back(makeHit(k.expression, m_rules[k.rule].confidence, t, k.begin, k.end, "notice"));
        if (m_rules[k.rule].fallback)
            out.back().source = QStringLiteral("notice-reference");
    }
    return out;
}

namespace {

// "GPL-2.0-only" → "GPL"; "Apache-2.0" → "Apache": the family a bare reference belongs to.
QString familyOf(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z]+)-\\d"));
    const auto m = re.match(id);
    return m.hasMatch() ? m.captured(1) : id;
}

} // namespace

void LicenseMatcher::resolveReferences(std::vector<LicenseHit>& hits)
{
    // A bare reference ("the GPL") adds nothing when the file names a version of the same family.
    QSet<QString> families;
    for (const auto& h : hits) {
        if (h.source == QLatin1String("notice-reference") || h.expression.startsWith(QLatin1String("WITH ")))
            continue;
        if (auto e = SpdxExpression::parse(h.expression))
            for (const auto& id : e->licenseIds())
                families.insert(familyOf(id));
    }
    std::vector<LicenseHit> kept;
    for (auto& h : hits) {
        if (h.source == QLatin1String("notice-reference")) {
            auto e = SpdxExpression::parse(h.expression);
            bool known = false;
            if (e)
                for (const auto& id : e->licenseIds())
                    known = known || families.contains(familyOf(id));
            if (known)
                continue;
            h.source = QStringLiteral("notice");
        }
        kept.push_back(std::move(h));
    }
    // Exceptions attach to the nearest license id of the file (GNU licenses first).
    std::vector<LicenseHit> out;
    std::vector<std::pair<QString, int>> exceptions;
    for (auto& h : kept) {
        if (h.expression.startsWith(QLatin1String("WITH ")))
            exceptions.emplace_back(h.expression.mid(5), h.startLine);
        else
            out.push_back(std::move(h));
    }
    for (const auto& [exception, line] : exceptions) {
        LicenseHit* target = nullptr;
        int bestScore = std::numeric_limits<int>::max();
        for (auto& h : out) {
            auto e = SpdxExpression::parse(h.expression);
            if (!e || e->root().kind != SpdxExpression::Node::Kind::License)
                continue;
            const QString id = h.expression;
            const bool gnu = id.startsWith(QLatin1String("GPL-")) || id.startsWith(QLatin1String("LGPL-"))
                || id.startsWith(QLatin1String("AGPL-")) || id.startsWith(QLatin1String("Apache-2.0"));
            const int score = std::abs(h.startLine - line) + (gnu ? 0 : 100000);
            if (score < bestScore) {
                bestScore = score;
                target = &h;
            }
        }
        if (target)
            target->expression = target->expression + QStringLiteral(" WITH ") + exception;
    }
    hits = std::move(out);
}

FileMatch LicenseMatcher::match(std::string_view content, const QString& path) const
{
    FileMatch result;
    if (content.empty())
        return result;
    const bool licenseFile = isLicenseFileName(path);
    auto meta = PackageMetadata::licenses(content, path);
    for (auto& h : meta)
        result.hits.push_back(std::move(h));
    if (!licenseFile && !hasSignal(content)) {
        if (!result.hits.empty())
            result.combined = result.hits.front();
        return result;
    }
    result.copyrights = CopyrightScanner::scan(content);
    for (auto& h : matchTags(content))
        result.hits.push_back(std::move(h));

    const TokenStream tokens = normalize(content);
    auto texts = matchFullText(tokens);
    auto notices = matchNotices(tokens);
    // A notice inside a matched full text is part of that text (the GPL's "How to apply" appendix).
    for (auto& nh : notices) {
        bool inside = false;
        for (const auto& th : texts)
            if (!th.partial && nh.startLine >= th.startLine && nh.endLine <= th.endLine)
                inside = true;
        if (!inside)
            result.hits.push_back(std::move(nh));
    }
    for (auto& th : texts) {
        if (licenseFile)
            th.source = QStringLiteral("license-file");
        result.hits.push_back(std::move(th));
    }
    std::stable_sort(result.hits.begin(), result.hits.end(),
        [](const LicenseHit& a, const LicenseHit& b) { return a.startLine < b.startLine; });
    resolveReferences(result.hits);

    if (result.hits.empty())
        return result;
    QStringList expressions;
    double confidence = 0.0;
    int first = 0, last = 0;
    for (const auto& h : result.hits) {
        expressions << h.expression;
        confidence = std::max(confidence, h.confidence * (h.partial ? 0.7 : 1.0));
        if (h.startLine > 0 && (first == 0 || h.startLine < first))
            first = h.startLine;
        last = std::max(last, h.endLine);
    }
    LicenseHit combined;
    combined.expression = SpdxExpression::combineAnd(expressions);
    combined.confidence = confidence;
    combined.startLine = first;
    combined.endLine = last;
    combined.source = result.hits.size() == 1 ? result.hits.front().source : QStringLiteral("combined");
    combined.partial = std::all_of(result.hits.begin(), result.hits.end(), [](const auto& h) { return h.partial; });
    result.combined = std::move(combined);
    return result;
}

} // namespace assay::licenses
