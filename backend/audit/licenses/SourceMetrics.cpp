// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceMetrics.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

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

// First letters of the import words alone (include, import, from, require, use, using, mod).
constexpr std::string_view kImportFirstLetters = "ifrum";

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

// The import words that can occur in a line the import patterns of `patterns` (bit i =
// importRes[i] in measureWith) accept: a line is read when its first such word is met, and every
// line a pattern accepts holds one of the pattern's own words, so other words need not be looked
// at.
unsigned importWordsOf(unsigned patterns)
{
    static constexpr unsigned kWordsOfPattern[] = {
        kInclude | kImport, kFrom | kImport, kFrom, kImport, kRequire, kImport, kUse | kMod, kUse, kInclude | kRequire};
    unsigned words = 0;
    for (std::size_t k = 0; k < std::size(kWordsOfPattern); ++k)
        if (patterns & (1u << k))
            words |= kWordsOfPattern[k];
    return words;
}

// Which of measureSource's import patterns (bit i = importRes[i]) a language can use; languages
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

// What importRes[0] (`^\s*#\s*(?:include|import)\s*"([^"]+)"`) captures in a line, read without the
// regex (most import lines are C preprocessor lines); empty when it does not match. \s is ASCII
// whitespace, as in QRegularExpression without Unicode properties.
std::string_view quotedDirectiveTarget(std::string_view line)
{
    std::size_t i = 0;
    const auto skipSpace = [&] {
        while (i < line.size() && (line[i] == ' ' || (line[i] >= '\t' && line[i] <= '\r')))
            ++i;
    };
    skipSpace();
    if (i >= line.size() || line[i] != '#')
        return {};
    ++i;
    skipSpace();
    const std::string_view rest = line.substr(i);
    if (rest.starts_with("include"))
        i += 7;
    else if (rest.starts_with("import"))
        i += 6;
    else
        return {};
    skipSpace();
    if (i >= line.size() || line[i] != '"')
        return {};
    const std::size_t open = i + 1;
    const std::size_t close = line.find('"', open);
    return close == std::string_view::npos ? std::string_view() : line.substr(open, close - open);
}

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

// kImportsOnly: the word starts are narrowed to the import words' first letters.
template <bool kImportsOnly> BlockMasks classify(const unsigned char* p, unsigned /*importWords*/)
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
        for (const char c : kImportsOnly ? kImportFirstLetters : kKeywordFirstLetters)
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

template <bool kImportsOnly>
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
    if constexpr (!kImportsOnly)
        m.keyStart = (i & ASSAY_N1(f)) | (f & ASSAY_N1(o) & ASSAY_N2(r)) | (c & ASSAY_N1(a) & ASSAY_N2(s | t))
            | (e & ASSAY_N1(l) & ASSAY_N2(i | s)) | (w & ASSAY_N1(h) & ASSAY_N2(e | i))
            | (e & ASSAY_N1(x) & ASSAY_N2(c)) | (u & ASSAY_N1(n) & ASSAY_N2(l | t)) | (g & ASSAY_N1(u) & ASSAY_N2(a));
    m.keyStart |= (on(kInclude) & i & ASSAY_N1(n) & ASSAY_N2(c)) | (on(kImport) & i & ASSAY_N1(mm) & ASSAY_N2(pp))
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

template <bool kImportsOnly>
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
        for (const char c : kImportsOnly ? kImportFirstLetters : kKeywordFirstLetters)
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

