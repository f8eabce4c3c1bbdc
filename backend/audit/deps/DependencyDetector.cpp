// SPDX-License-Identifier: GPL-3.0-or-later
#include "DependencyDetector.h"

#include "Ecosystem.h"
#include "ManifestParser.h"
#include "OsvMatcher.h"
#include "VulnDb.h"
#include "core/Json.h"
#include "core/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <map>
#include <set>

namespace assay::audit::deps {

namespace {

// 1-based line of the first mention of `name` in `text` as a whole token (not a substring of a
// longer package name), preferring a line that also names `version` (a lockfile entry over the
// manifest's range); 0 when not found.
int lineOf(const QString& text, const QString& name, const QString& version)
{
    if (name.isEmpty())
        return 0;
    auto isNameChar = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
    };
    int first = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(name, from, Qt::CaseInsensitive);
        if (at < 0)
            return first;
        from = at + 1;
        const qsizetype end = at + name.size();
        const bool leftOk = at == 0 || !isNameChar(text.at(at - 1));
        const bool rightOk = end >= text.size() || !isNameChar(text.at(end));
        if (!leftOk || !rightOk)
            continue;
        const int line = int(QStringView(text).left(at).count(QLatin1Char('\n'))) + 1;
        if (version.isEmpty())
            return line;
        if (!first)
            first = line;
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), end);
        const QStringView rest = QStringView(text).mid(end, (lineEnd < 0 ? text.size() : lineEnd) - end);
        if (rest.contains(version))
            return line;
    }
}

