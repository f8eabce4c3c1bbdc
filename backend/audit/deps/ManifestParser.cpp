// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManifestParser.h"

#include "Ecosystem.h"
#include "ParserSupport.h"
#include "Purl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>
#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <deque>

namespace assay::audit::deps {

using namespace detail;

namespace {

using ParseFn = void (*)(const Ctx&, std::string_view);

struct Format
{
    ParseFn parse = nullptr;
    bool lockfile = false;
};

QString baseName(const QString& path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

std::optional<Format> formatFor(const QString& path)
{
    if (path.startsWith(QLatin1String("node_modules/")) || path.contains(QLatin1String("/node_modules/")))
        return std::nullopt; // installed packages' own manifests are not the project's dependencies
    const QString name = baseName(path);
    const QString lowerName = name.toLower();
    struct Entry
    {
        const char* name;
        ParseFn fn;
        bool lock;
    };
    static const Entry exact[] = {
        {"package-lock.json", parsePackageLock, true},
        {"npm-shrinkwrap.json", parsePackageLock, true},
        {"package.json", parsePackageJson, false},
        {"yarn.lock", parseYarnLock, true},
        {"pnpm-lock.yaml", parsePnpmLock, true},
        {"Pipfile.lock", parsePipfileLock, true},
        {"poetry.lock", parsePoetryLock, true},
        {"uv.lock", parseUvLock, true},
        {"pyproject.toml", parsePyproject, false},
        {"go.mod", parseGoMod, true},
        {"go.sum", parseGoSum, true},
        {"Cargo.lock", parseCargoLock, true},
        {"pom.xml", parsePom, false},
        {"gradle.lockfile", parseGradleLock, true},
        {"Gemfile.lock", parseGemfileLock, true},
        {"gems.locked", parseGemfileLock, true},
        {"composer.lock", parseComposerLock, true},
        {"packages.lock.json", parseNugetLock, true},
        {"vcpkg.json", parseVcpkgJson, false},
        {"conanfile.txt", parseConanfileTxt, false},
        {"conan.lock", parseConanLock, true},
        {"Package.resolved", parsePackageResolved, true},
        {"pubspec.lock", parsePubspecLock, true},
        {"Cargo.toml", parseCargoToml, false},
        {"Pipfile", parsePipfile, false},
        {"Gemfile", parseGemfile, false},
        {"gems.rb", parseGemfile, false},
        {"build.gradle", parseGradleBuild, false},
        {"build.gradle.kts", parseGradleBuild, false},
        {"libs.versions.toml", parseGradleCatalog, false},
    };
    for (const auto& e : exact)
        if (name == QLatin1String(e.name))
            return Format {e.fn, e.lock};
    if (lowerName.endsWith(QLatin1String(".csproj")) || lowerName.endsWith(QLatin1String(".fsproj"))
        || lowerName.endsWith(QLatin1String(".vbproj")))
        return Format {parseCsproj, false};
    if (lowerName.endsWith(QLatin1String(".lockfile")) && path.contains(QLatin1String("gradle"), Qt::CaseInsensitive))
        return Format {parseGradleLock, true};
    if (lowerName.endsWith(QLatin1String(".txt"))
        && (lowerName.startsWith(QLatin1String("requirements")) || lowerName.endsWith(QLatin1String("requirements.txt"))
            || path.contains(QLatin1String("requirements/"))))
        return Format {parseRequirements, false};
    return std::nullopt;
}

} // namespace

bool ManifestParser::isManifest(const QString& path)
{
    return formatFor(path).has_value();
}

bool ManifestParser::isLockfile(const QString& path)
{
    const auto f = formatFor(path);
    return f && f->lockfile;
}

Result<ParsedManifest> ManifestParser::parse(
    const QString& path, std::string_view content, const SiblingReader& sibling)
{
    const auto format = formatFor(path);
    if (!format)
        return Error::validation(QStringLiteral("%1 is not a supported manifest or lockfile.").arg(path));
    ParsedManifest out;
    out.lockfile = format->lockfile;
    Ctx ctx {path, sibling, &out};
    try {
        format->parse(ctx, content);
    } catch (const ParseFailure& e) {
        return Error::unprocessable(
            QStringLiteral("%1 could not be parsed: %2").arg(path, q(withoutCredentials(e.message))));
    } catch (const nlohmann::json::exception& e) {
        return Error::unprocessable(
            QStringLiteral("%1 is not valid JSON: %2").arg(path, q(withoutCredentials(e.what()))));
    } catch (const toml::parse_error& e) {
        return Error::unprocessable(
            QStringLiteral("%1 is not valid TOML: %2").arg(path, q(withoutCredentials(std::string(e.description())))));
    } catch (const YAML::Exception& e) {
        return Error::unprocessable(
            QStringLiteral("%1 is not valid YAML: %2").arg(path, q(withoutCredentials(e.what()))));
    } catch (const std::exception& e) {
        return Error::unprocessable(
            QStringLiteral("%1 could not be parsed: %2").arg(path, q(withoutCredentials(e.what()))));
    }
    return out;
}

SiblingReader ManifestParser::fileSystemReader(const QString& root, const QString& manifestPath)
{
    const QString cleanRoot = QDir::cleanPath(QDir(root).absolutePath());
    const QString dir = QFileInfo(manifestPath).path();
    return [cleanRoot, dir](const QString& rel) -> std::optional<std::string> {
        const QString full = QDir::cleanPath(cleanRoot + QLatin1Char('/') + dir + QLatin1Char('/') + rel);
        if (!full.startsWith(cleanRoot + QLatin1Char('/')))
            return std::nullopt; // never read outside the repository
        const QFileInfo info(full);
        if (!info.isFile() || info.size() > 64 * 1024 * 1024)
            return std::nullopt;
        QFile f(full);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray bytes = f.readAll();
        return std::string(bytes.constData(), size_t(bytes.size()));
    };
}

namespace detail {

std::string purlFor(const DepSpec& spec)
{
    Purl p;
    p.type = purlType(spec.ecosystem);
    if (p.type.empty())
        p.type = "generic";
    std::string name = spec.name;
    if (!spec.purlNamespace.empty()) {
        p.ns = spec.purlNamespace;
    } else if (p.type == "npm" || p.type == "golang" || p.type == "composer" || p.type == "swift") {
        // The name's leading path is the namespace: @scope/name, github.com/x/y, vendor/name.
        const auto slash = name.rfind('/');
        if (slash != std::string::npos) {
            p.ns = name.substr(0, slash);
            name = name.substr(slash + 1);
        }
    }
    p.name = spec.purlName.empty() ? name : spec.purlName;
    if (spec.exact)
        p.version = spec.version;
    p.qualifiers = spec.qualifiers;
    return p.toString();
}

std::string withoutCredentials(std::string s)
{
    // scheme://user:secret@host → scheme://host, wherever a URL appears in the text.
    size_t pos = 0;
    while ((pos = s.find("://", pos)) != std::string::npos) {
        const size_t hostStart = pos + 3;
        const size_t end = s.find_first_of("/ \t\"'", hostStart);
        const size_t at = s.rfind('@', end == std::string::npos ? s.size() : end);
        if (at != std::string::npos && at >= hostStart)
            s.erase(hostStart, at + 1 - hostStart);
        pos = hostStart;
    }
    return s;
}

void add(const Ctx& ctx, DepSpec spec)
{
    spec.name = withoutCredentials(trim(spec.name));
    spec.version = withoutCredentials(trim(spec.version));
    if (spec.name.empty())
        return;
    if (spec.version.empty())
        spec.exact = false;
    Dependency d;
    d.name = q(spec.name);
    d.version = spec.version.empty() ? QString() : q(spec.version);
    d.ecosystem = q(std::string(spec.ecosystem));
    d.purl = q(purlFor(spec));
    d.scope = q(spec.scope);
    d.direct = spec.direct;
    d.versionExact = spec.exact;
    d.manifest = ctx.manifest;
    for (const auto& l : spec.licenses)
        if (!trim(l).empty())
            d.licenses << q(trim(l));
    ctx.out->dependencies.push_back(std::move(d));
}

std::string trim(std::string_view s)
{
    while (!s.empty() && std::isspace((unsigned char)s.front()))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace((unsigned char)s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::vector<std::string> splitLines(std::string_view s)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t end = s.find('\n', start);
        if (end == std::string_view::npos)
            end = s.size();
        std::string line(s.substr(start, end - start));
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        out.push_back(std::move(line));
        start = end + 1;
    }
    return out;
}

std::vector<std::string> split(std::string_view s, char sep)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (true) {
        const size_t pos = s.find(sep, start);
        out.emplace_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
        if (pos == std::string_view::npos)
            break;
        start = pos + 1;
    }
    return out;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string unquote(std::string_view s)
{
    std::string t = trim(s);
    if (t.size() >= 2 && ((t.front() == '"' && t.back() == '"') || (t.front() == '\'' && t.back() == '\'')))
        return t.substr(1, t.size() - 2);
    return t;
}

QString q(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::map<std::string, std::string> classifyByReachability(const std::map<std::string, std::vector<std::string>>& edges,
    const std::vector<std::string>& runtimeRoots, const std::vector<std::string>& devRoots)
{
    std::map<std::string, std::string> out;
    auto walk = [&](const std::vector<std::string>& roots, const std::string& label) {
        std::deque<std::string> queue(roots.begin(), roots.end());
        while (!queue.empty()) {
            std::string node = std::move(queue.front());
            queue.pop_front();
            if (out.count(node))
                continue;
            out[node] = label;
            if (auto it = edges.find(node); it != edges.end())
                for (const auto& next : it->second)
                    if (!out.count(next))
                        queue.push_back(next);
        }
    };
    walk(runtimeRoots, "runtime");
    walk(devRoots, "dev");
    return out;
}

NpmRoots readPackageJsonRoots(const Ctx& ctx)
{
    NpmRoots roots;
    const auto text = ctx.read(QStringLiteral("package.json"));
    if (!text)
        return roots;
    const auto j = nlohmann::json::parse(*text, nullptr, false);
    if (!j.is_object())
        return roots;
    roots.present = true;
    const std::pair<const char*, const char*> sections[] = {{"peerDependencies", "runtime"},
        {"optionalDependencies", "optional"}, {"devDependencies", "dev"}, {"dependencies", "runtime"}};
    for (const auto& [key, scope] : sections) {
        const auto it = j.find(key);
        if (it == j.end() || !it->is_object())
            continue;
        for (const auto& [name, range] : it->items()) {
            roots.direct[name] = scope;
            if (range.is_string())
                roots.ranges[name] = range.get<std::string>();
        }
    }
    return roots;
}

} // namespace detail

} // namespace assay::audit::deps
