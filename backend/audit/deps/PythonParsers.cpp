// SPDX-License-Identifier: GPL-3.0-or-later
// Python: requirements*.txt (with -r includes, markers, hashes, pip-compile "via" notes),
// Pipfile.lock, poetry.lock, uv.lock, pyproject.toml (PEP 621, PEP 735 groups, Poetry tables).
#include "Ecosystem.h"
#include "ParserSupport.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>
#include <toml++/toml.h>

namespace assay::audit::deps::detail {

using nlohmann::json;

namespace {

struct Pep508
{
    std::string name;
    std::string spec; // "==1.2.3", ">=1,<2", "" — or the URL of a direct reference
    bool exact = false;
    std::string version; // exact version when `exact`
    std::string marker;
    bool url = false; // a direct reference ("name @ https://…"): no registry version
};

bool isNameChar(char c)
{
    return std::isalnum((unsigned char)c) || c == '-' || c == '_' || c == '.';
}

// PEP 508 requirement: name [extras] (spec | @ url) ; marker
std::optional<Pep508> parsePep508(std::string_view text)
{
    std::string s = trim(text);
    Pep508 r;
    if (const auto semi = s.find(';'); semi != std::string::npos) {
        r.marker = trim(s.substr(semi + 1));
        s = trim(s.substr(0, semi));
    }
    size_t i = 0;
    while (i < s.size() && isNameChar(s[i]))
        ++i;
    r.name = s.substr(0, i);
    if (r.name.empty() || !std::isalnum((unsigned char)r.name[0]))
        return std::nullopt;
    std::string rest = trim(s.substr(i));
    if (!rest.empty() && rest[0] == '[') {
        const auto close = rest.find(']');
        if (close == std::string::npos)
            return std::nullopt;
        rest = trim(rest.substr(close + 1));
    }
    if (!rest.empty() && rest[0] == '@') {
        r.spec = trim(rest.substr(1));
        r.url = true;
        return r;
    }
    if (!rest.empty() && rest[0] == '(' && rest.back() == ')')
        rest = trim(rest.substr(1, rest.size() - 2));
    std::string compact;
    for (char c : rest)
        if (!std::isspace((unsigned char)c))
            compact += c;
    r.spec = compact;
    if (compact.find(',') == std::string::npos) {
        std::string v;
        if (startsWith(compact, "==="))
            v = compact.substr(3);
        else if (startsWith(compact, "=="))
            v = compact.substr(2);
        if (!v.empty() && v.find('*') == std::string::npos) {
            r.exact = true;
            r.version = v;
        }
    }
    return r;
}

bool devFileName(const QString& manifest)
{
    const QString base = QFileInfo(manifest).fileName().toLower();
    const QString dir = QFileInfo(manifest).path().toLower();
    for (const char* w : {"dev", "test", "lint", "doc", "ci"}) {
        const QString word = QString::fromLatin1(w);
        if (base.contains(QStringLiteral("-") + word) || base.contains(QStringLiteral("_") + word)
            || base.startsWith(word) || (dir.endsWith(QStringLiteral("requirements")) && base.startsWith(word)))
            return true;
    }
    return false;
}

void parseRequirementsInto(
    const Ctx& ctx, std::string_view content, const QString& relDir, std::set<QString>& visited, int depth, bool dev)
{
    // Join continuation lines, strip comments (a '#' at the start or after whitespace).
    std::vector<std::pair<std::string, std::vector<std::string>>> reqs; // line, via notes below it
    std::string pending;
    for (const auto& raw : splitLines(content)) {
        std::string line = raw;
        const std::string t = trim(line);
        if (startsWith(t, "#")) {
            // pip-compile annotations: "    # via x" / "    #   -r requirements.in"
            if (!reqs.empty() && pending.empty()) {
                std::string note = trim(t.substr(1));
                if (startsWith(note, "via"))
                    note = trim(note.substr(3));
                if (!note.empty())
                    reqs.back().second.push_back(note);
            }
            continue;
        }
        for (size_t i = 0; i < line.size(); ++i)
            if (line[i] == '#' && (i == 0 || std::isspace((unsigned char)line[i - 1]))) {
                line = line.substr(0, i);
                break;
            }
        std::string tl = trim(line);
        if (!tl.empty() && tl.back() == '\\') {
            pending += tl.substr(0, tl.size() - 1) + " ";
            continue;
        }
        pending += tl;
        if (!trim(pending).empty())
            reqs.push_back({trim(pending), {}});
        pending.clear();
    }
    for (const auto& [line, via] : reqs) {
        if (line[0] == '-') {
            // Options: -r/--requirement includes; -c constraints and index options add nothing.
            std::string opt = line, arg;
            const auto sp = line.find_first_of(" =");
            if (sp != std::string::npos) {
                opt = line.substr(0, sp);
                arg = trim(line.substr(sp + 1));
            } else if (startsWith(line, "-r") && line.size() > 2) {
                opt = "-r";
                arg = trim(line.substr(2));
            }
            // Each file is read once, however it is spelt ("./a.txt", "x/../a.txt"), and at most
            // kMaxIncludes in all: "-r" lines spelling one file differently made 3^10 reads (fuzzing).
            constexpr size_t kMaxIncludes = 64;
            if ((opt == "-r" || opt == "--requirement") && !arg.empty() && depth < 10) {
                const QString rel = QDir::cleanPath(relDir + QLatin1Char('/') + q(arg));
                if (visited.size() >= kMaxIncludes)
                    ctx.warn(QStringLiteral("more than %1 included requirements files; %2 is not read")
                                 .arg(kMaxIncludes)
                                 .arg(q(arg)));
                else if (visited.insert(rel).second) {
                    if (const auto text = ctx.read(rel))
                        parseRequirementsInto(ctx, *text, QFileInfo(rel).path(), visited, depth + 1, dev);
                    else
                        ctx.warn(QStringLiteral("included requirements file %1 was not found").arg(q(arg)));
                }
            }
            continue;
        }
        // Strip per-requirement options (--hash=…, --config-settings …).
        std::string req = line;
        if (const auto opt = req.find(" --"); opt != std::string::npos)
            req = trim(req.substr(0, opt));
        if (req.find("://") != std::string::npos && req.find('@') == std::string::npos)
            continue; // a bare URL or path: no package name
        if (startsWith(req, ".") || startsWith(req, "/"))
            continue;
        const auto r = parsePep508(req);
        if (!r) {
            ctx.warn(QStringLiteral("unrecognised requirement: %1").arg(q(req)));
            continue;
        }
        DepSpec s {eco::pypi, r->name, r->exact ? r->version : (r->url ? std::string() : r->spec), r->exact};
        s.scope = dev ? "dev" : (r->marker.find("extra") != std::string::npos ? "optional" : "runtime");
        // pip-compile output: a requirement pulled in by another package is transitive.
        s.direct = true;
        if (!via.empty()) {
            s.direct = false;
            for (const auto& v : via)
                if (startsWith(v, "-r") || startsWith(v, "-c") || endsWith(v, ".in") || endsWith(v, ".txt")
                    || endsWith(v, ".toml") || endsWith(v, ")"))
                    s.direct = true;
        }
        add(ctx, std::move(s));
    }
}

// Direct dependency names (normalised) and their groups, from a pyproject.toml.
struct PyRoots
{
    std::map<std::string, std::string> direct; // normalised name → runtime | dev | optional
    bool present = false;
};

void collectPep508Array(const toml::node* arr, const std::string& scope, PyRoots& roots)
{
    if (!arr || !arr->is_array())
        return;
    for (const auto& item : *arr->as_array())
        if (const auto s = item.value<std::string>())
            if (const auto r = parsePep508(*s)) {
                auto key = normalizePackageName(eco::pypi, r->name);
                if (!roots.direct.count(key) || scope == "runtime")
                    roots.direct[key] = scope;
            }
}

void collectPoetryTable(const toml::node* tbl, const std::string& scope, PyRoots& roots)
{
    if (!tbl || !tbl->is_table())
        return;
    for (const auto& [k, v] : *tbl->as_table()) {
        const std::string name(k.str());
        if (name == "python")
            continue;
        auto key = normalizePackageName(eco::pypi, name);
        std::string s = scope;
        if (v.is_table() && v.as_table()->get("optional") && v.as_table()->get("optional")->value_or(false))
            s = "optional";
        if (!roots.direct.count(key) || s == "runtime")
            roots.direct[key] = s;
    }
}

PyRoots pyprojectRoots(const toml::table& t)
{
    PyRoots roots;
    roots.present = true;
    collectPep508Array(t.at_path("project.dependencies").node(), "runtime", roots);
    if (const auto* opt = t.at_path("project.optional-dependencies").as_table())
        for (const auto& [k, v] : *opt)
            collectPep508Array(&v, "optional", roots);
    if (const auto* groups = t.at_path("dependency-groups").as_table())
        for (const auto& [k, v] : *groups)
            collectPep508Array(&v, "dev", roots);
    if (const auto* groups = t.at_path("tool.uv.dev-dependencies").node())
        collectPep508Array(groups, "dev", roots);
    collectPoetryTable(t.at_path("tool.poetry.dependencies").node(), "runtime", roots);
    collectPoetryTable(t.at_path("tool.poetry.dev-dependencies").node(), "dev", roots);
    if (const auto* groups = t.at_path("tool.poetry.group").as_table())
        for (const auto& [k, v] : *groups)
            if (v.is_table())
                collectPoetryTable(v.as_table()->get("dependencies"), k.str() == "main" ? "runtime" : "dev", roots);
    return roots;
}

PyRoots readPyprojectRoots(const Ctx& ctx)
{
    const auto text = ctx.read(QStringLiteral("pyproject.toml"));
    if (!text)
        return {};
    try {
        return pyprojectRoots(toml::parse(*text));
    } catch (const toml::parse_error&) {
        return {};
    }
}

// Emits [[package]] entries of poetry.lock / uv.lock, classifying dev/runtime by reachability
// from the project's direct dependencies when the lockfile does not say.
struct LockPkg
{
    std::string name, version, scope;
    bool flagged = false;
    std::vector<std::string> deps; // normalised names
    std::vector<std::string> devDeps;
    bool project = false; // the project itself / a workspace member (uv)
};

void emitPythonLock(const Ctx& ctx, std::vector<LockPkg>& pkgs, PyRoots roots)
{
    std::map<std::string, std::vector<std::string>> edges;
    std::vector<std::string> runtimeRoots, devRoots;
    for (auto& p : pkgs) {
        const auto id = normalizePackageName(eco::pypi, p.name);
        edges[id] = p.deps;
        if (p.project) {
            roots.present = true;
            for (const auto& d : p.deps)
                if (!roots.direct.count(d))
                    roots.direct[d] = "runtime";
            for (const auto& d : p.devDeps)
                if (!roots.direct.count(d))
                    roots.direct[d] = "dev";
        }
    }
    for (const auto& [name, scope] : roots.direct)
        (scope == "dev" ? devRoots : runtimeRoots).push_back(name);
    const auto cls = classifyByReachability(edges, runtimeRoots, devRoots);
    for (const auto& p : pkgs) {
        if (p.project)
            continue;
        const auto id = normalizePackageName(eco::pypi, p.name);
        DepSpec s {eco::pypi, p.name, p.version, true};
        if (p.flagged)
            s.scope = p.scope;
        else if (const auto c = cls.find(id); c != cls.end() && roots.present)
            s.scope = c->second;
        if (const auto d = roots.direct.find(id); d != roots.direct.end()) {
            s.direct = true;
            if (!p.flagged && d->second == "optional")
                s.scope = "optional";
        }
        add(ctx, std::move(s));
    }
}

std::vector<std::string> depNames(const toml::node* n)
{
    std::vector<std::string> out;
    if (!n)
        return out;
    if (const auto* t = n->as_table()) { // poetry: [package.dependencies] name = "^1"
        for (const auto& [k, v] : *t)
            out.push_back(normalizePackageName(eco::pypi, k.str()));
    } else if (const auto* a = n->as_array()) { // uv: dependencies = [{ name = "x" }]
        for (const auto& item : *a)
            if (const auto* it = item.as_table())
                if (const auto name = it->get("name"); name && name->value<std::string>())
                    out.push_back(normalizePackageName(eco::pypi, *name->value<std::string>()));
    }
    return out;
}

} // namespace

void parseRequirements(const Ctx& ctx, std::string_view content)
{
    std::set<QString> visited {ctx.manifest};
    parseRequirementsInto(ctx, content, QStringLiteral("."), visited, 0, devFileName(ctx.manifest));
}

void parsePipfileLock(const Ctx& ctx, std::string_view content)
{
    const json j = json::parse(content);
    if (!j.is_object())
        throw ParseFailure {"the document is not a JSON object"};
    std::map<std::string, std::string> direct;
    if (const auto pipfile = ctx.read(QStringLiteral("Pipfile"))) {
        try {
            const toml::table t = toml::parse(*pipfile);
            for (const auto& [section, scope] : {std::pair {"packages", "runtime"}, std::pair {"dev-packages", "dev"}})
                if (const auto* tbl = t.get_as<toml::table>(section))
                    for (const auto& [k, v] : *tbl)
                        direct[normalizePackageName(eco::pypi, k.str())] = scope;
        } catch (const toml::parse_error&) {
            ctx.warn(QStringLiteral("Pipfile is not valid TOML; direct dependencies unknown"));
        }
    }
    for (const auto& [section, scope] : {std::pair {"default", "runtime"}, std::pair {"develop", "dev"}}) {
        const auto it = j.find(section);
        if (it == j.end() || !it->is_object())
            continue;
        for (const auto& [name, e] : it->items()) {
            std::string version = e.is_object() ? e.value("version", std::string()) : std::string();
            bool exact = false;
            if (startsWith(version, "==")) {
                version = version.substr(version.find_first_not_of('='));
                exact = true;
            }
            DepSpec s {eco::pypi, name, version, exact};
            s.scope = scope;
            s.direct = direct.count(normalizePackageName(eco::pypi, name));
            add(ctx, std::move(s));
        }
    }
}

void parsePoetryLock(const Ctx& ctx, std::string_view content)
{
    const toml::table t = toml::parse(content);
    std::vector<LockPkg> pkgs;
    if (const auto* arr = t.get_as<toml::array>("package"))
        for (const auto& item : *arr) {
            const auto* p = item.as_table();
            if (!p)
                continue;
            LockPkg lp;
            lp.name = p->get("name") ? p->get("name")->value_or(std::string()) : std::string();
            lp.version = p->get("version") ? p->get("version")->value_or(std::string()) : std::string();
            if (const auto* cat = p->get("category")) { // Poetry < 1.5
                lp.flagged = true;
                lp.scope = cat->value_or(std::string("main")) == "dev" ? "dev" : "runtime";
            }
            if (const auto* opt = p->get("optional");
                opt && opt->value_or(false) && (!lp.flagged || lp.scope == "runtime")) {
                lp.flagged = true;
                lp.scope = "optional";
            }
            lp.deps = depNames(p->get("dependencies"));
            if (!lp.name.empty() && !lp.version.empty())
                pkgs.push_back(std::move(lp));
        }
    emitPythonLock(ctx, pkgs, readPyprojectRoots(ctx));
}

void parseUvLock(const Ctx& ctx, std::string_view content)
{
    const toml::table t = toml::parse(content);
    std::vector<LockPkg> pkgs;
    if (const auto* arr = t.get_as<toml::array>("package"))
        for (const auto& item : *arr) {
            const auto* p = item.as_table();
            if (!p)
                continue;
            LockPkg lp;
            lp.name = p->get("name") ? p->get("name")->value_or(std::string()) : std::string();
            lp.version = p->get("version") ? p->get("version")->value_or(std::string()) : std::string();
            if (const auto* src = p->get_as<toml::table>("source"))
                lp.project = src->contains("editable") || src->contains("virtual") || src->contains("directory");
            lp.deps = depNames(p->get("dependencies"));
            if (const auto* opt = p->get_as<toml::table>("optional-dependencies"))
                for (const auto& [k, v] : *opt)
                    for (auto& d : depNames(&v))
                        lp.deps.push_back(d);
            if (const auto* dev = p->get_as<toml::table>("dev-dependencies"))
                for (const auto& [k, v] : *dev)
                    for (auto& d : depNames(&v))
                        lp.devDeps.push_back(d);
            if (!lp.name.empty())
                pkgs.push_back(std::move(lp));
        }
    // Workspace members are the project: their dependencies are the direct ones.
    std::erase_if(pkgs, [](const LockPkg& p) { return !p.project && p.version.empty(); });
    emitPythonLock(ctx, pkgs, readPyprojectRoots(ctx));
}

void parsePyproject(const Ctx& ctx, std::string_view content)
{
    const toml::table t = toml::parse(content);
    auto emitRequirement = [&](const std::string& text, const std::string& scope) {
        const auto r = parsePep508(text);
        if (!r) {
            ctx.warn(QStringLiteral("unrecognised requirement: %1").arg(q(text)));
            return;
        }
        DepSpec s {eco::pypi, r->name, r->exact ? r->version : (r->url ? std::string() : r->spec), r->exact};
        s.scope = scope;
        s.direct = true;
        add(ctx, std::move(s));
    };
    auto emitArray = [&](const toml::node* n, const std::string& scope) {
        if (const auto* a = n ? n->as_array() : nullptr)
            for (const auto& item : *a)
                if (const auto s = item.value<std::string>())
                    emitRequirement(*s, scope);
    };
    emitArray(t.at_path("project.dependencies").node(), "runtime");
    if (const auto* opt = t.at_path("project.optional-dependencies").as_table())
        for (const auto& [k, v] : *opt)
            emitArray(&v, "optional");
    if (const auto* groups = t.at_path("dependency-groups").as_table())
        for (const auto& [k, v] : *groups)
            emitArray(&v, "dev");
    emitArray(t.at_path("tool.uv.dev-dependencies").node(), "dev");
    auto emitPoetry = [&](const toml::node* n, const std::string& scope) {
        const auto* tbl = n ? n->as_table() : nullptr;
        if (!tbl)
            return;
        for (const auto& [k, v] : *tbl) {
            const std::string name(k.str());
            if (name == "python")
                continue;
            std::string spec;
            std::string s = scope;
            if (const auto str = v.value<std::string>())
                spec = *str;
            else if (const auto* vt = v.as_table()) {
                if (const auto* ver = vt->get("version"))
                    spec = ver->value_or(std::string());
                if (const auto* opt = vt->get("optional"); opt && opt->value_or(false))
                    s = "optional";
            }
            // Poetry: a bare "1.2.3" is an exact pin; ^, ~, *, comparisons are ranges.
            const bool exact = !spec.empty() && (std::isdigit((unsigned char)spec[0]) || startsWith(spec, "=="))
                && spec.find_first_of("*,<>^~| ") == std::string::npos;
            if (startsWith(spec, "=="))
                spec = spec.substr(2);
            DepSpec d {eco::pypi, name, spec, exact};
            d.scope = s;
            d.direct = true;
            add(ctx, std::move(d));
        }
    };
    emitPoetry(t.at_path("tool.poetry.dependencies").node(), "runtime");
    emitPoetry(t.at_path("tool.poetry.dev-dependencies").node(), "dev");
    if (const auto* groups = t.at_path("tool.poetry.group").as_table())
        for (const auto& [k, v] : *groups)
            if (const auto* g = v.as_table())
                emitPoetry(g->get("dependencies"), k.str() == "main" ? "runtime" : "dev");
}

} // namespace assay::audit::deps::detail
