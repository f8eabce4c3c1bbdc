// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceMetrics.h"

#include "core/Logging.h"

#include <QHash>

#include <hs.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <mutex>

#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#define ASSAY_SOURCE_METRICS_SSE2 1
#include <emmintrin.h>
#endif
// GCC and Clang on x86-64 also build AVX2 and AVX-512BW forms of the byte classifier, chosen at
// run time by what the processor supports.
#if defined(ASSAY_SOURCE_METRICS_SSE2) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define ASSAY_SOURCE_METRICS_DISPATCH 1
#include <immintrin.h>
#endif

namespace assay::licenses {

namespace {

// The import patterns' character classes, as in QRegularExpression without Unicode properties:
// \s is ASCII white space, \w is [A-Za-z0-9_], and every other character (non-ASCII included)
// is neither.
bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool isWord(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A position in a line and the pattern pieces read from it. None of the patterns needs to back
// up: where PCRE would backtrack, the alternative it would try cannot match (noted below).
struct Cursor
{
    std::string_view line;
    std::size_t at = 0;

    bool spaces() // \s*, true when it read at least one (\s+)
    {
        const std::size_t from = at;
        while (at < line.size() && isSpace(line[at]))
            ++at;
        return at > from;
    }
    bool literal(std::string_view word)
    {
        if (!line.substr(at).starts_with(word))
            return false;
        at += word.size();
        return true;
    }
    bool character(char c)
    {
        if (at >= line.size() || line[at] != c)
            return false;
        ++at;
        return true;
    }
    template <typename Accept> std::string_view run(Accept accept)
    {
        const std::size_t from = at;
        while (at < line.size() && accept(line[at]))
            ++at;
        return line.substr(from, at - from);
    }
    std::string_view wordsAnd(char extra) // [\w<extra>]+ (empty: no match)
    {
        return run([extra](char c) { return isWord(c) || c == extra; });
    }
    std::string_view quoted() // ['"]([^'"]+)['"]
    {
        if (!character('\'') && !character('"'))
            return {};
        const std::string_view text = run([](char c) { return c != '\'' && c != '"'; });
        return !text.empty() && (character('\'') || character('"')) ? text : std::string_view();
    }
};

// The leftmost match of `\b<one of words>` followed by what `rest` reads (its capture, or empty).
template <typename Rest>
std::string_view leftmost(std::string_view line, std::initializer_list<std::string_view> words, Rest rest)
{
    for (std::size_t at = 0; at < line.size(); ++at) {
        if (at > 0 && isWord(line[at - 1]))
            continue;
        for (const std::string_view word : words) {
            Cursor c {line, at};
            if (c.literal(word))
                if (const auto found = rest(c); !found.empty())
                    return found;
        }
    }
    return {};
}

// `^\s*<word>\s+`: the cursor after it, or at npos.
Cursor afterKeyword(std::string_view line, std::string_view word)
{
    Cursor c {line};
    c.spaces();
    if (!c.literal(word) || !c.spaces())
        c.at = std::string_view::npos;
    return c;
}

// What import pattern k (the regular expression in the comment) captures in a line; empty when
// it does not match.
std::string_view importPattern(std::string_view line, unsigned k)
{
    switch (k) {
    case 0: { // ^\s*#\s*(?:include|import)\s*"([^"]+)"
        Cursor c {line};
        c.spaces();
        if (!c.character('#'))
            return {};
        c.spaces();
        if (!c.literal("include") && !c.literal("import"))
            return {};
        c.spaces();
        if (!c.character('"'))
            return {};
        const std::string_view text = c.run([](char x) { return x != '"'; });
        return c.character('"') ? text : std::string_view();
    }
    case 1: { // ^\s*from\s+([\w.]+)\s+import\b
        Cursor c = afterKeyword(line, "from");
        if (c.at == std::string_view::npos)
            return {};
        const std::string_view module = c.wordsAnd('.');
        // A shorter module would leave a [\w.] byte where \s+ must be: the longest is the only one.
        if (module.empty() || !c.spaces() || !c.literal("import") || (c.at < line.size() && isWord(line[c.at])))
            return {};
        return module;
    }
    case 2: // \bfrom\s+['"]([^'"]+)['"]  (ES modules name the module after `from`)
        return leftmost(line, {"from"}, [](Cursor& c) { return c.spaces() ? c.quoted() : std::string_view(); });
    case 3: { // ^\s*import\s+(?:static\s+)?([\w.]+)
        Cursor c = afterKeyword(line, "import");
        if (c.at == std::string_view::npos)
            return {};
        // With `static ` taken, or (PCRE's second try) without it: then `static` is the name.
        if (Cursor s = c; s.literal("static") && s.spaces())
            if (const auto name = s.wordsAnd('.'); !name.empty())
                return name;
        return c.wordsAnd('.');
    }
    case 4: // \brequire(?:_relative)?\s*\(?\s*['"]([^'"]+)['"]
    case 8: // \b(?:include|require)(?:_once)?\s*\(?\s*['"]([^'"]+)['"]
        // Without the optional suffix, its first byte ('_') would have to be \s, '(' or a quote.
        return leftmost(line,
            k == 4 ? std::initializer_list<std::string_view> {"require"}
                   : std::initializer_list<std::string_view> {"include", "require"},
            [k](Cursor& c) {
                c.literal(k == 4 ? "_relative" : "_once");
                c.spaces();
                c.character('(');
                c.spaces();
                return c.quoted();
            });
    case 5: { // ^\s*import\s+['"]([^'"]+)['"]
        Cursor c = afterKeyword(line, "import");
        return c.at == std::string_view::npos ? std::string_view() : c.quoted();
    }
    case 6: { // ^\s*(?:pub\s+)?(?:use|mod)\s+([\w:]+)
        Cursor c {line};
        c.spaces();
        // Without `pub `, `use` or `mod` would have to start where `pub` does.
        if (Cursor p = c; p.literal("pub") && p.spaces())
            c = p;
        if ((!c.literal("use") && !c.literal("mod")) || !c.spaces())
            return {};
        return c.wordsAnd(':');
    }
    case 7: { // ^\s*using\s+([\w.]+)\s*;
        Cursor c = afterKeyword(line, "using");
        if (c.at == std::string_view::npos)
            return {};
        const std::string_view name = c.wordsAnd('.');
        c.spaces();
        return !name.empty() && c.character(';') ? name : std::string_view();
    }
    default:
        return {};
    }
}

} // namespace

std::string_view importOnLine(std::string_view line, unsigned patterns)
{
    for (unsigned k = 0; k < kImportPatternCount; ++k)
        if (patterns & (1u << k))
            if (const auto target = importPattern(line, k); !target.empty())
                return target;
    return {};
}

namespace {

// Byte classes of the one-pass scanner. Identifier bytes are [A-Za-z0-9_] and every non-ASCII
// byte, so UTF-8 names stay one word.
enum ByteClass : unsigned char
{
    kOther,
    kIdent,
    kSpace,
    kNewline,
    kAmp,
    kPipe,
    kOpen,
    kClose
};

constexpr auto kClass = [] {
    std::array<unsigned char, 256> t {};
    for (int c = 0; c < 256; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80)
            t[size_t(c)] = kIdent;
    }
    t[size_t(' ')] = t[size_t('\t')] = t[size_t('\r')] = kSpace;
    t[size_t('\n')] = kNewline;
    t[size_t('&')] = kAmp;
    t[size_t('|')] = kPipe;
    t[size_t('{')] = kOpen;
    t[size_t('}')] = kClose;
    return t;
}();

// First letters of the branch keywords and import words below: other words need no comparison.
constexpr std::string_view kKeywordFirstLetters = "icefwugmr";

constexpr auto kKeywordStart = [] {
    std::array<bool, 256> t {};
    for (unsigned char c : kKeywordFirstLetters)
        t[c] = true;
    return t;
}();

bool isBranchKeyword(std::string_view w)
{
    switch (w.size()) {
    case 2:
        return w == "if";
    case 3:
        return w == "for";
    case 4:
        return w == "case" || w == "elif" || w == "when";
    case 5:
        return w == "while" || w == "catch" || w == "elsif" || w == "until" || w == "guard";
    case 6:
        return w == "except" || w == "unless";
    case 7:
        return w == "foreach";
    default:
        return false;
    }
}

// Words that may start an import statement (the regexes below decide), one bit each.
enum ImportWord : unsigned
{
    kInclude = 1, // include…
    kImport = 2,
    kFrom = 4,
    kRequire = 8, // require…
    kUse = 16, // use, using
    kMod = 32
};

unsigned importWordOf(std::string_view w)
{
    if (w == "import")
        return kImport;
    if (w == "from")
        return kFrom;
    if (w == "use" || w == "using")
        return kUse;
    if (w == "mod")
        return kMod;
    if (w.starts_with("include"))
        return kInclude;
    if (w.starts_with("require"))
        return kRequire;
    return 0;
}

// The import words whose lines are read for the import patterns of `patterns` (bit k = pattern k
// of importOnLine): `include` and `import` in every language (a preprocessor line, `#include "…"`
// or `#import "…"`), and those a line these patterns accept can hold. A line is read when its
// first such word is met, and every line a pattern accepts holds one of the pattern's own words,
// so other words need not be looked at.
unsigned importWordsOf(unsigned patterns)
{
    static constexpr unsigned kWordsOfPattern[] = {
        kInclude | kImport, kFrom | kImport, kFrom, kImport, kRequire, kImport, kUse | kMod, kUse, kInclude | kRequire};
    unsigned words = kInclude | kImport;
    for (std::size_t k = 0; k < std::size(kWordsOfPattern); ++k)
        if (patterns & (1u << k))
            words |= kWordsOfPattern[k];
    return words;
}

// Which import patterns (bit k = pattern k of importOnLine) a language can use; languages
// not listed try them all. Patterns of other languages would only match prose in comments.
unsigned importPatternsOf(const QString& language)
{
    static const QHash<QString, unsigned> masks = [] {
        QHash<QString, unsigned> m;
        const auto set = [&m](std::initializer_list<const char*> names, unsigned mask) {
            for (const char* n : names)
                m.insert(QString::fromLatin1(n), mask);
        };
        set({"C", "C Header", "C++", "Objective-C", "Objective-C++", "CUDA", "OpenCL", "GLSL", "HLSL"}, 1u << 0);
        set({"Python"}, (1u << 1) | (1u << 3));
        set({"JavaScript", "TypeScript", "CoffeeScript", "Vue", "Svelte"}, (1u << 2) | (1u << 4) | (1u << 5));
        set({"Java", "Kotlin", "Scala", "Groovy", "Swift", "Haskell", "Julia", "Nim"}, 1u << 3);
        set({"Go", "Dart"}, (1u << 3) | (1u << 5));
        set({"Rust"}, 1u << 6);
        set({"C#"}, 1u << 7);
        set({"Ruby", "Crystal", "Lua"}, 1u << 4);
        set({"Perl", "Elixir"}, (1u << 3) | (1u << 4) | (1u << 6));
        set({"PHP"}, 1u << 8);
        return m;
    }();
    return masks.value(language, ~0u);
}

// The import patterns (bit i of importPatternsOf), applied to the lines that hold an import word.
struct ImportReader
{
    std::string_view content;
    unsigned patterns;
    QStringList& imports;
    std::size_t lineEnd = 0; // the line of the last import word read ends here

