// SPDX-License-Identifier: GPL-3.0-or-later
#include "LicenseMatcher.h"

#include "CopyrightScanner.h"
#include "LicenseData.h"
#include "PackageMetadata.h"
#include "SignalScanner.h"
#include "SpdxExpression.h"

#include "core/Logging.h"
#include "core/ShardedMemo.h"

#include <hs.h>

#include <QFile>
#include <QFileInfo>
#include <nlohmann/json.hpp>

#include <QSet>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <limits>
#include <map>
#include <mutex>
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

// "GFDL-1.1-invariants-only" → "GFDL-1.1-invariants": ids compared for the variant relation.
std::string stem(const std::string& id)
{
    for (std::string_view suffix : {"-only", "-or-later"})
        if (id.size() > suffix.size() && id.ends_with(suffix))
            return id.substr(0, id.size() - suffix.size());
    return id;
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

namespace {

// A pattern's top-level alternatives ("a|b(c|d)|e" → "a", "b(c|d)", "e"); the whole pattern when
// it has a capturing group, since splitting would renumber the groups its expression refers to.
QStringList topLevelAlternatives(const QString& pattern)
{
    QStringList out;
    qsizetype start = 0;
    int depth = 0;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (inClass) {
            inClass = c != QLatin1Char(']');
        } else if (c == QLatin1Char('[')) {
            inClass = true;
        } else if (c == QLatin1Char('(')) {
            if (i + 1 >= pattern.size() || pattern.at(i + 1) != QLatin1Char('?'))
                return {pattern};
            ++depth;
        } else if (c == QLatin1Char(')')) {
            --depth;
        } else if (c == QLatin1Char('|') && depth == 0) {
            out << pattern.mid(start, i - start);
            start = i + 1;
        }
    }
    out << pattern.mid(start);
    return out;
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
    (void)LicenseData::instance(); // build the SPDX index now, not inside the first file's scan
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
        rule.weak = r.value("weak", false);
        // Patterns compile (and JIT-compile) on first use, not here: most audits need a few of them,
        // and test_license_matcher checks that each one compiles.
        // Each top-level alternative becomes a rule of its own, with its own literal in the prefilter,
        // so that a window runs only the alternatives whose words it holds ("licensed under the
        // mit" and "mit license" are one rule, but a GPL header holds only the first one's "under").
        const auto alternatives = topLevelAlternatives(rule.pattern.pattern());
        if (alternatives.size() == 1) {
            m_rules.push_back(std::move(rule));
            continue;
        }
        for (const auto& alternative : alternatives) {
            NoticeRule part = rule;
            part.pattern = QRegularExpression(alternative);
            m_rules.push_back(std::move(part));
        }
    }
    buildPrefilter();
}

LicenseMatcher::~LicenseMatcher()
{
    if (m_prefilter)
        hs_free_database(static_cast<hs_database_t*>(m_prefilter));
}

namespace {

// One literal every match of `pattern` must contain, per top-level alternative: the longest run of
// plain words at nesting depth 0 that no quantifier makes optional. Empty when some alternative
// has none (the rule then always runs).
std::vector<std::string> requiredLiterals(const std::string& pattern)
{
    std::vector<std::string> out;
    std::string best, run;
    int depth = 0;
    bool inClass = false;
    auto flush = [&] {
        // A run ending in a space is still a literal; trim it.
        while (!run.empty() && run.back() == ' ')
            run.pop_back();
        while (!run.empty() && run.front() == ' ')
            run.erase(run.begin());
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    auto closeAlternative = [&] {
        flush();
        out.push_back(best.size() >= 2 ? best : std::string());
        best.clear();
    };
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (inClass) {
            if (c == '\\')
                ++i;
            else if (c == ']')
                inClass = false;
            continue;
        }
        if (c == '\\') {
            flush();
            ++i;
            continue;
        }
        if (c == '[') {
            flush();
            inClass = true;
            continue;
        }
        if (c == '(') {
            flush();
            ++depth;
            continue;
        }
        if (c == ')') {
            --depth;
            continue;
        }
        if (c == '|' && depth == 0) {
            closeAlternative();
            continue;
        }
        if (c == '?' || c == '*' || c == '{') {
            // The previous character (or group) is optional or repeated: it cannot be required.
            if (!run.empty())
                run.pop_back();
            flush();
            if (c == '{')
                while (i < pattern.size() && pattern[i] != '}')
                    ++i;
            continue;
        }
        if (c == '+' || c == '.' || c == '^' || c == '$') {
            flush();
            continue;
        }
        if (depth == 0 && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' '))
            run.push_back(c);
        else
            flush();
    }
    closeAlternative();
    for (const auto& l : out)
        if (l.empty())
            return {};
    return out;
}

} // namespace

void LicenseMatcher::buildPrefilter()
{
    // Literal prefilter: vectorscan finds the rules' required literals in one pass; only rules with
    // a literal present run through PCRE.
    std::vector<std::string> literals;
    m_reach.assign(m_rules.size(), kRuleReach);
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        const auto lits = requiredLiterals(m_rules[i].pattern.pattern().toStdString());
        if (lits.empty()) {
            m_alwaysRun.push_back(i);
            continue;
        }
        for (const auto& l : lits) {
            literals.push_back(l);
            m_prefilterIds.push_back(i);
        }
        // Without repetition (`*`, `+`, `{…}`) a match is at most as long as the pattern's text.
        const QString pattern = m_rules[i].pattern.pattern();
        const bool repeats = pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('+'))
            || pattern.contains(QLatin1Char('{'));
        m_reach[i] = repeats ? kRuleReach : std::size_t(pattern.size());
    }
    if (literals.empty())
        return;
    std::vector<const char*> exprs;
    std::vector<unsigned int> flags, ids;
    for (std::size_t k = 0; k < literals.size(); ++k) {
        exprs.push_back(literals[k].c_str());
        flags.push_back(0); // every occurrence: each one bounds where the rule can match
        ids.push_back(unsigned(k));
    }
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(
            exprs.data(), flags.data(), ids.data(), unsigned(exprs.size()), HS_MODE_BLOCK, nullptr, &db, &error)
        != HS_SUCCESS) {
        qCWarning(lcAudit) << "license notice prefilter does not compile:" << (error ? error->message : "");
        hs_free_compile_error(error);
        for (std::size_t i = 0; i < m_rules.size(); ++i)
            m_alwaysRun.push_back(i);
        m_prefilterIds.clear();
        return;
    }
    m_prefilter = db;
}

namespace {

struct HsScratch
{
    hs_scratch_t* scratch = nullptr;
    ~HsScratch()
    {
        if (scratch)
            hs_free_scratch(scratch);
    }
};

struct LiteralHits
{
    std::vector<std::pair<unsigned, std::size_t>> hits; // (literal, end offset)
};

int onRule(unsigned int id, unsigned long long, unsigned long long to, unsigned int, void* ctx)
{
    static_cast<LiteralHits*>(ctx)->hits.emplace_back(id, std::size_t(to));
    return 0;
}

} // namespace

