// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace assay::audit {

struct ArchiveLimits
{
    qint64 maxTotalBytes = qint64(2) * 1024 * 1024 * 1024; // unpacked
    qint64 maxEntries = 200000;
    double maxRatio = 200.0; // unpacked bytes per archive byte, beyond a few MB: a bomb
};

// Unpacks an uploaded zip, tar.gz or tar.xz (libarchive) into a folder, refusing anything
// that could escape it or exhaust the disk: absolute paths, `..` components, links, device
// files, too many entries, too many bytes, compression ratios of a bomb. On any refusal
// nothing stays behind.
class ArchiveExtractor
{
public:
    static Status extract(const QString& archivePath, const QString& destination, const ArchiveLimits& limits = {},
        const std::function<bool()>& cancelled = {});
};

} // namespace assay::audit
