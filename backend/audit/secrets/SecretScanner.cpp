// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretScanner.h"

#include "SecretFilters.h"
#include "audit/model/AuditModel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <hs/hs.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <tuple>
#include <utility>

namespace assay::audit {

namespace sf = secretfilters;

namespace {

constexpr size_t kMaxCandidates = 200000; // per file; a pathological file stops early
constexpr size_t kMaxHits = 2000; // per file
constexpr size_t kLongLine = 16 * 1024; // lines longer than this are confirmed on a window

struct Candidate
{
    quint32 line;
    quint32 rule;
    quint64 end;
    size_t lineStart; // the line's first byte
    size_t lineEnd; // its newline, or the end of the file
};

constexpr size_t kMaxKeywordHits = 4u << 20; // beyond this, the whole file is scanned
// Keyword lines closer than this are scanned as one window: a vectorscan call has a fixed cost,
// so small gaps are cheaper to scan than to skip.
constexpr size_t kMergeGap = 256;
// A match lies within this many bytes of its keyword: on longer lines (minified code) the window
// is the keyword's neighbourhood, not the whole line.
constexpr size_t kReach = 4096;
// Context keywords shorter than this stay out of the keyword literals (two-letter ones such as
// `fb` are in every other identifier): a rule with one keeps its own anchor in the one pass.
constexpr qsizetype kMinWindowKeyword = 3;

// Rule regex matches; `base` is the offset of the window being scanned.
struct MatchState
{
    std::vector<quint64>* ends = nullptr; // (rule << 40) | end, packed for a cheap sort; null: count only
    quint64 base = 0;
    size_t count = 0;
};

int onRuleMatch(unsigned int id, unsigned long long, unsigned long long to, unsigned int, void* ctx)
{
    auto* st = static_cast<MatchState*>(ctx);
    ++st->count;
    if (st->ends)
        st->ends->push_back((quint64(id) << 40) | (st->base + quint64(to)));
    return st->count >= kMaxCandidates ? 1 : 0;
}

// The one pass over the whole file: the one-pass rules' matches, and the keyword occurrences of
// the windowed rules, each of which switches its rules on for the file and marks its line for
// the rule pass of its keyword's group (every windowed rule's keywords occur on the line of its
// match).
struct KeywordState
{
    const char* data = nullptr;
    size_t size = 0;
    const std::vector<char>* urlKeyword = nullptr; // keywords whose rules all want credentials in a URL
    const std::vector<std::vector<int>>* keywordRules = nullptr;
    const std::vector<int>* keywordGroup = nullptr;
    std::vector<char>* enabled = nullptr;
    std::vector<quint64>* hits = nullptr; // (group << 40) | end
    std::vector<char>* matched = nullptr; // one-pass rules with a match (their keywords are checked after)
    MatchState* matches = nullptr;
};

// Whether the URL whose `://` ends at `at` carries a password: `user:password@` (RFC 3986
// userinfo) before any `/`, whitespace, quote or angle bracket. The URL rules' windows open only
// then; most `://` in source text are links and cost this short look instead of a regex run.
bool userinfoFollows(const char* data, size_t size, size_t at)
{
    constexpr size_t kMaxUserinfo = 64 + 1 + 128; // the URL rules' user and password lengths
    const size_t end = std::min(size, at + kMaxUserinfo + 1);
    bool colon = false;
    for (size_t i = at; i < end; ++i) {
        switch (data[i]) {
        case '@':
            return colon;
        case ':':
            colon = true;
            break;
        case '/':
        case '"':
        case '\'':
        case '`':
        case '<':
        case '>':
        case ' ':
        case '\t':
        case '\n':
        case '\v':
        case '\f':
        case '\r':
            return false;
        default:
            break;
        }
    }
    return false;
}

// The line that holds byte `at`, cut to [lo, hi): its first byte and its newline (or `hi`).
std::pair<size_t, size_t> lineAround(const char* data, size_t at, size_t lo, size_t hi)
{
    size_t start = at;
    while (start > lo && data[start - 1] != '\n')
        --start;
    const void* nl = std::memchr(data + at, '\n', hi - at);
    return {start, nl ? size_t(static_cast<const char*>(nl) - data) : hi};
}

int onKeyword(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags, void* ctx)
{
    auto* st = static_cast<KeywordState*>(ctx);
    if (id >= st->keywordRules->size()) {
        const unsigned rule = id - unsigned(st->keywordRules->size());
        (*st->matched)[rule] = 1;
        return onRuleMatch(rule, from, to, flags, st->matches);
    }
    if ((*st->urlKeyword)[id] && !userinfoFollows(st->data, st->size, size_t(to)))
        return 0;
    for (int r : (*st->keywordRules)[id])
        (*st->enabled)[size_t(r)] = 1;
    st->hits->push_back((quint64((*st->keywordGroup)[id]) << 40) | quint64(to));
    return st->hits->size() >= kMaxKeywordHits ? 1 : 0;
}

// The path-restricted rules whose paths pattern matches a file's path (ids: rule indexes).
int onPathMatch(unsigned int id, unsigned long long, unsigned long long, unsigned int, void* ctx)
{
    (*static_cast<std::vector<char>*>(ctx))[id] = 1;
    return 0;
}

// A keyword literal as a vectorscan pattern (every non-alphanumeric byte escaped).
std::string literalPattern(const std::string& lit)
{
    std::string out;
    for (unsigned char c : lit) {
        if (std::isalnum(c)) {
            out.push_back(char(c));
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        }
    }
    return out;
}

// The end of the class that opens at p[i] == '[' (the index of its `]`), or npos.
size_t classEnd(const std::string& p, size_t i)
{
    size_t j = i + 1;
    if (j < p.size() && p[j] == '^')
        ++j;
    if (j < p.size() && p[j] == ']') // a leading `]` is a member
        ++j;
    for (; j < p.size(); ++j) {
        if (p[j] == '\\')
            ++j;
        else if (p[j] == ']')
            return j;
    }
    return std::string::npos;
}

// The pattern vectorscan looks for: the regex without the context in front of a generic rule's
// name, such as `(?:^|[^0-9A-Za-z_.\-])([0-9A-Za-z_.\-]{0,40}` before `(?i:(?:pass…|token|…))`:
// everything up to a class run of sixteen or more that comes before any letter or digit of the
// pattern and right before a group. Every match of the regex ends where a match of the rest
// ends, so the candidates are a superset (each is confirmed with the whole regex), and vectorscan
// no longer follows tens of possible starts before every keyword (generic windows: −40 %). The
// groups still open at the cut are opened again; a cut inside an alternative is not made.
std::string withoutLeadingContext(const std::string& p)
{
    struct Open
    {
        size_t at; // index of the `(`
        size_t bodyAt; // index of the first byte of its body
        bool alternatives = false;
    };
    std::vector<Open> open;
    bool topAlternatives = false;
    for (size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (std::isalnum(static_cast<unsigned char>(c)))
            return p; // a literal comes first: it is the anchor
        if (c == '\\') {
            if (i + 1 < p.size() && std::isalnum(static_cast<unsigned char>(p[i + 1]))
                && !std::strchr("tnrfvsSdDwW", p[i + 1]))
                return p; // an escaped letter or digit (\x41, \b) is not plain context
            ++i;
        } else if (c == '(') {
            size_t body = i + 1;
            if (body < p.size() && p[body] == '?') {
                const size_t colon = p.find(':', body);
                if (colon == std::string::npos)
                    return p;
                for (size_t k = body + 1; k < colon; ++k)
                    if (!std::strchr("imsx-", p[k]))
                        return p; // a lookaround or another construct
                body = colon + 1;
            }
            open.push_back({i, body});
            i = body - 1;
        } else if (c == ')') {
            if (open.empty())
                return p;
            open.pop_back();
        } else if (c == '|') {
            (open.empty() ? topAlternatives : open.back().alternatives) = true;
        } else if (c == '[') {
            const size_t end = classEnd(p, i);
            if (end == std::string::npos)
                return p;
            size_t q = end + 1;
            if (q < p.size() && p[q] == '{') {
                const size_t close = p.find('}', q);
                const size_t comma = p.find(',', q);
                if (close == std::string::npos)
                    return p;
                const bool bounded = comma != std::string::npos && comma < close;
                const int upper = bounded ? std::atoi(p.c_str() + comma + 1) : std::atoi(p.c_str() + q + 1);
                if (upper >= 16 && close + 1 < p.size() && p[close + 1] == '(') {
                    if (topAlternatives
                        || std::any_of(open.begin(), open.end(), [](const Open& o) { return o.alternatives; }))
                        return p;
                    std::string out;
                    for (const Open& o : open)
                        out += p.substr(o.at, o.bodyAt - o.at);
                    return out + p.substr(close + 1);
                }
                i = close;
            } else {
                i = end;
            }
        }
    }
    return p;
}

// vectorscan has no capture groups: names are dropped, the groups stay as plain groups.
std::string forVectorscan(const QString& regex)
{
    static const QRegularExpression named(QStringLiteral("\\(\\?(?:P?<)([A-Za-z_][A-Za-z0-9_]*)>"));
    QString s = regex;
    s.replace(named, QStringLiteral("("));
    return withoutLeadingContext(s.toStdString());
}

// `s` in UTF-8 into `out`, without an allocation once `out` has grown (paths are mostly ASCII).
void toUtf8(QStringView s, std::string& out)
{
    out.resize(size_t(s.size()));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x80) {
            const QByteArray utf8 = s.toUtf8();
            out.assign(utf8.constData(), size_t(utf8.size()));
            return;
        }
        out[size_t(i)] = char(c);
    }
}

