// SPDX-License-Identifier: GPL-3.0-or-later
#include "VulnDb.h"

#include "Ecosystem.h"
#include "OsvMatcher.h"
#include "VersionOrder.h"
#include "core/Json.h"
#include "core/JsonDepth.h"
#include "core/Logging.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <set>

namespace assay::audit::deps {

using assay::json::isoUtc;
using assay::json::str;
using nlohmann::json;

namespace {

constexpr qint64 kMaxDocumentBytes = 32 * 1024 * 1024;
constexpr size_t kBatch = 500;
constexpr int kMaxErrors = 20;

QString q(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string jstr(const json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

struct Document
{
    QString origin; // file (and entry) name, for error messages
    std::string text;
};

// Collects documents and writes them in batches, one transaction each.
class Importer
{
public:
    Importer(Database& db, VulnDbImportSummary& summary, const std::function<bool()>& cancelled,
        const std::function<void(qint64)>& progress)
        : m_db(db)
        , m_summary(summary)
        , m_cancelled(cancelled)
        , m_progress(progress)
    { }

    bool cancelled() const { return m_cancelled && m_cancelled(); }

    Status add(Document doc)
    {
        ++m_summary.files;
        m_pending.push_back(std::move(doc));
        if (m_pending.size() >= kBatch)
            return flush();
        return {};
    }

    void error(const QString& origin, const QString& reason)
    {
        ++m_summary.skipped;
        if (m_summary.errors.size() < kMaxErrors)
            m_summary.errors << QStringLiteral("%1: %2").arg(origin, reason);
    }

    Status flush()
    {
        if (m_pending.empty())
            return {};
        std::vector<Document> batch;
        batch.swap(m_pending);
        Status s = m_db.transaction([&](QSqlDatabase& c) -> Status {
            QSqlQuery existing(c), upsert(c), clear(c), link(c);
            existing.prepare(QStringLiteral("SELECT document FROM vuln_advisories WHERE id = ?"));
            upsert.prepare(
                QStringLiteral(
                    "INSERT INTO vuln_advisories (id, modified, published, withdrawn, summary, aliases, severity, "
                    "cvss, document, import_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ")
                + Database::upsertClause(QStringLiteral("id"),
                    {QStringLiteral("modified"), QStringLiteral("published"), QStringLiteral("withdrawn"),
                        QStringLiteral("summary"), QStringLiteral("aliases"), QStringLiteral("severity"),
                        QStringLiteral("cvss"), QStringLiteral("document"), QStringLiteral("import_id"),
                        QStringLiteral("updated_at")}));
            clear.prepare(QStringLiteral("DELETE FROM vuln_packages WHERE advisory_id = ?"));
            link.prepare(QStringLiteral("INSERT INTO vuln_packages (advisory_id, ecosystem, package) VALUES (?, ?, ?) ")
                + Database::upsertClause(QStringLiteral("advisory_id, ecosystem, package"), {}));
            const QString now = assay::json::nowIso();
            for (const auto& doc : batch) {
                if (assay::json::nestedDeeperThan(doc.text)) {
                    error(doc.origin, QStringLiteral("nested too deeply"));
                    continue;
                }
                const json parsed = json::parse(doc.text, nullptr, false);
                if (parsed.is_discarded()) {
                    error(doc.origin, QStringLiteral("not valid JSON"));
                    continue;
                }
                std::vector<const json*> records;
                if (parsed.is_array())
                    for (const auto& r : parsed)
                        records.push_back(&r);
                else
                    records.push_back(&parsed);
                for (const json* rec : records) {
                    const std::string id = rec->is_object() ? jstr(*rec, "id") : std::string();
                    if (id.empty() || (!rec->contains("affected") && !rec->contains("withdrawn"))) {
                        error(doc.origin, QStringLiteral("not an OSV record (no id or affected)"));
                        continue;
                    }
                    const std::string text = rec->dump();
                    existing.addBindValue(q(id));
                    if (Status st = exec(existing); !st)
                        return st;
                    const bool present = existing.next();
                    if (present && existing.value(0).toString().toStdString() == text) {
                        ++m_summary.unchanged;
                        existing.finish();
                        continue;
                    }
                    existing.finish();
                    const auto rating = OsvMatcher::rate(*rec);
                    json aliases
                        = rec->contains("aliases") && (*rec)["aliases"].is_array() ? (*rec)["aliases"] : json::array();
                    std::string summary = jstr(*rec, "summary");
                    if (summary.empty())
                        summary = jstr(*rec, "details").substr(0, 300);
                    auto nullableText = [](const std::string& s) { return s.empty() ? QVariant() : QVariant(q(s)); };
                    for (const QVariant& v : QVariantList {q(id), nullableText(jstr(*rec, "modified")),
                             nullableText(jstr(*rec, "published")), nullableText(jstr(*rec, "withdrawn")), q(summary),
                             q(aliases.dump()), q(rating.severity), rating.score ? QVariant(*rating.score) : QVariant(),
                             q(text), m_summary.id, now})
                        upsert.addBindValue(v);
                    if (Status st = exec(upsert); !st)
                        return st;
                    clear.addBindValue(q(id));
                    if (Status st = exec(clear); !st)
                        return st;
                    std::set<std::pair<std::string, std::string>> keys;
                    if (const auto affected = rec->find("affected"); affected != rec->end() && affected->is_array())
                        for (const auto& a : *affected) {
                            if (!a.is_object() || !a.contains("package") || !a["package"].is_object())
                                continue;
                            const std::string e = canonicalEcosystem(jstr(a["package"], "ecosystem"));
                            const std::string n = normalizePackageName(e, jstr(a["package"], "name"));
                            if (!e.empty() && !n.empty())
                                keys.insert({e, n});
                        }
                    for (const auto& [e, n] : keys) {
                        link.addBindValue(q(id));
                        link.addBindValue(q(e));
                        link.addBindValue(q(n));
                        if (Status st = exec(link); !st)
                            return st;
                    }
                    ++(present ? m_summary.updated : m_summary.added);
                }
            }
            return {};
        });
        if (m_progress)
            m_progress(m_summary.files);
        return s;
    }

    // Every regular *.json entry of an archive libarchive can read (zip, tar, tar.gz, …).
    Status readArchive(const QString& path)
    {
        std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), archive_read_free);
        archive_read_support_format_all(a.get());
        archive_read_support_filter_all(a.get());
        if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK)
            return Error::validation(QStringLiteral("%1 is not a readable archive: %2")
                                         .arg(path, QString::fromUtf8(archive_error_string(a.get()))));
        return readEntries(a.get(), QFileInfo(path).fileName());
    }

