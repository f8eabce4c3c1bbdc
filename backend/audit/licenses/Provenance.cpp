// SPDX-License-Identifier: GPL-3.0-or-later
#include "Provenance.h"

#include "LicenseMatcher.h"
#include "PackageMetadata.h"
#include "SpdxExpression.h"

#include "core/Json.h"
#include "core/Logging.h"
#include "core/ParallelFor.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <mutex>

static void initProvenanceResources()
{
    Q_INIT_RESOURCE(assay_licenses_rules);
}

namespace assay::licenses {

using audit::AuditReport;
using audit::FileRecord;

namespace {

const QString kForeground = QStringLiteral("foreground");
const QString kThirdParty = QStringLiteral("third_party");
const QString kBackground = QStringLiteral("background");
const QString kUnknown = QStringLiteral("unknown");

// "./a/b" → "a/b", "../../x" → "x": an import's relative prefix.
QString withoutRelativePrefix(const QString& imp)
{
    QStringView rest(imp);
    while (rest.startsWith(QLatin1String("./")) || rest.startsWith(QLatin1String("../")))
        rest = rest.sliced(rest.indexOf(QLatin1Char('/')) + 1);
    return rest.size() == imp.size() ? imp : rest.toString();
}

// Position of the '.' before a source-file extension that ends `imp` ("util.h", "x.js"), else -1.
qsizetype sourceExtensionAt(const QString& imp)
{
    static const QSet<QString> extensions {QStringLiteral("h"), QStringLiteral("hh"), QStringLiteral("hpp"),
        QStringLiteral("hxx"), QStringLiteral("inl"), QStringLiteral("c"), QStringLiteral("cc"), QStringLiteral("cpp"),
        QStringLiteral("cxx"), QStringLiteral("m"), QStringLiteral("mm"), QStringLiteral("js"), QStringLiteral("jsx"),
        QStringLiteral("mjs"), QStringLiteral("cjs"), QStringLiteral("ts"), QStringLiteral("tsx"), QStringLiteral("py"),
        QStringLiteral("rb"), QStringLiteral("php"), QStringLiteral("go"), QStringLiteral("rs"), QStringLiteral("java"),
        QStringLiteral("kt"), QStringLiteral("cs")};
    const qsizetype dot = imp.lastIndexOf(QLatin1Char('.'));
    return dot >= 0 && extensions.contains(imp.mid(dot + 1)) ? dot : -1;
}

QString domainOf(const QString& email)
{
    const auto at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toLower().remove(QLatin1Char('>'));
}

bool domainMatches(const QString& domain, const QStringList& orgDomains)
{
    for (const auto& d : orgDomains) {
        const QString o = d.trimmed().toLower();
        if (!o.isEmpty() && (domain == o || domain.endsWith(QLatin1Char('.') + o)))
            return true;
    }
    return false;
}

bool holderIsOrg(const QString& holder, const audit::AuditOptions& options)
{
    for (const auto& n : options.orgNames)
        if (!n.trimmed().isEmpty() && holder.contains(n.trimmed(), Qt::CaseInsensitive))
            return true;
    for (const auto& d : options.orgDomains)
        if (!d.trimmed().isEmpty() && holder.contains(QLatin1Char('@') + d.trimmed(), Qt::CaseInsensitive))
            return true;
    return false;
}

// The licenses of an expression, compared as texts: "GPL-3.0-only" and "GPL-3.0-or-later" are the
// same license (a GPL project's LICENSE file is the bare text, its headers grant "or later").
QSet<QString> idsOf(const QString& expression)
{
    QSet<QString> out;
    auto parsed = SpdxExpression::parse(expression);
    if (!parsed)
        return out;
    for (QString id : parsed->licenseIds()) {
        for (const auto& suffix : {QStringLiteral("-only"), QStringLiteral("-or-later"), QStringLiteral("+")})
            if (id.endsWith(suffix)) {
                id.chop(suffix.size());
                break;
            }
        out.insert(id);
    }
    return out;
}

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

} // namespace

double ProvenanceSettings::weight(const char* key) const
{
    auto it = weights.find(QString::fromLatin1(key));
    return it == weights.end() ? 0.0 : it->second;
}

ProvenanceSettings ProvenanceSettings::load(const nlohmann::json& settings)
{
    initProvenanceResources();
    static const nlohmann::json defaults = [] {
        QFile f(QStringLiteral(":/licenses/provenance.json"));
        if (!f.open(QIODevice::ReadOnly))
            return nlohmann::json::object();
        return nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
    }();
    ProvenanceSettings s;
    auto readWeights = [&s](const nlohmann::json& w) {
        if (!w.is_object())
            return;
        for (const auto& [k, v] : w.items())
            if (v.is_number())
                s.weights[json::qstr(k)] = v.get<double>();
    };
    if (defaults.is_object()) {
        readWeights(defaults.value("weights", nlohmann::json::object()));
        s.minScore = defaults.value("min_score", 1.0);
        s.vendorDirectories = json::toStringList(defaults.value("vendor_directories", nlohmann::json::array()));
        const auto r = defaults.value("rewrite", nlohmann::json::object());
        s.daysPerKloc = r.value("days_per_kloc", s.daysPerKloc);
        s.hoursPerDay = r.value("hours_per_day", s.hoursPerDay);
        s.hourlyRate = r.value("hourly_rate", s.hourlyRate);
        const auto rw = r.value("weights", nlohmann::json::object());
        s.wComplexity = rw.value("complexity", s.wComplexity);
        s.wCoupling = rw.value("coupling", s.wCoupling);
        s.wLicense = rw.value("license", s.wLicense);
        s.wVulnerability = rw.value("vulnerability", s.wVulnerability);
    }
    if (settings.is_object()) {
        if (settings.contains("provenance_weights")) {
            const auto& w = settings["provenance_weights"];
            readWeights(w);
            if (w.is_object() && w.contains("min_score") && w["min_score"].is_number())
                s.minScore = w["min_score"].get<double>();
        }
        auto number = [&settings](const char* key, double& target) {
            if (settings.contains(key) && settings[key].is_number() && settings[key].get<double>() >= 0)
                target = settings[key].get<double>();
        };
        number("rewrite_days_per_kloc", s.daysPerKloc);
        number("rewrite_hourly_rate", s.hourlyRate);
        number("rewrite_hours_per_day", s.hoursPerDay);
    }
    return s;
}

Provenance::Provenance(ProvenanceSettings settings, LicensePolicy policy)
    : m_settings(std::move(settings))
    , m_policy(std::move(policy))
{ }

bool Provenance::isVendoredPath(const QString& path) const
{
    // Every directory of the path (not the file name), without splitting it into new strings.
    const QStringView view(path);
    for (qsizetype start = 0, slash; (slash = view.indexOf(QLatin1Char('/'), start)) >= 0; start = slash + 1) {
        const QStringView part = view.mid(start, slash - start);
        for (const auto& d : m_settings.vendorDirectories)
            if (part.compare(d, Qt::CaseInsensitive) == 0)
                return true;
    }
    return false;
}

QString Provenance::declaredLicense(const AuditReport& report) const
{
    if (!m_policy.declaredOverride().isEmpty())
        return m_policy.declaredOverride();
    QStringList fromFiles, fromManifests;
    for (const auto& f : report.files) {
        if (f.path.contains(QLatin1Char('/')) || f.license.isEmpty())
            continue;
        if (LicenseMatcher::isLicenseFileName(f.path)) {
            // Only what the file's own full text or tag says, not licenses it merely mentions.
            for (const auto& h : f.licenseEvidence)
                if (!h.partial
                    && (h.source == QLatin1String("license-file") || h.source == QLatin1String("spdx-tag")
                        || h.source == QLatin1String("text")))
                    fromFiles << h.expression;
            if (f.licenseEvidence.empty())
                fromFiles << f.license;
        } else if (PackageMetadata::isManifest(f.path)) {
            fromManifests << f.license;
        }
    }
    const QString files = SpdxExpression::combineAnd(fromFiles);
    return files.isEmpty() ? SpdxExpression::combineAnd(fromManifests) : files;
}

void Provenance::classify(AuditReport& report, const audit::AuditOptions& options, const QString& declared) const
{
    const QSet<QString> declaredIds = idsOf(declared);
    // Declared dependencies by name, as they appear as directories (node_modules/<name>, vendor/github.com/x/y).
    // Name -> declaration order (the first declared dependency that holds a file names it).
    QHash<QString, int> depOrder;
    QStringList depNames;
    for (const auto& d : report.dependencies)
        if (d.name.size() >= 3 && !depOrder.contains(d.name.toLower())) {
            depOrder.insert(d.name.toLower(), int(depNames.size()));
            depNames << d.name.toLower();
        }
    std::map<QString, const audit::Contributor*> contributors;
    for (const auto& c : report.contributors)
        contributors[c.email.toLower()] = &c;
    const bool engagement = options.engagementStart.isValid();
    struct LicenseFacts
    {
        QSet<QString> ids;
        LicenseCategory category = LicenseCategory::None;
    };
    // Each file is classified on its own: chunks of the files are shared out among the cores.
    parallelFor(report.files.size(), [&](std::size_t from, std::size_t to) {
        // Many files share a directory and an expression: each is judged once per chunk.
        QHash<QStringView, bool> vendoredDirs;
        QHash<QString, LicenseFacts> licenseFacts;
        for (std::size_t index = from; index < to; ++index) {
            auto& f = report.files[index];
            struct Signal
            {
                QString cls;
                double weight;
                QString text;
            };
            std::vector<Signal> found;
            auto add = [&](const QString& cls, const char* key, const QString& text) {
                const double w = m_settings.weight(key);
                if (w > 0)
                    found.push_back({cls, w, text});
            };

            const auto vendoredDir = [&] {
                const QStringView dir = QStringView(f.path).first(std::max<qsizetype>(0, f.path.lastIndexOf(u'/') + 1));
                auto it = vendoredDirs.constFind(dir);
                if (it == vendoredDirs.constEnd())
                    it = vendoredDirs.insert(dir, isVendoredPath(f.path)); // the view lives as long as report.files
                return *it;
            };
            if (f.vendored || vendoredDir())
                add(kThirdParty, "vendored_path", QStringLiteral("vendored path"));
            // Every run of whole directory names ("node_modules/@scope/name", "github.com/x/y") is
            // looked up, so the cost follows the path's depth, not the number of dependencies.
            if (!depOrder.isEmpty()) {
                const QString lowerPath = QLatin1Char('/') + f.path.toLower();
                std::vector<qsizetype> slashes;
                for (qsizetype i = 0; i < lowerPath.size(); ++i)
                    if (lowerPath[i] == u'/')
                        slashes.push_back(i);
                int best = -1;
                for (size_t a = 0; a + 1 < slashes.size(); ++a)
                    for (size_t b = a + 1; b < slashes.size(); ++b) {
                        const auto it = depOrder.constFind(
                            QStringView(lowerPath).mid(slashes[a] + 1, slashes[b] - slashes[a] - 1).toString());
                        if (it != depOrder.constEnd() && (best < 0 || *it < best))
                            best = *it;
                    }
                if (best >= 0)
                    add(kThirdParty, "declared_dependency",
                        QStringLiteral("inside declared dependency %1").arg(depNames[best]));
            }

            auto facts = licenseFacts.constFind(f.license);
            if (facts == licenseFacts.constEnd())
                facts = licenseFacts.insert(f.license, {idsOf(f.license), m_policy.expressionCategory(f.license)});
            const auto& fileIds = facts->ids;
            bool differs = false;
            if (!f.license.isEmpty() && !declaredIds.isEmpty() && !fileIds.intersects(declaredIds)) {
                const auto cat = facts->category;
                differs = cat != LicenseCategory::Proprietary && cat != LicenseCategory::Unknown;
                if (differs)
                    add(kThirdParty, "license_differs",
                        QStringLiteral("license %1 differs from the repository's %2").arg(f.license, declared));
            } else if (!f.license.isEmpty() && fileIds.intersects(declaredIds)) {
                add(kForeground, "repository_license",
                    QStringLiteral("under the repository's license %1").arg(f.license));
            }

            QStringList orgHolders, foreignHolders;
            for (const auto& c : f.copyrights)
                for (const auto& h : c.holders)
                    (holderIsOrg(h, options) ? orgHolders : foreignHolders) << h;
            if (!orgHolders.isEmpty())
                add(kForeground, "org_copyright", QStringLiteral("copyright %1").arg(orgHolders.first()));
            if (!foreignHolders.isEmpty() && orgHolders.isEmpty()
                && (!options.orgNames.isEmpty() || !options.orgDomains.isEmpty())) {
                if (differs)
                    add(kThirdParty, "third_party_copyright",
                        QStringLiteral("copyright %1 under an open-source license").arg(foreignHolders.first()));
                else
                    add(kBackground, "foreign_copyright",
                        QStringLiteral("copyright %1, not the organisation").arg(foreignHolders.first()));
            }

            if (!options.orgDomains.isEmpty() && !f.authors.isEmpty()) {
                int org = 0;
                QStringList foreignDomains;
                for (const auto& a : f.authors) {
                    const QString d = domainOf(a);
                    if (domainMatches(d, options.orgDomains))
                        ++org;
                    else if (!d.isEmpty() && !foreignDomains.contains(d))
                        foreignDomains << d;
                }
                const bool mainIsOrg = domainMatches(domainOf(f.authors.first()), options.orgDomains);
                if (mainIsOrg)
                    add(kForeground, "org_author",
                        QStringLiteral("authored under %1").arg(domainOf(f.authors.first())));
                else if (org == 0 && !foreignDomains.isEmpty())
                    add(kBackground, "foreign_author",
                        QStringLiteral("authored under %1, not an organisation domain")
                            .arg(foreignDomains.join(QStringLiteral(", "))));
            }

            if (engagement) {
                QDateTime first;
                if (f.extra.contains("first_commit") && f.extra["first_commit"].is_string())
                    first = QDateTime::fromString(json::qstr(f.extra["first_commit"].get<std::string>()), Qt::ISODate);
                QDateTime lastActivity;
                for (const auto& a : f.authors) {
                    auto it = contributors.find(a.toLower());
                    if (it == contributors.end())
                        continue;
                    if (!lastActivity.isValid() || it->second->lastCommit > lastActivity)
                        lastActivity = it->second->lastCommit;
                }
                const QString start = options.engagementStart.date().toString(Qt::ISODate);
                if ((first.isValid() && first < options.engagementStart)
                    || (!first.isValid() && lastActivity.isValid() && lastActivity < options.engagementStart))
                    add(kBackground, "predates_engagement",
                        QStringLiteral("written before the engagement start %1").arg(start));
                else if ((first.isValid() && first >= options.engagementStart) || lastActivity.isValid())
                    add(kForeground, "after_engagement",
                        QStringLiteral("written after the engagement start %1").arg(start));
            }

            std::map<QString, double> totals;
            for (const auto& s : found)
                totals[s.cls] += s.weight;
            QString best = kUnknown;
            double bestScore = 0;
            // Ties go to the more cautious class: third party, then background, then foreground.
            for (const auto& cls : {kThirdParty, kBackground, kForeground}) {
                const double v = totals.count(cls) ? totals[cls] : 0.0;
                if (v > bestScore) {
                    best = cls;
                    bestScore = v;
                }
            }
            if (bestScore < m_settings.minScore)
                best = kUnknown;
            f.ipClass = best;
            f.rationale.clear();
            for (const auto& s : found)
                if (s.cls == best)
                    f.rationale << s.text;
            for (const auto& s : found)
                if (s.cls != best)
                    f.rationale << QStringLiteral("outweighed: %1").arg(s.text);
            if (found.empty())
                f.rationale << QStringLiteral("no provenance signal");
        }
    });
}

void Provenance::addFindings(AuditReport& report, const QString& declared) const
{
    const QSet<QString> declaredIds = idsOf(declared);
    // A tree holds few distinct expressions across many files: each expression is judged once,
    // with what its findings share (title, details) built then.
    struct Verdict
    {
        QString riskTitle; // empty when not on the risk list (or the repository's own license)
        QString riskSeverity;
        nlohmann::json riskDetails;
        std::optional<Conflict> conflict;
        QString conflictTitle;
        nlohmann::json conflictDetails;
    };
    QHash<QString, Verdict> verdicts;
    for (const auto& f : report.files) {
        if (f.license.isEmpty() || verdicts.contains(f.license))
            continue;
        Verdict v;
        const bool ownLicense = !declaredIds.isEmpty() && idsOf(f.license) == declaredIds;
        const QStringList listed = ownLicense ? QStringList() : m_policy.riskListed(f.license);
        if (!listed.isEmpty()) {
            const LicenseCategory category = m_policy.expressionCategory(f.license);
            v.riskSeverity = m_policy.severityFor(category);
            v.riskTitle = QStringLiteral("File under %1, which is on the license risk list")
                              .arg(listed.join(QStringLiteral(", ")));
            v.riskDetails = nlohmann::json::object();
            v.riskDetails["license"] = json::str(f.license);
            v.riskDetails["category"] = json::str(categoryName(category));
            v.riskDetails["listed"] = json::toJson(listed);
        }
        v.conflict = m_policy.conflict(f.license, declared);
        if (v.conflict) {
            v.conflictTitle = QStringLiteral("%1 conflicts with the repository's license %2").arg(f.license, declared);
            v.conflictDetails = nlohmann::json::object();
            v.conflictDetails["license"] = json::str(f.license);
            v.conflictDetails["declared"] = json::str(declared);
            v.conflictDetails["reason"] = json::str(v.conflict->reason);
        }
        verdicts.insert(f.license, std::move(v));
    }
    // The findings of each chunk of the files, appended in file order.
    std::mutex partsMutex;
    std::map<std::size_t, std::vector<audit::Finding>> parts;
    parallelFor(report.files.size(), [&](std::size_t from, std::size_t to) {
        std::vector<audit::Finding> found;
        for (std::size_t i = from; i < to; ++i) {
            const auto& f = report.files[i];
            if (f.license.isEmpty())
                continue;
            const Verdict& v = *verdicts.constFind(f.license);
            if (v.riskTitle.isEmpty() && !v.conflict)
                continue;
            int line = 0;
            for (const auto& h : f.licenseEvidence)
                if (h.startLine > 0 && (line == 0 || h.startLine < line))
                    line = h.startLine;
            auto add = [&](const QString& ruleId, const QString& severity, const QString& title,
                           const nlohmann::json& details, const QStringList& fingerprintParts) {
                audit::Finding x;
                x.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                x.type = QStringLiteral("license");
                x.severity = severity;
                x.ruleId = ruleId;
                x.title = title;
                x.file = f.path;
                x.line = line;
                x.evidence = f.license;
                x.fingerprint = audit::fingerprint(fingerprintParts);
                x.details = details;
                x.details["ip_class"] = json::str(f.ipClass);
                found.push_back(std::move(x));
            };
            if (!v.riskTitle.isEmpty()) {
                static const QString rule = QStringLiteral("license.risk-list");
                add(rule, v.riskSeverity, v.riskTitle, v.riskDetails, {rule, f.path, f.license});
            }
            if (v.conflict) {
                static const QString rule = QStringLiteral("license.conflict");
                add(rule, v.conflict->severity, v.conflictTitle, v.conflictDetails,
                    {rule, f.path, f.license, declared});
            }
        }
        std::lock_guard lock(partsMutex);
        parts[from] = std::move(found);
    });
    std::size_t count = 0;
    for (const auto& [from, found] : parts)
        count += found.size();
    report.findings.reserve(report.findings.size() + count);
    for (auto& [from, found] : parts)
        std::move(found.begin(), found.end(), std::back_inserter(report.findings));
}

void Provenance::rewriteability(AuditReport& report, const QHash<QString, SourceMetrics>& metrics) const
{
    // Only foreground files are scored: without one (a tree of third-party headers, say) there
    // is nothing to resolve imports for.
    if (std::none_of(report.files.begin(), report.files.end(),
            [&](const FileRecord& f) { return f.ipClass == kForeground && metrics.contains(f.path); }))
        return;
    // Resolve imports to repository files: by path suffix without extension ("foo/bar" ← "src/foo/bar.cpp",
    // "com.acme.Util" ← "src/com/acme/Util.java"). An import names a file when it is the file's
    // stem (its path without extension) or the stem's trailing segments; the candidates are the
    // files whose last segment is the import's.
    const auto& files = report.files;
    std::vector<QStringView> stems(files.size()); // views into the paths, which do not change here
    for (size_t i = 0; i < files.size(); ++i) {
        const QString& p = files[i].path;
        const auto slash = p.lastIndexOf(QLatin1Char('/'));
        const auto dot = p.lastIndexOf(QLatin1Char('.'));
        stems[i] = dot > slash ? QStringView(p).first(dot) : QStringView(p);
    }
    QHash<QStringView, std::vector<int>> byName;
    byName.reserve(qsizetype(files.size()));
    for (size_t i = 0; i < stems.size(); ++i)
        byName[stems[i].sliced(stems[i].lastIndexOf(QLatin1Char('/')) + 1)].push_back(int(i));
    // The one file an import names, or -1 (none, or several).
    const auto fileNamedBy = [&](const QString& imp) {
        const auto it = byName.constFind(QStringView(imp).sliced(imp.lastIndexOf(QLatin1Char('/')) + 1));
        if (it == byName.constEnd())
            return -1;
        int found = -1;
        for (int i : *it) {
            const QStringView stem = stems[size_t(i)];
            if (stem.size() == imp.size()
                    ? stem == imp
                    : stem.size() > imp.size() && stem.endsWith(imp) && stem[stem.size() - imp.size() - 1] == u'/') {
                if (found >= 0)
                    return -1;
                found = i;
            }
        }
        return found;
    };
    std::vector<const SourceMetrics*> metricsOf(files.size(), nullptr);
    std::vector<std::vector<int>> fanOut(files.size());
    std::vector<int> fanIn(files.size(), 0);
    parallelFor(files.size(), [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            const auto m = metrics.constFind(files[i].path);
            if (m == metrics.constEnd())
                continue;
            metricsOf[i] = &*m;
            auto& out = fanOut[i];
            for (QString imp : m->imports) {
                imp = withoutRelativePrefix(imp);
                if (const auto ext = sourceExtensionAt(imp); ext >= 0)
                    imp.truncate(ext); // a file: "util.h", "./lib/x.js"
                else if (!imp.contains(QLatin1Char('/')))
                    imp.replace(QLatin1Char('.'), QLatin1Char('/')); // a module: "com.acme.Util", "pkg.sub"
                else if (const auto dot = imp.lastIndexOf(QLatin1Char('.')); dot > imp.lastIndexOf(QLatin1Char('/')))
                    imp.truncate(dot);
                imp.replace(QStringLiteral("::"), QStringLiteral("/"));
                if (const int target = fileNamedBy(imp); target >= 0 && size_t(target) != i)
                    out.push_back(target);
            }
            std::sort(out.begin(), out.end());
            out.erase(std::unique(out.begin(), out.end()), out.end());
        }
    });
    for (const auto& out : fanOut)
        for (int t : out)
            ++fanIn[size_t(t)];