qsizetype utf8Length(QStringView s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < s.size()) {
            n += 4;
            ++i;
        } else
            n += 3;
    }
    return n;
}

// The compiled-database cache: a magic line, the number of databases, then each database (the
// windowed rule groups', the whole-file path rules', the one pass's, the paths patterns', then
// each group's path rules') as a 64-bit length and vectorscan's own serialisation (length 0: no
// such database).
constexpr std::string_view kCacheMagic = "ASSAY-HSDB-3\n";

// A paths pattern over a file's path: whether it matches at all.
constexpr unsigned kPathSelectFlags = HS_FLAG_SINGLEMATCH | HS_FLAG_UTF8 | HS_FLAG_ALLOWEMPTY;

// Named after everything the databases are compiled from: the vectorscan version, and each
// database's patterns with the rule ids they report.
QString cacheFileName(const std::vector<std::pair<const std::vector<std::string>*, const std::vector<unsigned>*>>& dbs)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView(hs_version()));
    h.addData(QByteArrayView(kCacheMagic.data(), qsizetype(kCacheMagic.size())));
    for (const auto& [patterns, ids] : dbs) {
        h.addData(QByteArray::number(qulonglong(patterns->size())) + '\n');
        for (size_t i = 0; i < patterns->size(); ++i) {
            const std::string& p = (*patterns)[i];
            h.addData(QByteArray::number((*ids)[i]) + ' ' + QByteArray::number(qulonglong(p.size())) + ':');
            h.addData(QByteArrayView(p.data(), qsizetype(p.size())));
        }
    }
    return QStringLiteral("secrets-%1.hsdb").arg(QString::fromLatin1(h.result().toHex().left(32)));
}