    Status readArchiveData(const QByteArray& data, const QString& label)
    {
        std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), archive_read_free);
        archive_read_support_format_all(a.get());
        archive_read_support_filter_all(a.get());
        if (archive_read_open_memory(a.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK)
            return Error::validation(QStringLiteral("%1 is not a readable archive: %2")
                                         .arg(label, QString::fromUtf8(archive_error_string(a.get()))));
        return readEntries(a.get(), label);
    }

    Status readEntries(archive* a, const QString& label)
    {
        archive_entry* entry = nullptr;
        int rc = ARCHIVE_OK;
        while ((rc = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
            if (cancelled())
                return {};
            const char* utf8 = archive_entry_pathname_utf8(entry);
            const QString name = QString::fromUtf8(utf8 ? utf8 : archive_entry_pathname(entry));
            if (archive_entry_filetype(entry) != AE_IFREG
                || !name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
                continue;
            const QString origin = label + QLatin1Char(':') + name;
            if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > kMaxDocumentBytes) {
                error(origin, QStringLiteral("larger than 32 MiB"));
                continue;
            }
            std::string text;
            char buf[64 * 1024];
            la_ssize_t n = 0;
            while ((n = archive_read_data(a, buf, sizeof buf)) > 0) {
                text.append(buf, size_t(n));
                if (qint64(text.size()) > kMaxDocumentBytes)
                    break;
            }
            if (n < 0)
                return Error::unprocessable(
                    QStringLiteral("%1 is damaged: %2").arg(origin, QString::fromUtf8(archive_error_string(a))));
            if (Status s = add({origin, std::move(text)}); !s)
                return s;
        }
        if (rc != ARCHIVE_EOF)
            return Error::unprocessable(
                QStringLiteral("%1 is damaged: %2").arg(label, QString::fromUtf8(archive_error_string(a))));
        return {};
    }

    Status readFile(const QString& path)
    {
        QFile f(path);
        if (f.size() > kMaxDocumentBytes) {
            error(path, QStringLiteral("larger than 32 MiB"));
            return {};
        }
        if (!f.open(QIODevice::ReadOnly))
            return Error::validation(QStringLiteral("%1 cannot be read: %2").arg(path, f.errorString()));
        const QByteArray bytes = f.readAll();
        return add({QFileInfo(path).fileName(), std::string(bytes.constData(), size_t(bytes.size()))});
    }

private:
    Database& m_db;
    VulnDbImportSummary& m_summary;
    std::function<bool()> m_cancelled;
    std::function<void(qint64)> m_progress;
    std::vector<Document> m_pending;
};

bool looksLikeArchive(const QString& path)
{
    const QString l = path.toLower();
    for (const char* ext : {".zip", ".tar", ".tar.gz", ".tgz", ".tar.xz", ".tar.bz2", ".tar.zst"})
        if (l.endsWith(QLatin1String(ext)))
            return true;
    return false;
}

VulnDbImportSummary summaryFromRow(const QSqlQuery& q)
{
    VulnDbImportSummary s;
    s.id = q.value(0).toString();
    s.source = q.value(1).toString();
    s.status = q.value(2).toString();
    s.startedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    s.finishedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    s.files = q.value(5).toLongLong();
    s.added = q.value(6).toLongLong();
    s.updated = q.value(7).toLongLong();
    s.unchanged = q.value(8).toLongLong();
    s.skipped = q.value(9).toLongLong();
    const auto errors = assay::json::parse(q.value(10).toString().toUtf8());
    if (errors)
        s.errors = assay::json::toStringList(*errors);
    return s;
}

} // namespace