template <bool /*kImportsOnly: the keyword starts are a superset of the import words'*/>
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
// kImportsOnly: only the imports are read (lines, branches and nesting stay 0), each where its word is.
template <BlockMasks (*classify)(const unsigned char*, unsigned), bool kImportsOnly>
ASSAY_ALWAYS_INLINE SourceMetrics measureWith(std::string_view content, const QString& language)
{
    SourceMetrics m;
    const bool indentation = !kImportsOnly
        && (language == QLatin1String("Python") || language == QLatin1String("YAML") || language == QLatin1String("Nim")
            || language == QLatin1String("CoffeeScript"));
    static const QRegularExpression importRes[] = {
        QRegularExpression(QStringLiteral("^\\s*#\\s*(?:include|import)\\s*\"([^\"]+)\"")),
        QRegularExpression(QStringLiteral("^\\s*from\\s+([\\w.]+)\\s+import\\b")),
        // ES modules name the module after `from` (`import React from 'react'`).
        QRegularExpression(QStringLiteral("\\bfrom\\s+['\"]([^'\"]+)['\"]")),
        QRegularExpression(QStringLiteral("^\\s*import\\s+(?:static\\s+)?([\\w.]+)")),
        QRegularExpression(QStringLiteral("\\brequire(?:_relative)?\\s*\\(?\\s*['\"]([^'\"]+)['\"]")),
        QRegularExpression(QStringLiteral("^\\s*import\\s+['\"]([^'\"]+)['\"]")),
        QRegularExpression(QStringLiteral("^\\s*(?:pub\\s+)?(?:use|mod)\\s+([\\w:]+)")),
        QRegularExpression(QStringLiteral("^\\s*using\\s+([\\w.]+)\\s*;")),
        QRegularExpression(QStringLiteral("\\b(?:include|require)(?:_once)?\\s*\\(?\\s*['\"]([^'\"]+)['\"]")),
    };
    const unsigned patterns = importPatternsOf(language);
    // A preprocessor line (`#include "…"`, `#import "…"`) is read in every language.
    const unsigned importWords = importWordsOf(patterns) | kInclude | kImport;
    const auto* bytes = reinterpret_cast<const unsigned char*>(content.data());
    const std::size_t n = content.size();

    // A line ends at each newline (and at the end of the text): it counts when it holds a byte
    // that is not blank; an indentation language's nesting is its leading blanks' width / 4;
    // a line holding an import word goes through the import patterns.
    std::size_t lineStart = 0;
    bool lineHasText = false;
    bool maybeImport = false;
    // The import patterns over the line [lineStart, eol), one of whose words may start an import.
    auto readImports = [&](std::size_t eol) {
        if (m.imports.size() >= 500)
            return;
        // A preprocessor line can only be a quoted #include / #import, and `#include <…>` never is.
        const std::string_view line = content.substr(lineStart, eol - lineStart);
        const std::size_t first = line.find_first_not_of(" \t");
        const bool directive = first != std::string_view::npos && line[first] == '#';
        if (directive && line.find('"') == std::string_view::npos)
            return;
        if (directive) {
            if (const auto target = quotedDirectiveTarget(line); !target.empty()) {
                const QString name = QString::fromUtf8(target.data(), qsizetype(target.size()));
                if (!m.imports.contains(name))
                    m.imports << name;
            }
            return;
        }
        const QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
        const unsigned mask = patterns;
        for (std::size_t k = 0; k < std::size(importRes); ++k) {
            if (!(mask & (1u << k)))
                continue;
            const auto match = importRes[k].match(text);
            if (match.hasMatch()) {
                const QString target = match.captured(1);
                if (!m.imports.contains(target))
                    m.imports << target;
                break;
            }
        }
    };
    // The line around the import word at `at`, read now (a brace language, or imports alone).
    std::size_t importLineEnd = 0; // the line of an import word already looked at ends here
    auto readImportsAt = [&](std::size_t at) {
        const void* nl = std::memchr(content.data() + at, '\n', n - at);
        const std::size_t eol = nl ? std::size_t(static_cast<const char*>(nl) - content.data()) : n;
        lineStart = at;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n')
            --lineStart;
        readImports(eol);
        importLineEnd = eol;
    };
    // The end of the word starting at bit `bit` of the block at `base`: from the block's name-byte
    // mask, or byte by byte when it runs past the block.
    auto wordEnd = [&](const BlockMasks& b, std::size_t base, int bit) {
        std::size_t end = base + std::size_t(bit) + std::size_t(std::countr_zero(~(b.ident >> bit)));
        if (end >= base + 64)
            for (end = base + 64; end < n && kClass[bytes[end]] == kIdent;)
                ++end;
        return end;
    };
    auto endLine = [&](std::size_t eol) {
        if (lineHasText) {
            ++m.lines;
            int width = 0;
            for (std::size_t i = lineStart; i < eol && kClass[bytes[i]] == kSpace; ++i)
                width += bytes[i] == '\t' ? 4 : (bytes[i] == ' ' ? 1 : 0);
            m.maxNesting = std::max(m.maxNesting, width / 4);
        }
        if (maybeImport)
            readImports(eol);
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
        if constexpr (kImportsOnly) {
            for (quint64 words = starts & b.keyStart; words; words &= words - 1) {
                const int bit = std::countr_zero(words);
                const std::size_t at = base + std::size_t(bit);
                if (at < importLineEnd)
                    continue;
                const std::size_t end = wordEnd(b, base, bit);
                if (importWordOf(std::string_view(content.data() + at, end - at)) & importWords)
                    readImportsAt(at);
            }
            continue;
        }
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
            const std::size_t end = wordEnd(b, base, bit);
            const std::string_view word(content.data() + at, end - at);
            if (isBranchKeyword(word)) {
                ++m.branches;
            } else if (!maybeImport && (importWordOf(word) & importWords)) {
                if (indentation)
                    maybeImport = true; // read at the line's end
                else if (at >= importLineEnd)
                    readImportsAt(at);
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

template <bool kImportsOnly> SourceMetrics measureBaseline(std::string_view content, const QString& language)
{
    return measureWith<classify<kImportsOnly>, kImportsOnly>(content, language);
}

#if defined(ASSAY_SOURCE_METRICS_DISPATCH)
template <bool kImportsOnly>
__attribute__((target("avx2"))) SourceMetrics measureAvx2(std::string_view content, const QString& language)
{
    return measureWith<classifyAvx2<kImportsOnly>, kImportsOnly>(content, language);
}

template <bool kImportsOnly>
__attribute__((target("avx512bw"))) SourceMetrics measureAvx512(std::string_view content, const QString& language)
{
    return measureWith<classifyAvx512<kImportsOnly>, kImportsOnly>(content, language);
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

namespace {

template <bool kImportsOnly>
SourceMetrics measureOn(std::string_view content, const QString& language, SourceMetricsIsa isa)
{
#if defined(ASSAY_SOURCE_METRICS_DISPATCH)
    if (isa == SourceMetricsIsa::Avx512 && supports(isa))
        return measureAvx512<kImportsOnly>(content, language);
    if (isa == SourceMetricsIsa::Avx2 && supports(isa))
        return measureAvx2<kImportsOnly>(content, language);
#else
    Q_UNUSED(isa);
#endif
    return measureBaseline<kImportsOnly>(content, language);
}

SourceMetricsIsa bestIsa()
{
    static const SourceMetricsIsa best = supports(SourceMetricsIsa::Avx512) ? SourceMetricsIsa::Avx512
        : supports(SourceMetricsIsa::Avx2)                                  ? SourceMetricsIsa::Avx2
                                                                            : SourceMetricsIsa::Baseline;
    return best;
}

} // namespace

SourceMetrics measureSource(std::string_view content, const QString& language, SourceMetricsIsa isa)
{
    return measureOn<false>(content, language, isa);
}

SourceMetrics measureSource(std::string_view content, const QString& language)
{
    return measureOn<false>(content, language, bestIsa());
}

QStringList readImports(std::string_view content, const QString& language, SourceMetricsIsa isa)
{
    return measureOn<true>(content, language, isa).imports;
}

QStringList readImports(std::string_view content, const QString& language)
{
    return measureOn<true>(content, language, bestIsa()).imports;
}

} // namespace assay::licenses
