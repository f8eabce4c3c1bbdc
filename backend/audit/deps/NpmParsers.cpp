// SPDX-License-Identifier: GPL-3.0-or-later
// npm ecosystem: package-lock.json / npm-shrinkwrap.json (v1–v3), package.json, yarn.lock (classic
// and berry), pnpm-lock.yaml (v5–v9).
#include "Ecosystem.h"
#include "ParserSupport.h"
#include "VersionOrder.h"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace assay::audit::deps::detail {

using nlohmann::json;

namespace {

std::vector<std::string> licensesOf(const json& entry)
{
    std::vector<std::string> out;
    if (const auto it = entry.find("license"); it != entry.end()) {
        if (it->is_string())
            out.push_back(it->get<std::string>());
        else if (it->is_object() && it->contains("type") && (*it)["type"].is_string())
            out.push_back((*it)["type"].get<std::string>());
    }
    if (const auto it = entry.find("licenses"); it != entry.end() && it->is_array())
        for (const auto& l : *it) {
            if (l.is_string())
                out.push_back(l.get<std::string>());
            else if (l.is_object() && l.contains("type") && l["type"].is_string())
                out.push_back(l["type"].get<std::string>());
        }
    return out;
}

// npm version strings that are not registry versions: aliases ("npm:real@1.0.0"), git, file, URL.
// Returns false for local packages (file:, link:) that are part of the project itself.
bool resolveNpmVersion(std::string& name, std::string& version, bool& exact)
{
    exact = true;
    if (startsWith(version, "npm:")) {
        const std::string spec = version.substr(4);
        const auto at = spec.rfind('@');
        if (at != std::string::npos && at > 0) {
            name = spec.substr(0, at);
            version = spec.substr(at + 1);
        }
    }
    if (startsWith(version, "file:") || startsWith(version, "link:") || startsWith(version, "workspace:"))
        return false;
    exact = VersionOrder::isValid(VersionOrder::Scheme::SemVer, version);
    return true;
}

std::string scopeOf(const json& e)
{
    const bool dev = e.value("dev", false), optional = e.value("optional", false),
               devOptional = e.value("devOptional", false);
    if (dev || devOptional)
        return "dev";
    if (optional)
        return "optional";
    return "runtime";
}

void parseLockV1Deps(const Ctx& ctx, const json& deps, const NpmRoots& roots, bool topLevel)
{
    if (!deps.is_object())
        return;
    for (const auto& [key, e] : deps.items()) {
        if (!e.is_object())
            continue;
        std::string name = key, version = e.value("version", std::string());
        bool exact = true;
        if (!version.empty() && resolveNpmVersion(name, version, exact)) {
            DepSpec s {eco::npm, name, version, exact};
            s.scope = scopeOf(e);
            s.direct = topLevel && roots.direct.count(key);
            add(ctx, std::move(s));
        }
        if (const auto it = e.find("dependencies"); it != e.end())
            parseLockV1Deps(ctx, *it, roots, false);
    }
}

} // namespace

void parsePackageLock(const Ctx& ctx, std::string_view content)
{
    const json j = json::parse(content);
    if (!j.is_object())
        throw ParseFailure {"the document is not a JSON object"};
    const auto packages = j.find("packages");
    if (packages != j.end() && packages->is_object()) {
        // v2 / v3: "node_modules/a/node_modules/b" keys; "" is the root project.
        std::map<std::string, std::string> direct;
        if (const auto root = packages->find(""); root != packages->end()) {
            const std::pair<const char*, const char*> sections[] = {{"peerDependencies", "runtime"},
                {"optionalDependencies", "optional"}, {"devDependencies", "dev"}, {"dependencies", "runtime"}};
            for (const auto& [section, scope] : sections)
                if (const auto it = root->find(section); it != root->end() && it->is_object())
                    for (const auto& [n, _] : it->items())
                        direct[n] = scope;
        }
        for (const auto& [path, e] : packages->items()) {
            if (path.empty() || !e.is_object() || e.value("link", false))
                continue;
            const auto nm = path.rfind("node_modules/");
            if (nm == std::string::npos)
                continue; // a workspace folder: the project's own code
            std::string name = e.value("name", path.substr(nm + 13));
            std::string version = e.value("version", std::string());
            bool exact = true;
            if (version.empty() || !resolveNpmVersion(name, version, exact))
                continue;
            DepSpec s {eco::npm, name, version, exact};
            s.scope = scopeOf(e);
            // Top level of the root's node_modules and named in the root package: a direct dependency.
            s.direct = nm == 0 && direct.count(path.substr(13));
            s.licenses = licensesOf(e);
            add(ctx, std::move(s));
        }
        return;
    }
    // v1: nested "dependencies"; direct ones come from the neighbouring package.json.
    const NpmRoots roots = readPackageJsonRoots(ctx);
    parseLockV1Deps(ctx, j.value("dependencies", json::object()), roots, true);
}