json VulnDbImportSummary::toJson() const
{
    return {{"id", str(id)}, {"source", str(source)}, {"status", str(status)},
        {"started_at", assay::json::timeOrNull(startedAt)}, {"finished_at", assay::json::timeOrNull(finishedAt)},
        {"files", files}, {"added", added}, {"updated", updated}, {"unchanged", unchanged}, {"skipped", skipped},
        {"errors", assay::json::toJson(errors)}};
}

json VulnDbStatus::toJson() const
{
    json ecos = json::array();
    for (const auto& [e, n] : ecosystems)
        ecos.push_back({{"ecosystem", str(e)}, {"advisories", n}});
    return {{"advisories", advisories}, {"ecosystems", ecos},
        {"last_import", lastImport ? lastImport->toJson() : json(nullptr)}};
}

VulnDb::VulnDb(Database& database)
    : m_db(database)
{ }

namespace {

// Records the import, runs `body` (which feeds documents to the Importer), writes what is left and
// the outcome. Shared by importPath() and importData().
Result<VulnDbImportSummary> runImport(Database& db, const QString& source, const std::function<bool()>& cancelled,
    const std::function<void(qint64)>& progress, const std::function<Status(Importer&)>& body)
{
    VulnDbImportSummary summary;
    summary.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    summary.source = source;
    summary.startedAt = QDateTime::currentDateTimeUtc();
    summary.status = QStringLiteral("running");
    {
        auto r = execSql(db.connection(),
            QStringLiteral("INSERT INTO vuln_imports (id, source, status, started_at, seq) VALUES (?, ?, ?, ?, "
                           "(SELECT COALESCE(MAX(seq), 0) + 1 FROM vuln_imports))"),
            {summary.id, summary.source, summary.status, isoUtc(summary.startedAt)});
        if (!r)
            return r.error();
    }
    Importer importer(db, summary, cancelled, progress);
    Status result = body(importer);
    if (result)
        result = importer.flush();
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    summary.status = !result ? QStringLiteral("failed")
                             : (importer.cancelled() ? QStringLiteral("cancelled") : QStringLiteral("completed"));
    if (!result && summary.errors.size() < kMaxErrors)
        summary.errors << result.error().message;
    auto r = execSql(db.connection(),
        QStringLiteral("UPDATE vuln_imports SET status = ?, finished_at = ?, files = ?, added = ?, updated = ?, "
                       "unchanged = ?, skipped = ?, message = ? WHERE id = ?"),
        {summary.status, isoUtc(summary.finishedAt), summary.files, summary.added, summary.updated, summary.unchanged,
            summary.skipped, q(assay::json::toJson(summary.errors).dump()), summary.id});
    if (!result)
        return result.error();
    if (!r)
        return r.error();
    qCInfo(lcAudit) << "vulnerability database import" << summary.status << "files" << summary.files << "added"
                    << summary.added << "updated" << summary.updated << "skipped" << summary.skipped;
    return summary;
}

} // namespace