    // The import patterns over the line [start, eol), one of whose words may start an import.
    void readLine(std::size_t start, std::size_t eol)
    {
        if (imports.size() >= 500)
            return;
        // A preprocessor line can only be a quoted #include / #import (pattern 0), and
        // `#include <…>` never is.
        const std::string_view line = content.substr(start, eol - start);
        const std::size_t first = line.find_first_not_of(" \t");
        const bool directive = first != std::string_view::npos && line[first] == '#';
        if (const auto target = importOnLine(line, directive ? 1u : patterns); !target.empty())
            add(QString::fromUtf8(target.data(), qsizetype(target.size())));
    }

    // The line around the import word at `at`, unless that line was read already.
    void readAround(std::size_t at)
    {
        if (at < lineEnd)
            return;
        const std::size_t n = content.size();
        const void* nl = std::memchr(content.data() + at, '\n', n - at);
        const std::size_t eol = nl ? std::size_t(static_cast<const char*>(nl) - content.data()) : n;
        std::size_t start = at;
        while (start > 0 && content[start - 1] != '\n')
            --start;
        readLine(start, eol);
        lineEnd = eol;
    }

    void add(const QString& target)
    {
        if (!imports.contains(target))
            imports << target;
    }
};

// Byte masks of one 64-byte block (bit i = byte i): identifier bytes, bytes that are not blank
// (' ', '\t', '\r'), newlines, '&' / '|', braces, and the first letters of kKeywordStart (words
// starting otherwise are never read).
struct BlockMasks
{
    quint64 ident = 0;
    quint64 keyStart = 0;
    quint64 text = 0;
    quint64 newline = 0;
    quint64 logical = 0;
    quint64 braces = 0;
};

#if defined(ASSAY_SOURCE_METRICS_SSE2)
inline quint64 movemask16(__m128i v)
{
    return quint64(unsigned(_mm_movemask_epi8(v)));
}

inline __m128i inRange(__m128i v, char lo, char hi)
{
    const __m128i a = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(lo)), v);
    const __m128i b = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(hi)), v);
    return _mm_and_si128(a, b);
}

