// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ManifestParser.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// Helpers shared by the per-ecosystem parser files (not part of the module's public API).
namespace assay::audit::deps::detail {

std::string withoutCredentials(std::string s);

struct Ctx
{
    QString manifest;
    SiblingReader sibling;
    ParsedManifest* out = nullptr;

    std::optional<std::string> read(const QString& rel) const { return sibling ? sibling(rel) : std::nullopt; }
    // Warnings quote manifest lines: URLs lose any user:secret@ part first.
    void warn(const QString& message) const
    {
        out->warnings << QString::fromStdString(withoutCredentials(message.toStdString()));
    }
};

struct DepSpec
{
    DepSpec(std::string_view eco, std::string n, std::string v, bool isExact)
        : ecosystem(eco)
        , name(std::move(n))
        , version(std::move(v))
        , exact(isExact)
    { }

    std::string_view ecosystem;
    std::string name;
    std::string version;
    bool exact = true;
    std::string scope = "runtime";
    bool direct = false;
    std::vector<std::string> licenses;
    std::string purlNamespace; // when the purl namespace is not derivable from the name (maven group)
    std::string purlName; // when the purl name differs from the name (maven artifact)
    std::map<std::string, std::string> qualifiers;
};

// Builds the Dependency (purl included) and appends it to ctx.out.
void add(const Ctx& ctx, DepSpec spec);
// The purl of a dependency (without version when the version is not exact).
std::string purlFor(const DepSpec& spec);

std::string trim(std::string_view s);
std::string lower(std::string_view s);
std::vector<std::string> splitLines(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
bool startsWith(std::string_view s, std::string_view prefix);
bool endsWith(std::string_view s, std::string_view suffix);
std::string unquote(std::string_view s);
QString q(const std::string& s);

// Classifies graph nodes by reachability: nodes reachable from `runtimeRoots` are runtime, those
// reachable only from `devRoots` are dev. Returns node → "runtime" | "dev"; unreached nodes absent.
std::map<std::string, std::string> classifyByReachability(const std::map<std::string, std::vector<std::string>>& edges,
    const std::vector<std::string>& runtimeRoots, const std::vector<std::string>& devRoots);

// Direct dependencies of a package.json: name → scope ("runtime", "dev", "optional").
struct NpmRoots
{
    std::map<std::string, std::string> direct; // name → scope
    std::map<std::string, std::string> ranges; // name → declared range
    bool present = false;
};
NpmRoots readPackageJsonRoots(const Ctx& ctx);

// Parsers, one per format (ecosystem files).
void parsePackageLock(const Ctx& ctx, std::string_view content);
void parsePackageJson(const Ctx& ctx, std::string_view content);
void parseYarnLock(const Ctx& ctx, std::string_view content);
void parsePnpmLock(const Ctx& ctx, std::string_view content);
void parseRequirements(const Ctx& ctx, std::string_view content);
void parsePipfileLock(const Ctx& ctx, std::string_view content);
void parsePoetryLock(const Ctx& ctx, std::string_view content);
void parseUvLock(const Ctx& ctx, std::string_view content);
void parsePyproject(const Ctx& ctx, std::string_view content);
void parseGoMod(const Ctx& ctx, std::string_view content);
void parseGoSum(const Ctx& ctx, std::string_view content);
void parseCargoLock(const Ctx& ctx, std::string_view content);
void parsePom(const Ctx& ctx, std::string_view content);
void parseGradleLock(const Ctx& ctx, std::string_view content);
void parseGemfileLock(const Ctx& ctx, std::string_view content);
void parseComposerLock(const Ctx& ctx, std::string_view content);
void parseNugetLock(const Ctx& ctx, std::string_view content);
void parseCsproj(const Ctx& ctx, std::string_view content);
void parseVcpkgJson(const Ctx& ctx, std::string_view content);
void parseConanfileTxt(const Ctx& ctx, std::string_view content);
void parseConanLock(const Ctx& ctx, std::string_view content);
void parsePackageResolved(const Ctx& ctx, std::string_view content);
void parsePubspecLock(const Ctx& ctx, std::string_view content);
void parseCargoToml(const Ctx& ctx, std::string_view content);
void parsePipfile(const Ctx& ctx, std::string_view content);
void parseGemfile(const Ctx& ctx, std::string_view content);
void parseGradleBuild(const Ctx& ctx, std::string_view content);
void parseGradleCatalog(const Ctx& ctx, std::string_view content);

// Thrown by a parser for a file that is not in the expected format; turned into an Error.
struct ParseFailure
{
    std::string message;
};

} // namespace assay::audit::deps::detail
