// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineCounter.h"

#include <algorithm>
#include <cstring>

namespace assay::audit {

namespace {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

inline bool startsWith(const char* p, const char* end, const std::string& s)
{
    return size_t(end - p) >= s.size() && std::memcmp(p, s.data(), s.size()) == 0;
}

// Finds `s` in [p, end); returns end when absent.
inline const char* find(const char* p, const char* end, const std::string& s)
{
    if (s.empty() || size_t(end - p) < s.size())
        return end;
    const char first = s[0];
    while (p + s.size() <= end) {
        const void* hit = std::memchr(p, first, size_t(end - p) - s.size() + 1);
        if (!hit)
            return end;
        p = static_cast<const char*>(hit);
        if (std::memcmp(p, s.data(), s.size()) == 0)
            return p;
        ++p;
    }
    return end;
}

} // namespace

LineCounts countLines(std::string_view text, const Language* language)
{
    LineCounts counts;
    const char* p = text.data();
    const char* const end = p + text.size();
    const bool hasComments = language && (!language->lineComments.empty() || !language->blockComments.empty());
    int openBlock = -1; // index of the block comment we are inside, or -1

    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        const char* q = p;
        while (q < lineEnd && isSpace(*q))
            ++q;

        if (!hasComments) {
            if (q == lineEnd)
                ++counts.blank;
            else
                ++counts.code;
        } else if (q == lineEnd) {
            ++counts.blank;
        } else {
            bool code = false;
            bool comment = false;
            while (q < lineEnd) {
                if (openBlock >= 0) {
                    comment = true;
                    const std::string& close = language->blockComments[size_t(openBlock)].second;
                    const char* c = find(q, lineEnd, close);
                    if (c == lineEnd) {
                        q = lineEnd;
                        break;
                    }
                    q = c + close.size();
                    openBlock = -1;
                    while (q < lineEnd && isSpace(*q))
                        ++q;
                    continue;
                }
                // At a non-space position outside comments.
                bool lineComment = false;
                for (const auto& marker : language->lineComments) {
                    if (startsWith(q, lineEnd, marker)) {
                        lineComment = true;
                        break;
                    }
                }
                if (lineComment) {
                    comment = true;
                    break;
                }
                int opened = -1;
                for (size_t i = 0; i < language->blockComments.size(); ++i) {
                    if (startsWith(q, lineEnd, language->blockComments[i].first)) {
                        opened = int(i);
                        break;
                    }
                }
                if (opened >= 0) {
                    openBlock = opened;
                    q += language->blockComments[size_t(opened)].first.size();
                    comment = true;
                    continue;
                }
                // Code: the rest of the line is code, but a block comment may open later on it.
                code = true;
                // A block comment opening before any line comment on the rest of the line.
                const char* earliest = lineEnd;
                for (const auto& marker : language->lineComments)
                    earliest = std::min(earliest, find(q, earliest, marker));
                int earliestIndex = -1;
                for (size_t i = 0; i < language->blockComments.size(); ++i) {
                    const char* b = find(q, earliest, language->blockComments[i].first);
                    if (b < earliest) {
                        earliest = b;
                        earliestIndex = int(i);
                    }
                }
                if (earliestIndex >= 0) {
                    openBlock = earliestIndex;
                    q = earliest + language->blockComments[size_t(earliestIndex)].first.size();
                    continue;
                }
                break;
            }
            if (code)
                ++counts.code;
            else if (comment)
                ++counts.comment;
            else
                ++counts.blank;
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    return counts;
}

} // namespace assay::audit