Result<VulnDbImportSummary> VulnDb::importPath(
    const QString& path, const std::function<bool()>& cancelled, const std::function<void(qint64)>& progress)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::validation(QStringLiteral("%1 does not exist.").arg(path));
    return runImport(m_db, info.absoluteFilePath(), cancelled, progress, [&](Importer& importer) -> Status {
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            QStringList files;
            while (it.hasNext())
                files << it.next();
            files.sort(); // deterministic order: a later file's copy of an advisory wins
            for (const QString& f : files) {
                if (importer.cancelled())
                    break;
                Status s;
                if (f.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
                    s = importer.readFile(f);
                else if (looksLikeArchive(f))
                    s = importer.readArchive(f);
                if (!s)
                    return s;
            }
            return {};
        }
        if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return importer.readFile(path);
        return importer.readArchive(path);
    });
}

Result<VulnDbImportSummary> VulnDb::importData(const QByteArray& data, const QString& name,
    const std::function<bool()>& cancelled, const std::function<void(qint64)>& progress)
{
    if (data.isEmpty())
        return Error::validation(QStringLiteral("The vulnerability database upload is empty."));
    const QString label = name.isEmpty() ? QStringLiteral("upload") : name;
    return runImport(m_db, label, cancelled, progress, [&](Importer& importer) -> Status {
        const QByteArray head = data.left(64).trimmed();
        if (name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || head.startsWith('{') || head.startsWith('['))
            return importer.add({label, std::string(data.constData(), size_t(data.size()))});
        return importer.readArchiveData(data, label);
    });
}

