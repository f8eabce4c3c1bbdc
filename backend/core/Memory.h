// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace assay {

// Hands whole free pages of the C heap back to the operating system. glibc keeps what a thread
// freed in that thread's arena; a long-running server whose audits and API threads allocate and
// free hundreds of megabytes would otherwise keep its peak as resident memory (bench/soak).
// Called after each audit; a no-op where the C library has no such call.
void releaseFreeMemory();

// At start-up, before threads: one heap arena per core instead of glibc's eight per core, so
// memory freed by one API or audit thread is reused by the others rather than kept per thread
// (bench/soak: resident memory stays within ~120-180 MiB instead of climbing past 270 MiB).
// Large blocks (>= 128 KiB) always get their own mapping, returned to the system when freed
// (bench/soak: ~20 MiB less resident memory under the same load).
// MALLOC_ARENA_MAX / MALLOC_MMAP_THRESHOLD_ in the environment still win. A no-op outside glibc.
void configureAllocator();

// While one is alive, the C heap favours throughput over resident memory: it keeps up to 64 MiB
// of freed memory at the top of each arena and carves blocks of up to 32 MiB from the arenas,
// instead of unmapping every block of 128 KiB or more and trimming each arena back as soon as
// 128 KiB is free. An audit allocates and frees file contents, token streams and results by the
// gigabyte, and handing those pages back only to fault them in again cost a third of the walk
// (bench: nodejs walk + LOC 903 -> 573 ms). When the last one ends, configureAllocator()'s
// thresholds are back; releaseFreeMemory() then returns what was kept. Scopes may nest and
// overlap across threads. MALLOC_MMAP_THRESHOLD_ / MALLOC_TRIM_THRESHOLD_ in the environment
// still win. A no-op outside glibc.
class ThroughputAllocation
{
public:
    ThroughputAllocation();
    ~ThroughputAllocation();
    ThroughputAllocation(const ThroughputAllocation&) = delete;
    ThroughputAllocation& operator=(const ThroughputAllocation&) = delete;
};

} // namespace assay
