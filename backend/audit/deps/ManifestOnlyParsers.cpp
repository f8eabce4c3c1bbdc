// SPDX-License-Identifier: GPL-3.0-or-later
// Manifests without a lockfile beside them: Cargo.toml, Pipfile, Gemfile, build.gradle(.kts) and
// Gradle version catalogs. Declared requirements are kept as ranges unless they pin one version;
// when a lockfile of the same folder exists, the DependencyDetector keeps the lockfile's entries.
#include "Ecosystem.h"
#include "ParserSupport.h"
#include "VersionOrder.h"

#include <QRegularExpression>

#include <toml++/toml.h>

namespace assay::audit::deps::detail {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

void parseCargoToml(const Ctx& ctx, std::string_view content)
{
    const toml::table t = toml::parse(content);
    const toml::table* workspaceDeps = t.at_path("workspace.dependencies").as_table();
    auto emitTable = [&](const toml::table* tbl, const std::string& scope) {
        if (!tbl)
            return;
        for (const auto& [k, v] : *tbl) {
            std::string name(k.str());
            std::string req;
            bool optional = false;
            const toml::table* spec = v.as_table();
            if (spec && spec->get("workspace") && spec->get("workspace")->value_or(false) && workspaceDeps) {
                // `foo = { workspace = true }`: the version comes from [workspace.dependencies].
                const toml::node* w = workspaceDeps->get(name);
                optional = spec->get("optional") && spec->get("optional")->value_or(false);
                spec = w ? w->as_table() : nullptr;
                if (w && w->value<std::string>())
                    req = *w->value<std::string>();
            }
            if (const auto s = v.value<std::string>())
                req = *s;
            if (spec) {
                if (spec->contains("path"))
                    continue; // a crate of this repository
                if (const auto* ver = spec->get("version"))
                    req = ver->value_or(std::string());
                if (const auto* pkg = spec->get("package"))
                    name = pkg->value_or(name); // renamed dependency: the crate's real name
                if (const auto* opt = spec->get("optional"))
                    optional = optional || opt->value_or(false);
            }
            // Cargo requirements are caret ranges unless written "=x.y.z".
            const bool exact = startsWith(req, "=") && req.find(',') == std::string::npos
                && VersionOrder::isValid(VersionOrder::Scheme::SemVer, trim(req.substr(1)));
            DepSpec s {eco::cargo, name, exact ? trim(req.substr(1)) : req, exact};
            s.direct = true;
            s.scope = optional && scope == "runtime" ? "optional" : scope;
            add(ctx, std::move(s));
        }
    };
    emitTable(t.get_as<toml::table>("dependencies"), "runtime");
    emitTable(t.get_as<toml::table>("dev-dependencies"), "dev");
    emitTable(t.get_as<toml::table>("build-dependencies"), "dev");
    if (const auto* targets = t.get_as<toml::table>("target"))
        for (const auto& [cfg, v] : *targets)
            if (const auto* tt = v.as_table()) {
                emitTable(tt->get_as<toml::table>("dependencies"), "runtime");
                emitTable(tt->get_as<toml::table>("dev-dependencies"), "dev");
                emitTable(tt->get_as<toml::table>("build-dependencies"), "dev");
            }
}

void parsePipfile(const Ctx& ctx, std::string_view content)
{
    const toml::table t = toml::parse(content);
    for (const auto& [section, scope] : {std::pair {"packages", "runtime"}, std::pair {"dev-packages", "dev"}}) {
        const auto* tbl = t.get_as<toml::table>(section);
        if (!tbl)
            continue;
        for (const auto& [k, v] : *tbl) {
            std::string req;
            if (const auto s = v.value<std::string>())
                req = *s;
            else if (const auto* spec = v.as_table()) {
                if (spec->contains("path") || spec->contains("file"))
                    continue;
                if (const auto* ver = spec->get("version"))
                    req = ver->value_or(std::string());
            }
            if (req == "*")
                req.clear();
            const bool exact = startsWith(req, "==") && req.find_first_of(",*") == std::string::npos;
            DepSpec s {eco::pypi, std::string(k.str()), exact ? trim(req.substr(2)) : req, exact};
            s.direct = true;
            s.scope = scope;
            add(ctx, std::move(s));
        }
    }
}

void parseGemfile(const Ctx& ctx, std::string_view content)
{
    // gem 'name', '~> 1.2', '>= 1.2.3', group: :test, require: false
    static const QRegularExpression gemLine(
        QStringLiteral(R"(^\s*gem\s*\(?\s*["']([^"']+)["']((?:\s*,\s*["'][^"']*["'])*)(.*)$)"));
    static const QRegularExpression quoted(QStringLiteral(R"(["']([^"']*)["'])"));
    static const QRegularExpression groupStart(QStringLiteral(R"(^\s*group\s*\(?\s*([^)]*?)\)?\s*do\b)"));
    std::vector<bool> devStack; // one entry per open block: whether it is a development/test group
    static const QRegularExpression blockStart(QStringLiteral(R"(\bdo\s*(\|[^|]*\|)?\s*$)"));
    static const QRegularExpression blockEnd(QStringLiteral(R"(^\s*end\b)"));
    auto isDevGroups = [](const QString& groups) {
        return groups.contains(QLatin1String("development")) || groups.contains(QLatin1String("test"));
    };
    for (const auto& raw : splitLines(content)) {
        QString line = qs(raw);
        if (const int hash = line.indexOf(QLatin1String(" #")); hash >= 0)
            line.truncate(hash);
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (const auto g = groupStart.match(line); g.hasMatch()) {
            devStack.push_back(isDevGroups(g.captured(1)));
            continue;
        }
        if (blockEnd.match(line).hasMatch()) {
            if (!devStack.empty())
                devStack.pop_back();
            continue;
        }
        if (const auto m = gemLine.match(line); m.hasMatch()) {
            const QString options = m.captured(3);
            if (options.contains(QLatin1String("path:")) || options.contains(QLatin1String(":path")))
                continue; // a gem of this repository
            QStringList reqs;
            auto qit = quoted.globalMatch(m.captured(2));
            while (qit.hasNext())
                reqs << qit.next().captured(1).trimmed();
            std::string req = reqs.join(QStringLiteral(", ")).toStdString();
            // A bare version or "= x" pins it.
            std::string pinned
                = reqs.size() == 1 ? trim(startsWith(req, "=") && !startsWith(req, "==") ? req.substr(1) : req) : "";
            const bool exact = !pinned.empty() && std::isdigit((unsigned char)pinned[0])
                && pinned.find_first_of("<>~!, ") == std::string::npos;
            const bool inDevGroup = std::any_of(devStack.begin(), devStack.end(), [](bool d) { return d; });
            DepSpec s {eco::rubygems, m.captured(1).toStdString(), exact ? pinned : req, exact};
            s.direct = true;
            s.scope = inDevGroup || isDevGroups(options) ? "dev" : "runtime";
            add(ctx, std::move(s));
            continue;
        }
        if (blockStart.match(line).hasMatch())
            devStack.push_back(false); // platforms, source, git blocks
    }
}