    QSet<QString> vulnerableNames;
    for (const auto& v : report.vulnerabilities) {
        QString name = v.purl.section(QLatin1Char('/'), -1).section(QLatin1Char('@'), 0, 0).toLower();
        if (!name.isEmpty())
            vulnerableNames.insert(name);
    }
    const bool dependencyData = !report.dependencies.empty();
    const double repoVulnShare = dependencyData
        ? clamp01(double(vulnerableNames.size()) / double(std::max<std::size_t>(1, report.dependencies.size())))
        : 0.0;

    QHash<QString, double> licenseRisk; // per distinct expression
    for (size_t i = 0; i < report.files.size(); ++i)
        if (const auto& f = report.files[i];
            f.ipClass == kForeground && metricsOf[i] && !f.license.isEmpty() && !licenseRisk.contains(f.license))
            licenseRisk.insert(f.license, m_policy.riskFactor(f.license));
    parallelFor(report.files.size(), [&](std::size_t from, std::size_t to) {
        for (size_t i = from; i < to; ++i) {
            auto& f = report.files[i];
            if (f.ipClass != kForeground || !metricsOf[i])
                continue;
            const SourceMetrics& m = *metricsOf[i];
            Rewriteability r;
            const double loc = double(std::max<qint64>(f.lines.code, m.lines));
            const double size = clamp01(std::log10(1.0 + loc) / std::log10(1.0 + 5000.0));
            const double branchDensity = clamp01((double(m.branches) / std::max(1.0, loc)) / 0.25);
            const double nesting = clamp01(double(m.maxNesting) / 8.0);
            r.complexity = 0.4 * size + 0.35 * branchDensity + 0.25 * nesting;
            r.fanOut = int(fanOut[i].size());
            r.fanIn = fanIn[i];
            r.coupling = clamp01((double(r.fanIn) + 0.5 * double(r.fanOut)) / 20.0);
            r.licenseRisk = f.license.isEmpty() ? 0.0 : licenseRisk.value(f.license);
            double wVuln = m_settings.wVulnerability;
            if (dependencyData) {
                int vulnerableImports = 0;
                for (const auto& imp : m.imports) {
                    qsizetype cut = 0; // the package name: up to the first '/', '.' or ':'
                    while (cut < imp.size() && imp[cut] != u'/' && imp[cut] != u'.' && imp[cut] != u':')
                        ++cut;
                    const QString head = imp.left(cut).toLower();
                    if (vulnerableNames.contains(head) || vulnerableNames.contains(imp.toLower()))
                        ++vulnerableImports;
                }
                const double fileShare
                    = m.imports.isEmpty() ? 0.0 : double(vulnerableImports) / double(m.imports.size());
                r.vulnerability = clamp01(0.5 * fileShare + 0.5 * repoVulnShare);
            } else {
                wVuln = 0; // no dependency data: the term is left out and the others are rescaled
            }
            const double wSum = m_settings.wComplexity + m_settings.wCoupling + m_settings.wLicense + wVuln;
            const double difficulty = wSum > 0
                ? (m_settings.wComplexity * r.complexity + m_settings.wCoupling * r.coupling
                      + m_settings.wLicense * r.licenseRisk + wVuln * r.vulnerability)
                    / wSum
                : 0.0;
            r.score = 100.0 * (1.0 - difficulty);
            r.effortDays = loc / 1000.0 * m_settings.daysPerKloc * (1.0 + r.complexity + 0.5 * r.coupling);
            r.effortCost = r.effortDays * m_settings.hoursPerDay * m_settings.hourlyRate;
            f.rewriteability = r;
        }
    });
}