// Loads every database of the cache file; false (nothing loaded) when the file is missing,
// damaged, for another vectorscan build or for another processor.
bool loadCachedDatabases(const QString& file, const std::vector<hs_database_t**>& dbs, const std::vector<bool>& present)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = f.readAll();
    std::string_view rest(bytes.constData(), size_t(bytes.size()));
    if (!rest.starts_with(kCacheMagic))
        return false;
    rest.remove_prefix(kCacheMagic.size());
    quint64 count = 0;
    if (rest.size() < sizeof count)
        return false;
    std::memcpy(&count, rest.data(), sizeof count);
    rest.remove_prefix(sizeof count);
    if (count != dbs.size())
        return false;
    std::vector<hs_database_t*> loaded;
    bool ok = true;
    for (size_t i = 0; i < dbs.size() && ok; ++i) {
        quint64 len = 0;
        if (rest.size() < sizeof len) {
            ok = false;
            break;
        }
        std::memcpy(&len, rest.data(), sizeof len);
        rest.remove_prefix(sizeof len);
        if (len > rest.size() || (len > 0) != present[i]) {
            ok = false;
            break;
        }
        hs_database_t* db = nullptr;
        if (len > 0 && hs_deserialize_database(rest.data(), size_t(len), &db) != HS_SUCCESS) {
            ok = false;
            break;
        }
        loaded.push_back(db);
        rest.remove_prefix(size_t(len));
    }
    if (!ok || !rest.empty()) {
        for (auto* db : loaded)
            if (db)
                hs_free_database(db);
        return false;
    }
    for (size_t i = 0; i < dbs.size(); ++i)
        *dbs[i] = loaded[i];
    return true;
}

// Writes the cache atomically and removes caches of other rule sets; failures only cost the
// next run a compile.
void saveCachedDatabases(const QString& dir, const QString& name, const std::vector<hs_database_t*>& dbs)
{
    if (!QDir().mkpath(dir))
        return;
    QByteArray out(kCacheMagic.data(), qsizetype(kCacheMagic.size()));
    const quint64 count = dbs.size();
    out.append(reinterpret_cast<const char*>(&count), qsizetype(sizeof count));
    for (auto* db : dbs) {
        char* bytes = nullptr;
        size_t len = 0;
        if (db && hs_serialize_database(db, &bytes, &len) != HS_SUCCESS)
            return;
        const quint64 len64 = db ? quint64(len) : 0;
        out.append(reinterpret_cast<const char*>(&len64), qsizetype(sizeof len64));
        if (db) {
            out.append(bytes, qsizetype(len));
            std::free(bytes);
        }
    }
    QSaveFile f(dir + u'/' + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size() || !f.commit())
        return;
    const QDir d(dir);
    for (const QString& stale : d.entryList({QStringLiteral("secrets-*.hsdb")}, QDir::Files))
        if (stale != name)
            QFile::remove(d.filePath(stale));
}

} // namespace

struct SecretScanner::Impl
{
    std::shared_ptr<const SecretRules> rules;
    // The one pass over every file: the regexes of the one-pass rules (ids from keywordRules.size()
    // on: keywordRules.size() + rule) and the keyword literals of the windowed rules.
    hs_database_t* keywordDb = nullptr;
    // The windowed rules' regexes, one database per group: rules that share a keyword are one
    // group, and a group runs only on the lines that hold one of its keywords.
    std::vector<hs_database_t*> groupDbs;
    // Per group, the path-restricted rules whose keywords are all that group's: they run on the
    // group's windows of the files their paths select (null: none).
    std::vector<hs_database_t*> groupPathDbs;
    std::vector<std::vector<int>> groupPathRules;
    hs_database_t* pathDb = nullptr; // the other path-restricted rules, run on whole matching files
    std::vector<int> wholePathRules;
    // The path-restricted rules' paths patterns, run over each file's path (one vectorscan call
    // instead of a PCRE2 match per rule and file); patterns vectorscan cannot compile stay in
    // pathRegexRules and are matched with their QRegularExpression.
    hs_database_t* pathSelectDb = nullptr;
    std::vector<int> pathRegexRules;
    std::vector<std::vector<int>> keywordRules; // keyword id -> windowed rules
    std::vector<int> keywordGroup; // keyword id -> group
    std::vector<char> urlKeyword; // keyword id -> every rule of it is a URL rule (see userinfoFollows)
    std::vector<int> alwaysOn; // rules without keywords
    std::vector<int> onePassRules; // rules in keywordDb
    std::vector<std::vector<std::string>> ruleKeywords; // rule -> its keywords (lower-case)
    std::vector<int> pathRules; // rules restricted to some paths
    std::vector<int> genericRules;
    bool fromCache = false;

    std::mutex scratchMutex;
    hs_scratch_t* prototype = nullptr;
    std::vector<hs_scratch_t*> freeScratch;

    ~Impl()
    {
        for (auto* s : freeScratch)
            hs_free_scratch(s);
        if (prototype)
            hs_free_scratch(prototype);
        for (const auto* dbList : {&groupDbs, &groupPathDbs})
            for (auto* db : *dbList)
                if (db)
                    hs_free_database(db);
        for (auto* db : {keywordDb, pathDb, pathSelectDb})
            if (db)
                hs_free_database(db);
    }

    hs_scratch_t* acquire()
    {
        std::lock_guard lock(scratchMutex);
        if (!freeScratch.empty()) {
            auto* s = freeScratch.back();
            freeScratch.pop_back();
            return s;
        }
        hs_scratch_t* s = nullptr;
        if (hs_clone_scratch(prototype, &s) != HS_SUCCESS)
            return nullptr;
        return s;
    }

    void release(hs_scratch_t* s)
    {
        std::lock_guard lock(scratchMutex);
        freeScratch.push_back(s);
    }

