// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

// Runs body(begin, end) over contiguous chunks of [0, count) on the machine's cores and returns
// when every chunk is done. For CPU-bound loops whose iterations touch disjoint data (one file
// record each); a chunk may keep memos of its own. There are up to kChunksPerCore chunks per core
// (each at least minChunk long), taken in turn by whichever thread is free, so a loop whose costly
// iterations cluster in one part of the range still keeps every core busy. Small loops run on the
// calling thread.
namespace assay {

inline constexpr std::size_t kChunksPerCore = 8;

// The threads parallelFor runs on at most, the caller's among them.
inline std::size_t parallelCores()
{
    return std::max(1u, std::thread::hardware_concurrency());
}

// How many chunks parallelFor cuts [0, count) into.
inline std::size_t parallelChunks(std::size_t count, std::size_t minChunk)
{
    const std::size_t cores = parallelCores();
    if (cores <= 1)
        return 1;
    return std::min(cores * kChunksPerCore, std::max<std::size_t>(1, count / std::max<std::size_t>(1, minChunk)));
}

template <typename Body> void parallelFor(std::size_t count, Body&& body, std::size_t minChunk = 1024)
{
    const std::size_t chunks = parallelChunks(count, minChunk);
    if (chunks <= 1) {
        body(std::size_t(0), count);
        return;
    }
    const std::size_t step = (count + chunks - 1) / chunks;
    std::atomic<std::size_t> next {0};
    auto work = [&] {
        for (std::size_t c; (c = next.fetch_add(1)) < chunks;) {
            const std::size_t begin = std::min(count, c * step);
            body(begin, std::min(count, begin + step));
        }
    };
    const std::size_t workers = std::min(parallelCores(), chunks);
    std::vector<std::thread> threads;
    threads.reserve(workers - 1);
    for (std::size_t t = 1; t < workers; ++t)
        threads.emplace_back(work);
    work();
    for (auto& t : threads)
        t.join();
}

} // namespace assay