std::vector<LicenseMatcher::Candidate> LicenseMatcher::candidateRules(std::string_view text) const
{
    std::vector<Candidate> out;
    const std::pair<std::size_t, std::size_t> whole {0, text.size()};
    for (const auto r : m_alwaysRun)
        out.push_back({r, {whole}});
    auto* db = static_cast<hs_database_t*>(m_prefilter);
    thread_local HsScratch scratch;
    if (!db)
        return out;
    if (hs_alloc_scratch(db, &scratch.scratch) != HS_SUCCESS) {
        for (const auto r : m_prefilterIds)
            out.push_back({r, {whole}});
    } else {
        LiteralHits found;
        hs_scan(db, text.data(), unsigned(text.size()), 0, scratch.scratch, onRule, &found);
        // Per rule, the literal ends in text order, widened by the rule's reach and merged.
        std::vector<std::pair<std::size_t, std::size_t>> byRule; // (rule, end)
        byRule.reserve(found.hits.size());
        for (const auto& [lit, end] : found.hits)
            byRule.emplace_back(m_prefilterIds[lit], end);
        std::sort(byRule.begin(), byRule.end());
        for (const auto& [rule, end] : byRule) {
            const std::size_t reach = m_reach[rule];
            const std::size_t b = end > reach ? end - reach : 0;
            const std::size_t e = std::min(text.size(), end + reach);
            if (out.empty() || out.back().rule != rule)
                out.push_back({rule, {}});
            auto& ranges = out.back().ranges;
            if (!ranges.empty() && b <= ranges.back().second)
                ranges.back().second = std::max(ranges.back().second, e);
            else
                ranges.emplace_back(b, e);
        }
    }
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.rule < b.rule; });
    return out;
}

bool LicenseMatcher::hasSignal(std::string_view content)
{
    return SignalScanner::instance().any(content);
}

bool LicenseMatcher::isLicenseFileName(const QString& path)
{
    // Called for every file: compares the name in place, without copies.
    const QStringView name = QStringView(path).mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    static constexpr QLatin1StringView stems[] {QLatin1StringView("license"), QLatin1StringView("licence"),
        QLatin1StringView("copying"), QLatin1StringView("notice"), QLatin1StringView("copyright"),
        QLatin1StringView("unlicense"), QLatin1StringView("legal"), QLatin1StringView("patents"),
        QLatin1StringView("mit-license"), QLatin1StringView("3rdpartylicenses")};
    for (const auto stem : stems) {
        if (!name.startsWith(stem, Qt::CaseInsensitive))
            continue;
        if (name.size() == stem.size())
            return true;
        const QChar next = name.at(stem.size());
        if (next == QLatin1Char('.') || next == QLatin1Char('-') || next == QLatin1Char('_'))
            return true;
    }
    return false;
}

std::vector<LicenseHit> LicenseMatcher::matchTags(std::string_view content) const
{
    std::vector<LicenseHit> hits;
    static const std::string_view tag = "spdx-license-identifier";
    // Most windows hold no tag: look for "spdx-" (any case) at each '-' before copying the
    // window in lower case.
    bool mayHold = false;
    for (const char *p = content.data(), *end = content.data() + content.size();
         !mayHold && (p = static_cast<const char*>(std::memchr(p, '-', std::size_t(end - p)))); ++p)
        mayHold = p - content.data() >= 4 && startsWithCaseless(content, std::size_t(p - content.data()) - 4, "spdx");
    if (!mayHold)
        return hits;
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
        // An id the SPDX list does not know ("BSD-2") stays visible as LicenseRef-BSD-2 so the
        // file's expression remains valid SPDX.
        QString text = expr->toString();
        for (const auto& id : expr->licenseIds()) {
            QString bare = id;
            if (bare.endsWith(QLatin1Char('+')))
                bare.chop(1);
            if (!bare.startsWith(QLatin1String("LicenseRef-")) && !bare.startsWith(QLatin1String("DocumentRef-"))
                && LicenseData::instance().canonicalLicense(bare.toStdString()).empty()) {
                QString ref = QStringLiteral("LicenseRef-") + bare;
                ref.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("-"));
                text.replace(
                    QRegularExpression(
                        QStringLiteral("(?<![A-Za-z0-9.+-])%1(?![A-Za-z0-9.+-])").arg(QRegularExpression::escape(id))),
                    ref);
            }
        }
        const int line = lineOf(content, pos);
        LicenseHit h;
        h.expression = text;
        h.confidence = 1.0;
        h.startLine = line;
        h.endLine = line;
        h.source = QStringLiteral("spdx-tag");
        hits.push_back(std::move(h));
    }
    return hits;
}

namespace {

// The BSD family differs by clauses, not by wording: an endorsement clause makes 3 clauses, an
// advertising clause 4, and the UC variant names the University of California. Holder names and
// rewordings of a clause move Dice between siblings more than a missing clause does, so the
// clauses present in the matched region decide among the base ids.
bool hasApacheConditions(const std::string& id, const TokenStream& t, std::size_t begin, std::size_t end)
{
    if ((id != "Apache-1.1" && id != "Entessa") || end <= begin)
        return false;
    const std::string_view region = t.textOf(begin, end);
    return region.find("redistributions of source code must retain") != std::string_view::npos
        && region.find("end user documentation included with the redistribution") != std::string_view::npos
        && region.find("derived from this software may not be called") != std::string_view::npos;
}

// Licenses written for one project, whose conditions name it ("The name \"SAXPath\" must not be
// used to endorse or promote …", "may not be called \"SAXPath\""): the id and the name it uses.
bool namesAnotherProject(const std::string& id, const TokenStream& t, std::size_t begin, std::size_t end)
{
    static const std::vector<std::pair<std::string_view, std::string_view>> named {{"Saxpath", "saxpath"}};
    const auto it = std::find_if(named.begin(), named.end(), [&](const auto& e) { return e.first == id; });
    if (it == named.end() || end <= begin)
        return false;
    return t.textOf(begin, end).find(it->second) == std::string_view::npos;
}

bool hasBsdConditions(const std::string& id, const TokenStream& t, std::size_t begin, std::size_t end)
{
    if ((id != "BSD-2-Clause" && id != "BSD-3-Clause" && id != "BSD-4-Clause" && id != "BSD-4-Clause-UC")
        || end <= begin)
        return false;
    const std::string_view region = t.textOf(begin, end);
    // The FreeBSD Documentation License names the source format ("source code (SGML DocBook) must
    // retain") and says "compiled form" for the binary one.
    if (region.find("redistributions in compiled form") != std::string_view::npos)
        return region.find("redistributions of source code") != std::string_view::npos
            && region.find("must retain the above copyright notice") != std::string_view::npos;
    // The Apache License 1.1 shares both clauses but adds its own acknowledgement and naming ones.
    return region.find("redistributions of source code must retain") != std::string_view::npos
        && region.find("redistributions in binary form must reproduce") != std::string_view::npos
        && region.find("end user documentation included with the redistribution") == std::string_view::npos;
}

std::string bsdByClauses(std::string id, const TokenStream& t, std::size_t begin, std::size_t end)
{
    static const std::vector<std::string> family {
        "BSD-2-Clause", "BSD-3-Clause", "BSD-4-Clause", "BSD-4-Clause-UC", "BSD-Advertising-Acknowledgement"};
    if (end <= begin)
        return id;
    const std::string_view region = t.textOf(begin, end);
    // The zero-clause variants are their parents minus the notice-preservation condition.
    if (id == "0BSD" && region.find("permission notice appear in all copies") != std::string_view::npos)
        return "ISC";
    if (id == "MIT-0" && region.find("permission notice shall be included") != std::string_view::npos)
        return "MIT";
    // The ISC grant with the historical notice's advertising clause is that notice (HPND), and so
    // is the pbmplus grant when that clause follows it instead of pbmplus' own "as is" sentence.
    if (id == "ISC" && region.find("not be used in advertising or publicity") != std::string_view::npos)
        return "HPND";
    if (id == "HPND-Pbmplus" && region.find("without express or implied warranty") == std::string_view::npos) {
        if (t.textOf(begin, std::min(t.size(), end + 40)).find("not be used in advertising or publicity")
            != std::string_view::npos)
            return "HPND";
    }
    // Entessa's license is the Apache License 1.1 with its own name: without the name, it is that.
    if (id == "Entessa" && region.find("entessa") == std::string_view::npos)
        return "Apache-1.1";
    // Pixar's license is the Apache License 2.0 whose trademark clause allows use "to comply with
    // Section 4(c)" instead of Apache's "reasonable and customary use": without it, it is Apache's.
    if (id == "Pixar" && region.find("comply with section 4 c") == std::string_view::npos)
        return "Apache-2.0";
    // HP's variant is the author-worded 3-clause text plus "patent infringement" among the damages;
    // without those words it is the plain 3-clause license with an "author" disclaimer.
    if (id == "BSD-3-Clause-HP" && region.find("patent infringement") == std::string_view::npos)
        id = "BSD-3-Clause";
    // The beginning-of-file variant is the source-code-only text whose notice must stay "immediately
    // at the beginning of the file"; without those words it is the source-code-only text.
    if (id == "BSD-Source-beginning-file" && region.find("beginning of the file") == std::string_view::npos)
        id = "BSD-Source-Code";
    // The source-code-only variant has no binary-form condition: with one, it is the BSD family.
    if (id == "BSD-Source-Code" && region.find("redistributions in binary form") != std::string_view::npos)
        id = "BSD-3-Clause";
    if (std::find(family.begin(), family.end(), id) == family.end())
        return id;
    const bool endorse = region.find("endorse or promote") != std::string_view::npos;
    const bool advertising = region.find("advertising materials") != std::string_view::npos;
    // The FreeBSD Documentation License is the 2-clause text for documentation: source and
    // "compiled" forms.
    if (!endorse && !advertising && region.find("redistributions in compiled form") != std::string_view::npos)
        return "FreeBSD-DOC";
    const bool california = region.find("developed by the university of california") != std::string_view::npos;
    if (advertising)
        return california ? "BSD-4-Clause-UC" : "BSD-4-Clause";
    return endorse ? "BSD-3-Clause" : "BSD-2-Clause";
}

} // namespace

