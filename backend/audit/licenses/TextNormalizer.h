// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Turns license-bearing text into the word stream every matcher works on, following the SPDX
// matching guidelines: case, punctuation, whitespace, comment markers (`*`, `//`, `#`, `;`, `--`),
// HTML markup and entities, list bullets, copyright lines, URL schemes and equivalent spellings
// ("licence", "acknowledgment"…) all vanish. Shared by the build-time generator of the SPDX
// resource and the runtime matcher so both sides see the same words. No Qt: it runs per file.
namespace assay::licenses {

struct TokenStream
{
    std::vector<std::uint32_t> ids; // hash of each word
    std::vector<int> lines; // 1-based source line of each word
    std::vector<std::uint32_t> offsets; // where each word starts in `text`
    std::string text; // the words joined by single spaces
    std::size_t size() const { return ids.size(); }
    // Index of the word whose text starts at or before `offset` in `text`.
    std::size_t tokenAt(std::size_t offset) const;
    // The text of words [begin, end), with the space after the last one; to the end of `text`
    // when `end` is past the last word. `begin` must be a word.
    std::string_view textOf(std::size_t begin, std::size_t end) const;
};

struct NormalizeOptions
{
    bool dropCopyrightLines = true;
    bool stripMarkup = true;
};

std::uint32_t wordHash(std::string_view word);

// Whether `s` holds `lower` (lower-case ASCII) at `at`, ASCII letters compared caselessly.
bool startsWithCaseless(std::string_view s, std::size_t at, std::string_view lower);

TokenStream normalize(std::string_view input, const NormalizeOptions& options = {});

// Splits an already normalised, space-separated word string (as stored in the resource).
TokenStream fromNormalized(std::string_view words);

} // namespace assay::licenses
