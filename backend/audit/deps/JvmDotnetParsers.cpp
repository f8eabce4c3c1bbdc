// SPDX-License-Identifier: GPL-3.0-or-later
// Java and .NET: pom.xml (properties, parent, dependencyManagement), gradle.lockfile,
// packages.lock.json, PackageReference in *.csproj (with Directory.Packages.props).
#include "Ecosystem.h"
#include "ParserSupport.h"
#include "VersionOrder.h"

#include <QFileInfo>
#include <QXmlStreamReader>

#include <nlohmann/json.hpp>

namespace assay::audit::deps::detail {

using nlohmann::json;

namespace {

struct PomDep
{
    std::string groupId, artifactId, version, scope, type, optional;
};

struct Pom
{
    std::map<std::string, std::string> properties;
    std::map<std::string, std::string> managed; // "group:artifact" → version
    std::map<std::string, std::string> managedScope;
    std::vector<PomDep> dependencies;
    std::string groupId, artifactId, version;
    std::string parentGroupId, parentArtifactId, parentVersion, parentRelativePath = "../pom.xml";
    bool hasParent = false;
};

std::string xmlText(QXmlStreamReader& xml)
{
    return trim(xml.readElementText(QXmlStreamReader::IncludeChildElements).toStdString());
}

PomDep readPomDependency(QXmlStreamReader& xml)
{
    PomDep d;
    while (xml.readNextStartElement()) {
        const auto n = xml.name();
        if (n == QLatin1String("groupId"))
            d.groupId = xmlText(xml);
        else if (n == QLatin1String("artifactId"))
            d.artifactId = xmlText(xml);
        else if (n == QLatin1String("version"))
            d.version = xmlText(xml);
        else if (n == QLatin1String("scope"))
            d.scope = xmlText(xml);
        else if (n == QLatin1String("type"))
            d.type = xmlText(xml);
        else if (n == QLatin1String("optional"))
            d.optional = xmlText(xml);
        else
            xml.skipCurrentElement();
    }
    return d;
}

std::vector<PomDep> readPomDependencies(QXmlStreamReader& xml)
{
    std::vector<PomDep> out;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("dependency"))
            out.push_back(readPomDependency(xml));
        else
            xml.skipCurrentElement();
    }
    return out;
}

Pom readPom(std::string_view content)
{
    Pom pom;
    QXmlStreamReader xml(QByteArray(content.data(), qsizetype(content.size())));
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("project"))
        throw ParseFailure {"the root element is not <project>"};
    while (xml.readNextStartElement()) {
        const auto n = xml.name();
        if (n == QLatin1String("groupId")) {
            pom.groupId = xmlText(xml);
        } else if (n == QLatin1String("artifactId")) {
            pom.artifactId = xmlText(xml);
        } else if (n == QLatin1String("version")) {
            pom.version = xmlText(xml);
        } else if (n == QLatin1String("parent")) {
            pom.hasParent = true;
            while (xml.readNextStartElement()) {
                const auto pn = xml.name();
                if (pn == QLatin1String("groupId"))
                    pom.parentGroupId = xmlText(xml);
                else if (pn == QLatin1String("artifactId"))
                    pom.parentArtifactId = xmlText(xml);
                else if (pn == QLatin1String("version"))
                    pom.parentVersion = xmlText(xml);
                else if (pn == QLatin1String("relativePath"))
                    pom.parentRelativePath = xmlText(xml);
                else
                    xml.skipCurrentElement();
            }
        } else if (n == QLatin1String("properties")) {
            while (xml.readNextStartElement()) {
                const std::string key = xml.name().toString().toStdString();
                pom.properties[key] = xmlText(xml);
            }
        } else if (n == QLatin1String("dependencyManagement")) {
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("dependencies")) {
                    xml.skipCurrentElement();
                    continue;
                }
                for (const auto& d : readPomDependencies(xml)) {
                    pom.managed[d.groupId + ":" + d.artifactId] = d.version;
                    if (!d.scope.empty() && d.scope != "import")
                        pom.managedScope[d.groupId + ":" + d.artifactId] = d.scope;
                }
            }
        } else if (n == QLatin1String("dependencies")) {
            pom.dependencies = readPomDependencies(xml);
        } else {
            xml.skipCurrentElement(); // build plugins, profiles, reporting: not dependencies of the artefact
        }
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        throw ParseFailure {xml.errorString().toStdString()};
    return pom;
}