namespace {

// Where a license text starts, as trigrams its text never repeats: the first kMarks of its first
// twelve words' trigrams (a title such as "GNU Free Documentation License" recurs in the body; a
// title such as "ISC License" is often left out, so later ones count too). Worked out on first use
// per license (most are never asked).
constexpr std::size_t kMarks = 4;
struct TextMarks
{
    std::array<std::uint64_t, kMarks> openings {};
};

const TextMarks& textMarks(std::size_t license)
{
    const auto& licenses = LicenseData::instance().licenses();
    struct Slot
    {
        std::atomic<bool> ready {false};
        TextMarks marks;
    };
    static std::unique_ptr<Slot[]> table = std::make_unique<Slot[]>(licenses.size());
    static const TextMarks none;
    if (license >= licenses.size())
        return none;
    Slot& slot = table[license];
    if (slot.ready.load(std::memory_order_acquire))
        return slot.marks;
    const std::string_view text = licenses[license].text;
    std::vector<std::uint64_t> grams;
    std::uint32_t w0 = 0, w1 = 0;
    std::size_t words = 0, start = 0;
    while (start < text.size()) {
        auto sp = text.find(' ', start);
        if (sp == std::string_view::npos)
            sp = text.size();
        if (sp > start) {
            const std::uint32_t w2 = wordHash(text.substr(start, sp - start));
            if (++words >= 3)
                grams.push_back(LicenseData::trigram(w0, w1, w2));
            w0 = w1;
            w1 = w2;
        }
        start = sp + 1;
    }
    auto unique = [&](std::size_t i) { return std::count(grams.begin(), grams.end(), grams[i]) == 1; };
    TextMarks found;
    std::size_t count = 0;
    for (std::size_t i = 0; i < grams.size() && i < 12 && count < kMarks; ++i)
        if (unique(i))
            found.openings[count++] = grams[i];
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (!slot.ready.load(std::memory_order_relaxed)) {
        slot.marks = found;
        slot.ready.store(true, std::memory_order_release);
    }
    return slot.marks;
}

} // namespace

