// SPDX-License-Identifier: GPL-3.0-or-later
// Dependency manifests and lockfiles (audit/deps ManifestParser), every supported format.
// Input: one byte that selects the format (its file name, below), then the file's content. If the
// content holds two NUL bytes in a row, what follows them is what a sibling read returns
// (package.json next to a lockfile, a parent pom.xml, `-r` includes, …).
#include "FuzzSupport.h"

#include "audit/deps/ManifestParser.h"

#include <array>

using namespace assay::audit::deps;

namespace {

constexpr std::array kFiles {"package-lock.json", "npm-shrinkwrap.json", "package.json", "yarn.lock",
    "pnpm-lock.yaml", "Pipfile.lock", "poetry.lock", "uv.lock", "pyproject.toml", "go.mod", "go.sum", "Cargo.lock",
    "pom.xml", "gradle.lockfile", "Gemfile.lock", "composer.lock", "packages.lock.json", "vcpkg.json",
    "conanfile.txt", "conan.lock", "Package.resolved", "pubspec.lock", "Cargo.toml", "Pipfile", "Gemfile",
    "build.gradle", "build.gradle.kts", "gradle/libs.versions.toml", "src/App.csproj", "requirements.txt",
    "requirements/base.txt", "gradle/dependency-locks/compile.lockfile"};

} // namespace

ASSAY_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    const QString path = QString::fromLatin1(kFiles[data[0] % kFiles.size()]);
    std::string_view content = assay::fuzz::view(data + 1, size - 1);
    std::optional<std::string> sibling;
    if (const auto cut = content.find(std::string_view("\0\0", 2)); cut != std::string_view::npos) {
        sibling = std::string(content.substr(cut + 2));
        content = content.substr(0, cut);
    }
    int siblingReads = 0;
    const SiblingReader reader = [&](const QString&) -> std::optional<std::string> {
        // A parent that names itself as its parent must not make the parser loop for ever.
        if (++siblingReads > 1000)
            assay::fuzz::fail("a manifest parser read more than 1000 sibling files");
        return sibling;
    };
    if (!ManifestParser::isManifest(path))
        assay::fuzz::fail("a supported manifest name is not recognised");
    (void)ManifestParser::parse(path, content, reader);
    return 0;
}