BlockMasks classify(const unsigned char* p, unsigned /*importWords*/)
{
    BlockMasks m;
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        const __m128i letter = inRange(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
        const __m128i ident
            = _mm_or_si128(_mm_or_si128(letter, inRange(v, '0', '9')), _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
        const __m128i blank
            = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
                _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
        const __m128i newline = _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'));
        const __m128i logical
            = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('&')), _mm_cmpeq_epi8(v, _mm_set1_epi8('|')));
        const __m128i braces
            = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('{')), _mm_cmpeq_epi8(v, _mm_set1_epi8('}')));
        __m128i keyStart = _mm_setzero_si128();
        for (const char c : kKeywordFirstLetters)
            keyStart = _mm_or_si128(keyStart, _mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
        const int shift = 16 * k;
        m.keyStart |= movemask16(keyStart) << shift;
        m.ident |= (movemask16(ident) | movemask16(v)) << shift; // every non-ASCII byte is a name byte
        m.text |= (~movemask16(_mm_or_si128(blank, newline)) & 0xffffu) << shift;
        m.newline |= movemask16(newline) << shift;
        m.logical |= movemask16(logical) << shift;
        m.braces |= movemask16(braces) << shift;
    }
    return m;
}
#if defined(ASSAY_SOURCE_METRICS_DISPATCH)
// Functions with a target attribute cannot call helpers without it inline, hence macros.
#define ASSAY_EQ512(c) _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(c))
#define ASSAY_RANGE512(x, lo, hi)                                                                                      \
    (_mm512_cmpge_epu8_mask(x, _mm512_set1_epi8(lo)) & _mm512_cmple_epu8_mask(x, _mm512_set1_epi8(hi)))

