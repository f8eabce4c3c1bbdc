// SPDX-License-Identifier: GPL-3.0-or-later
#include "Memory.h"

#include <algorithm>
#include <cstdlib> // defines __GLIBC__ on glibc
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#include <unistd.h>
#endif

namespace assay {

#if defined(__GLIBC__)
namespace {

// The memory-friendly thresholds: every block from 128 KiB up mapped on its own, and glibc's
// default trim threshold.
constexpr int kMemoryMmapThreshold = 128 * 1024;
constexpr int kMemoryTrimThreshold = 128 * 1024;

std::mutex throughputMutex;
int throughputScopes = 0;

bool thresholdsFromEnvironment()
{
    return std::getenv("MALLOC_MMAP_THRESHOLD_") || std::getenv("MALLOC_TRIM_THRESHOLD_");
}

} // namespace
#endif

void releaseFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0); // every arena, every chunk with whole free pages (glibc >= 2.8)
#endif
}

void configureAllocator()
{
#if defined(__GLIBC__)
    if (!std::getenv("MALLOC_ARENA_MAX")) {
        const long cores = sysconf(_SC_NPROCESSORS_ONLN);
        mallopt(M_ARENA_MAX, int(std::clamp(cores, 2L, 64L)));
    }
    // A fixed threshold: blocks from 128 KiB up (file contents, response bodies, result pages)
    // are mapped and unmapped on their own. glibc's default starts at 128 KiB but raises the
    // threshold to the size of every mapped block that is freed (up to 32 MiB), after which
    // such blocks are carved from the arenas and leave holes there that pin pages.
    if (!std::getenv("MALLOC_MMAP_THRESHOLD_"))
        mallopt(M_MMAP_THRESHOLD, kMemoryMmapThreshold);
#endif
}

ThroughputAllocation::ThroughputAllocation()
{
#if defined(__GLIBC__)
    std::lock_guard lock(throughputMutex);
    if (throughputScopes++ == 0 && !thresholdsFromEnvironment()) {
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // glibc's largest on 64-bit
        mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    }
#endif
}

ThroughputAllocation::~ThroughputAllocation()
{
#if defined(__GLIBC__)
    std::lock_guard lock(throughputMutex);
    if (--throughputScopes == 0 && !thresholdsFromEnvironment()) {
        mallopt(M_MMAP_THRESHOLD, kMemoryMmapThreshold);
        mallopt(M_TRIM_THRESHOLD, kMemoryTrimThreshold);
    }
#endif
}

} // namespace assay