void parsePackageJson(const Ctx& ctx, std::string_view content)
{
    const json j = json::parse(content);
    if (!j.is_object())
        throw ParseFailure {"the document is not a JSON object"};
    const std::pair<const char*, const char*> sections[] = {{"dependencies", "runtime"}, {"devDependencies", "dev"},
        {"optionalDependencies", "optional"}, {"peerDependencies", "runtime"}};
    std::set<std::string> seen;
    for (const auto& [section, scope] : sections) {
        const auto it = j.find(section);
        if (it == j.end() || !it->is_object())
            continue;
        for (const auto& [key, value] : it->items()) {
            if (!value.is_string() || !seen.insert(key).second)
                continue;
            std::string name = key, version = value.get<std::string>();
            bool exact = true;
            if (!resolveNpmVersion(name, version, exact))
                continue;
            DepSpec s {eco::npm, name, version, exact};
            s.scope = scope;
            s.direct = true;
            add(ctx, std::move(s));
        }
    }
}

namespace {

// "@scope/name@^1.0.0" → ("@scope/name", "^1.0.0")
std::pair<std::string, std::string> splitDescriptor(std::string_view d)
{
    const auto at = d.find('@', 1);
    if (at == std::string_view::npos)
        return {std::string(d), {}};
    return {std::string(d.substr(0, at)), std::string(d.substr(at + 1))};
}

struct LockNode
{
    std::string name;
    std::string version;
    std::vector<std::string> deps; // descriptors "name@range"
};

// Marks direct dependencies and dev-only ones from the neighbouring package.json, following the
// lockfile's own dependency graph (descriptor → node).
void emitWithRoots(const Ctx& ctx, const std::map<std::string, LockNode>& nodes,
    const std::map<std::string, std::string>& descriptorToNode, const NpmRoots& roots,
    const std::string& descriptorPrefix)
{
    std::map<std::string, std::vector<std::string>> edges;
    for (const auto& [id, n] : nodes) {
        auto& out = edges[id];
        for (const auto& d : n.deps)
            if (auto it = descriptorToNode.find(d); it != descriptorToNode.end())
                out.push_back(it->second);
    }
    std::vector<std::string> runtimeRoots, devRoots;
    std::set<std::string> directNodes;
    for (const auto& [name, scope] : roots.direct) {
        const auto r = roots.ranges.find(name);
        if (r == roots.ranges.end())
            continue;
        auto it = descriptorToNode.find(name + "@" + descriptorPrefix + r->second);
        if (it == descriptorToNode.end())
            it = descriptorToNode.find(name + "@" + r->second);
        if (it == descriptorToNode.end())
            continue;
        directNodes.insert(it->second);
        (scope == "dev" ? devRoots : runtimeRoots).push_back(it->second);
    }
    const auto cls = classifyByReachability(edges, runtimeRoots, devRoots);
    for (const auto& [id, n] : nodes) {
        std::string name = n.name, version = n.version;
        bool exact = true;
        if (!resolveNpmVersion(name, version, exact))
            continue;
        DepSpec s {eco::npm, name, version, exact};
        if (roots.present) {
            const auto c = cls.find(id);
            s.scope = c == cls.end() ? "runtime" : c->second;
        }
        s.direct = directNodes.count(id);
        add(ctx, std::move(s));
    }
}

void parseYarnClassic(const Ctx& ctx, std::string_view content)
{
    std::map<std::string, LockNode> nodes;
    std::map<std::string, std::string> descriptorToNode;
    LockNode* current = nullptr;
    std::vector<std::string> currentDescriptors;
    bool inDeps = false;
    auto flush = [&] {
        if (current && !current->version.empty()) {
            const std::string id = current->name + "@" + current->version;
            auto& slot = nodes[id];
            if (slot.name.empty())
                slot = *current;
            for (const auto& d : currentDescriptors)
                descriptorToNode[d] = id;
        }
        currentDescriptors.clear();
    };
    LockNode scratch;
    for (const auto& raw : splitLines(content)) {
        if (raw.empty() || raw[0] == '#')
            continue;
        const size_t indent = raw.find_first_not_of(' ');
        const std::string line = trim(raw);
        if (indent == 0) {
            flush();
            // "a@^1, a@^1.1:" or "\"@s/a@^1\", \"@s/a@^2\":"
            std::string keys = line;
            if (!keys.empty() && keys.back() == ':')
                keys.pop_back();
            scratch = LockNode {};
            for (const auto& k : split(keys, ',')) {
                const std::string d = unquote(k);
                if (d.empty())
                    continue;
                currentDescriptors.push_back(d);
                if (scratch.name.empty()) {
                    auto [n, range] = splitDescriptor(d);
                    scratch.name = n;
                    if (startsWith(range, "npm:")) { // alias: "alias@npm:real@^1"
                        const auto [real, _] = splitDescriptor(range.substr(4));
                        scratch.name = real;
                    }
                }
            }
            current = &scratch;
            inDeps = false;
            continue;
        }
        if (!current)
            continue;
        if (indent == 2) {
            inDeps = line == "dependencies:" || line == "optionalDependencies:";
            if (startsWith(line, "version ")) {
                current->version = unquote(line.substr(8));
            }
        } else if (indent >= 4 && inDeps) {
            const auto sp = line.find(' ', line[0] == '"' ? line.find('"', 1) : 0);
            if (sp != std::string::npos)
                current->deps.push_back(unquote(line.substr(0, sp)) + "@" + unquote(line.substr(sp + 1)));
        }
    }
    flush();
    emitWithRoots(ctx, nodes, descriptorToNode, readPackageJsonRoots(ctx), "");
}

void parseYarnBerry(const Ctx& ctx, std::string_view content)
{
    const YAML::Node root = YAML::Load(std::string(content));
    if (!root.IsMap())
        throw ParseFailure {"the document is not a YAML mapping"};
    std::map<std::string, LockNode> nodes;
    std::map<std::string, std::string> descriptorToNode;
    for (const auto& kv : root) {
        const std::string key = kv.first.as<std::string>();
        if (key == "__metadata" || !kv.second.IsMap())
            continue;
        const std::string resolution
            = kv.second["resolution"] ? kv.second["resolution"].as<std::string>() : std::string();
        const auto [resName, resRef] = splitDescriptor(resolution);
        // Only registry packages: workspaces, patches, links and portals are not third-party packages.
        if (!startsWith(resRef, "npm:"))
            continue;
        LockNode n;
        n.name = resName;
        n.version = kv.second["version"] ? kv.second["version"].as<std::string>() : resRef.substr(4);
        for (const char* section : {"dependencies", "optionalDependencies"})
            if (const auto deps = kv.second[section]; deps && deps.IsMap())
                for (const auto& d : deps) {
                    std::string range = d.second.as<std::string>();
                    if (range.find(':') == std::string::npos)
                        range = "npm:" + range;
                    n.deps.push_back(d.first.as<std::string>() + "@" + range);
                }
        const std::string id = n.name + "@" + n.version;
        for (const auto& d : split(key, ','))
            descriptorToNode[trim(d)] = id;
        nodes.emplace(id, std::move(n));
    }
    emitWithRoots(ctx, nodes, descriptorToNode, readPackageJsonRoots(ctx), "npm:");
}

} // namespace