__attribute__((target("avx512bw"))) BlockMasks classifyAvx512(const unsigned char* p, unsigned importWords)
{
    const __m512i v = _mm512_loadu_si512(p);
    const __m512i folded = _mm512_or_si512(v, _mm512_set1_epi8(0x20));
    BlockMasks m;
    // Every non-ASCII byte is a name byte (its top bit is set).
    m.ident
        = ASSAY_RANGE512(folded, 'a', 'z') | ASSAY_RANGE512(v, '0', '9') | ASSAY_EQ512('_') | _mm512_movepi8_mask(v);
    m.newline = ASSAY_EQ512('\n');
    m.text = ~(ASSAY_EQ512(' ') | ASSAY_EQ512('\t') | ASSAY_EQ512('\r') | m.newline);
    m.logical = ASSAY_EQ512('&') | ASSAY_EQ512('|');
    m.braces = ASSAY_EQ512('{') | ASSAY_EQ512('}');
    // Word starts are narrowed to the first letters of a branch keyword (if, for, cas(e), cat(ch),
    // eli(f), els(if), whe(n), whi(le), exc(ept), unl(ess), unt(il), gua(rd)) or of an import word
    // the file's language can use (inc(lude), imp(ort), fro(m), req(uire), use, usi(ng), mod):
    // masks are cheap here, events are not ("return", "int" and "else" are most of a C file's
    // words). The block's last bytes cannot see the next ones and stay starts for the word check.
    const quint64 a = ASSAY_EQ512('a'), c = ASSAY_EQ512('c'), d = ASSAY_EQ512('d'), e = ASSAY_EQ512('e');
    const quint64 f = ASSAY_EQ512('f'), g = ASSAY_EQ512('g'), h = ASSAY_EQ512('h'), i = ASSAY_EQ512('i');
    const quint64 l = ASSAY_EQ512('l'), mm = ASSAY_EQ512('m'), n = ASSAY_EQ512('n'), o = ASSAY_EQ512('o');
    const quint64 pp = ASSAY_EQ512('p'), q = ASSAY_EQ512('q'), r = ASSAY_EQ512('r'), s = ASSAY_EQ512('s');
    const quint64 t = ASSAY_EQ512('t'), u = ASSAY_EQ512('u'), w = ASSAY_EQ512('w'), x = ASSAY_EQ512('x');
#define ASSAY_N1(bits) (((bits) >> 1) | (quint64(1) << 63))
#define ASSAY_N2(bits) (((bits) >> 2) | (quint64(3) << 62))
    const auto on = [importWords](unsigned word) { return (importWords & word) ? ~quint64(0) : quint64(0); };
    m.keyStart = (i & ASSAY_N1(f)) | (f & ASSAY_N1(o) & ASSAY_N2(r)) | (c & ASSAY_N1(a) & ASSAY_N2(s | t))
        | (e & ASSAY_N1(l) & ASSAY_N2(i | s)) | (w & ASSAY_N1(h) & ASSAY_N2(e | i)) | (e & ASSAY_N1(x) & ASSAY_N2(c))
        | (u & ASSAY_N1(n) & ASSAY_N2(l | t)) | (g & ASSAY_N1(u) & ASSAY_N2(a))
        | (on(kInclude) & i & ASSAY_N1(n) & ASSAY_N2(c)) | (on(kImport) & i & ASSAY_N1(mm) & ASSAY_N2(pp))
        | (on(kFrom) & f & ASSAY_N1(r) & ASSAY_N2(o)) | (on(kRequire) & r & ASSAY_N1(e) & ASSAY_N2(q))
        | (on(kUse) & u & ASSAY_N1(s) & ASSAY_N2(e | i)) | (on(kMod) & mm & ASSAY_N1(o) & ASSAY_N2(d));
#undef ASSAY_N1
#undef ASSAY_N2
    return m;
}
#undef ASSAY_EQ512
#undef ASSAY_RANGE512