Result<VulnDbStatus> VulnDb::status() const
{
    VulnDbStatus s;
    const QSqlDatabase c = m_db.connection();
    auto total = execSql(c, QStringLiteral("SELECT COUNT(*) FROM vuln_advisories"));
    if (!total)
        return total.error();
    if (total->next())
        s.advisories = total->value(0).toLongLong();
    auto per = execSql(c,
        QStringLiteral("SELECT ecosystem, COUNT(DISTINCT advisory_id) FROM vuln_packages "
                       "GROUP BY ecosystem ORDER BY ecosystem"));
    if (!per)
        return per.error();
    while (per->next())
        s.ecosystems[per->value(0).toString()] = per->value(1).toLongLong();
    auto last = execSql(c,
        QStringLiteral("SELECT id, source, status, started_at, finished_at, files, added, updated, "
                       "unchanged, skipped, message FROM vuln_imports ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    if (last->next())
        s.lastImport = summaryFromRow(*last);
    return s;
}

Result<std::vector<json>> VulnDb::advisoriesFor(const QString& ecosystem, const QString& package) const
{
    const std::string e = canonicalEcosystem(str(ecosystem));
    const std::string n = normalizePackageName(e, str(package));
    auto r = execSql(m_db.connection(),
        QStringLiteral("SELECT a.document FROM vuln_packages p JOIN vuln_advisories a ON a.id = p.advisory_id "
                       "WHERE p.ecosystem = ? AND p.package = ? ORDER BY a.id"),
        {q(e), q(n)});
    if (!r)
        return r.error();
    std::vector<json> out;
    while (r->next()) {
        json doc = json::parse(r->value(0).toString().toStdString(), nullptr, false);
        if (!doc.is_discarded())
            out.push_back(std::move(doc));
    }
    return out;
}

Result<std::vector<Vulnerability>> VulnDb::vulnerabilitiesFor(const Dependency& dep) const
{
    std::vector<Vulnerability> out;
    if (!dep.versionExact || dep.version.isEmpty())
        return out; // an unpinned dependency is never matched as if it were pinned
    auto docs = advisoriesFor(dep.ecosystem, dep.name);
    if (!docs)
        return docs.error();
    std::vector<Vulnerability> matched;
    for (const auto& doc : *docs)
        if (const auto m = OsvMatcher::match(doc, str(dep.ecosystem), str(dep.name), str(dep.version)))
            matched.push_back(OsvMatcher::toVulnerability(doc, dep, *m));
    return mergeAliases(std::move(matched), dep.ecosystem);
}

std::vector<Vulnerability> VulnDb::mergeAliases(std::vector<Vulnerability> vulns, const QString& ecosystem)
{
    // One issue is often published twice (PYSEC-… and GHSA-… for one CVE, each naming the other):
    // records whose ids or aliases meet are one vulnerability, reported once with every id.
    static const QStringList rank {QStringLiteral("unknown"), QStringLiteral("low"), QStringLiteral("medium"),
        QStringLiteral("high"), QStringLiteral("critical")};
    std::sort(vulns.begin(), vulns.end(), [](const Vulnerability& a, const Vulnerability& b) {
        if (a.cvss.has_value() != b.cvss.has_value())
            return a.cvss.has_value(); // a record with a CVSS vector represents the group
        if (a.id.startsWith(QLatin1String("GHSA-")) != b.id.startsWith(QLatin1String("GHSA-")))
            return a.id.startsWith(QLatin1String("GHSA-"));
        return a.id < b.id;
    });
    std::vector<Vulnerability> out;
    std::vector<QSet<QString>> keys;
    for (auto& v : vulns) {
        QSet<QString> k(v.aliases.begin(), v.aliases.end());
        k.insert(v.id);
        size_t group = out.size();
        for (size_t i = 0; i < out.size(); ++i)
            if (keys[i].intersects(k)) {
                group = i;
                break;
            }
        if (group == out.size()) {
            out.push_back(std::move(v));
            keys.push_back(k);
            continue;
        }
        Vulnerability& kept = out[group];
        keys[group].unite(k);
        for (const QString& id : std::as_const(k))
            if (id != kept.id && !kept.aliases.contains(id))
                kept.aliases << id;
        if (rank.indexOf(v.severity) > rank.indexOf(kept.severity))
            kept.severity = v.severity;
        if (v.cvss && (!kept.cvss || *v.cvss > *kept.cvss))
            kept.cvss = v.cvss;
        if (!v.fixedVersion.isEmpty()
            && (kept.fixedVersion.isEmpty()
                || VersionOrder::compare(str(ecosystem), str(v.fixedVersion), str(kept.fixedVersion)) < 0))
            kept.fixedVersion = v.fixedVersion;
        if (kept.summary.isEmpty())
            kept.summary = v.summary;
    }
    for (auto& v : out)
        v.aliases.sort();
    return out;
}

} // namespace assay::audit::deps
