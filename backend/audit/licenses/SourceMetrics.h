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
// The imports alone (measureSource(…).imports), for files that are never scored but may import
// one that is (fan-in): the pass looks only at words starting like an import word.
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
QStringList readImports(std::string_view content, const QString& language, SourceMetricsIsa isa);

} // namespace assay::licenses
