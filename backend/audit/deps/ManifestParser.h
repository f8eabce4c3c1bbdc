// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/AuditModel.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assay::audit::deps {

// Reads a file named relative to the manifest's folder ("package.json", "../pom.xml",
// "requirements/base.txt"); nullopt when it does not exist or cannot be read.
using SiblingReader = std::function<std::optional<std::string>(const QString& relativePath)>;

struct ParsedManifest
{
    std::vector<Dependency> dependencies;
    bool lockfile = false; // exact resolved versions (a lockfile) vs declared ranges (a manifest)
    QStringList warnings; // lines or entries that could not be understood
};

// Parses the dependency manifests and lockfiles of the supported ecosystems into Dependency
// records (name, exact version or range, OSV ecosystem, purl, scope, direct/transitive, manifest
// path, declared licenses). Stateless and thread-safe: the DependencyDetector calls it from the
// job runner's worker threads; the SBOM parity benchmark calls it directly.
class ManifestParser
{
public:
    // Whether `path` (relative, '/'-separated) names a file this parser understands.
    static bool isManifest(const QString& path);
    static bool isLockfile(const QString& path);
    // Parses `content`. `path` is recorded as Dependency::manifest; `sibling` (optional) lets a
    // parser read neighbouring files: package.json next to a lockfile for direct/dev, `-r`
    // includes, a parent pom.xml, Directory.Packages.props, Pipfile, pyproject.toml, Cargo.toml.
    static Result<ParsedManifest> parse(
        const QString& path, std::string_view content, const SiblingReader& sibling = {});
    // A SiblingReader over the real file system, rooted at `root` (reads never leave it).
    static SiblingReader fileSystemReader(const QString& root, const QString& manifestPath);
};

} // namespace assay::audit::deps
