// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceMetrics.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cstring>
#include <span>

namespace assay::licenses {

namespace {

// Identifier bytes ([A-Za-z0-9_] and every non-ASCII byte, so UTF-8 names stay one word).
constexpr auto kIdent = [] {
    std::array<bool, 256> t {};
    for (int c = 0; c < 256; ++c)
        t[size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
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
    int depth = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(content.data());
    const std::size_t n = content.size();
    std::size_t pos = 0;
    // One pass over each line: words (branch keywords, import words), operators and braces.
    while (pos < n) {
        const void* nl = std::memchr(bytes + pos, '\n', n - pos);
        const std::size_t eol = nl ? std::size_t(static_cast<const unsigned char*>(nl) - bytes) : n;
        const std::size_t lineStart = pos;
        pos = eol + 1;
        std::size_t i = lineStart;
        int width = 0;
        while (i < eol && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r')) {
            width += bytes[i] == '\t' ? 4 : (bytes[i] == ' ' ? 1 : 0);
            ++i;
        }
        if (i == eol)
            continue;
        ++m.lines;
        if (indentation)
            m.maxNesting = std::max(m.maxNesting, width / 4);
        bool maybeImport = false;
        while (i < eol) {
            const unsigned char c = bytes[i];
            if (kIdent[c]) {
                const std::size_t start = i;
                while (i < eol && kIdent[bytes[i]])
                    ++i;
                const std::string_view word(content.data() + start, i - start);
                if (isBranchKeyword(word))
                    ++m.branches;
                else if (!maybeImport && isImportWord(word))
                    maybeImport = true;
                continue;
            }
            if ((c == '&' || c == '|') && i + 1 < eol && bytes[i + 1] == c) {
                ++m.branches;
                i += 2;
                continue;
            }
            if (!indentation) {
                if (c == '{')
                    m.maxNesting = std::max(m.maxNesting, ++depth);
                else if (c == '}' && depth > 0)
                    --depth;
            }
            ++i;
        }
        if (!maybeImport || m.imports.size() >= 500)
            continue;
        // A preprocessor line can only be a quoted #include / #import, and `#include <…>` never is.
        const std::string_view line = content.substr(lineStart, eol - lineStart);
        const bool directive = line.find_first_not_of(" \t") != std::string_view::npos
            && line[line.find_first_not_of(" \t")] == '#';
        if (directive && line.find('"') == std::string_view::npos)
            continue;
        const QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
        for (const auto& re : directive ? std::span(importRes, 1) : std::span(importRes)) {
            const auto match = re.match(text);
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