std::vector<LicenseHit> LicenseMatcher::matchFullText(const TokenStream& t, std::vector<TextSpan>* spans) const
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
    // One index lookup per position, reused below to locate each candidate.
    std::vector<std::span<const std::uint16_t>> post(grams.size());
    for (std::size_t i = 0; i < grams.size(); ++i)
        post[i] = data.postings(grams[i]);
    // Rounds: a long region (a NOTICE or COPYRIGHT file) holds more texts than one shortlist finds,
    // so the words of full matches are set aside and the rest is shortlisted again.
    std::vector<char> masked(n, 0);
    struct Scored
    {
        std::uint16_t license;
        std::size_t begin, end;
        double dice, coverage;
        double rank = 0;
    };
    std::vector<Scored> kept;
    for (std::size_t round = 0; round < kRounds; ++round) {
        // Masked words before each position (windows of later rounds stay between full matches).
        std::vector<std::uint32_t> maskedBefore(round > 0 ? n + 1 : 0, 0);
        for (std::size_t i = 0; round > 0 && i < n; ++i)
            maskedBefore[i + 1] = maskedBefore[i] + std::uint32_t(masked[i]);
        std::vector<std::uint32_t> counts(licenses.size(), 0);
        {
            // Each distinct indexed trigram of the unmasked words counts once.
            std::vector<std::pair<std::uint64_t, std::uint32_t>> indexed;
            indexed.reserve(grams.size());
            for (std::size_t i = 0; i < grams.size(); ++i)
                if (!post[i].empty() && !masked[i])
                    indexed.emplace_back(grams[i], std::uint32_t(i));
            std::sort(indexed.begin(), indexed.end());
            for (std::size_t k = 0; k < indexed.size(); ++k) {
                if (k > 0 && indexed[k].first == indexed[k - 1].first)
                    continue;
                for (auto li : post[indexed[k].second])
                    ++counts[li];
            }
        }
        struct Candidate
        {
            std::uint16_t license;
            double share;
        };
        std::vector<Candidate> shortlist;
        for (std::size_t li = 0; li < counts.size(); ++li) {
            const auto c = counts[li];
            if (c == 0)
                continue;
            const auto& e = licenses[li];
            if (e.shingles == 0)
                continue;
            const double share = double(c) / double(e.shingles);
            if (c >= 4 && share >= 0.25)
                shortlist.push_back({std::uint16_t(li), share});
        }
        std::sort(shortlist.begin(), shortlist.end(), [](const auto& a, const auto& b) { return a.share > b.share; });
        if (shortlist.size() > kShortlist)
            shortlist.resize(kShortlist);

        // 2. For each candidate: the densest region of the file holding its trigrams, then Dice
        //    over word bigrams between that region and the license text.
        std::vector<Scored> scored;
        // Each candidate's positions, found through a slot per license (not a hash lookup per posting).
        std::vector<std::int16_t> slotOf(licenses.size(), -1);
        std::vector<std::vector<std::size_t>> positionsOf(shortlist.size());
        for (std::size_t k = 0; k < shortlist.size(); ++k)
            slotOf[shortlist[k].license] = std::int16_t(k);
        for (std::size_t i = 0; i < grams.size(); ++i)
            if (!post[i].empty() && !masked[i])
                for (auto li : post[i])
                    if (const auto slot = slotOf[li]; slot >= 0)
                        positionsOf[std::size_t(slot)].push_back(i);
        for (std::size_t k = 0; k < shortlist.size(); ++k) {
            const auto& cand = shortlist[k];
            const auto& e = licenses[cand.license];
            const auto& positions = positionsOf[k];
            if (positions.empty())
                continue;
            const std::size_t maxSpan = e.wordCount + e.wordCount / 2 + 30;
            std::size_t bestL = 0, bestR = 0, l = 0;
            for (std::size_t r = 0; r < positions.size(); ++r) {
                // A window does not reach across a full match of an earlier round.
                while (positions[r] - positions[l] > maxSpan
                    || (round > 0 && maskedBefore[positions[r]] != maskedBefore[positions[l]]))
                    ++l;
                if (r - l > bestR - bestL)
                    bestL = l, bestR = r;
            }
            // Extend to the license's own length when the match is sparse at the edges.
            const std::size_t begin = positions[bestL];
            const std::size_t end = std::min(n, positions[bestR] + 3);
            const auto& bigrams = data.bigramsOf(cand.license);
            const TextMarks* marks = end - begin > e.wordCount ? &textMarks(cand.license) : nullptr;
            auto score = [&](std::size_t from, std::size_t to) {
                std::vector<std::uint64_t> region;
                region.reserve(to - from);
                for (std::size_t i = from; i + 1 < to; ++i)
                    region.push_back(LicenseData::bigram(t.ids[i], t.ids[i + 1]));
                std::sort(region.begin(), region.end());
                region.erase(std::unique(region.begin(), region.end()), region.end());
                std::size_t inter = 0;
                auto a = region.begin();
                auto b = bigrams.begin();
                while (a != region.end() && b != bigrams.end()) {
                    if (*a < *b)
                        ++a;
                    else if (*b < *a)
                        ++b;
                    else
                        ++inter, ++a, ++b;
                }
                const double coverage = bigrams.empty() ? 0.0 : double(inter) / double(bigrams.size());
                const double precision = region.empty() ? 0.0 : double(inter) / double(region.size());
                // F-beta of coverage and precision; beta 1 is Dice, beta > 1 tolerates extra text inside the region.
                const double b2 = kBeta * kBeta;
                const double dice
                    = coverage + precision > 0 ? (1 + b2) * precision * coverage / (b2 * precision + coverage) : 0.0;
                scored.push_back({cand.license, from, to, dice, coverage, dice});
            };
            // Several texts in a row (a NOTICE file, a 3-clause text after a 4-clause one) fill one window:
            // a license does not restate its own opening words, so each place they start again within the
            // window begins another text, scored on its own.
            std::vector<std::size_t> starts;
            if (marks) {
                const auto& openings = marks->openings;
                for (std::size_t i = begin; i < end && i < grams.size(); ++i)
                    if (grams[i] != 0 && std::find(openings.begin(), openings.end(), grams[i]) != openings.end()
                        && (starts.empty() || i - starts.back() >= e.wordCount / 2))
                        starts.push_back(i);
            }
            // Text before the first opening is another text when it is long enough to be one.
            if (!starts.empty() && starts.front() - begin >= e.wordCount / 2)
                starts.insert(starts.begin(), begin);
            if (starts.size() < 2) {
                score(begin, end);
                continue;
            }
            starts.front() = begin;
            // The window was placed for the first text: the last one runs on to its last trigram within
            // the license's length.
            std::size_t last = end;
            const std::size_t reach = starts.back() + e.wordCount + e.wordCount / 10;
            for (auto p = positions.begin() + std::ptrdiff_t(bestR); p != positions.end() && *p <= reach; ++p)
                last = std::max(last, std::min(n, *p + 3));
            for (std::size_t k = 0; k < starts.size(); ++k)
                score(starts[k], k + 1 < starts.size() ? starts[k + 1] : last);
        }
        // A named variant ("BSD-3-Clause-HP") must beat its base license ("BSD-3-Clause") by a margin:
        // variants differ in a few words, and near-ties are noise (holder names, reflow, markup).
        auto rankOf = [&](const Scored& s) {
            const auto id = stem(licenses[s.license].id);
            for (const auto& o : scored) {
                const auto base = stem(licenses[o.license].id);
                if (&o != &s && id.size() > base.size() + 1 && id.compare(0, base.size(), base) == 0
                    && id[base.size()] == '-' && o.begin < s.end && s.begin < o.end && s.dice < kExactVariant)
                    return s.dice - kVariantMargin;
            }
            return s.dice;
        };
        for (auto& s : scored)
            s.rank = rankOf(s);
        static const bool debug = qEnvironmentVariableIsSet("ASSAY_LICENSE_DEBUG");
        if (debug)
            for (const auto& s : scored)
                qCDebug(lcAudit).noquote()
                    << "candidate" << QString::fromStdString(licenses[s.license].id) << "dice" << s.dice << "coverage"
                    << s.coverage << "rank" << s.rank << "tokens" << s.begin << s.end;
        std::sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
            if (a.rank != b.rank)
                return a.rank > b.rank;
            // Identical texts under several ids (GFDL-1.2-only / -invariants-only): the plain id.
            if (licenses[a.license].id.size() != licenses[b.license].id.size())
                return licenses[a.license].id.size() < licenses[b.license].id.size();
            return licenses[a.license].wordCount > licenses[b.license].wordCount;
        });

        // 3. Greedy: best match first; a weaker candidate for (mostly) the same region is a sibling
        //    variant and loses.
        bool found = false;
        for (const auto& s : scored) {
            // A BSD text is its conditions: both redistribution clauses present make it a match even
            // when the boilerplate disclaimer is cut off or reworded.
            // Later rounds look at what is left around full matches: only clear texts count there.
            // A license written for one project names it in its conditions: the same form naming
            // another project is that project's license, kept as a partial text only.
            const bool full = !namesAnotherProject(licenses[s.license].id, t, s.begin, s.end)
                && (round == 0 ? s.dice >= kFullThreshold
                            || (s.dice >= kPartialThreshold
                                && (hasBsdConditions(licenses[s.license].id, t, s.begin, s.end)
                                    || hasApacheConditions(licenses[s.license].id, t, s.begin, s.end)))
                               : s.rank >= kLaterRoundThreshold);
            const bool partial = round == 0 && !full && s.dice >= kPartialThreshold && s.coverage >= kPartialCoverage;
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
            const std::string id = bsdByClauses(licenses[s.license].id, t, s.begin, s.end);
            QString expr = SpdxExpression::normalizeId(QString::fromStdString(id));
            if (expr.isEmpty())
                expr = QString::fromStdString(id);
            out.push_back(makeHit(expr, s.dice, t, s.begin, s.end, "text", !full));
            // Partial texts too: a notice quoted verbatim from a license text (the EPL's "Secondary
            // Licenses" appendix, the GPL's "How to apply") belongs to that text, matched in full or not.
            if (spans)
                spans->push_back({s.begin, s.end, s.license, !full});
            if (full) {
                found = true;
                std::fill(masked.begin() + std::ptrdiff_t(s.begin), masked.begin() + std::ptrdiff_t(s.end), 1);
            }
        }
        if (!found || n < kRoundTokens)
            break;
    }
    return out;
}

namespace {

// "GPL-2.0-only" → "GPL"; "Apache-2.0" → "Apache": the family a bare reference belongs to.
QString familyOf(const QString& id)
{
    // What `^([A-Za-z]+)-\d` captures, else the whole id.
    qsizetype letters = 0;
    while (letters < id.size() && id[letters].isLetter() && id[letters].unicode() < 128)
        ++letters;
    const bool versioned = letters > 0 && letters + 1 < id.size() && id[letters] == u'-' && id[letters + 1] >= u'0'
        && id[letters + 1] <= u'9';
    const QString f = versioned ? id.first(letters) : id;
    // LGPL and AGPL notices cite "the GNU General Public License" in their boilerplate.
    return f == QLatin1String("LGPL") || f == QLatin1String("AGPL") ? QStringLiteral("GPL") : f;
}

} // namespace

