// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceMetrics.h"

#include <QRegularExpression>

#include <algorithm>

namespace assay::licenses {

namespace {

bool isIdent(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

int countBranches(std::string_view line)
{
    static const std::string_view keywords[] = {"if", "for", "while", "case", "catch", "elif", "except", "foreach",
        "elsif", "unless", "until", "when", "guard"};
    int n = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        if (isIdent(line[i])) {
            const std::size_t start = i;
            while (i < line.size() && isIdent(line[i]))
                ++i;
            const auto word = line.substr(start, i - start);
            for (const auto& k : keywords)
                if (word == k) {
                    ++n;
                    break;
                }
            continue;
        }
        if (i + 1 < line.size() && ((line[i] == '&' && line[i + 1] == '&') || (line[i] == '|' && line[i + 1] == '|'))) {
            ++n;
            i += 2;
            continue;
        }
        ++i;
    }
    return n;
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
        QRegularExpression(QStringLiteral("^\\s*import\\s+(?:static\\s+)?([\\w.]+)")),
        QRegularExpression(QStringLiteral("\\bfrom\\s+['\"]([^'\"]+)['\"]")),
        QRegularExpression(QStringLiteral("\\brequire(?:_relative)?\\s*\\(?\\s*['\"]([^'\"]+)['\"]")),
        QRegularExpression(QStringLiteral("^\\s*import\\s+['\"]([^'\"]+)['\"]")),
        QRegularExpression(QStringLiteral("^\\s*(?:pub\\s+)?(?:use|mod)\\s+([\\w:]+)")),
        QRegularExpression(QStringLiteral("^\\s*using\\s+([\\w.]+)\\s*;")),
        QRegularExpression(QStringLiteral("\\b(?:include|require)(?:_once)?\\s*\\(?\\s*['\"]([^'\"]+)['\"]")),
    };
    int depth = 0;
    std::size_t pos = 0;
    while (pos < content.size()) {
        auto eol = content.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = content.size();
        const std::string_view line = content.substr(pos, eol - pos);
        pos = eol + 1;
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string_view::npos)
            continue;
        ++m.lines;
        m.branches += countBranches(line);
        if (indentation) {
            int width = 0;
            for (std::size_t i = 0; i < first; ++i)
                width += line[i] == '\t' ? 4 : 1;
            m.maxNesting = std::max(m.maxNesting, width / 4);
        } else {
            for (char c : line) {
                if (c == '{')
                    m.maxNesting = std::max(m.maxNesting, ++depth);
                else if (c == '}' && depth > 0)
                    --depth;
            }
        }
        const bool maybeImport = line.find("import") != std::string_view::npos
            || line.find("include") != std::string_view::npos || line.find("require") != std::string_view::npos
            || line.find("use ") != std::string_view::npos || line.find("using ") != std::string_view::npos
            || line.find("mod ") != std::string_view::npos;
        if (!maybeImport || m.imports.size() >= 500)
            continue;
        const QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
        for (const auto& re : importRes) {
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