// ${name} substitution with the project's properties (a few rounds for nested references).
std::string interpolate(std::string s, const std::map<std::string, std::string>& props)
{
    for (int round = 0; round < 8 && s.find("${") != std::string::npos; ++round) {
        std::string out;
        size_t i = 0;
        while (i < s.size()) {
            const auto start = s.find("${", i);
            if (start == std::string::npos) {
                out += s.substr(i);
                break;
            }
            const auto end = s.find('}', start);
            if (end == std::string::npos) {
                out += s.substr(i);
                break;
            }
            out += s.substr(i, start - i);
            const std::string key = s.substr(start + 2, end - start - 2);
            const auto it = props.find(key);
            out += it != props.end() ? it->second : s.substr(start, end - start + 1);
            i = end + 1;
        }
        if (out == s)
            break;
        s = out;
    }
    return s;
}

} // namespace

void parsePom(const Ctx& ctx, std::string_view content)
{
    Pom pom = readPom(content);
    // Merge the parent chain (relativePath, default ../pom.xml): properties and managed versions.
    std::map<std::string, std::string> props, managed, managedScope;
    std::string relPath = pom.parentRelativePath;
    QString dir = QStringLiteral(".");
    bool hasParent = pom.hasParent;
    std::vector<Pom> chain;
    for (int depth = 0; hasParent && depth < 8; ++depth) {
        QString rel = q(relPath);
        if (!rel.endsWith(QLatin1String(".xml")))
            rel += QStringLiteral("/pom.xml");
        rel = QFileInfo(dir + QLatin1Char('/') + rel).filePath();
        const auto text = ctx.read(rel);
        if (!text)
            break;
        try {
            chain.push_back(readPom(*text));
        } catch (const ParseFailure&) {
            break;
        }
        dir = QFileInfo(rel).path();
        hasParent = chain.back().hasParent;
        relPath = chain.back().parentRelativePath;
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) { // farthest ancestor first
        for (const auto& [k, v] : it->properties)
            props[k] = v;
        for (const auto& [k, v] : it->managed)
            managed[k] = v;
        for (const auto& [k, v] : it->managedScope)
            managedScope[k] = v;
    }
    for (const auto& [k, v] : pom.properties)
        props[k] = v;
    const std::string groupId = pom.groupId.empty() ? pom.parentGroupId : pom.groupId;
    const std::string version = pom.version.empty() ? pom.parentVersion : pom.version;
    for (const auto& key : {std::string("project."), std::string("pom.")}) {
        props[key + "groupId"] = groupId;
        props[key + "artifactId"] = pom.artifactId;
        props[key + "version"] = version;
        props[key + "parent.version"] = pom.parentVersion;
        props[key + "parent.groupId"] = pom.parentGroupId;
    }
    for (const auto& [k, v] : pom.managed)
        managed[interpolate(k, props)] = v;
    for (const auto& [k, v] : pom.managedScope)
        managedScope[interpolate(k, props)] = v;
    for (const auto& d : pom.dependencies) {
        const std::string g = interpolate(d.groupId, props), a = interpolate(d.artifactId, props);
        if (g.empty() || a.empty() || g.find("${") != std::string::npos || a.find("${") != std::string::npos) {
            ctx.warn(QStringLiteral("dependency %1:%2 has an unresolved coordinate").arg(q(g), q(a)));
            continue;
        }
        std::string v = d.version;
        if (v.empty())
            if (const auto m = managed.find(g + ":" + a); m != managed.end())
                v = m->second;
        v = interpolate(v, props);
        if (v.find("${") != std::string::npos)
            v.clear(); // a property defined outside the files we can see: version unknown
        std::string scope = d.scope;
        if (scope.empty())
            if (const auto m = managedScope.find(g + ":" + a); m != managedScope.end())
                scope = m->second;
        DepSpec s {eco::maven, g + ":" + a, v, VersionOrder::isValid(VersionOrder::Scheme::Maven, v)};
        s.purlNamespace = g;
        s.scope = scope == "test" ? "dev" : (d.optional == "true" ? "optional" : "runtime");
        s.direct = true;
        s.purlName = a;
        add(ctx, std::move(s));
    }
}

void parseGradleLock(const Ctx& ctx, std::string_view content)
{
    for (const auto& raw : splitLines(content)) {
        const std::string line = trim(raw);
        if (line.empty() || line[0] == '#' || startsWith(line, "empty="))
            continue;
        const auto eq = line.find('=');
        const std::string coord = line.substr(0, eq);
        const std::string confs = eq == std::string::npos ? std::string() : line.substr(eq + 1);
        const auto parts = split(coord, ':');
        if (parts.size() < 3) {
            ctx.warn(QStringLiteral("unrecognised gradle.lockfile line: %1").arg(q(line)));
            continue;
        }
        bool onlyTest = !confs.empty();
        for (const auto& c : split(confs, ','))
            if (lower(c).find("test") == std::string::npos)
                onlyTest = false;
        DepSpec s {eco::maven, parts[0] + ":" + parts[1], parts[2], true};
        s.purlNamespace = parts[0];
        s.scope = onlyTest ? "dev" : "runtime";
        s.purlName = parts[1];
        add(ctx, std::move(s));
    }
}