void parseYarnLock(const Ctx& ctx, std::string_view content)
{
    if (content.find("__metadata:") != std::string_view::npos)
        parseYarnBerry(ctx, content);
    else
        parseYarnClassic(ctx, content);
}

namespace {

// A pnpm package key without the peer-dependency suffix, split into name and version:
// v5 "/@scope/name/1.2.3_peer@1", v6 "/@scope/name@1.2.3(peer@1)", v9 "@scope/name@1.2.3(peer@1)".
std::pair<std::string, std::string> splitPnpmKey(std::string key, bool slashVersion)
{
    if (const auto paren = key.find('('); paren != std::string::npos)
        key = key.substr(0, paren);
    if (!key.empty() && key[0] == '/')
        key.erase(0, 1);
    if (slashVersion) {
        if (const auto us = key.find('_'); us != std::string::npos)
            key = key.substr(0, us);
        const auto slash = key.rfind('/');
        if (slash == std::string::npos)
            return {key, {}};
        return {key.substr(0, slash), key.substr(slash + 1)};
    }
    const auto at = key.find('@', 1);
    if (at == std::string::npos)
        return {key, {}};
    return {key.substr(0, at), key.substr(at + 1)};
}

// An importer's version reference: "1.2.3", "1.2.3(peer@1)", "1.2.3_peer@1", "link:../x", or a
// full key "/other/1.0.0" for aliases.
std::string pnpmRefToKey(const std::string& name, std::string ref, bool slashVersion)
{
    if (startsWith(ref, "link:") || startsWith(ref, "file:") || startsWith(ref, "workspace:"))
        return {};
    if (const auto paren = ref.find('('); paren != std::string::npos)
        ref = ref.substr(0, paren);
    if (startsWith(ref, "/") || (ref.find('@', 1) != std::string::npos && !std::isdigit((unsigned char)ref[0]))) {
        auto [n, v] = splitPnpmKey(ref, slashVersion);
        return n + "@" + v;
    }
    if (slashVersion)
        if (const auto us = ref.find('_'); us != std::string::npos)
            ref = ref.substr(0, us);
    return name + "@" + ref;
}

} // namespace