QString dirOf(const QString& path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

// Whether folder `ancestor` is `dir` or one of its parents ("" is the repository root).
bool isAncestorOrSelf(const QString& ancestor, const QString& dir)
{
    return ancestor.isEmpty() || dir == ancestor || dir.startsWith(ancestor + QLatin1Char('/'));
}

int scopeRank(const QString& s)
{
    if (s == QLatin1String("runtime"))
        return 0;
    if (s == QLatin1String("optional"))
        return 1;
    return 2;
}

std::string key(const Dependency& d)
{
    return canonicalEcosystem(d.ecosystem.toStdString()) + '\n'
        + normalizePackageName(d.ecosystem.toStdString(), d.name.toStdString());
}

QString findingSeverity(const QString& s)
{
    static const QStringList known {
        QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
    return known.contains(s) ? s : QStringLiteral("medium"); // unrated advisories are not dismissed as low
}

} // namespace

DependencyDetector::DependencyDetector(DetectorSetup setup)
    : m_setup(std::move(setup))
{ }

bool DependencyDetector::wants(const FileView& file) const
{
    // A vendored copy's lockfile lists that library's own (often development) dependencies.
    return !file.binary && !file.vendored && ManifestParser::isManifest(file.path);
}

void DependencyDetector::scan(const FileView& file, FileResult& out) const
{
    std::string_view content = file.content;
    std::string owned;
    if (content.empty() && !file.absolutePath.isEmpty() && file.size > 0) {
        // Over the text-size cap: large lockfiles are still read (bounded).
        QFile f(file.absolutePath);
        if (file.size <= 256 * 1024 * 1024 && f.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = f.readAll();
            owned.assign(bytes.constData(), size_t(bytes.size()));
            content = owned;
        }
    }
    if (content.empty())
        return;
    const SiblingReader reader
        = m_setup.root.isEmpty() ? SiblingReader {} : ManifestParser::fileSystemReader(m_setup.root, file.path);
    auto parsed = ManifestParser::parse(file.path, content, reader);
    if (!parsed) {
        qCWarning(lcAudit) << "dependencies:" << parsed.error().message;
        out.extra["dependencies"] = {{"error", parsed.error().message.toStdString()}};
        return;
    }
    if (!parsed->warnings.isEmpty()) {
        nlohmann::json w = nlohmann::json::array();
        for (const auto& s : parsed->warnings)
            w.push_back(s.toStdString());
        out.extra["dependencies"] = {{"warnings", w}};
    }
    {
        QMutexLocker lock(&m_mutex);
        m_found.insert(m_found.end(), parsed->dependencies.begin(), parsed->dependencies.end());
    }
    out.dependencies.insert(out.dependencies.end(), parsed->dependencies.begin(), parsed->dependencies.end());
}

std::vector<Dependency> DependencyDetector::deduplicate(std::vector<Dependency> deps)
{
    // 1. go.sum lists modules go.mod already pins (and old versions): go.mod of the folder wins.
    std::set<std::pair<QString, std::string>> goModModules;
    for (const auto& d : deps)
        if (d.manifest.endsWith(QLatin1String("go.mod")))
            goModModules.insert({dirOf(d.manifest), key(d)});
    std::erase_if(deps, [&](const Dependency& d) {
        return d.manifest.endsWith(QLatin1String("go.sum")) && goModModules.count({dirOf(d.manifest), key(d)});
    });
    // 2. A lockfile wins over a manifest in its folder or below (npm workspaces, Cargo workspaces).
    std::map<std::string, std::vector<QString>> lockDirs;
    for (const auto& d : deps)
        if (ManifestParser::isLockfile(d.manifest))
            lockDirs[key(d)].push_back(dirOf(d.manifest));
    std::erase_if(deps, [&](const Dependency& d) {
        if (ManifestParser::isLockfile(d.manifest))
            return false;
        const auto it = lockDirs.find(key(d));
        if (it == lockDirs.end())
            return false;
        const QString dir = dirOf(d.manifest);
        return std::any_of(it->second.begin(), it->second.end(),
            [&](const QString& lockDir) { return isAncestorOrSelf(lockDir, dir); });
    });
    // 3. One entry per (ecosystem, package, version): direct if any is, the strongest scope,
    //    licenses merged, a lockfile's path preferred as the manifest.
    std::stable_sort(deps.begin(), deps.end(), [](const Dependency& a, const Dependency& b) {
        const bool la = ManifestParser::isLockfile(a.manifest), lb = ManifestParser::isLockfile(b.manifest);
        if (la != lb)
            return la;
        return a.manifest < b.manifest;
    });
    std::map<std::string, size_t> index;
    std::vector<Dependency> out;
    for (auto& d : deps) {
        const std::string k = key(d) + '\n' + d.version.toStdString() + (d.versionExact ? "" : "\n~");
        const auto it = index.find(k);
        if (it == index.end()) {
            index.emplace(k, out.size());
            out.push_back(std::move(d));
            continue;
        }
        Dependency& kept = out[it->second];
        kept.direct = kept.direct || d.direct;
        if (scopeRank(d.scope) < scopeRank(kept.scope))
            kept.scope = d.scope;
        for (const auto& l : d.licenses)
            if (!kept.licenses.contains(l))
                kept.licenses << l;
    }
    std::sort(out.begin(), out.end(), [](const Dependency& a, const Dependency& b) {
        if (a.ecosystem != b.ecosystem)
            return a.ecosystem < b.ecosystem;
        if (a.name != b.name)
            return a.name < b.name;
        if (a.version != b.version)
            return a.version < b.version;
        return a.manifest < b.manifest;
    });
    return out;
}

void DependencyDetector::finish(AuditReport& report, const DetectorContext& context)
{
    std::vector<Dependency> all;
    {
        QMutexLocker lock(&m_mutex);
        all = m_found;
    }
    all.insert(all.end(), report.dependencies.begin(), report.dependencies.end());
    report.dependencies = deduplicate(std::move(all));
    if (!context.database)
        return;

    VulnDb db(*context.database);
    std::map<QString, QString> manifests; // manifest path → text, read once for finding lines
    auto lineFor = [&](const Dependency& dep) {
        if (m_setup.root.isEmpty() || dep.manifest.isEmpty())
            return 0;
        auto it = manifests.find(dep.manifest);
        if (it == manifests.end()) {
            QFile f(m_setup.root + QLatin1Char('/') + dep.manifest);
            QString text;
            if (f.size() <= 64 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
                text = QString::fromUtf8(f.readAll());
            it = manifests.emplace(dep.manifest, text).first;
        }
        // Maven names are group:artifact; the artifact is what the file spells on one line.
        const QString name
            = dep.ecosystem == QLatin1String("Maven") ? dep.name.section(QLatin1Char(':'), -1) : dep.name;
        return lineOf(it->second, name, dep.versionExact ? dep.version : QString());
    };
    std::set<std::pair<QString, QString>> seen;
    for (const auto& v : report.vulnerabilities)
        seen.insert({v.id, v.purl});
    for (const auto& dep : report.dependencies) {
        if (context.cancelled())
            return;
        if (!dep.versionExact || dep.version.isEmpty()) {
            auto docs = db.advisoriesFor(dep.ecosystem, dep.name);
            if (!docs) {
                qCWarning(lcAudit) << "vulnerability lookup failed:" << docs.error().message;
                return;
            }
            if (docs->empty())
                continue;
            QStringList ids;
            for (const auto& d : *docs)
                ids << QString::fromStdString(d.value("id", std::string()));
            Finding f;
            f.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            f.type = QStringLiteral("vulnerability");
            f.severity = QStringLiteral("info");
            f.ruleId = QStringLiteral("version-unknown");
            f.title = QStringLiteral("%1 %2: version unknown, %3 known advisories for this package")
                          .arg(dep.name, dep.version.isEmpty() ? QStringLiteral("(no version)") : dep.version)
                          .arg(docs->size());
            f.file = dep.manifest;
            f.line = lineFor(dep);
            f.evidence
                = QStringLiteral("%1 is not pinned to an exact version; lock it to check the advisories").arg(dep.name);
            f.fingerprint
                = fingerprint({QStringLiteral("vulnerability-version-unknown"), dep.ecosystem, dep.name, dep.manifest});
            f.details = {{"ecosystem", dep.ecosystem.toStdString()}, {"package", dep.name.toStdString()},
                {"declared", dep.version.toStdString()}, {"advisories", assay::json::toJson(ids)}};
            report.findings.push_back(std::move(f));
            continue;
        }
        auto vulns = db.vulnerabilitiesFor(dep);
        if (!vulns) {
            qCWarning(lcAudit) << "vulnerability lookup failed:" << vulns.error().message;
            return;
        }
        for (auto& v : *vulns) {
            if (!seen.insert({v.id, v.purl}).second)
                continue;
            Finding f;
            f.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            f.type = QStringLiteral("vulnerability");
            f.severity = findingSeverity(v.severity);
            f.ruleId = v.id;
            f.title = QStringLiteral("%1 %2: %3").arg(dep.name, dep.version, v.summary.isEmpty() ? v.id : v.summary);
            f.file = dep.manifest;
            f.line = lineFor(dep);
            f.evidence = v.fixedVersion.isEmpty()
                ? QStringLiteral("%1@%2 is affected; no fixed version is known").arg(dep.name, dep.version)
                : QStringLiteral("%1@%2 is affected; fixed in %3").arg(dep.name, dep.version, v.fixedVersion);
            f.fingerprint = fingerprint({QStringLiteral("vulnerability"), v.id, v.purl});
            f.details = {{"advisory", v.id.toStdString()}, {"aliases", assay::json::toJson(v.aliases)},
                {"purl", v.purl.toStdString()}, {"installed_version", v.installedVersion.toStdString()},
                {"fixed_version", assay::json::nullable(v.fixedVersion)}, {"severity", v.severity.toStdString()},
                {"cvss", v.cvss ? nlohmann::json(*v.cvss) : nlohmann::json(nullptr)}, {"direct", dep.direct},
                {"scope", dep.scope.toStdString()}};
            report.findings.push_back(std::move(f));
            report.vulnerabilities.push_back(std::move(v));
        }
    }
}

} // namespace assay::audit::deps

namespace assay::audit {

std::unique_ptr<Detector> makeDependencyDetector(const DetectorSetup& setup)
{
    return std::make_unique<deps::DependencyDetector>(setup);
}

} // namespace assay::audit
