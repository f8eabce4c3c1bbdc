// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <atomic>
#include <string>
#include <vector>

namespace assay::audit {

// One file to audit, as a source lists it.
struct SourceEntry
{
    QString path; // relative to the root, '/'-separated
    QString absolutePath; // on disk; empty for git blobs
    qint64 size = -1; // -1 when the listing does not know it yet
    QByteArray blobId; // git object id (raw) for git trees
};

// What an audit walks: a plain folder or a git tree at a ref. list() runs once; read() is
// called concurrently from worker threads and must be thread-safe.
class SourceTree
{
public:
    virtual ~SourceTree() = default;

    virtual Result<std::vector<SourceEntry>> list(const std::atomic<bool>& cancelled) = 0;
    // Reads at most `maxBytes` of the file into `out` (reusing its storage). Sets `size` to the
    // full size. Errors are per file (unreadable, vanished) and do not stop the audit.
    virtual Status read(const SourceEntry& entry, qint64 maxBytes, std::string& out, qint64& size) const = 0;

    // The folder on disk that holds the files (for detectors reading e.g. .assayignore).
    virtual QString root() const = 0;
    // Files passed over while listing (symlinks out of the root, devices, sockets, FIFOs…).
    virtual qint64 skipped() const { return 0; }
};

} // namespace assay::audit
