// SPDX-License-Identifier: GPL-3.0-or-later
// Go (go.mod, go.sum), Rust (Cargo.lock), Ruby (Gemfile.lock), PHP (composer.lock), C/C++
// (vcpkg.json, conanfile.txt, conan.lock), Swift (Package.resolved), Dart (pubspec.lock).
#include "Ecosystem.h"
#include "ParserSupport.h"
#include "VersionOrder.h"

#include <nlohmann/json.hpp>
#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

namespace assay::audit::deps::detail {

using nlohmann::json;

void parseGoMod(const Ctx& ctx, std::string_view content)
{
    struct Req
    {
        std::string version;
        bool indirect = false;
    };
    std::map<std::string, Req> reqs;
    std::map<std::string, std::pair<std::string, std::string>> replaces; // old → (new path, version)
    std::string block;
    for (const auto& raw : splitLines(content)) {
        std::string line = raw;
        std::string comment;
        if (const auto c = line.find("//"); c != std::string::npos) {
            comment = trim(line.substr(c + 2));
            line = line.substr(0, c);
        }
        line = trim(line);
        if (line.empty())
            continue;
        if (line == ")") {
            block.clear();
            continue;
        }
        std::string directive = block;
        std::string rest = line;
        if (block.empty()) {
            const auto sp = line.find_first_of(" \t");
            directive = line.substr(0, sp);
            rest = sp == std::string::npos ? std::string() : trim(line.substr(sp));
            if (rest == "(") {
                block = directive;
                continue;
            }
        }
        std::vector<std::string> f;
        for (const auto& tok : split(rest, ' '))
            if (!trim(tok).empty())
                f.push_back(unquote(tok));
        if (directive == "require" && f.size() >= 2) {
            reqs[f[0]] = {f[1], comment.find("indirect") != std::string::npos};
        } else if (directive == "replace") {
            const auto arrow = std::find(f.begin(), f.end(), "=>");
            if (arrow == f.end() || arrow == f.begin())
                continue;
            const std::string old = *f.begin();
            const auto target = arrow + 1;
            if (target == f.end())
                continue;
            replaces[old] = {*target, target + 1 != f.end() ? *(target + 1) : std::string()};
        }
    }
    for (const auto& [path, r] : reqs) {
        std::string name = path, version = r.version;
        if (const auto rep = replaces.find(path); rep != replaces.end()) {
            if (rep->second.second.empty())
                continue; // replaced by a local directory: the project's own code
            name = rep->second.first;
            version = rep->second.second;
        }
        DepSpec s {eco::go, name, version, VersionOrder::isValid(VersionOrder::Scheme::Go, version)};
        s.direct = !r.indirect;
        add(ctx, std::move(s));
    }
}

void parseGoSum(const Ctx& ctx, std::string_view content)
{
    // Since Go 1.17 go.mod lists every module needed to build the main module's packages and tests
    // (graph pruning); go.sum also keeps hashes of modules only consulted, e.g. dependencies' test
    // dependencies. With such a go.mod beside it, go.sum adds no component.
    if (const auto mod = ctx.read(QStringLiteral("go.mod"))) {
        for (const auto& raw : splitLines(*mod)) {
            const std::string line = trim(raw);
            if (!startsWith(line, "go "))
                continue;
            const auto parts = split(trim(line.substr(3)), '.');
            const int major = parts.size() > 0 ? std::atoi(parts[0].c_str()) : 0;
            const int minor = parts.size() > 1 ? std::atoi(parts[1].c_str()) : 0;
            if (major > 1 || (major == 1 && minor >= 17))
                return;
        }
    }
    // Module zip hashes only ("/go.mod" lines are build-list metadata); the newest version of each
    // module is the one minimal version selection keeps.
    std::map<std::string, std::string> newest;
    for (const auto& raw : splitLines(content)) {
        std::vector<std::string> f;
        for (const auto& tok : split(trim(raw), ' '))
            if (!tok.empty())
                f.push_back(tok);
        if (f.size() < 3 || endsWith(f[1], "/go.mod"))
            continue;
        auto& v = newest[f[0]];
        if (v.empty() || VersionOrder::compare(VersionOrder::Scheme::Go, f[1], v) > 0)
            v = f[1];
    }
    for (const auto& [name, version] : newest) {
        DepSpec s {eco::go, name, version, true};
        add(ctx, std::move(s));
    }
}

void parseCargoLock(const Ctx& ctx, std::string_view content)
{
    const toml::table t = toml::parse(content);
    struct Pkg
    {
        std::string name, version;
        bool local = false;
        std::vector<std::string> deps;
    };
    std::vector<Pkg> pkgs;
    std::map<std::string, std::vector<std::string>> versionsByName;
    if (const auto* arr = t.get_as<toml::array>("package"))
        for (const auto& item : *arr) {
            const auto* p = item.as_table();
            if (!p)
                continue;
            Pkg k;
            k.name = p->get("name") ? p->get("name")->value_or(std::string()) : std::string();
            k.version = p->get("version") ? p->get("version")->value_or(std::string()) : std::string();
            k.local = !p->contains("source"); // workspace members and path dependencies
            if (const auto* deps = p->get_as<toml::array>("dependencies"))
                for (const auto& d : *deps)
                    if (const auto s = d.value<std::string>())
                        k.deps.push_back(*s);
            versionsByName[k.name].push_back(k.version);
            pkgs.push_back(std::move(k));
        }
    // "name", "name version" or "name version (source)" → node id "name@version"
    auto resolve = [&](const std::string& d) {
        const auto f = split(d, ' ');
        if (f.size() >= 2)
            return f[0] + "@" + f[1];
        const auto& vs = versionsByName[f[0]];
        return vs.empty() ? f[0] : f[0] + "@" + vs.front();
    };
    std::map<std::string, std::vector<std::string>> edges;
    std::set<std::string> directIds;
    std::vector<std::string> runtimeRoots, devRoots;
    std::set<std::string> devNames;
    if (const auto manifest = ctx.read(QStringLiteral("Cargo.toml"))) {
        try {
            const toml::table m = toml::parse(*manifest);
            if (const auto* dev = m.get_as<toml::table>("dev-dependencies"))
                for (const auto& [k, v] : *dev)
                    devNames.insert(std::string(k.str()));
            if (const auto* deps = m.get_as<toml::table>("dependencies"))
                for (const auto& [k, v] : *deps)
                    devNames.erase(std::string(k.str()));
        } catch (const toml::parse_error&) { }
    }
    for (const auto& p : pkgs) {
        const std::string id = p.name + "@" + p.version;
        for (const auto& d : p.deps)
            edges[id].push_back(resolve(d));
        if (p.local)
            for (const auto& d : p.deps) {
                const std::string target = resolve(d);
                directIds.insert(target);
                (devNames.count(split(d, ' ')[0]) ? devRoots : runtimeRoots).push_back(target);
            }
    }
    const auto cls = classifyByReachability(edges, runtimeRoots, devRoots);
    for (const auto& p : pkgs) {
        if (p.local || p.name.empty() || p.version.empty())
            continue;
        const std::string id = p.name + "@" + p.version;
        DepSpec s {eco::cargo, p.name, p.version, true};
        s.direct = directIds.count(id);
        if (const auto c = cls.find(id); c != cls.end())
            s.scope = c->second;
        add(ctx, std::move(s));
    }
}

void parseGemfileLock(const Ctx& ctx, std::string_view content)
{
    struct Gem
    {
        std::string name, version, platform;
        bool local = false;
    };
    std::vector<Gem> gems;
    std::set<std::string> direct;
    std::string section;
    for (const auto& raw : splitLines(content)) {
        if (raw.empty())
            continue;
        if (raw[0] != ' ') {
            section = trim(raw);
            continue;
        }
        const size_t indent = raw.find_first_not_of(' ');
        const std::string line = trim(raw);
        if (section == "DEPENDENCIES" && indent == 2) {
            std::string name = line.substr(0, line.find_first_of(" !("));
            direct.insert(name);
        } else if ((section == "GEM" || section == "GIT" || section == "PATH") && indent == 4) {
            // "name (1.2.3)" or "name (1.2.3-x86_64-linux)"
            const auto open = line.find(" ("), close = line.rfind(')');
            if (open == std::string::npos || close == std::string::npos)
                continue;
            Gem g;
            g.name = line.substr(0, open);
            g.version = line.substr(open + 2, close - open - 2);
            if (const auto dash = g.version.find('-'); dash != std::string::npos) {
                g.platform = g.version.substr(dash + 1);
                g.version = g.version.substr(0, dash);
            }
            g.local = section == "PATH";
            gems.push_back(g);
        }
    }
    std::set<std::string> seen;
    for (const auto& g : gems) {
        if (g.local || !seen.insert(g.name + "@" + g.version).second)
            continue;
        DepSpec s {eco::rubygems, g.name, g.version, true};
        s.direct = direct.count(g.name);
        if (!g.platform.empty())
            s.qualifiers["platform"] = g.platform;
        add(ctx, std::move(s));
    }
}

void parseComposerLock(const Ctx& ctx, std::string_view content)
{
    const json j = json::parse(content);
    if (!j.is_object())
        throw ParseFailure {"the document is not a JSON object"};
    std::set<std::string> direct;
    if (const auto manifest = ctx.read(QStringLiteral("composer.json"))) {
        const auto m = json::parse(*manifest, nullptr, false);
        if (m.is_object())
            for (const char* section : {"require", "require-dev"})
                if (const auto it = m.find(section); it != m.end() && it->is_object())
                    for (const auto& [k, _] : it->items())
                        direct.insert(lower(k));
    }
    for (const auto& [section, scope] : {std::pair {"packages", "runtime"}, std::pair {"packages-dev", "dev"}}) {
        const auto it = j.find(section);
        if (it == j.end() || !it->is_array())
            continue;
        for (const auto& p : *it) {
            const std::string name = p.value("name", std::string());
            const std::string version = p.value("version", std::string());
            DepSpec s {eco::packagist, name, version, !startsWith(version, "dev-")};
            s.scope = scope;
            s.direct = direct.count(lower(name));
            if (const auto l = p.find("license"); l != p.end() && l->is_array())
                for (const auto& x : *l)
                    if (x.is_string())
                        s.licenses.push_back(x.get<std::string>());
            add(ctx, std::move(s));
        }
    }
}

void parseVcpkgJson(const Ctx& ctx, std::string_view content)
{
    const json j = json::parse(content);
    if (!j.is_object())
        throw ParseFailure {"the document is not a JSON object"};
    std::map<std::string, std::string> overrides;
    if (const auto it = j.find("overrides"); it != j.end() && it->is_array())
        for (const auto& o : *it)
            if (o.is_object())
                for (const char* key : {"version", "version-semver", "version-date", "version-string"})
                    if (o.contains(key) && o[key].is_string())
                        overrides[o.value("name", std::string())] = o[key].get<std::string>();
    const auto deps = j.find("dependencies");
    if (deps == j.end() || !deps->is_array())
        return;
    for (const auto& d : *deps) {
        std::string name, range;
        bool host = false;
        if (d.is_string()) {
            name = d.get<std::string>();
        } else if (d.is_object()) {
            name = d.value("name", std::string());
            if (d.contains("version>=") && d["version>="].is_string())
                range = ">=" + d["version>="].get<std::string>();
            host = d.value("host", false);
        }
        DepSpec s {eco::vcpkg, name, range, false};
        if (const auto o = overrides.find(name); o != overrides.end()) {
            s.version = o->second;
            s.exact = true;
        }
        s.direct = true;
        s.scope = host ? "dev" : "runtime";
        add(ctx, std::move(s));
    }
}

namespace {

// "zlib/1.2.13@user/channel#rrev%timestamp" → name, version, user, channel
struct ConanRef
{
    std::string name, version, user, channel, revision;
};

std::optional<ConanRef> parseConanRef(std::string ref)
{
    ref = trim(ref);
    ConanRef r;
    if (const auto pct = ref.find('%'); pct != std::string::npos)
        ref = ref.substr(0, pct);
    if (const auto hash = ref.find('#'); hash != std::string::npos) {
        r.revision = ref.substr(hash + 1);
        ref = ref.substr(0, hash);
    }
    if (const auto at = ref.find('@'); at != std::string::npos) {
        const auto uc = split(ref.substr(at + 1), '/');
        r.user = uc[0];
        if (uc.size() > 1)
            r.channel = uc[1];
        ref = ref.substr(0, at);
    }
    const auto slash = ref.find('/');
    if (slash == std::string::npos)
        return std::nullopt;
    r.name = ref.substr(0, slash);
    r.version = ref.substr(slash + 1);
    if (r.name.empty())
        return std::nullopt;
    return r;
}

void addConan(const Ctx& ctx, const ConanRef& r, const std::string& scope, bool direct)
{
    const bool range = startsWith(r.version, "[");
    DepSpec s {eco::conan, r.name, r.version, !range && !r.version.empty()};
    s.scope = scope;
    s.direct = direct;
    if (!r.user.empty() && r.user != "_")
        s.qualifiers["user"] = r.user;
    if (!r.channel.empty() && r.channel != "_")
        s.qualifiers["channel"] = r.channel;
    if (!r.revision.empty())
        s.qualifiers["rrev"] = r.revision;
    add(ctx, std::move(s));
}

} // namespace

void parseConanfileTxt(const Ctx& ctx, std::string_view content)
{
    std::string section;
    for (const auto& raw : splitLines(content)) {
        const std::string line = trim(raw.substr(0, raw.find('#')));
        if (line.empty())
            continue;
        if (line.front() == '[' && line.back() == ']') {
            section = line.substr(1, line.size() - 2);
            continue;
        }
        if (section != "requires" && section != "tool_requires" && section != "build_requires"
            && section != "test_requires")
            continue;
        if (const auto r = parseConanRef(line))
            addConan(ctx, *r, section == "requires" ? "runtime" : "dev", true);
        else
            ctx.warn(QStringLiteral("unrecognised Conan reference: %1").arg(q(line)));
    }
}

void parseConanLock(const Ctx& ctx, std::string_view content)
{
    const json j = json::parse(content);
    if (!j.is_object())
        throw ParseFailure {"the document is not a JSON object"};
    if (const auto gl = j.find("graph_lock"); gl != j.end() && gl->is_object()) {
        // Conan 1: graph_lock.nodes, node "0" is the consumer.
        const auto nodes = gl->value("nodes", json::object());
        std::set<std::string> direct;
        if (nodes.contains("0"))
            for (const char* key : {"requires", "build_requires"})
                if (nodes["0"].contains(key) && nodes["0"][key].is_array())
                    for (const auto& id : nodes["0"][key])
                        if (id.is_string())
                            direct.insert(id.get<std::string>());
        for (const auto& [id, n] : nodes.items()) {
            if (id == "0" || !n.is_object() || !n.contains("ref") || !n["ref"].is_string())
                continue;
            if (const auto r = parseConanRef(n["ref"].get<std::string>()))
                addConan(
                    ctx, *r, n.value("context", std::string("host")) == "build" ? "dev" : "runtime", direct.count(id));
        }
        return;
    }
    // Conan 2: flat lists.
    for (const auto& [key, scope] :
        {std::pair {"requires", "runtime"}, std::pair {"build_requires", "dev"}, std::pair {"python_requires", "dev"}})
        if (const auto it = j.find(key); it != j.end() && it->is_array())
            for (const auto& ref : *it)
                if (ref.is_string())
                    if (const auto r = parseConanRef(ref.get<std::string>()))
                        addConan(ctx, *r, scope, false);
}

void parsePackageResolved(const Ctx& ctx, std::string_view content)
{
    const json j = json::parse(content);
    if (!j.is_object())
        throw ParseFailure {"the document is not a JSON object"};
    json pins = j.contains("pins") ? j["pins"] : j.value("object", json::object()).value("pins", json::array());
    if (!pins.is_array())
        throw ParseFailure {"no \"pins\" array"};
    for (const auto& p : pins) {
        std::string url = p.value("location", p.value("repositoryURL", std::string()));
        const json state = p.value("state", json::object());
        std::string version
            = state.contains("version") && state["version"].is_string() ? state["version"].get<std::string>() : "";
        // "https://github.com/apple/swift-nio.git" → "github.com/apple/swift-nio"
        std::string name = url;
        if (const auto scheme = name.find("://"); scheme != std::string::npos)
            name = name.substr(scheme + 3);
        // user[:token]@host/… (and git@github.com:owner/repo): credentials never become part of a name.
        if (const auto at = name.find('@'); at != std::string::npos && at < name.find('/'))
            name = name.substr(at + 1);
        std::replace(name.begin(), name.end(), ':', '/');
        if (endsWith(name, ".git"))
            name = name.substr(0, name.size() - 4);
        while (!name.empty() && name.back() == '/')
            name.pop_back();
        if (name.empty())
            continue;
        const bool exact = !version.empty();
        if (!exact && state.contains("revision") && state["revision"].is_string())
            version = state["revision"].get<std::string>(); // a branch or revision pin
        DepSpec s {eco::swift, name, version, exact};
        add(ctx, std::move(s));
    }
}

void parsePubspecLock(const Ctx& ctx, std::string_view content)
{
    const YAML::Node root = YAML::Load(std::string(content));
    const YAML::Node packages = root["packages"];
    if (!packages || !packages.IsMap())
        throw ParseFailure {"no \"packages\" mapping"};
    for (const auto& kv : packages) {
        const YAML::Node e = kv.second;
        const std::string source = e["source"] ? e["source"].as<std::string>() : "";
        if (source == "sdk" || source == "path")
            continue; // the Flutter SDK and local packages are not downloaded dependencies
        const std::string dependency = e["dependency"] ? e["dependency"].as<std::string>() : "";
        DepSpec s {eco::pub, kv.first.as<std::string>(), e["version"] ? e["version"].as<std::string>() : "", true};
        s.direct = startsWith(dependency, "direct");
        s.scope = dependency == "direct dev" ? "dev" : "runtime";
        add(ctx, std::move(s));
    }
}

} // namespace assay::audit::deps::detail