#define ASSAY_EQ256(c) _mm256_cmpeq_epi8(v, _mm256_set1_epi8(c))
#define ASSAY_RANGE256(x, lo, hi)                                                                                      \
    _mm256_and_si256(_mm256_cmpeq_epi8(_mm256_max_epu8(x, _mm256_set1_epi8(lo)), x),                                   \
        _mm256_cmpeq_epi8(_mm256_min_epu8(x, _mm256_set1_epi8(hi)), x))
#define ASSAY_MASK256(x) quint64(unsigned(_mm256_movemask_epi8(x)))

__attribute__((target("avx2"))) BlockMasks classifyAvx2(const unsigned char* p, unsigned /*importWords*/)
{
    BlockMasks m;
    for (int k = 0; k < 2; ++k) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * k));
        const __m256i folded = _mm256_or_si256(v, _mm256_set1_epi8(0x20));
        const __m256i ident = _mm256_or_si256(
            _mm256_or_si256(ASSAY_RANGE256(folded, 'a', 'z'), ASSAY_RANGE256(v, '0', '9')), ASSAY_EQ256('_'));
        const __m256i newline = ASSAY_EQ256('\n');
        const __m256i space = _mm256_or_si256(
            _mm256_or_si256(ASSAY_EQ256(' '), ASSAY_EQ256('\t')), _mm256_or_si256(ASSAY_EQ256('\r'), newline));
        __m256i keyStart = _mm256_setzero_si256();
        for (const char c : kKeywordFirstLetters)
            keyStart = _mm256_or_si256(keyStart, ASSAY_EQ256(c));
        const int shift = 32 * k;
        m.ident |= (ASSAY_MASK256(ident) | ASSAY_MASK256(v)) << shift;
        m.text |= (~ASSAY_MASK256(space) & 0xffffffffu) << shift;
        m.newline |= ASSAY_MASK256(newline) << shift;
        m.logical |= ASSAY_MASK256(_mm256_or_si256(ASSAY_EQ256('&'), ASSAY_EQ256('|'))) << shift;
        m.braces |= ASSAY_MASK256(_mm256_or_si256(ASSAY_EQ256('{'), ASSAY_EQ256('}'))) << shift;
        m.keyStart |= ASSAY_MASK256(keyStart) << shift;
    }
    return m;
}
#undef ASSAY_EQ256
#undef ASSAY_RANGE256
#undef ASSAY_MASK256
#endif
#else
// Without SSE2: each byte's flags from a table, eight bytes at a time, each flag's eight bits
// gathered into one byte by a multiplication.
enum : unsigned char
{
    kFlagIdent = 1,
    kFlagText = 2,
    kFlagNewline = 4,
    kFlagLogical = 8,
    kFlagBrace = 16,
    kFlagKeyStart = 32
};

