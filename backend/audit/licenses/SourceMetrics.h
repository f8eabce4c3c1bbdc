// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <string_view>

// Cheap structural facts about one source file for the rewriteability score: non-blank lines,
// branch keywords, deepest nesting, and the modules it imports (C/C++ #include "…", Python,
// Java/Kotlin/Scala, JS/TS, Go, Rust, C#, Ruby, PHP). Measured in one pass during scan().
namespace assay::licenses {

struct SourceMetrics
{
    int lines = 0; // non-blank lines
    int branches = 0; // if / for / while / case / catch / && / || / ?:
    int maxNesting = 0; // deepest brace or indentation level
    QStringList imports; // raw import targets as written
};

SourceMetrics measureSource(std::string_view content, const QString& language);

// The import patterns, bit k = pattern k:
//   0 ^\s*#\s*(?:include|import)\s*"([^"]+)"
//   1 ^\s*from\s+([\w.]+)\s+import\b
//   2 \bfrom\s+['"]([^'"]+)['"]
//   3 ^\s*import\s+(?:static\s+)?([\w.]+)
//   4 \brequire(?:_relative)?\s*\(?\s*['"]([^'"]+)['"]
//   5 ^\s*import\s+['"]([^'"]+)['"]
//   6 ^\s*(?:pub\s+)?(?:use|mod)\s+([\w:]+)
//   7 ^\s*using\s+([\w.]+)\s*;
//   8 \b(?:include|require)(?:_once)?\s*\(?\s*['"]([^'"]+)['"]
// read by hand (they run on every line holding an import word), with QRegularExpression's
// meaning of \s, \w and \b (ASCII; the tests hold the expressions and compare). What the first
// of `patterns` that matches `line` (one line, no newline) captures; empty when none does.
constexpr unsigned kImportPatternCount = 9;
std::string_view importOnLine(std::string_view line, unsigned patterns);
// The imports alone (measureSource(…).imports), for files that are never scored but may import
// one that is (fan-in): a vectorscan pass finds the import words, and only their lines are read.
QStringList readImports(std::string_view content, const QString& language);

// The byte classifiers measureSource chooses from (the fastest this processor runs); tests run
// each one the processor supports.
enum class SourceMetricsIsa
{
    Baseline, // SSE2 on x86-64, portable code elsewhere
    Avx2,
    Avx512
};
bool supports(SourceMetricsIsa isa);
SourceMetrics measureSource(std::string_view content, const QString& language, SourceMetricsIsa isa);

} // namespace assay::licenses