void parsePnpmLock(const Ctx& ctx, std::string_view content)
{
    const YAML::Node root = YAML::Load(std::string(content));
    if (!root.IsMap())
        throw ParseFailure {"the document is not a YAML mapping"};
    const std::string lockVersion = root["lockfileVersion"] ? root["lockfileVersion"].as<std::string>() : "5";
    const bool slashVersion = !lockVersion.empty() && lockVersion[0] == '5';

    // Importers: the project (and workspace packages) with their direct dependencies.
    std::vector<YAML::Node> importers;
    if (root["importers"] && root["importers"].IsMap()) {
        for (const auto& kv : root["importers"])
            importers.push_back(kv.second);
    } else {
        importers.push_back(root);
    }
    std::vector<std::string> runtimeRoots, devRoots, optionalRoots;
    for (const auto& imp : importers) {
        const std::pair<const char*, std::vector<std::string>*> sections[] = {
            {"dependencies", &runtimeRoots}, {"optionalDependencies", &optionalRoots}, {"devDependencies", &devRoots}};
        for (const auto& [section, target] : sections) {
            const YAML::Node deps = imp[section];
            if (!deps || !deps.IsMap())
                continue;
            for (const auto& d : deps) {
                const std::string name = d.first.as<std::string>();
                const std::string ref = d.second.IsMap()
                    ? (d.second["version"] ? d.second["version"].as<std::string>() : "")
                    : d.second.as<std::string>();
                const std::string key = pnpmRefToKey(name, ref, slashVersion);
                if (!key.empty())
                    target->push_back(key);
            }
        }
    }
    std::set<std::string> direct(runtimeRoots.begin(), runtimeRoots.end());
    direct.insert(devRoots.begin(), devRoots.end());
    direct.insert(optionalRoots.begin(), optionalRoots.end());

    struct Pkg
    {
        std::string name, version, scope;
        bool flagged = false; // scope from the lockfile's own dev/optional flags (v5, v6)
    };
    std::map<std::string, Pkg> pkgs;
    std::map<std::string, std::vector<std::string>> edges;
    auto collectEdges = [&](const std::string& id, const YAML::Node& node) {
        for (const char* section : {"dependencies", "optionalDependencies"})
            if (const YAML::Node deps = node[section]; deps && deps.IsMap())
                for (const auto& d : deps) {
                    const std::string k
                        = pnpmRefToKey(d.first.as<std::string>(), d.second.as<std::string>(), slashVersion);
                    if (!k.empty())
                        edges[id].push_back(k);
                }
    };
    if (const YAML::Node packages = root["packages"]; packages && packages.IsMap()) {
        for (const auto& kv : packages) {
            auto [name, version] = splitPnpmKey(kv.first.as<std::string>(), slashVersion);
            const YAML::Node e = kv.second;
            if (e["name"])
                name = e["name"].as<std::string>();
            if (e["version"])
                version = e["version"].as<std::string>();
            if (name.empty() || version.empty())
                continue;
            const auto [kn, kv2] = splitPnpmKey(kv.first.as<std::string>(), slashVersion);
            const std::string id = kn + "@" + kv2;
            Pkg p {name, version, "runtime"};
            if (e["dev"]) {
                p.flagged = true;
                p.scope = e["dev"].as<bool>() ? "dev" : "runtime";
            }
            if (e["optional"] && e["optional"].as<bool>()) {
                p.flagged = true;
                if (p.scope == "runtime")
                    p.scope = "optional";
            }
            pkgs[id] = p;
            collectEdges(id, e);
        }
    }
    if (const YAML::Node snapshots = root["snapshots"]; snapshots && snapshots.IsMap())
        for (const auto& kv : snapshots) {
            const auto [n, v] = splitPnpmKey(kv.first.as<std::string>(), false);
            collectEdges(n + "@" + v, kv.second);
        }
    std::vector<std::string> runtimeAll = runtimeRoots;
    runtimeAll.insert(runtimeAll.end(), optionalRoots.begin(), optionalRoots.end());
    const auto cls = classifyByReachability(edges, runtimeAll, devRoots);
    for (const auto& [id, p] : pkgs) {
        std::string name = p.name, version = p.version;
        bool exact = true;
        if (!resolveNpmVersion(name, version, exact))
            continue;
        DepSpec s {eco::npm, name, version, exact};
        if (p.flagged) {
            s.scope = p.scope;
        } else if (const auto c = cls.find(id); c != cls.end()) {
            s.scope = c->second;
        }
        s.direct = direct.count(id);
        add(ctx, std::move(s));
    }
}

} // namespace assay::audit::deps::detail