constexpr auto kFlags = [] {
    std::array<unsigned char, 256> t {};
    for (int c = 0; c < 256; ++c) {
        const auto cls = kClass[size_t(c)];
        unsigned char f = cls == kSpace || cls == kNewline ? 0 : kFlagText;
        if (cls == kIdent)
            f |= kFlagIdent;
        if (cls == kNewline)
            f |= kFlagNewline;
        if (cls == kAmp || cls == kPipe)
            f |= kFlagLogical;
        if (cls == kOpen || cls == kClose)
            f |= kFlagBrace;
        if (kKeywordStart[size_t(c)])
            f |= kFlagKeyStart;
        t[size_t(c)] = f;
    }
    return t;
}();

BlockMasks classify(const unsigned char* p, unsigned /*importWords*/)
{
    BlockMasks m;
    for (int w = 0; w < 8; ++w) {
        quint64 flags = 0;
        for (int k = 0; k < 8; ++k)
            flags |= quint64(kFlags[p[8 * w + k]]) << (8 * k);
        const auto gather = [flags, w](int bit) {
            return (((flags >> bit) & 0x0101010101010101ULL) * 0x0102040810204080ULL) >> 56 << (8 * w);
        };
        m.ident |= gather(0);
        m.text |= gather(1);
        m.newline |= gather(2);
        m.logical |= gather(3);
        m.braces |= gather(4);
        m.keyStart |= gather(5);
    }
    return m;
}
#endif