void parseGradleBuild(const Ctx& ctx, std::string_view content)
{
    const QString text = qs(content);
    // Variables: ext { x = '1' }, def x = '1', val x = "1", and gradle.properties beside the script.
    std::map<QString, QString> vars;
    static const QRegularExpression assign(
        QStringLiteral(R"((?:^|[\s{;])(?:def\s+|val\s+|var\s+|ext\.)?([A-Za-z_][\w.]*)\s*=\s*["']([^"'$]+)["'])"));
    auto it = assign.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        vars[m.captured(1)] = m.captured(2);
    }
    if (const auto props = ctx.read(QStringLiteral("gradle.properties")))
        for (const auto& line : splitLines(*props)) {
            const auto eq = line.find('=');
            if (eq != std::string::npos && !startsWith(trim(line), "#"))
                vars[qs(trim(line.substr(0, eq)))] = qs(trim(line.substr(eq + 1)));
        }
    auto resolve = [&](QString v) {
        static const QRegularExpression ref(QStringLiteral(R"(\$\{?([A-Za-z_][\w.]*)\}?)"));
        for (int round = 0; round < 4 && v.contains(QLatin1Char('$')); ++round) {
            const auto m = ref.match(v);
            if (!m.hasMatch())
                break;
            const auto var = vars.find(m.captured(1));
            if (var == vars.end())
                return QString();
            v.replace(m.capturedStart(), m.capturedLength(), var->second);
        }
        return v;
    };
    static const QString configs = QStringLiteral(
        "implementation|api|compileOnly|runtimeOnly|compile|runtime|testImplementation|testCompileOnly|"
        "testRuntimeOnly|testCompile|androidTestImplementation|debugImplementation|releaseImplementation|"
        "annotationProcessor|kapt|ksp|compileOnlyApi");
    static const QRegularExpression coord(
        QStringLiteral(R"(\b(%1)\s*\(?\s*["']([^:"'\s]+):([^:"'\s]+)(?::([^:"'@\s]+))?(?::[^"'@\s]+)?(?:@\w+)?["'])")
            .arg(configs));
    static const QRegularExpression mapForm(QStringLiteral(
        R"(\b(%1)\s*\(?\s*group\s*[:=]\s*["']([^"']+)["']\s*,\s*name\s*[:=]\s*["']([^"']+)["'](?:\s*,\s*version\s*[:=]\s*["']([^"']+)["'])?)")
                                                .arg(configs));
    // 'group:artifact:' + versionVariable
    static const QRegularExpression concat(
        QStringLiteral(R"(\b(%1)\s*\(?\s*["']([^:"'\s]+):([^:"'\s]+):["']\s*\+\s*(\$?[A-Za-z_][\w.]*))").arg(configs));
    for (const auto* re : {&coord, &mapForm, &concat}) {
        auto m = re->globalMatch(text);
        while (m.hasNext()) {
            const auto x = m.next();
            const QString conf = x.captured(1);
            const std::string group = x.captured(2).toStdString(), artifact = x.captured(3).toStdString();
            QString declared = x.captured(4);
            if (re == &concat && !declared.startsWith(QLatin1Char('$')))
                declared.prepend(QLatin1Char('$'));
            const std::string version = resolve(declared).toStdString();
            const bool exact = !version.empty() && VersionOrder::isValid(VersionOrder::Scheme::Maven, version)
                && version.find('+') == std::string::npos && version.find("latest.") == std::string::npos;
            DepSpec s {eco::maven, group + ":" + artifact, version, exact};
            s.purlNamespace = group;
            s.purlName = artifact;
            s.direct = true;
            if (conf.startsWith(QLatin1String("test")) || conf.startsWith(QLatin1String("androidTest"))
                || conf == QLatin1String("annotationProcessor") || conf == QLatin1String("kapt")
                || conf == QLatin1String("ksp"))
                s.scope = "dev";
            else if (conf.startsWith(QLatin1String("compileOnly")))
                s.scope = "optional";
            add(ctx, std::move(s));
        }
    }
}

void parseGradleCatalog(const Ctx& ctx, std::string_view content)
{
    const toml::table t = toml::parse(content);
    const toml::table* versions = t.get_as<toml::table>("versions");
    const auto* libraries = t.get_as<toml::table>("libraries");
    if (!libraries)
        return;
    for (const auto& [alias, v] : *libraries) {
        std::string module, version;
        if (const auto s = v.value<std::string>()) { // "group:artifact:version"
            const auto parts = split(*s, ':');
            if (parts.size() >= 2)
                module = parts[0] + ":" + parts[1];
            if (parts.size() >= 3)
                version = parts[2];
        } else if (const auto* lib = v.as_table()) {
            if (const auto* m = lib->get("module"))
                module = m->value_or(std::string());
            else if (lib->contains("group") && lib->contains("name"))
                module = lib->get("group")->value_or(std::string()) + ":" + lib->get("name")->value_or(std::string());
            if (const auto* ver = lib->get("version")) {
                if (const auto s = ver->value<std::string>())
                    version = *s;
                else if (const auto* vt = ver->as_table()) {
                    if (const auto* ref = vt->get("ref"); ref && versions)
                        if (const auto* rv = versions->get(ref->value_or(std::string())))
                            version = rv->value<std::string>() ? *rv->value<std::string>() : std::string();
                    if (const auto* strict = vt->get("strictly"))
                        version = strict->value_or(version);
                }
            }
        }
        const auto colon = module.find(':');
        if (colon == std::string::npos)
            continue;
        const bool exact = !version.empty() && VersionOrder::isValid(VersionOrder::Scheme::Maven, version)
            && version.find('+') == std::string::npos;
        DepSpec s {eco::maven, module, version, exact};
        s.purlNamespace = module.substr(0, colon);
        s.purlName = module.substr(colon + 1);
        s.direct = true;
        add(ctx, std::move(s));
    }
}

} // namespace assay::audit::deps::detail
