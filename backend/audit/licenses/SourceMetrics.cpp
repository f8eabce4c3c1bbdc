// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceMetrics.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

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
constexpr auto kKeywordStart = [] {
    std::array<bool, 256> t {};
    for (unsigned char c : std::string_view("icefwugmr"))
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

// Words that may start an import statement (the regexes below decide).
bool isImportWord(std::string_view w)
{
    return w == "import" || w == "use" || w == "using" || w == "mod" || w.starts_with("include")
        || w.starts_with("require") || w == "from";
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

} // namespace

SourceMetrics measureSource(std::string_view content, const QString& language)
{
    SourceMetrics m;
    const bool indentation = language == QLatin1String("Python") || language == QLatin1String("YAML")
        || language == QLatin1String("Nim") || language == QLatin1String("CoffeeScript");
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
    int depth = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(content.data());
    const std::size_t n = content.size();
    std::size_t i = 0;
    // One pass over the bytes, a line at a time: indentation, words (branch keywords, import
    // words), `&&` / `||`, braces.
    while (i < n) {
        const std::size_t lineStart = i;
        int width = 0;
        while (i < n && kClass[bytes[i]] == kSpace) {
            width += bytes[i] == '\t' ? 4 : (bytes[i] == ' ' ? 1 : 0);
            ++i;
        }
        if (i < n && bytes[i] == '\n') {
            ++i;
            continue;
        }
        if (i >= n)
            break;
        ++m.lines;
        if (indentation)
            m.maxNesting = std::max(m.maxNesting, width / 4);
        bool maybeImport = false;
        while (i < n) {
            const unsigned char c = bytes[i];
            const auto cls = kClass[c];
            if (cls == kNewline)
                break;
            if (cls == kIdent) {
                const std::size_t start = i;
                do
                    ++i;
                while (i < n && kClass[bytes[i]] == kIdent);
                if (!kKeywordStart[c])
                    continue;
                const std::string_view word(content.data() + start, i - start);
                if (isBranchKeyword(word))
                    ++m.branches;
                else if (!maybeImport && isImportWord(word))
                    maybeImport = true;
                continue;
            }
            if ((cls == kAmp || cls == kPipe) && i + 1 < n && bytes[i + 1] == c) {
                ++m.branches;
                i += 2;
                continue;
            }
            if (!indentation) {
                if (cls == kOpen)
                    m.maxNesting = std::max(m.maxNesting, ++depth);
                else if (cls == kClose && depth > 0)
                    --depth;
            }
            ++i;
        }
        const std::size_t eol = i;
        if (i < n)
            ++i; // the newline
        if (!maybeImport || m.imports.size() >= 500)
            continue;
        // A preprocessor line can only be a quoted #include / #import, and `#include <…>` never is.
        const std::string_view line = content.substr(lineStart, eol - lineStart);
        const bool directive
            = line.find_first_not_of(" \t") != std::string_view::npos && line[line.find_first_not_of(" \t")] == '#';
        if (directive && line.find('"') == std::string_view::npos)
            continue;
        const QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
        const unsigned mask = directive ? 1u : patterns;
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
    }
    return m;
}

} // namespace assay::licenses