// The one pass, with the byte classifier the processor runs fastest. Inlined into one function
// per instruction set (below), so that the classifier is inlined into the loop too.
#if defined(__GNUC__) || defined(__clang__)
#define ASSAY_ALWAYS_INLINE [[gnu::always_inline]] inline
#else
#define ASSAY_ALWAYS_INLINE inline
#endif
template <BlockMasks (*classify)(const unsigned char*, unsigned)>
ASSAY_ALWAYS_INLINE SourceMetrics measureWith(std::string_view content, const QString& language)
{
    SourceMetrics m;
    const bool indentation = language == QLatin1String("Python") || language == QLatin1String("YAML")
        || language == QLatin1String("Nim") || language == QLatin1String("CoffeeScript");
    const unsigned patterns = importPatternsOf(language);
    const unsigned importWords = importWordsOf(patterns);
    const auto* bytes = reinterpret_cast<const unsigned char*>(content.data());
    const std::size_t n = content.size();
    ImportReader imports {content, patterns, m.imports};

    // A line ends at each newline (and at the end of the text): it counts when it holds a byte
    // that is not blank; an indentation language's nesting is its leading blanks' width / 4;
    // a line holding an import word goes through the import patterns.
    std::size_t lineStart = 0;
    bool lineHasText = false;
    bool maybeImport = false;
    auto endLine = [&](std::size_t eol) {
        if (lineHasText) {
            ++m.lines;
            int width = 0;
            for (std::size_t i = lineStart; i < eol && kClass[bytes[i]] == kSpace; ++i)
                width += bytes[i] == '\t' ? 4 : (bytes[i] == ' ' ? 1 : 0);
            m.maxNesting = std::max(m.maxNesting, width / 4);
        }
        if (maybeImport)
            imports.readLine(lineStart, eol);
        lineStart = eol + 1;
        lineHasText = false;
        maybeImport = false;
    };

    int depth = 0;
    std::size_t pairEnd = 0; // a `&&` / `||` ending here has been counted: its second byte is not a start
    quint64 prevIdent = 0; // whether the byte before the block is a name byte
    // Brace languages count their lines without an event per newline. A line holds text when a
    // text byte comes after the newline before it, so its newline is the first one in a run of
    // non-text bytes: within each run the carry of an addition started at the run's first blank
    // goes through its blanks and stops on its first newline (or on the text that ends it).
    quint64 prevNonText = 1; // the byte before the text counts as a newline: a blank first line is not counted
    quint64 blankCarry = 0; // the previous block ended inside such a carry
    std::size_t lastText = 0, lastNewline = 0; // 1 + position, 0 = none
    alignas(16) unsigned char tail[64];
    for (std::size_t base = 0; base < n; base += 64) {
        const std::size_t len = std::min<std::size_t>(64, n - base);
        const unsigned char* p = bytes + base;
        if (len < 64) {
            std::memset(tail, ' ', sizeof tail);
            std::memcpy(tail, p, len);
            p = tail;
        }
        const BlockMasks b = classify(p, importWords);
        const quint64 starts = b.ident & ~((b.ident << 1) | prevIdent);
        prevIdent = b.ident >> 63;
        // The block's events in order of position: word starts, `&` / `|`, braces (newlines for
        // indentation languages, which measure each line).
        quint64 events = (starts & b.keyStart) | b.logical | (indentation ? b.newline : b.braces);
        quint64 text = b.text;
        if (!indentation) {
            const quint64 nonText = ~b.text;
            const quint64 blanks = nonText & ~b.newline;
            const quint64 runStarts = nonText & ~((nonText << 1) | prevNonText);
            prevNonText = nonText >> 63;
            quint64 sum = 0;
            const bool over1 = __builtin_add_overflow(blanks, runStarts & blanks, &sum);
            const bool over2 = __builtin_add_overflow(sum, blankCarry, &sum);
            blankCarry = (over1 || over2) ? 1 : 0;
            const quint64 firstNewlines = (sum & b.newline) | (runStarts & b.newline);
            m.lines += std::popcount(firstNewlines);
            if (b.text)
                lastText = base + 64 - std::size_t(std::countl_zero(b.text));
            if (b.newline)
                lastNewline = base + 64 - std::size_t(std::countl_zero(b.newline));
        }
        while (events) {
            const int bit = std::countr_zero(events);
            events &= events - 1;
            const std::size_t at = base + std::size_t(bit);
            const unsigned char c = bytes[at];
            if (c == '\n') {
                // Text before the newline belongs to this line.
                const quint64 below = bit == 0 ? 0 : (text & ((quint64(1) << bit) - 1));
                lineHasText = lineHasText || below != 0;
                text &= ~((quint64(2) << bit) - 1);
                endLine(at);
                continue;
            }
            if (c == '&' || c == '|') {
                if (at < pairEnd)
                    continue;
                if (at + 1 < n && bytes[at + 1] == c) {
                    ++m.branches;
                    pairEnd = at + 2;
                }
                continue;
            }
            if (c == '{') {
                m.maxNesting = std::max(m.maxNesting, ++depth);
                continue;
            }
            if (c == '}') {
                if (depth > 0)
                    --depth;
                continue;
            }
            // A word that starts like a branch keyword or an import word (the others are not events).
            // The word's end from the block's name-byte mask; a word running past the block ends
            // byte by byte.
            const quint64 after = ~(b.ident >> bit);
            std::size_t end = at + std::size_t(std::countr_zero(after));
            if (std::size_t(bit) + (end - at) >= 64)
                for (end = base + 64; end < n && kClass[bytes[end]] == kIdent;)
                    ++end;
            const std::string_view word(content.data() + at, end - at);
            if (isBranchKeyword(word)) {
                ++m.branches;
            } else if (!maybeImport && (importWordOf(word) & importWords)) {
                if (indentation) {
                    maybeImport = true; // read at the line's end
                } else {
                    imports.readAround(at);
                }
            }
        }
        if (indentation) { // text after the block's last newline belongs to the line still open
            if (len < 64)
                text &= (quint64(1) << len) - 1;
            lineHasText = lineHasText || text != 0;
        }
    }
    if (indentation) {
        if (lineStart < n)
            endLine(n);
    } else if (lastText > lastNewline) {
        ++m.lines; // a last line with text and no newline
    }
    return m;
}

SourceMetrics measureBaseline(std::string_view content, const QString& language)
{
    return measureWith<classify>(content, language);
}

#if defined(ASSAY_SOURCE_METRICS_DISPATCH)
__attribute__((target("avx2"))) SourceMetrics measureAvx2(std::string_view content, const QString& language)
{
    return measureWith<classifyAvx2>(content, language);
}

__attribute__((target("avx512bw"))) SourceMetrics measureAvx512(std::string_view content, const QString& language)
{
    return measureWith<classifyAvx512>(content, language);
}
#endif

} // namespace

bool supports(SourceMetricsIsa isa)
{
    switch (isa) {
    case SourceMetricsIsa::Baseline:
        return true;
#if defined(ASSAY_SOURCE_METRICS_DISPATCH)
    case SourceMetricsIsa::Avx2:
        return __builtin_cpu_supports("avx2");
    case SourceMetricsIsa::Avx512:
        return __builtin_cpu_supports("avx512bw");
#endif
    default:
        return false;
    }
}