    // Whether one of the rule's keywords occurs in the file (any case).
    bool hasKeyword(std::string_view content, int rule) const
    {
        for (const auto& k : ruleKeywords[size_t(rule)]) {
            const auto it = std::search(content.begin(), content.end(), k.begin(), k.end(),
                [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
            if (it != content.end())
                return true;
        }
        return false;
    }

    // Raw candidates of the rules whose keywords occur in the file and whose path restrictions
    // hold (generic rules are off in lockfiles): one pass over the file with the one-pass rules
    // and the windowed rules' keywords, then each group's database over the lines that hold one
    // of the group's keywords (merged into windows), then the path rules' database over files
    // they apply to. Returns the raw match count.
    size_t match(std::string_view content, const SecretPathProfile* profile, std::vector<quint64>* ends) const
    {
        const auto& list = rules->rules();
        // Per-file state in buffers each thread keeps (a file costs no allocation here).
        thread_local struct
        {
            std::vector<char> enabled, matched, pathGroupOn;
            std::vector<quint64> hits;
        } buffers;
        auto& enabled = buffers.enabled;
        auto& matched = buffers.matched;
        auto& hits = buffers.hits;
        auto& pathGroupOn = buffers.pathGroupOn;
        enabled.assign(list.size(), 0);
        matched.assign(list.size(), 0);
        hits.clear();
        pathGroupOn.assign(groupDbs.size(), 0);
        for (int r : alwaysOn)
            enabled[size_t(r)] = 1;
        auto* self = const_cast<Impl*>(this);
        hs_scratch_t* scratch = self->acquire();
        if (!scratch)
            return 0;
        const char* data = content.data();
        const size_t n = content.size();
        MatchState st {ends, 0, 0};
        KeywordState ks {data, n, &urlKeyword, &keywordRules, &keywordGroup, &enabled, &hits, &matched, &st};
        // A file with too many keyword hits has its groups run on the whole of it (the regexes
        // are then cheaper than the windows).
        bool whole = hs_scan(keywordDb, data, unsigned(n), 0, scratch, onKeyword, &ks) == HS_SCAN_TERMINATED;
        if (st.count >= kMaxCandidates) {
            whole = false;
            hits.clear();
        }
        if (st.count > 0)
            for (int r : onePassRules)
                if (matched[size_t(r)] && !enabled[size_t(r)])
                    enabled[size_t(r)] = hasKeyword(content, r) ? 1 : 0;
        // The path-restricted rules this file's path selects: on its windows or over all of it.
        bool wholePathOn = false;
        if (profile && !pathRules.empty()) {
            for (int r : pathRules)
                enabled[size_t(r)] = 0;
            for (int r : profile->pathRules)
                enabled[size_t(r)] = 1;
            const auto on = [&](int r) { return enabled[size_t(r)] != 0; };
            wholePathOn = pathDb && std::any_of(wholePathRules.begin(), wholePathRules.end(), on);
            for (size_t g = 0; g < groupDbs.size(); ++g)
                pathGroupOn[g] = std::any_of(groupPathRules[g].begin(), groupPathRules[g].end(), on) ? 1 : 0;
        }
        const auto scanGroup = [&](size_t g, const char* from, size_t size) {
            hs_scan(groupDbs[g], from, unsigned(size), 0, scratch, onRuleMatch, &st);
            if (pathGroupOn[g])
                hs_scan(groupPathDbs[g], from, unsigned(size), 0, scratch, onRuleMatch, &st);
        };
        constexpr quint64 kEndMask = (quint64(1) << 40) - 1;
        if (whole) {
            std::vector<char> on(groupDbs.size(), 0);
            for (quint64 h : hits)
                on[size_t(h >> 40)] = 1;
            for (size_t g = 0; g < groupDbs.size(); ++g)
                if (on[g])
                    scanGroup(g, data, n);
        } else if (!hits.empty()) {
            // Sorted by group, then by position: each group's windows in one run.
            std::sort(hits.begin(), hits.end());
            size_t winStart = 0, winEnd = 0;
            size_t group = size_t(hits.front() >> 40);
            bool open = false;
            auto flush = [&] {
                st.base = winStart;
                scanGroup(group, data + winStart, winEnd - winStart);
            };
            for (quint64 h : hits) {
                if (size_t(h >> 40) != group) {
                    if (open)
                        flush();
                    open = false;
                    group = size_t(h >> 40);
                }
                const quint64 end = h & kEndMask;
                const size_t at = end > 0 ? size_t(end - 1) : 0; // last byte of the keyword
                if (open && at < winEnd)
                    continue;
                const size_t lo = at > kReach ? at - kReach : 0;
                const size_t hi = std::min(n, at + kReach);
                const auto [ls, le] = lineAround(data, at, lo, hi);
                if (open && ls <= winEnd + kMergeGap) {
                    winEnd = le;
                    continue;
                }
                if (open)
                    flush();
                winStart = ls;
                winEnd = le;
                open = true;
            }
            if (open)
                flush();
        }
        if (wholePathOn) {
            st.base = 0;
            hs_scan(pathDb, data, unsigned(n), 0, scratch, onRuleMatch, &st);
        }
        self->release(scratch);
        if (hits.capacity() > (std::size_t(1) << 16)) // a pathological file's hits are not kept
            std::vector<quint64>().swap(hits);
        if (ends && !ends->empty() && profile && profile->isLockfile())
            for (int r : genericRules)
                enabled[size_t(r)] = 0;
        if (ends)
            std::erase_if(*ends, [&](quint64 v) { return !enabled[size_t(v >> 40)]; });
        return st.count;
    }

    SecretPathProfile profile(const QString& path) const
    {
        SecretPathProfile p(path);
        if (pathRules.empty())
            return p;
        const auto& list = rules->rules();
        thread_local std::vector<char> selected;
        selected.assign(list.size(), 0);
        if (pathSelectDb) {
            auto* self = const_cast<Impl*>(this);
            if (hs_scratch_t* scratch = self->acquire()) {
                thread_local std::string utf8;
                toUtf8(path, utf8);
                hs_scan(pathSelectDb, utf8.data(), unsigned(utf8.size()), 0, scratch, onPathMatch, &selected);
                self->release(scratch);
            }
        }
        for (int r : pathRegexRules)
            selected[size_t(r)] = list[size_t(r)].paths.match(path).hasMatch() ? 1 : 0;
        for (int r : pathRules)
            if (selected[size_t(r)])
                p.pathRules.push_back(r);
        return p;
    }

    bool accept(const SecretRule& rule, QStringView secret, QStringView key, QStringView user, QStringView host) const;
};

SecretScanner::SecretScanner()
    : d(std::make_unique<Impl>())
{ }

SecretScanner::~SecretScanner() = default;

const SecretRules& SecretScanner::rules() const
{
    return *d->rules;
}

bool SecretScanner::loadedFromCache() const
{
    return d->fromCache;
}

Result<std::shared_ptr<const SecretScanner>> SecretScanner::create(
    std::shared_ptr<const SecretRules> rules, const QString& cacheDir)
{
    if (!rules || rules->rules().empty())
        return Error::validation(QStringLiteral("The secret scanner needs at least one rule."));
    std::shared_ptr<SecretScanner> scanner(new SecretScanner());
    Impl& d = *scanner->d;
    d.rules = rules;
    const auto& list = rules->rules();

    for (size_t i = 0; i < list.size(); ++i)
        if (list[i].generic)
            d.genericRules.push_back(int(i));

    // Compiles one database; a rule vectorscan cannot compile exactly falls back to prefilter
    // mode (a superset of its matches), which the PCRE2 confirmation makes exact again.
    // Ids from `ruleBase` on are rules (rule index + ruleBase); those below are keyword literals.
    auto compile = [&](std::vector<std::string> patterns, std::vector<unsigned> flags, const std::vector<unsigned>& ids,
                       unsigned ruleBase, hs_database_t** db) -> Status {
        for (int attempt = 0; attempt < 64; ++attempt) {
            std::vector<const char*> ptrs;
            for (const auto& p : patterns)
                ptrs.push_back(p.c_str());
            hs_compile_error_t* err = nullptr;
            if (hs_compile_multi(
                    ptrs.data(), flags.data(), ids.data(), unsigned(ptrs.size()), HS_MODE_BLOCK, nullptr, db, &err)
                == HS_SUCCESS)
                return {};
            const int bad = err ? err->expression : -1;
            const QString message
                = err && err->message ? QString::fromUtf8(err->message) : QStringLiteral("unknown error");
            hs_free_compile_error(err);
            const bool rule = bad >= 0 && ids[size_t(bad)] >= ruleBase;
            if (!rule || (flags[size_t(bad)] & HS_FLAG_PREFILTER))
                return Error::internal(
                    QStringLiteral("The secret rules cannot be compiled (%1%2).")
                        .arg(rule ? list[ids[size_t(bad)] - ruleBase].id + QStringLiteral(": ") : QString(), message));
            flags[size_t(bad)] |= HS_FLAG_PREFILTER;
        }
        return Error::internal(QStringLiteral("The secret rules cannot be compiled."));
    };

    std::vector<std::string> pathPatterns, keywordPatterns, pathSelectPatterns;
    std::vector<unsigned> pathIds, keywordIds, pathSelectIds;
    std::map<std::string, int> keywordIndex;
    std::vector<int> keywordOwner; // union-find over keywords: the keywords of one rule are one group
    auto owner = [&](int k) {
        while (keywordOwner[size_t(k)] != k)
            k = keywordOwner[size_t(k)] = keywordOwner[size_t(keywordOwner[size_t(k)])];
        return k;
    };
    std::vector<int> ruleKeyword(list.size(), -1); // a keyword of each windowed rule
    d.ruleKeywords.resize(list.size());
    for (size_t i = 0; i < list.size(); ++i) {
        const SecretRule& rule = list[i];
        for (const auto& k : rule.keywords)
            d.ruleKeywords[i].push_back(k.toStdString());
        // Not rule.paths.isValid(): that compiles and JIT-compiles every rule's pattern (~2 ms per
        // audit); rule files we do not ship were validated when they were read.
        if (!rule.paths.pattern().isEmpty()) {
            d.pathRules.push_back(int(i)); // its regex goes to a database once the groups are known
            // The paths pattern goes to the path-selection database when vectorscan can parse it
            // (a pattern it parses but still cannot compile fails the whole compile below).
            const std::string pathPattern = rule.paths.pattern().toStdString();
            hs_expr_info_t* info = nullptr;
            hs_compile_error_t* err = nullptr;
            if (hs_expression_info(pathPattern.c_str(), kPathSelectFlags, &info, &err) == HS_SUCCESS) {
                pathSelectPatterns.push_back(pathPattern);
                pathSelectIds.push_back(unsigned(i));
            } else {
                d.pathRegexRules.push_back(int(i));
            }
            std::free(info);
            hs_free_compile_error(err);
            continue;
        }
        if (rule.keywords.isEmpty())
            d.alwaysOn.push_back(int(i));
        // Generic rules (a name like `password` or `api_key`, then a value) are costly regexes
        // that vectorscan cannot anchor on a literal; they run on the lines around their keywords
        // only. So do rules whose keywords name the service rather than start the token (their
        // match must share its line with one of them: a weak anchor such as `sk_` or `SK`, which
        // identifiers are full of, next to the service's name). Every other rule starts from or
        // holds a distinctive literal and runs in the one pass over the file, where it costs
        // about what its keyword would.
        const bool byContext = !rule.contextKeywords.isEmpty()
            && QSet<QString>(rule.contextKeywords.begin(), rule.contextKeywords.end())
                == QSet<QString>(rule.keywords.begin(), rule.keywords.end())
            && std::all_of(rule.contextKeywords.begin(), rule.contextKeywords.end(),
                [](const QString& k) { return k.size() >= kMinWindowKeyword; });
        if (!byContext && (!rule.generic || rule.keywords.isEmpty())) {
            d.onePassRules.push_back(int(i));
            continue;
        }
        for (const auto& lit : d.ruleKeywords[i]) {
            auto [it, inserted] = keywordIndex.emplace(lit, int(d.keywordRules.size()));
            if (inserted) {
                d.keywordRules.emplace_back();
                keywordOwner.push_back(it->second);
                keywordPatterns.push_back(literalPattern(lit));
                keywordIds.push_back(unsigned(it->second));
            }
            d.keywordRules[size_t(it->second)].push_back(int(i));
            if (ruleKeyword[i] < 0)
                ruleKeyword[i] = it->second;
            else
                keywordOwner[size_t(owner(it->second))] = owner(ruleKeyword[i]);
        }
    }
    if (d.onePassRules.empty() && d.keywordRules.empty())
        return Error::validation(QStringLiteral("The secret rules need at least one rule without a path restriction."));
    std::map<int, int> groupOf; // owner keyword -> group
    std::vector<std::vector<std::string>> groupPatterns;
    std::vector<std::vector<unsigned>> groupIds;
    for (size_t i = 0; i < list.size(); ++i) {
        if (ruleKeyword[i] < 0)
            continue;
        auto [it, inserted] = groupOf.emplace(owner(ruleKeyword[i]), int(groupPatterns.size()));
        if (inserted) {
            groupPatterns.emplace_back();
            groupIds.emplace_back();
        }
        groupPatterns[size_t(it->second)].push_back(forVectorscan(list[i].regex));
        groupIds[size_t(it->second)].push_back(unsigned(i));
    }
    for (size_t k = 0; k < d.keywordRules.size(); ++k) {
        d.keywordGroup.push_back(groupOf.at(owner(int(k))));
        const auto& rs = d.keywordRules[k];
        d.urlKeyword.push_back(std::all_of(rs.begin(), rs.end(), [&](int r) { return list[size_t(r)].url; }) ? 1 : 0);
    }
    // A generic path-restricted rule whose keywords all belong to one group runs on that group's
    // windows (every one of its matches shares a line with one of them); the others run over
    // whole files.
    std::vector<std::vector<std::string>> groupPathPatterns(groupPatterns.size());
    std::vector<std::vector<unsigned>> groupPathIds(groupPatterns.size());
    d.groupPathRules.assign(groupPatterns.size(), {});
    for (int r : d.pathRules) {
        const SecretRule& rule = list[size_t(r)];
        int group = -1;
        bool windowed = rule.generic && !d.ruleKeywords[size_t(r)].empty();
        for (const auto& k : d.ruleKeywords[size_t(r)]) {
            const auto it = keywordIndex.find(k);
            const int g = it == keywordIndex.end() ? -1 : d.keywordGroup[size_t(it->second)];
            if (g < 0 || (group >= 0 && g != group)) {
                windowed = false;
                break;
            }
            group = g;
        }
        if (windowed) {
            groupPathPatterns[size_t(group)].push_back(forVectorscan(rule.regex));
            groupPathIds[size_t(group)].push_back(unsigned(r));
            d.groupPathRules[size_t(group)].push_back(r);
        } else {
            pathPatterns.push_back(forVectorscan(rule.regex));
            pathIds.push_back(unsigned(r));
            d.wholePathRules.push_back(r);
        }
    }
    const auto ruleBase = unsigned(d.keywordRules.size());
    std::vector<unsigned> keywordFlags(keywordPatterns.size(), HS_FLAG_CASELESS);
    for (int i : d.onePassRules) {
        keywordPatterns.push_back(forVectorscan(list[size_t(i)].regex));
        keywordIds.push_back(ruleBase + unsigned(i));
        keywordFlags.push_back(HS_FLAG_MULTILINE);
    }
    d.groupDbs.assign(groupPatterns.size(), nullptr);
    d.groupPathDbs.assign(groupPatterns.size(), nullptr);

    std::vector<std::pair<const std::vector<std::string>*, const std::vector<unsigned>*>> named;
    std::vector<hs_database_t**> dbs;
    std::vector<bool> present;
    for (size_t g = 0; g < groupPatterns.size(); ++g) {
        named.emplace_back(&groupPatterns[g], &groupIds[g]);
        dbs.push_back(&d.groupDbs[g]);
        present.push_back(true);
    }
    named.emplace_back(&pathPatterns, &pathIds);
    named.emplace_back(&keywordPatterns, &keywordIds);
    named.emplace_back(&pathSelectPatterns, &pathSelectIds);
    dbs.push_back(&d.pathDb);
    dbs.push_back(&d.keywordDb);
    dbs.push_back(&d.pathSelectDb);
    present.push_back(!pathPatterns.empty());
    present.push_back(!keywordPatterns.empty());
    present.push_back(!pathSelectPatterns.empty());
    for (size_t g = 0; g < groupPatterns.size(); ++g) {
        named.emplace_back(&groupPathPatterns[g], &groupPathIds[g]);
        dbs.push_back(&d.groupPathDbs[g]);
        present.push_back(!groupPathPatterns[g].empty());
    }
    const QString cacheName = cacheFileName(named);
    d.fromCache = !cacheDir.isEmpty() && loadCachedDatabases(cacheDir + u'/' + cacheName, dbs, present);
    if (!d.fromCache) {
        for (size_t g = 0; g < groupPatterns.size(); ++g)
            if (auto st = compile(groupPatterns[g], std::vector<unsigned>(groupPatterns[g].size(), HS_FLAG_MULTILINE),
                    groupIds[g], 0, &d.groupDbs[g]);
                !st)
                return st.error();
        for (size_t g = 0; g < groupPatterns.size(); ++g)
            if (!groupPathPatterns[g].empty())
                if (auto st = compile(groupPathPatterns[g],
                        std::vector<unsigned>(groupPathPatterns[g].size(), HS_FLAG_MULTILINE), groupPathIds[g], 0,
                        &d.groupPathDbs[g]);
                    !st)
                    return st.error();
        if (!pathPatterns.empty()) {
            if (auto st = compile(
                    pathPatterns, std::vector<unsigned>(pathPatterns.size(), HS_FLAG_MULTILINE), pathIds, 0, &d.pathDb);
                !st)
                return st.error();
        }
        if (!keywordPatterns.empty()) {
            if (auto st = compile(keywordPatterns, keywordFlags, keywordIds, ruleBase, &d.keywordDb); !st)
                return st.error();
        }
        if (!pathSelectPatterns.empty()) {
            std::vector<const char*> ptrs;
            for (const auto& p : pathSelectPatterns)
                ptrs.push_back(p.c_str());
            const std::vector<unsigned> flags(ptrs.size(), kPathSelectFlags);
            hs_compile_error_t* err = nullptr;
            if (hs_compile_multi(ptrs.data(), flags.data(), pathSelectIds.data(), unsigned(ptrs.size()), HS_MODE_BLOCK,
                    nullptr, &d.pathSelectDb, &err)
                != HS_SUCCESS) {
                // Rare (a resource limit): every paths pattern is then matched with PCRE2.
                d.pathSelectDb = nullptr;
                for (unsigned id : pathSelectIds)
                    d.pathRegexRules.push_back(int(id));
            }
            hs_free_compile_error(err);
        }
        if (!cacheDir.isEmpty()) {
            std::vector<hs_database_t*> all(d.groupDbs);
            all.push_back(d.pathDb);
            all.push_back(d.keywordDb);
            all.push_back(d.pathSelectDb);
            all.insert(all.end(), d.groupPathDbs.begin(), d.groupPathDbs.end());
            saveCachedDatabases(cacheDir, cacheName, all);
        }
    }
    for (auto** db : dbs)
        if (*db && hs_alloc_scratch(*db, &d.prototype) != HS_SUCCESS)
            return Error::internal(QStringLiteral("The secret scanner cannot allocate its scratch space."));
    return std::shared_ptr<const SecretScanner>(std::move(scanner));
}

size_t SecretScanner::countCandidates(std::string_view content) const
{
    return content.empty() ? 0 : d->match(content, nullptr, nullptr);
}

bool SecretScanner::Impl::accept(
    const SecretRule& rule, QStringView secret, QStringView key, QStringView user, QStringView host) const
{
    if (secret.isEmpty())
        return false;
    // Key bodies have their own placeholder checks (pemBody / puttyBody).
    if (rule.validator != u"pem" && rule.validator != u"putty" && rule.validator != u"pem_base64")
        for (const auto& re : rules->globalAllowlist())
            if (re.match(secret).hasMatch())
                return false;
    for (const auto& re : rule.allowlist)
        if (re.match(secret).hasMatch())
            return false;
    if (sf::isIntegrityHash(secret))
        return false;
    if (!rule.hexOk && sf::isGitShaOrUuid(secret))
        return false;
    if (rule.url) {
        // The password of a URL: short human passwords count, defaults and placeholders do not.
        return !sf::isDefaultUrlPassword(secret, user) && !sf::isPlaceholderHost(host);
    }
    // Short values cannot reach a high per-character entropy: generic rules scale the bar
    // down for them (a random 12-character password averages ~3.3 bits, some have only ~2.8).
    const double entropyMin = rule.generic
        ? std::min(rule.entropyMin, 0.75 * std::log2(double(std::max<qsizetype>(secret.size(), 2))))
        : rule.entropyMin;
    if (entropyMin > 0 && sf::shannonEntropy(secret) < entropyMin)
        return false;
    if (rule.generic) {
        if (!key.isEmpty() && sf::isNonSecretKey(key))
            return false;
        if (sf::looksLikeReference(secret) || sf::looksTrivial(secret))
            return false;
        if (sf::characterClasses(secret) < 2 && secret.size() < 32)
            return false;
        const QString lower = secret.toString().toLower();
        for (const auto& w : rules->genericStopwords())
            if (lower.contains(w))
                return false;
    }
    return true;
}

SecretPathProfile::SecretPathProfile(QString path)
    : m_path(std::move(path))
{ }

bool SecretPathProfile::isLockfile() const
{
    if (m_lockfile < 0)
        m_lockfile = sf::isLockfile(m_path) ? 1 : 0;
    return m_lockfile != 0;
}

bool SecretPathProfile::isTestPath() const
{
    if (m_test < 0)
        m_test = sf::isTestPath(m_path) ? 1 : 0;
    return m_test != 0;
}

SecretPathProfile SecretScanner::profile(const QString& path) const
{
    return d->profile(path);
}

std::vector<SecretHit> SecretScanner::scan(std::string_view content, const QString& path) const
{
    return content.empty() ? std::vector<SecretHit>() : scan(content, profile(path));
}

std::vector<SecretHit> SecretScanner::scan(
    std::string_view content, const SecretPathProfile& profile, bool* candidates) const
{
    std::vector<SecretHit> hits;
    if (candidates)
        *candidates = false;
    if (content.empty())
        return hits;
    std::vector<quint64> packed;
    const size_t raw = d->match(content, &profile, &packed);
    if (candidates)
        *candidates = raw > 0;
    if (packed.empty())
        return hits;

    // Candidates in file order get their line (number, start, end) from one count of the newlines
    // before them, then are grouped by (line, rule): each group is confirmed once.
    std::sort(packed.begin(), packed.end(), [](quint64 a, quint64 b) {
        constexpr quint64 kEnd = (quint64(1) << 40) - 1;
        return (a & kEnd) < (b & kEnd);
    });
    std::vector<Candidate> cands;
    cands.reserve(packed.size());
    const char* const base = content.data();
    size_t counted = 0, lineNo = 0, lineStart = 0, lineEnd = 0;
    bool haveLine = false;
    for (quint64 v : packed) {
        const quint64 end = v & ((quint64(1) << 40) - 1);
        const size_t at = std::min(content.size() - 1, end > 0 ? size_t(end - 1) : 0); // the last byte of the match
        if (!haveLine || at >= lineEnd) {
            lineNo += size_t(std::count(base + counted, base + at, '\n'));
            counted = at;
            std::tie(lineStart, lineEnd) = lineAround(base, at, 0, content.size());
            haveLine = true;
        }
        cands.push_back({quint32(lineNo), quint32(v >> 40), end, lineStart, lineEnd});
    }
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.line, a.rule, a.end) < std::tie(b.line, b.rule, b.end);
    });

    const bool testPath = profile.isTestPath();
    const auto& list = d->rules->rules();
    size_t i = 0;
    while (i < cands.size() && hits.size() < kMaxHits) {
        const quint32 lineNo = cands[i].line;
        const size_t ls = cands[i].lineStart;
        size_t le = cands[i].lineEnd;
        if (le > ls && content[le - 1] == '\r')
            --le;
        const std::string_view lineBytes = content.substr(ls, le - ls);
        const QString lineLower = lineBytes.size() <= kLongLine
            ? QString::fromUtf8(lineBytes.data(), qsizetype(lineBytes.size())).toLower()
            : QString();
        // Inline suppressions on the line itself.
        if (lineBytes.size() <= kLongLine
            && (lineLower.contains(u"assay:ignore") || lineLower.contains(u"gitleaks:allow")
                || lineLower.contains(u"pragma: allowlist secret"))) {
            while (i < cands.size() && cands[i].line == lineNo)
                ++i;
            continue;
        }
        std::vector<std::pair<size_t, size_t>> claimed; // byte spans already reported on this line
        while (i < cands.size() && cands[i].line == lineNo) {
            const quint32 ruleIx = cands[i].rule;
            quint64 firstEnd = cands[i].end, lastEnd = cands[i].end;
            while (i < cands.size() && cands[i].line == lineNo && cands[i].rule == ruleIx)
                lastEnd = cands[i++].end;
            const SecretRule& rule = list[ruleIx];
            // The window the rule is confirmed on: the line, or a slice of a very long line.
            size_t ws = ls, we = le;
            if (le - ls > kLongLine) {
                ws = std::max<size_t>(ls, firstEnd > 4096 ? size_t(firstEnd - 4096) : 0);
                we = std::min<size_t>(le, size_t(lastEnd) + 512);
            }
            if (!rule.contextKeywords.isEmpty()) {
                const QString lower = ws == ls && we == le
                    ? lineLower
                    : QString::fromUtf8(content.data() + ws, qsizetype(we - ws)).toLower();
                if (std::none_of(rule.contextKeywords.begin(), rule.contextKeywords.end(),
                        [&](const QString& k) { return lower.contains(k); }))
                    continue;
            }
            const QString window = QString::fromUtf8(content.data() + ws, qsizetype(we - ws));
            auto it = rule.confirm.globalMatch(window);
            // Capture indexes of the named groups, looked up once a match needs them (the rules'
            // patterns are compiled on first use, not when the rule set loads).
            int sg = -1, kg = -1, ug = -1, hg = -1;
            while (it.hasNext() && hits.size() < kMaxHits) {
                const auto m = it.next();
                if (sg < 0) {
                    const QStringList names = rule.confirm.namedCaptureGroups();
                    sg = int(std::max<qsizetype>(0, names.indexOf(QStringLiteral("secret"))));
                    kg = int(names.indexOf(QStringLiteral("key")));
                    ug = int(names.indexOf(QStringLiteral("user")));
                    hg = int(names.indexOf(QStringLiteral("host")));
                }
                QStringView secret = m.capturedView(sg);
                if (secret.isEmpty())
                    continue;
                const qsizetype sStart = m.capturedStart(sg);
                const size_t byteStart = ws + size_t(utf8Length(QStringView(window).left(sStart)));
                const size_t byteEnd = byteStart + size_t(utf8Length(secret));
                const bool overlaps = std::any_of(claimed.begin(), claimed.end(),
                    [&](const auto& span) { return byteStart < span.second && span.first < byteEnd; });
                if (overlaps)
                    continue;
                const QStringView key = kg >= 0 ? m.capturedView(kg) : QStringView();
                const QStringView user = ug >= 0 ? m.capturedView(ug) : QStringView();
                const QStringView host = hg >= 0 ? m.capturedView(hg) : QStringView();

                QString severity = rule.severity;
                QString value; // the credential itself; lives only until this hit is built
                if (rule.validator == u"pem" || rule.validator == u"putty") {
                    const size_t headerEnd = byteEnd;
                    bool encrypted = false;
                    const auto body = rule.validator == u"pem" ? sf::pemBody(content, headerEnd, &encrypted)
                                                               : sf::puttyBody(content, headerEnd);
                    if (!body)
                        continue;
                    value = QString::fromLatin1(body->data(), qsizetype(body->size()));
                    if (encrypted || secret.contains(u"ENCRYPTED"))
                        severity = sf::lowerSeverity(severity);
                } else if (rule.validator == u"pem_base64") {
                    // A PEM block encoded once more (kubeconfig client-key-data, Kubernetes
                    // secrets): decoded here, then held to the same body checks as plain PEM.
                    const QByteArray decoded = QByteArray::fromBase64(secret.toLatin1());
                    const std::string_view text(decoded.constData(), size_t(decoded.size()));
                    const size_t begin = text.find("PRIVATE KEY");
                    const size_t header = begin == std::string_view::npos ? begin : text.find("-----", begin);
                    if (header == std::string_view::npos)
                        continue;
                    bool encrypted = false;
                    const auto body = sf::pemBody(text, header + 5, &encrypted);
                    if (!body)
                        continue;
                    value = QString::fromLatin1(body->data(), qsizetype(body->size()));
                    if (encrypted || text.substr(0, begin).find("ENCRYPTED") != std::string_view::npos)
                        severity = sf::lowerSeverity(severity);
                } else {
                    if (rule.validator == u"jwt" && !sf::isRealJwt(secret))
                        continue;
                    if (rule.validator == u"basic_auth" && !sf::isBasicCredential(secret))
                        continue;
                    value = secret.toString();
                }
                if (!d->accept(rule, value, key, user, host))
                    continue;
                claimed.emplace_back(byteStart, byteEnd);
                SecretHit hit;
                hit.rule = int(ruleIx);
                hit.line = int(lineNo) + 1;
                hit.column = int(QString::fromUtf8(content.data() + ls, qsizetype(byteStart - ls)).size()) + 1;
                hit.testContext = testPath;
                hit.severity = testPath ? sf::lowerSeverity(severity) : severity;
                const QByteArray utf8 = value.toUtf8();
                hit.evidence = redactSecret(std::string_view(utf8.constData(), size_t(utf8.size())));
                hit.secretSha256
                    = QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
                hits.push_back(std::move(hit));
            }
        }
    }
    return hits;
}

} // namespace assay::audit
