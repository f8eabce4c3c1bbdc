// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditModel.h"

#include <QString>

#include <functional>
#include <string_view>

namespace assay {
class Database;
}

namespace assay::audit {

// One file as the walker hands it to detectors. `content` holds the file's bytes (shared by
// every detector: each file is read once) and is empty for binary files and files over the
// text-size cap. It is valid only during scan().
struct FileView
{
    QString path; // relative to the repository root, '/'-separated
    QString absolutePath; // on disk; empty when the bytes come from a git blob
    QString language; // from the language table; empty when unknown
    qint64 size = 0;
    bool binary = false;
    bool vendored = false;
    bool generated = false;
    std::string_view content;
};

// What a detector may use in finish(): the audit's options, the database (vulnerability data,
// settings; may be null in unit tests) and a cancellation probe for long work.
struct DetectorContext
{
    const AuditOptions& options;
    Database* database = nullptr;
    std::function<bool()> cancelled = [] { return false; };
};

// What a detector is built with, once per audit: the repository root on disk (for files such
// as .assayignore or a declared LICENSE), the audit's options and the database (may be null).
// Each detector library exposes a factory `std::unique_ptr<Detector> makeXxxDetector(const DetectorSetup&)`.
struct DetectorSetup
{
    QString root;
    AuditOptions options;
    Database* database = nullptr;
    // A folder detectors may keep derived data in between runs (compiled matchers); empty: none.
    QString cacheDir;
};

// A detector (STYLE.md #5): licenses, secrets, dependencies, languages… The job runner asks
// each detector whether it wants a file (cheap: path, language, size), reads the file once,
// and calls scan() on worker threads concurrently — scan() must be thread-safe. After all
// files, finish() runs once on one thread for repository-level conclusions (provenance,
// vulnerability matching, conflicts).
class Detector
{
public:
    virtual ~Detector() = default;

    virtual QString name() const = 0;
    // Whether scan() needs this file's bytes. Binary files are offered too (content empty).
    virtual bool wants(const FileView& file) const = 0;
    virtual void scan(const FileView& file, FileResult& out) const = 0;
    // Before the first scan(): the paths of the files at the top of the tree (no '/' in them),
    // where a repository declares itself (LICENSE, package.json, …).
    virtual void prepare(const QStringList& rootFiles) { Q_UNUSED(rootFiles); }
    virtual void finish(AuditReport& report, const DetectorContext& context)
    {
        Q_UNUSED(report);
        Q_UNUSED(context);
    }
};

} // namespace assay::audit