SourceMetrics measureSource(std::string_view content, const QString& language, SourceMetricsIsa isa)
{
#if defined(ASSAY_SOURCE_METRICS_DISPATCH)
    if (isa == SourceMetricsIsa::Avx512 && supports(isa))
        return measureAvx512(content, language);
    if (isa == SourceMetricsIsa::Avx2 && supports(isa))
        return measureAvx2(content, language);
#else
    Q_UNUSED(isa);
#endif
    return measureBaseline(content, language);
}

SourceMetrics measureSource(std::string_view content, const QString& language)
{
    static const SourceMetricsIsa best = supports(SourceMetricsIsa::Avx512) ? SourceMetricsIsa::Avx512
        : supports(SourceMetricsIsa::Avx2)                                  ? SourceMetricsIsa::Avx2
                                                                            : SourceMetricsIsa::Baseline;
    return measureSource(content, language, best);
}

namespace {

// The literals whose matches start the words importWordOf accepts (bit k = ImportWord 1 << k).
constexpr const char* kImportLiterals[][2] = {{"include", nullptr}, {"import", nullptr}, {"from", nullptr},
    {"require", nullptr}, {"use", "using"}, {"mod", nullptr}};
constexpr unsigned kImportWordCount = std::size(kImportLiterals);

// One vectorscan database per set of import words (case-sensitive literals), compiled when first
// needed; nullptr when it could not be.
const hs_database_t* importDatabase(unsigned words)
{
    static std::once_flag once[1u << kImportWordCount];
    static hs_database_t* databases[1u << kImportWordCount] = {};
    std::call_once(once[words], [words] {
        std::vector<const char*> literals;
        for (unsigned k = 0; k < kImportWordCount; ++k)
            if (words & (1u << k))
                for (const char* literal : kImportLiterals[k])
                    if (literal)
                        literals.push_back(literal);
        std::vector<unsigned> flags(literals.size(), 0), ids(literals.size());
        for (unsigned i = 0; i < ids.size(); ++i)
            ids[i] = unsigned(std::strlen(literals[i])); // the id is the length: a match's start is its end - id
        hs_compile_error_t* error = nullptr;
        if (hs_compile_multi(literals.data(), flags.data(), ids.data(), unsigned(literals.size()), HS_MODE_BLOCK,
                nullptr, &databases[words], &error)
            != HS_SUCCESS) {
            qCWarning(lcAudit) << "import words do not compile:" << (error ? error->message : "");
            hs_free_compile_error(error);
            databases[words] = nullptr;
        }
    });
    return databases[words];
}

// A thread's scratch, grown once to fit each database it is used with (a grown scratch still fits
// the databases it fitted before).
struct ImportScratch
{
    hs_scratch_t* scratch = nullptr;
    std::uint64_t fits = 0; // bit w: grown for importDatabase(w) already
    ~ImportScratch()
    {
        if (scratch)
            hs_free_scratch(scratch);
    }
    bool fit(const hs_database_t* db, unsigned words)
    {
        static_assert((1u << kImportWordCount) <= 64);
        if (fits & (std::uint64_t(1) << words))
            return true;
        if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS)
            return false;
        fits |= std::uint64_t(1) << words;
        return true;
    }
};

} // namespace

QStringList readImports(std::string_view content, const QString& language)
{
    const unsigned patterns = importPatternsOf(language);
    const unsigned importWords = importWordsOf(patterns);
    const hs_database_t* db = importDatabase(importWords);
    thread_local ImportScratch scratch;
    if (!db || content.size() > 0xFFFFFFFFu || !scratch.fit(db, importWords))
        return measureSource(content, language).imports;
    // Where each literal starts; a word is read when it starts there and is an import word.
    std::vector<std::size_t> starts;
    hs_scan(
        db, content.data(), unsigned(content.size()), 0, scratch.scratch,
        [](unsigned id, unsigned long long, unsigned long long to, unsigned, void* context) {
            static_cast<std::vector<std::size_t>*>(context)->push_back(std::size_t(to) - id);
            return 0;
        },
        &starts);
    std::sort(starts.begin(), starts.end());
    QStringList imports;
    ImportReader reader {content, patterns, imports};
    const auto isIdent = [&content](std::size_t i) { return kClass[static_cast<unsigned char>(content[i])] == kIdent; };
    for (const std::size_t at : starts) {
        if (at < reader.lineEnd || (at > 0 && isIdent(at - 1)))
            continue;
        std::size_t end = at;
        while (end < content.size() && isIdent(end))
            ++end;
        if (importWordOf(content.substr(at, end - at)) & importWords)
            reader.readAround(at);
    }
    return imports;
}

} // namespace assay::licenses
