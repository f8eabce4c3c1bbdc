// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextNormalizer.h"
#include "audit/model/AuditModel.h"

#include <QRegularExpression>
#include <QString>

#include <memory>
#include <string_view>
#include <vector>

// The license engine for one file's bytes: SPDX-License-Identifier tags, full license texts
// (token trigram shortlist + Dice similarity over word bigrams, askalono-style), notices and
// headers (patterns in resources/licenses/notices.json), package metadata, and copyright
// statements. Stateless after construction: match() may run on many threads at once.
namespace assay::licenses {

struct FileMatch
{
    std::vector<audit::LicenseHit> hits; // every piece of evidence, in file order
    std::optional<audit::LicenseHit> combined; // one expression for the file
    std::vector<audit::CopyrightHit> copyrights;
};

class LicenseMatcher
{
public:
    static const LicenseMatcher& instance();
    LicenseMatcher();

    // Cheap test on raw bytes: false means the file carries no license or copyright signal at all.
    static bool hasSignal(std::string_view content);
    // License files by name: LICENSE, COPYING, NOTICE, COPYRIGHT, UNLICENSE… (any extension).
    static bool isLicenseFileName(const QString& path);

    FileMatch match(std::string_view content, const QString& path) const;

    std::vector<audit::LicenseHit> matchTags(std::string_view content) const;
    // A full or partial text match as a word range of the region, for notice suppression.
    struct TextSpan
    {
        std::size_t begin = 0, end = 0;
        std::size_t license = 0; // index in LicenseData::licenses()
        bool partial = false;
    };
    std::vector<audit::LicenseHit> matchFullText(
        const TokenStream& tokens, std::vector<TextSpan>* spans = nullptr) const;
    // Notices inside a text match whose words belong to that license's own text (the GPL's "How to
    // apply" appendix, the EPL's secondary licenses) are part of the text and are left out; inside a
    // partial match, notices of the text's own family stay (the text itself is not reported).
    std::vector<audit::LicenseHit> matchNotices(
        const TokenStream& tokens, const std::vector<TextSpan>& within = {}) const;
    // License URLs: apache.org/licenses/LICENSE-2.0, gnu.org/licenses/gpl-2.0, opensource.org/licenses/MIT…
    std::vector<audit::LicenseHit> matchUrls(std::string_view content) const;
    // The URLs of a line (UTF-8) as QRegularExpression finds `(?:https?://|www\.)[^\s"'<>()\[\]{}]+`
    // (any case), leftmost first.
    static std::vector<std::string_view> urlsIn(std::string_view line);

    // Thresholds (Dice) for a full-text match and for a partial one (reported as evidence, not in
    // the file's expression), and the margin a named variant needs over its base license.
    static constexpr double kFullThreshold = 0.85;
    static constexpr double kPartialThreshold = 0.60;
    static constexpr double kVariantMargin = 0.08;
    static constexpr double kPartialCoverage = 0.60;
    static constexpr double kBeta = 1.0;
    static constexpr std::size_t kShortlist = 12; // candidates scored per region (per round)
    // Regions of at least kRoundTokens words are shortlisted again without their full matches,
    // up to kRounds times in all.
    static constexpr std::size_t kRounds = 4;
    static constexpr std::size_t kRoundTokens = 1000;
    static constexpr double kLaterRoundThreshold = 0.90; // rank (Dice less any variant margin)
    static constexpr double kExactVariant = 0.95; // a variant this close needs no margin

    // Byte ranges analysed in a file: the whole file when small or a license file, otherwise
    // windows of lines around the prefilter's marks.
    struct Region
    {
        std::size_t begin = 0;
        std::size_t end = 0;
        int firstLine = 1;
    };
    static std::vector<Region> regionsOf(
        std::string_view content, const std::vector<std::size_t>& marks, bool wholeFile);
    // Windows covering at least half of a file up to this size: the file is matched whole.
    static constexpr std::size_t kWholeFileRetryBytes = 256 * 1024;
    static constexpr std::size_t kReachBytes = 8 * 1024; // a window's reach on long lines, each side
    static constexpr int kLinesBefore = 6;
    static constexpr int kLinesAfter = 8;
    static constexpr int kMergeGapLines = 20;
    static constexpr int kHeaderLines = 10; // an SPDX tag this early is the file's own declaration

private:
    struct NoticeRule
    {
        QString id;
        QRegularExpression pattern;
        QString expression; // may use $1…$9 from the pattern's groups
        double confidence = 0.9;
        bool fallback = false; // a bare reference, dropped when the file names a version of the family
        bool weak = false; // an abbreviation ("GPLv2"), dropped when a full notice of the family exists
    };
    static void resolveReferences(std::vector<audit::LicenseHit>& hits);
    // Everything found in one region, with region-relative lines (copyrights, SPDX tags, notices
    // and URLs, full texts), cached by the region's bytes.
    struct RegionAnalysis
    {
        std::vector<audit::CopyrightHit> copyrights;
        std::vector<audit::LicenseHit> tags, notices, texts;
    };
    struct RawRegionKey
    {
        std::size_t hash1 = 0, hash2 = 0, size = 0; // two independently seeded hashes of the bytes
        bool operator==(const RawRegionKey&) const = default;
        friend std::size_t qHash(const RawRegionKey& k, std::size_t seed = 0) { return k.hash1 ^ seed; }
    };
    std::shared_ptr<const RegionAnalysis> analyseRegion(std::string_view part) const;
    void buildPrefilter();
    // The rules whose literals occur in `text`, each with the byte ranges of `text` to run it on:
    // every match holds one of its literals, so it lies within the rule's reach of one (the
    // pattern's length when nothing repeats, else kRuleReach bytes). Rules
    // without a literal get the whole text.
    struct Candidate
    {
        std::size_t rule = 0;
        std::vector<std::pair<std::size_t, std::size_t>> ranges;
    };
    std::vector<Candidate> candidateRules(std::string_view text) const;
    static constexpr std::size_t kRuleReach = 1200; // longer than any notice rule's match
    std::vector<NoticeRule> m_rules;
    // Vectorscan prefilter over every rule (approximate, never misses): only rules it flags for a
    // window run through PCRE. Rules it cannot compile always run.
    void* m_prefilter = nullptr;
    std::vector<std::size_t> m_alwaysRun;
    std::vector<std::size_t> m_prefilterIds;
    std::vector<std::size_t> m_reach; // per rule: how far from its literal a match can extend

public:
    ~LicenseMatcher();
    LicenseMatcher(const LicenseMatcher&) = delete;
    LicenseMatcher& operator=(const LicenseMatcher&) = delete;
};

} // namespace assay::licenses
