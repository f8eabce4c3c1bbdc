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

} // namespace assay