std::vector<LicenseHit> LicenseMatcher::matchNotices(const TokenStream& t, const std::vector<TextSpan>& within) const
{
    std::vector<LicenseHit> out;
    if (t.size() == 0 || m_rules.empty())
        return out;
    // Windows of words around anchors; the rest of a long file is never looked at.
    static const std::unordered_set<std::uint32_t> anchors = [] {
        std::unordered_set<std::uint32_t> s;
        for (const char* w :
            {"license", "licensed", "licenses", "licensing", "gpl", "lgpl", "agpl", "copyright", "permission", "public",
                "warranty", "bsd", "mit", "apache", "spdx", "copyleft", "redistribution", "redistribute", "mpl", "epl",
                "cddl", "terms", "gnu", "domain", "unlicense", "freely", "distributed", "distribute", "rights", "wtfpl",
                "zlib", "gplv1", "gplv2", "gplv3", "lgplv2", "lgplv3", "agplv3", "creative"})
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
        std::size_t rule; // m_rules.size() for a license name
        QString expression;
    };
    std::vector<Raw> raw;
    for (const auto& [wb, we] : windows) {
        const std::size_t cb = t.offsets[wb];
        const std::string_view window = t.textOf(wb, we);
        const QString text = QString::fromUtf8(window.data(), qsizetype(window.size()));
        // Word offsets are byte offsets; map UTF-16 positions back through a byte table only when needed.
        const bool ascii
            = std::all_of(window.begin(), window.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        // UTF-16 position → byte offset, tabulated once for non-ASCII windows.
        std::vector<std::uint32_t> byteAt;
        if (!ascii) {
            byteAt.resize(std::size_t(text.size()) + 1);
            std::uint32_t bytes = 0;
            for (qsizetype k = 0; k < text.size(); ++k) {
                byteAt[std::size_t(k)] = bytes;
                const char16_t u = text.at(k).unicode();
                if (u < 0x80)
                    bytes += 1;
                else if (u < 0x800)
                    bytes += 2;
                else if (QChar::isHighSurrogate(u))
                    bytes += 4; // the pair's low half adds nothing
                else if (QChar::isLowSurrogate(u))
                    bytes += 0;
                else
                    bytes += 3;
            }
            byteAt[std::size_t(text.size())] = bytes;
        }
        auto toByte = [&](qsizetype pos) -> std::size_t {
            return cb + (ascii ? std::size_t(pos) : std::size_t(byteAt[std::size_t(pos)]));
        };
        // Byte ranges are character ranges only in an ASCII window; otherwise the whole window.
        const std::vector<std::pair<std::size_t, std::size_t>> whole {{0, std::size_t(text.size())}};
        for (const auto& cand : candidateRules(window)) {
            const std::size_t ri = cand.rule;
            for (const auto& [rb, re] : ascii ? cand.ranges : whole) {
                // Matched from the range's start (look-behinds still see the text before it) to its end.
                auto it = m_rules[ri].pattern.globalMatch(QStringView(text).first(qsizetype(re)), qsizetype(rb));
                while (it.hasNext()) {
                    const auto m = it.next();
                    if (m.capturedLength() == 0)
                        continue;
                    QString expr = m_rules[ri].expression;
                    // #n / $n: the n-th group that took part in the match, so that alternatives
                    // with a group each ("… share alike (\d \d)|cc by sa (\d \d)") all fill #1.
                    for (int g = 1, n = 0; g <= m.lastCapturedIndex() && n < 9; ++g) {
                        if (m.capturedStart(g) < 0)
                            continue;
                        ++n;
                        // #n: the group as a version ("2 1" → "2.1", "v2" → "2.0"); $n: as written.
                        QString version = m.captured(g).trimmed();
                        if (version.startsWith(QLatin1Char('v')))
                            version.remove(0, 1);
                        version.replace(QLatin1Char(' '), QLatin1Char('.'));
                        if (!version.isEmpty() && !version.contains(QLatin1Char('.')))
                            version += QStringLiteral(".0");
                        expr.replace(QStringLiteral("#%1").arg(n), version);
                        expr.replace(QStringLiteral("$%1").arg(n), m.captured(g));
                    }
                    // There is no GPL 2.1: "General Public License … version 2.1" is the Lesser GPL.
                    if (expr.startsWith(QLatin1String("GPL-2.1-")))
                        expr.prepend(QLatin1Char('L'));
                    const std::size_t b = t.tokenAt(toByte(m.capturedStart()));
                    const std::size_t e = t.tokenAt(toByte(m.capturedEnd() - 1)) + 1;
                    raw.push_back({b, e, ri, expr});
                }
            }
        }
    }
    // License names written out in prose ("Open Software License 3.0").
    const auto& data = LicenseData::instance();
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        const auto* names = data.namesStartingWith(t.ids[i], t.ids[i + 1]);
        if (!names)
            continue;
        const LicenseData::NameEntry* best = nullptr;
        for (const auto& n : *names) {
            if (i + n.words.size() > t.size() || (best && n.words.size() <= best->words.size()))
                continue;
            if (std::equal(n.words.begin(), n.words.end(), t.ids.begin() + std::ptrdiff_t(i)))
                best = &n;
        }
        if (best)
            raw.push_back({i, i + best->words.size(), m_rules.size(), QString::fromStdString(best->id)});
    }
    // Longest match first; overlapping shorter matches are parts of it.
    std::sort(raw.begin(), raw.end(), [](const Raw& a, const Raw& b) {
        if (a.end - a.begin != b.end - b.begin)
            return a.end - a.begin > b.end - b.begin;
        return a.rule < b.rule;
    });
    const auto& licenseList = LicenseData::instance().licenses();
    auto partOfText = [&](const Raw& r) {
        for (const auto& sp : within) {
            if (r.begin < sp.begin || r.end > sp.end)
                continue;
            // A partial text is not reported as the file's license: its own family's notices stay.
            if (sp.partial && familyOf(r.expression) == familyOf(QString::fromStdString(licenseList[sp.license].id)))
                continue;
            const std::size_t from = t.offsets[r.begin];
            const std::size_t to = r.end < t.size() ? t.offsets[r.end] - 1 : t.text.size();
            const std::string_view words = std::string_view(t.text).substr(from, to - from);
            if (licenseList[sp.license].text.find(words) != std::string_view::npos)
                return true;
        }
        return false;
    };
    std::vector<Raw> kept;
    for (auto& r : raw) {
        if (partOfText(r))
            continue;
        bool overlaps = false;
        for (const auto& k : kept)
            if (r.begin < k.end && k.begin < r.end) {
                overlaps = true;
                break;
            }
        if (overlaps)
            continue;
        if (!r.expression.startsWith(QLatin1String("WITH "))) {
            auto parsed = SpdxExpression::parse(r.expression, true);
            if (!parsed)
                continue;
            r.expression = parsed->toString();
        }
        kept.push_back(r);
    }
    std::sort(kept.begin(), kept.end(), [](const Raw& a, const Raw& b) { return a.begin < b.begin; });
    for (const auto& k : kept) {
        const bool isName = k.rule >= m_rules.size();
        out.push_back(makeHit(k.expression, isName ? 0.8 : m_rules[k.rule].confidence, t, k.begin, k.end, "notice"));
        if (!isName && m_rules[k.rule].fallback)
            out.back().source = QStringLiteral("notice-generic");
        else if (!isName && m_rules[k.rule].weak)
            out.back().source = QStringLiteral("notice-reference");
    }
    return out;
}