void parseNugetLock(const Ctx& ctx, std::string_view content)
{
    const json j = json::parse(content);
    const auto deps = j.find("dependencies");
    if (deps == j.end() || !deps->is_object())
        throw ParseFailure {"no \"dependencies\" object"};
    std::set<std::string> seen;
    for (const auto& [framework, packages] : deps->items()) {
        if (!packages.is_object())
            continue;
        for (const auto& [name, e] : packages.items()) {
            const std::string type = e.value("type", std::string());
            const std::string version = e.value("resolved", std::string());
            if (type == "Project" || version.empty() || !seen.insert(lower(name) + "@" + version).second)
                continue;
            DepSpec s {eco::nuget, name, version, true};
            s.direct = type == "Direct";
            add(ctx, std::move(s));
        }
    }
}

void parseCsproj(const Ctx& ctx, std::string_view content)
{
    // Central package management: versions from the nearest Directory.Packages.props.
    std::map<std::string, std::string> central;
    QString rel = QStringLiteral("Directory.Packages.props");
    for (int up = 0; up < 8; ++up, rel.prepend(QStringLiteral("../"))) {
        const auto props = ctx.read(rel);
        if (!props)
            continue;
        QXmlStreamReader xml(QByteArray(props->data(), qsizetype(props->size())));
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("PackageVersion")) {
                const auto a = xml.attributes();
                central[lower(a.value(QLatin1String("Include")).toString().toStdString())]
                    = a.value(QLatin1String("Version")).toString().toStdString();
            }
        }
        break;
    }
    std::map<std::string, std::string> properties;
    QXmlStreamReader xml(QByteArray(content.data(), qsizetype(content.size())));
    struct Ref
    {
        std::string name, version, privateAssets;
    };
    std::vector<Ref> refs;
    std::vector<std::string> path;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const std::string name = xml.name().toString().toStdString();
            if (name == "PackageReference") {
                const auto a = xml.attributes();
                Ref r;
                r.name = a.value(QLatin1String("Include")).toString().toStdString();
                if (r.name.empty())
                    r.name = a.value(QLatin1String("Update")).toString().toStdString();
                r.version = a.value(QLatin1String("Version")).toString().toStdString();
                if (r.version.empty())
                    r.version = a.value(QLatin1String("VersionOverride")).toString().toStdString();
                r.privateAssets = a.value(QLatin1String("PrivateAssets")).toString().toStdString();
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("Version"))
                        r.version = xmlText(xml);
                    else if (xml.name() == QLatin1String("PrivateAssets"))
                        r.privateAssets = xmlText(xml);
                    else
                        xml.skipCurrentElement();
                }
                refs.push_back(r);
                continue;
            }
            if (!path.empty() && path.back() == "PropertyGroup") {
                properties[name] = xmlText(xml);
                continue;
            }
            path.push_back(name);
        } else if (token == QXmlStreamReader::EndElement && !path.empty()) {
            path.pop_back();
        }
    }
    if (xml.hasError())
        throw ParseFailure {xml.errorString().toStdString()};
    for (auto& r : refs) {
        if (r.name.empty())
            continue;
        if (r.version.empty())
            if (const auto c = central.find(lower(r.name)); c != central.end())
                r.version = c->second;
        // $(Property) substitution from the project's own PropertyGroups.
        for (int round = 0; round < 4 && r.version.find("$(") != std::string::npos; ++round) {
            const auto s = r.version.find("$("), e = r.version.find(')', s);
            if (e == std::string::npos)
                break;
            const auto it = properties.find(r.version.substr(s + 2, e - s - 2));
            if (it == properties.end())
                break;
            r.version.replace(s, e - s + 1, it->second);
        }
        if (r.version.find("$(") != std::string::npos)
            r.version.clear();
        // "[1.2.3]" is an exact pin; "1.2.3" is NuGet's minimum version (resolves to it when available).
        std::string v = r.version;
        bool exact = VersionOrder::isValid(VersionOrder::Scheme::NuGet, v);
        if (v.size() > 2 && v.front() == '[' && v.back() == ']' && v.find(',') == std::string::npos) {
            v = trim(v.substr(1, v.size() - 2));
            exact = true;
        }
        DepSpec s {eco::nuget, r.name, v, exact};
        s.direct = true;
        s.scope = lower(r.privateAssets) == "all" ? "dev" : "runtime";
        add(ctx, std::move(s));
    }
}

} // namespace assay::audit::deps::detail
