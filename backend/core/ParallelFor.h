// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

// Runs body(begin, end) over contiguous chunks of [0, count) on the machine's cores and returns
// when every chunk is done. For CPU-bound loops whose iterations touch disjoint data (one file
// record each); a chunk may keep memos of its own. Small loops run on the calling thread.
namespace assay {

template <typename Body> void parallelFor(std::size_t count, Body&& body, std::size_t minChunk = 1024)
{
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t chunks = std::min(cores, std::max<std::size_t>(1, count / std::max<std::size_t>(1, minChunk)));
    if (chunks <= 1) {
        body(std::size_t(0), count);
        return;
    }
    const std::size_t step = (count + chunks - 1) / chunks;
    std::vector<std::thread> threads;
    threads.reserve(chunks - 1);
    for (std::size_t c = 1; c < chunks; ++c) {
        const std::size_t begin = std::min(count, c * step);
        const std::size_t end = std::min(count, begin + step);
        threads.emplace_back([&body, begin, end] { body(begin, end); });
    }
    body(std::size_t(0), std::min(count, step));
    for (auto& t : threads)
        t.join();
}

} // namespace assay