void LicenseMatcher::resolveReferences(std::vector<LicenseHit>& hits)
{
    // Abbreviations ("GPLv2") and bare references ("the GPL") add nothing when the file says more
    // about the same family: a full notice or text beats an abbreviation, which beats a bare name.
    auto level = [](const LicenseHit& h) {
        if (h.source == QLatin1String("notice-generic"))
            return 2;
        if (h.source == QLatin1String("notice-reference"))
            return 1;
        return 0;
    };
    // Each hit's license families, worked out once for both passes (hits repeat expressions).
    std::vector<QStringList> families(hits.size());
    {
        QHash<QString, QStringList> byExpression;
        for (std::size_t i = 0; i < hits.size(); ++i) {
            auto it = byExpression.constFind(hits[i].expression);
            if (it == byExpression.constEnd()) {
                QStringList f;
                if (auto e = SpdxExpression::parse(hits[i].expression))
                    for (const auto& id : e->licenseIds())
                        f << familyOf(id);
                it = byExpression.insert(hits[i].expression, f);
            }
            families[i] = *it;
        }
    }
    std::map<QString, int> best; // family → most specific level seen
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (hits[i].expression.startsWith(QLatin1String("WITH ")))
            continue;
        for (const auto& f : families[i]) {
            auto it = best.find(f);
            if (it == best.end() || level(hits[i]) < it->second)
                best[f] = level(hits[i]);
        }
    }
    std::vector<LicenseHit> kept;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        auto& h = hits[i];
        const int l = level(h);
        if (l > 0) {
            bool superseded = false;
            for (const auto& f : families[i])
                superseded = superseded || best[f] < l;
            if (superseded)
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
            if (h.source == QLatin1String("spdx-tag"))
                continue; // a tag states its own exceptions
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

namespace {

// The license a URL names by itself (apache.org/licenses/LICENSE-2.0, gnu.org/licenses/gpl-3.0,
// creativecommons.org/…, a last path segment naming a license); empty when it names none.
QString licenseNamedByUrl(const QString& url)
{
    struct Scheme
    {
        QLatin1StringView literal; // every URL the pattern matches holds it (most URLs hold none)
        QRegularExpression re;
        QString expression; // #1 / #2 / $1 as in notice rules
    };
    static const std::vector<Scheme> schemes = [] {
        std::vector<Scheme> v;
        auto add = [&v](const char* literal, const char* re, const char* expr) {
            v.push_back(
                {QLatin1StringView(literal), QRegularExpression(QString::fromLatin1(re)), QString::fromLatin1(expr)});
        };
        add("apache.org/", "apache\\.org/licenses/license-(\\d\\.\\d)", "Apache-$1");
        add("gnu.org/", "gnu\\.org/(?:licenses|copyleft)/(?:old-licenses/)?gpl-(\\d\\.\\d)", "GPL-$1-only");
        add("gnu.org/", "gnu\\.org/(?:licenses|copyleft)/(?:old-licenses/)?lgpl-(\\d\\.\\d)", "LGPL-$1-only");
        add("gnu.org/", "gnu\\.org/(?:licenses|copyleft)/(?:old-licenses/)?agpl-(\\d\\.\\d)", "AGPL-$1-only");
        add("gnu.org/", "gnu\\.org/(?:licenses|copyleft)/(?:old-licenses/)?fdl-(\\d\\.\\d)", "GFDL-$1-only");
        add("creativecommons.org/", "creativecommons\\.org/publicdomain/zero/1\\.0", "CC0-1.0");
        add("mozilla.org/", "mozilla\\.org/(?:[a-z-]+/)?mpl/(\\d\\.\\d)", "MPL-$1");
        add("eclipse.org/", "eclipse\\.org/legal/epl-v?([12])0", "EPL-$1.0");
        add("eclipse.org/", "eclipse\\.org/legal/epl-([12])\\.0", "EPL-$1.0");
        add("eclipse.org/", "eclipse\\.org/(?:org/documents|legal)/edl-v10", "BSD-3-Clause");
        // GlassFish / Oracle dual-license pages: CDDL+GPL_1_1.html, CDDL+GPL-1.1 (CDDL 1.1).
        add("/cddl+gpl", "/cddl\\+gpl[_-]1[._]1\\b", "CDDL-1.1");
        add("w3.org/", "w3\\.org/consortium/legal/(?:2002/)?copyright-software-20021231", "W3C");
        add("w3.org/", "w3\\.org/consortium/legal/(?:copyright-software-19980720|1998/copyright-software)",
            "W3C-19980720");
        return v;
    }();
    static const QRegularExpression ccRe(QStringLiteral("creativecommons\\.org/licenses/([a-z-]+)/(\\d\\.\\d)"));
    static const QRegularExpression wrapped(
        QStringLiteral("^(?:license|licence|copying)[._-](.+)$|^(.+?)[._-](?:license|licence)$"));
    const auto& data = LicenseData::instance();
    QString found;
    // A URL can match a scheme (or ccRe) only if it holds ".org/", which all their literals but
    // one share, or a literal without it: most URLs need no other look.
    static const std::vector<QLatin1StringView> gates = [] {
        std::vector<QLatin1StringView> g {QLatin1StringView(".org/")};
        for (const auto& sc : schemes)
            if (!sc.literal.contains(g.front()))
                g.push_back(sc.literal);
        return g;
    }();
    const bool schemeHost
        = std::any_of(gates.begin(), gates.end(), [&url](QLatin1StringView g) { return url.contains(g); });
    if (schemeHost)
        for (const auto& sc : schemes) {
            if (!url.contains(sc.literal))
                continue;
            const auto m = sc.re.match(url);
            if (m.hasMatch()) {
                found = sc.expression;
                found.replace(QStringLiteral("$1"), m.captured(1));
                break;
            }
        }
    if (found.isEmpty() && schemeHost && url.contains(QLatin1StringView("creativecommons.org/"))) {
        const auto m = ccRe.match(url);
        if (m.hasMatch())
            found = QStringLiteral("CC-%1-%2").arg(m.captured(1).toUpper(), m.captured(2));
    }
    if (found.isEmpty()) {
        // A license named by the URL's last path segments: opensource.org/licenses/MIT,
        // spdx.org/licenses/Apache-2.0.html, …/LICENSE.MIT, …/mit-license.php
        QString path = url.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
        const auto slash = path.indexOf(QLatin1Char('/'), path.indexOf(QStringLiteral("//")) + 2);
        path = slash < 0 ? QString() : path.mid(slash + 1);
        QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        while (segments.size() > 2)
            segments.removeFirst();
        for (auto seg = segments.rbegin(); seg != segments.rend() && found.isEmpty(); ++seg) {
            QString name = *seg;
            // A document's extension (`\.(?:txt|md|html?|php|rst)$`) is not part of the name.
            for (const char* suffix : {".txt", ".md", ".html", ".htm", ".php", ".rst"})
                if (name.endsWith(QLatin1StringView(suffix))) {
                    name.chop(qsizetype(std::strlen(suffix)));
                    break;
                }
            // `wrapped` needs "licen" in the name, or "copying" at its start.
            const bool mayBeWrapped
                = name.contains(QLatin1StringView("licen")) || name.startsWith(QLatin1StringView("copying"));
            if (const auto w = mayBeWrapped ? wrapped.match(name) : QRegularExpressionMatch(); w.hasMatch())
                name = w.captured(1).isEmpty() ? w.captured(2) : w.captured(1);
            // The same segments ("blob", "master", "README.md") end many different URLs.
            static ShardedMemo<QString, QString> bySegment;
            found = bySegment.get(name, [&] {
                QString expr;
                const std::string canonical = data.canonicalLicense(name.toStdString());
                if (!canonical.empty())
                    expr = SpdxExpression::normalizeId(QString::fromStdString(canonical));
                else if (name.size() >= 3)
                    expr = PackageMetadata::fromName(name);
                return expr.startsWith(QLatin1String("LicenseRef-")) ? QString() : expr;
            });
        }
    }
    return found;
}

} // namespace

std::vector<std::string_view> LicenseMatcher::urlsIn(std::string_view line)
{
    std::vector<std::string_view> out;
    const auto prefixAt = [&line](std::size_t i) -> std::size_t {
        for (const std::string_view p :
            {std::string_view("http://"), std::string_view("https://"), std::string_view("www.")})
            if (startsWithCaseless(line, i, p))
                return p.size();
        return 0;
    };
    std::size_t i = 0;
    while (i < line.size()) {
        i = line.find_first_of("hHwW", i); // where a prefix can start
        if (i == std::string_view::npos)
            break;
        const std::size_t prefix = prefixAt(i);
        if (prefix == 0) {
            ++i;
            continue;
        }
        // QRegularExpression's \s is ASCII white space (no Unicode properties); NUL is a URL byte.
        std::size_t j = i + prefix;
        while (j < line.size() && (line[j] == '\0' || !std::strchr("\"'<>()[]{} \t\n\v\f\r", line[j])))
            ++j;
        if (j == i + prefix) {
            ++i;
            continue;
        }
        out.push_back(line.substr(i, j - i));
        i = j;
    }
    return out;
}

std::vector<LicenseHit> LicenseMatcher::matchUrls(std::string_view content) const
{
    std::vector<LicenseHit> out;
    if (content.find("://") == std::string_view::npos && content.find("www.") == std::string_view::npos)
        return out;
    std::size_t pos = 0;
    int line = 0;
    while (pos < content.size() && out.size() < 50) {
        auto eol = content.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = content.size();
        ++line;
        const auto raw = content.substr(pos, eol - pos);
        pos = eol + 1;
        if (raw.find("://") == std::string_view::npos && raw.find("www.") == std::string_view::npos)
            continue;
        for (const std::string_view found : urlsIn(raw)) {
            const QString url = QString::fromUtf8(found.data(), qsizetype(found.size())).toLower();
            // Projects repeat the same URLs in every header: what a URL names (as a parsed,
            // canonical expression) is worked out once.
            static ShardedMemo<QString, QString> named;
            const QString expr = named.get(url, [&] {
                const QString name = licenseNamedByUrl(url);
                if (name.isEmpty())
                    return QString();
                const auto parsed = SpdxExpression::parse(name, true);
                return parsed ? parsed->toString() : QString();
            });
            if (expr.isEmpty())
                continue;
            LicenseHit h;
            h.expression = expr;
            h.confidence = 0.7;
            h.startLine = line;
            h.endLine = line;
            h.source = QStringLiteral("notice-reference");
            out.push_back(std::move(h));
        }
    }
    return out;
}

namespace {

// The words of a region and their line layout: what the full-text and notice matching of a
// region depends on (with the embedded data), so their results are memoised by it.
struct RegionWords
{
    std::string words;
    std::vector<int> lines;
    bool operator==(const RegionWords&) const = default;
    friend std::size_t qHash(const RegionWords& k, std::size_t seed = 0)
    {
        return qHashBits(k.words.data(), k.words.size(), seed) ^ qHashRange(k.lines.begin(), k.lines.end(), seed);
    }
};

struct TextsAndNotices
{
    std::vector<LicenseHit> texts, notices;
};

// Where the comment holding a signal ends, if that is before `limit`: a header is followed by code
// that differs in every file, and without it the header's words are the same from file to file
// (so the region cache shares its analysis). Block comments end with their closing marker;
// line comments with the first line that does not carry the same marker. Text outside comments
// (plain text, Markdown, license files) keeps the whole window.
struct BlockComment
{
    std::size_t open = std::string_view::npos; // the comment the last signal was found in
    std::size_t close = std::string_view::npos;
    // The last `/*` and `*/` wholly before `seen` (npos: none), kept from signal to signal so
    // that each stretch of text is searched once however many signals it holds.
    std::size_t seen = 0;
    std::size_t lastOpen = std::string_view::npos;
    std::size_t lastClose = std::string_view::npos;

    // The last opener and closer wholly inside [from, sig); signals come in text order.
    void advance(std::string_view content, std::size_t from, std::size_t sig)
    {
        // Markers starting at seen - 1 or later end after `seen`: not looked at yet.
        const std::size_t start = std::max(from, seen > 0 ? seen - 1 : 0);
        if (start < sig) {
            const std::string_view fresh = content.substr(start, sig - start);
            if (const auto o = fresh.rfind("/*"); o != std::string_view::npos)
                lastOpen = start + o;
            if (const auto c = fresh.rfind("*/"); c != std::string_view::npos)
                lastClose = start + c;
        }
        seen = std::max(seen, sig);
        if (lastOpen != std::string_view::npos && lastOpen < from)
            lastOpen = std::string_view::npos;
        if (lastClose != std::string_view::npos && lastClose < from)
            lastClose = std::string_view::npos;
    }
};

std::size_t commentEnd(std::string_view content, std::size_t sig, std::size_t limit, BlockComment& last)
{
    const auto endOfLine = [&](std::size_t pos) {
        const auto nl = content.find('\n', pos);
        return nl == std::string_view::npos ? content.size() : nl + 1;
    };
    // Signals come in text order: one inside the block comment of the previous one ends with it.
    if (last.close != std::string_view::npos && sig > last.open && sig < last.close)
        return std::min(limit, endOfLine(last.close));
    const std::size_t lineStart = sig == 0 ? 0 : content.rfind('\n', sig - 1) + 1; // npos + 1 == 0
    // Inside a block comment: the last opener before the signal is not closed before it.
    const std::size_t from = sig > 8192 ? sig - 8192 : 0;
    last.advance(content, from, sig);
    const auto open = last.lastOpen;
    if (open != std::string_view::npos) {
        const auto close = last.lastClose;
        if (close == std::string_view::npos || close < open) {
            const auto end = content.find("*/", sig);
            if (end == std::string_view::npos)
                return limit;
            last.open = open;
            last.close = end;
            return std::min(limit, endOfLine(end));
        }
    }
    const auto first = content.find_first_not_of(" \t", lineStart);
    if (first == std::string_view::npos || first >= sig)
        return limit;
    std::string_view marker;
    for (const std::string_view m : {"//", "#", "--", ";", "%", "!"})
        if (content.substr(first, m.size()) == m) {
            marker = m;
            break;
        }
    if (marker.empty())
        return limit;
    std::size_t pos = endOfLine(sig);
    while (pos < limit) {
        const auto lead = content.find_first_not_of(" \t", pos);
        if (lead == std::string_view::npos || content.substr(lead, marker.size()) != marker)
            return pos;
        pos = endOfLine(lead);
    }
    return limit;
}

// Whether the line holding the signal that ends at `sig` opens with a copyright statement
// (`Copyright`, `(C)` or `©` after blanks and comment markers).
bool opensWithCopyright(std::string_view content, std::size_t sig)
{
    const std::size_t lineStart = sig == 0 ? 0 : content.rfind('\n', sig - 1) + 1; // npos + 1 == 0
    std::size_t i = lineStart;
    while (i < sig && std::string_view(" \t/*#;-!%").find(content[i]) != std::string_view::npos)
        ++i;
    const std::string_view rest = content.substr(i, sig - i);
    return startsWithCaseless(rest, 0, "copyright") || startsWithCaseless(rest, 0, "(c)")
        || rest.starts_with("\xC2\xA9");
}

} // namespace

std::vector<LicenseMatcher::Region> LicenseMatcher::regionsOf(
    std::string_view content, const std::vector<std::size_t>& marks, bool wholeFile)
{
    std::vector<Region> out;
    if (wholeFile || marks.empty()) {
        out.push_back({0, content.size(), 1});
        return out;
    }
    // Lines [signal - kLinesBefore, signal + kLinesAfter] around each signal, merged when they touch.
    auto back = [&](std::size_t pos, int lines) {
        while (pos > 0) {
            const auto nl = content.rfind('\n', pos - 1);
            if (nl == std::string_view::npos)
                return std::size_t(0);
            pos = nl;
            if (--lines < 0)
                return nl + 1;
        }
        return std::size_t(0);
    };
    auto forward = [&](std::size_t pos, int lines) {
        while (pos < content.size()) {
            const auto nl = content.find('\n', pos);
            if (nl == std::string_view::npos)
                return content.size();
            pos = nl + 1;
            if (--lines < 0)
                return pos;
        }
        return content.size();
    };
    // Lines can be long (minified code, data tables, a text on one line): a window reaches at most
    // kReachBytes from its signal, or one signal on an 800 KB line would have the whole line analysed.
    auto reachBegin = [](std::size_t sig) { return sig > kReachBytes ? sig - kReachBytes : 0; };
    auto reachEnd = [&](std::size_t sig) { return std::min(content.size(), sig + kReachBytes); };
    std::size_t counted = 0;
    int line = 1;
    BlockComment block;
    for (const auto sig : marks) {
        if (!out.empty() && sig < out.back().end) {
            // Extend the current window past this signal.
            out.back().end = std::max(
                out.back().end, std::min(reachEnd(sig), commentEnd(content, sig, forward(sig, kLinesAfter), block)));
            continue;
        }
        // A window opened by a copyright statement starts on its line: what comes before a
        // copyright line is the file's own description (different in every file), not license text.
        const std::size_t b
            = std::max(reachBegin(sig), opensWithCopyright(content, sig) ? back(sig, 0) : back(sig, kLinesBefore));
        const std::size_t e = std::min(reachEnd(sig), commentEnd(content, sig, forward(sig, kLinesAfter), block));
        // Windows a few lines apart belong to one text (a long license with a quiet paragraph).
        if (!out.empty()
            && (b <= out.back().end
                || (b - out.back().end < std::size_t(kMergeGapLines) * 160
                    && std::count(
                           content.begin() + std::ptrdiff_t(out.back().end), content.begin() + std::ptrdiff_t(b), '\n')
                        <= kMergeGapLines))) {
            out.back().end = std::max(out.back().end, e);
            continue;
        }
        line += int(std::count(content.begin() + std::ptrdiff_t(counted), content.begin() + std::ptrdiff_t(b), '\n'));
        counted = b;
        out.push_back({b, e, line});
    }
    return out;
}

std::shared_ptr<const LicenseMatcher::RegionAnalysis> LicenseMatcher::analyseRegion(std::string_view part) const
{
    auto out = std::make_shared<RegionAnalysis>();
    out->copyrights = CopyrightScanner::scan(part);
    out->tags = matchTags(part);
    const TokenStream tokens = normalize(part);
    const auto analyseWords = [&] {
        TextsAndNotices r;
        std::vector<TextSpan> spans;
        r.texts = matchFullText(tokens, &spans);
        r.notices = matchNotices(tokens, spans);
        return r;
    };
    // Projects repeat the same header in every file: the analysis of a region's words is cached by
    // its words and their line layout (copyright lines are not part of the words). Whole license
    // files are rarely repeated and large to keep.
    static ShardedMemo<RegionWords, TextsAndNotices, 16, 2048> byWords;
    auto words = tokens.text.size() > 64 * 1024 ? analyseWords()
                                                : byWords.get(RegionWords {tokens.text, tokens.lines}, analyseWords);
    out->texts = std::move(words.texts);
    out->notices = std::move(words.notices);
    // URLs inside a matched full text are the license's own references.
    for (auto& u : matchUrls(part)) {
        bool inside = false;
        for (const auto& th : out->texts)
            if (!th.partial && u.startLine >= th.startLine && u.endLine <= th.endLine)
                inside = true;
        if (!inside)
            out->notices.push_back(std::move(u));
    }
    return out;
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
    const auto marks = SignalScanner::instance().find(content);
    if (!licenseFile && marks.empty()) {
        if (!result.hits.empty())
            result.combined = result.hits.front();
        return result;
    }
    auto collect = [&](const std::vector<Region>& regions) {
        for (const auto& region : regions) {
            const std::string_view part = content.substr(region.begin, region.end - region.begin);
            const int offset = region.firstLine - 1;
            auto shift = [offset](LicenseHit& h) {
                h.startLine += offset;
                h.endLine += offset;
            };
            // A header copied byte for byte into many files (copyright lines included) is analysed once.
            const RawRegionKey key {qHashBits(part.data(), part.size(), 0x5eed1),
                qHashBits(part.data(), part.size(), 0x5eed2), part.size()};
            static ShardedMemo<RawRegionKey, std::shared_ptr<const RegionAnalysis>> analysed;
            const auto analysis = analysed.get(key, [&] { return analyseRegion(part); });
            for (auto c : analysis->copyrights) {
                c.line += offset;
                result.copyrights.push_back(std::move(c));
            }
            for (const auto* list : {&analysis->tags, &analysis->notices})
                for (auto h : *list) {
                    shift(h);
                    result.hits.push_back(std::move(h));
                }
            for (auto th : analysis->texts) {
                if (licenseFile)
                    th.source = QStringLiteral("license-file");
                shift(th);
                result.hits.push_back(std::move(th));
            }
        }
    };
    auto regions = regionsOf(content, marks, licenseFile);
    // A long license text in a file of another name has quiet stretches longer than the gap that
    // merges windows, so its windows each hold a part of it: a file whose windows cover most of it
    // is prose about licenses and is matched whole.
    if (regions.size() > 1 && content.size() <= kWholeFileRetryBytes) {
        std::size_t covered = 0;
        for (const auto& r : regions)
            covered += r.end - r.begin;
        if (2 * covered >= content.size())
            regions = {Region {0, content.size(), 1}};
    }
    collect(regions);
    std::stable_sort(result.hits.begin(), result.hits.end(),
        [](const LicenseHit& a, const LicenseHit& b) { return a.startLine < b.startLine; });
    resolveReferences(result.hits);

    // Partial texts stay evidence only (marked partial); the file's expression is built from the rest.
    // A file that declares itself with SPDX-License-Identifier is under what it declares (plus any
    // full license text it carries): its other mentions of licenses (in strings, docs, code about
    // licenses) remain evidence, not its license.
    // Only the header tag counts (REUSE style: the first tag, in the first lines); tags quoted further
    // down are examples or lists, and license files say what they contain.
    int headerTag = 0;
    if (!licenseFile)
        for (const auto& h : result.hits)
            if (h.source == QLatin1String("spdx-tag") && h.startLine <= kHeaderLines
                && (headerTag == 0 || h.startLine < headerTag))
                headerTag = h.startLine;
    const bool tagged = headerTag > 0;
    QStringList expressions;
    double confidence = 0.0;
    int first = 0, last = 0;
    int used = 0;
    const LicenseHit* only = nullptr;
    for (const auto& h : result.hits) {
        if (h.partial)
            continue;
        if (tagged
            && !((h.source == QLatin1String("spdx-tag") && h.startLine == headerTag)
                || h.source == QLatin1String("text") || h.source == QLatin1String("license-file")))
            continue;
        expressions << h.expression;
        ++used;
        only = &h;
        confidence = std::max(confidence, h.confidence);
        if (h.startLine > 0 && (first == 0 || h.startLine < first))
            first = h.startLine;
        last = std::max(last, h.endLine);
    }
    if (expressions.isEmpty())
        return result;
    LicenseHit combined;
    combined.expression = SpdxExpression::combineAnd(expressions);
    combined.confidence = confidence;
    combined.startLine = first;
    combined.endLine = last;
    combined.source = used == 1 ? only->source : QStringLiteral("combined");
    result.combined = std::move(combined);
    return result;
}

} // namespace assay::licenses
