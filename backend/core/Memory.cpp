// SPDX-License-Identifier: GPL-3.0-or-later
#include "Memory.h"

#include <algorithm>
#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#include <unistd.h>
#endif

namespace assay {

void releaseFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0); // every arena, every chunk with whole free pages (glibc >= 2.8)
#endif
}

void configureAllocator()
{
#if defined(__GLIBC__)
    if (std::getenv("MALLOC_ARENA_MAX"))
        return;
    const long cores = sysconf(_SC_NPROCESSORS_ONLN);
    mallopt(M_ARENA_MAX, int(std::clamp(cores, 2L, 64L)));
#endif
}

} // namespace assay