nlohmann::json Provenance::composition(const AuditReport& report)
{
    const QString classes[] = {kForeground, kThirdParty, kBackground, kUnknown};
    qint64 files[4] = {}, lines[4] = {};
    for (const auto& f : report.files) {
        std::size_t c = 0;
        while (c < 3 && f.ipClass != classes[c])
            ++c; // anything else counts as unknown
        ++files[c];
        lines[c] += f.lines.total();
    }
    nlohmann::json out = nlohmann::json::object();
    for (std::size_t c = 0; c < 4; ++c)
        out[json::str(classes[c])] = {{"files", files[c]}, {"lines", lines[c]}};
    return out;
}

void Provenance::run(AuditReport& report, const audit::AuditOptions& options,
    const QHash<QString, SourceMetrics>& metrics, const QString& root, const std::function<bool()>& cancelled) const
{
    Q_UNUSED(root);
    const QString declared = declaredLicense(report);
    if (cancelled())
        return;
    classify(report, options, declared);
    if (cancelled())
        return;
    addFindings(report, declared);
    rewriteability(report, metrics);
    qCInfo(lcAudit) << "licenses: declared" << (declared.isEmpty() ? QStringLiteral("none") : declared) << "composition"
                    << json::qstr(composition(report).dump());
}

} // namespace assay::licenses
