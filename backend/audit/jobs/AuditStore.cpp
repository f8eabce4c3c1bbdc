// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditStore.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>
#include <array>
#include <map>

namespace assay::audit {

namespace {

using assay::json::qstr;
using assay::json::str;

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
QString jsonText(const Json& j)
{
    return QString::fromUtf8(assay::json::dump(j));
}
Json parseOr(const QVariant& v, Json fallback)
{
    if (v.isNull())
        return fallback;
    auto j = assay::json::parse(v.toString().toUtf8());
    return j ? *j : fallback;
}
Json nullableString(const QVariant& v)
{
    return v.isNull() ? Json(nullptr) : Json(str(v.toString()));
}

Json auditRow(const QSqlQuery& q)
{
    const QSqlRecord r = q.record();
    auto v = [&](const char* name) { return q.value(r.indexOf(QLatin1String(name))); };
    const QString status = v("status").toString();
    Json out = {{"id", str(v("id").toString())}, {"owner_id", str(v("owner_id").toString())},
        {"repository", str(v("source").toString())}, {"repository_name", nullableString(v("repository_name"))},
        {"ref", nullableString(v("ref"))}, {"commit", nullableString(v("commit_id"))}, {"status", str(status)},
        {"progress", v("progress").toInt()}, {"stage", nullableString(v("stage"))},
        {"files_done", v("files_done").toLongLong()}, {"files_total", v("files_total").toLongLong()},
        {"eta_s", v("eta_s").isNull() ? Json(nullptr) : Json(v("eta_s").toLongLong())},
        {"error", nullableString(v("error"))}, {"summary", parseOr(v("summary"), nullptr)},
        {"diff", parseOr(v("diff"), nullptr)}, {"policy", parseOr(v("policy"), nullptr)},
        {"options", parseOr(v("options"), Json::object())}, {"created_at", str(v("created_at").toString())},
        {"started_at", nullableString(v("started_at"))}, {"finished_at", nullableString(v("finished_at"))},
        {"duration_ms", v("duration_ms").isNull() ? Json(nullptr) : Json(v("duration_ms").toLongLong())}};
    return out;
}

Json findingRow(const QSqlQuery& q)
{
    const QSqlRecord r = q.record();
    auto v = [&](const char* name) { return q.value(r.indexOf(QLatin1String(name))); };
    return {{"id", str(v("id").toString())}, {"audit_id", str(v("audit_id").toString())},
        {"type", str(v("type").toString())}, {"severity", str(v("severity").toString())},
        {"rule_id", str(v("rule_id").toString())}, {"title", str(v("title").toString())},
        {"file", nullableString(v("file"))}, {"line", v("line").isNull() ? Json(nullptr) : Json(v("line").toInt())},
        {"evidence", str(v("evidence").toString())}, {"fingerprint", str(v("fingerprint").toString())},
        {"status", str(v("status").toString())}, {"note", nullableString(v("note"))},
        {"updated_by", nullableString(v("updated_by"))}, {"updated_at", nullableString(v("updated_at"))},
        {"created_at", str(v("created_at").toString())}};
}

QString orderBy(const PageSpec& page, const QStringList& allowed, const QString& fallback)
{
    const QString column = allowed.contains(page.sortBy) ? page.sortBy : fallback;
    return QStringLiteral(" ORDER BY %1 %2")
        .arg(column, page.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
}

Result<qint64> count(Database& db, const QString& sql, const QVariantList& values)
{
    auto q = execSql(db.connection(), sql, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

// A LIKE pattern matching `text` literally (\, % and _ escaped; use with ESCAPE '\').
QString likeLiteral(QString text)
{
    return text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
}

// Binds `values` positionally and runs the prepared statement.
Status execBound(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    return exec(query);
}

void addIn(QString& where, QVariantList& values, const QString& column, const QStringList& list)
{
    if (list.isEmpty())
        return;
    QStringList marks;
    for (const auto& item : list) {
        marks << QStringLiteral("?");
        values << item;
    }
    where += QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
}

} // namespace

AuditStore::AuditStore(Database& db)
    : m_db(db)
{ }

int AuditStore::severityRank(const QString& severity)
{
    static const QStringList order {QStringLiteral("info"), QStringLiteral("low"), QStringLiteral("medium"),
        QStringLiteral("high"), QStringLiteral("critical")};
    return int(order.indexOf(severity.toLower()));
}

Status AuditStore::insertQueued(const QueuedAudit& a)
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("INSERT INTO audits(id, owner_id, source, ref, repository_name, status, priority, "
                       "options, archive_path, archive_name, created_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
        {a.id, a.ownerId, a.source, nullIfEmpty(a.ref), QVariant(), QStringLiteral("queued"), a.priority,
            jsonText(a.options), nullIfEmpty(a.archivePath), nullIfEmpty(a.archiveName), json::nowIso()});
    return q ? Status() : Status(q.error());
}

Result<std::optional<QueuedAudit>> AuditStore::claimNext(const QString& workerId)
{
    std::optional<QueuedAudit> claimed;
    Status s = m_db.transaction([&](QSqlDatabase& db) -> Status {
        auto pick = execSql(db,
            QStringLiteral("SELECT id FROM audits WHERE status = 'queued' "
                           "ORDER BY priority DESC, created_at ASC LIMIT 1"));
        if (!pick)
            return pick.error();
        if (!pick->next())
            return {};
        const QString id = pick->value(0).toString();
        pick->finish();
        const QString now = json::nowIso();
        auto upd = execSql(db,
            QStringLiteral("UPDATE audits SET status = 'running', worker_id = ?, heartbeat_at = ?, "
                           "started_at = ?, attempts = attempts + 1, progress = 0, stage = 'preparing', "
                           "error = NULL WHERE id = ? AND status = 'queued'"),
            {workerId, now, now, id});
        if (!upd)
            return upd.error();
        if (upd->numRowsAffected() != 1)
            return {};
        auto row = execSql(db,
            QStringLiteral("SELECT id, owner_id, source, ref, archive_path, archive_name, options, priority "
                           "FROM audits WHERE id = ?"),
            {id});
        if (!row)
            return row.error();
        if (row->next()) {
            QueuedAudit a;
            a.id = row->value(0).toString();
            a.ownerId = row->value(1).toString();
            a.source = row->value(2).toString();
            a.ref = row->value(3).toString();
            a.archivePath = row->value(4).toString();
            a.archiveName = row->value(5).toString();
            a.options = parseOr(row->value(6), Json::object());
            a.priority = row->value(7).toInt();
            claimed = std::move(a);
        }
        return {};
    });
    if (!s)
        return s.error();
    return claimed;
}

Status AuditStore::updateProgress(
    const QString& id, int percent, const QString& stage, qint64 done, qint64 total, qint64 eta)
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("UPDATE audits SET progress = ?, stage = ?, files_done = ?, files_total = ?, eta_s = ?, "
                       "heartbeat_at = ? WHERE id = ? AND status = 'running'"),
        {percent, stage, done, total, eta < 0 ? QVariant() : QVariant(eta), json::nowIso(), id});
    return q ? Status() : Status(q.error());
}

Result<bool> AuditStore::cancelRequested(const QString& id)
{
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT cancel_requested FROM audits WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() != 0 : true; // deleted meanwhile: stop
}

Status AuditStore::requestCancel(const QString& id)
{
    auto q = execSql(m_db.connection(), QStringLiteral("UPDATE audits SET cancel_requested = 1 WHERE id = ?"), {id});
    return q ? Status() : Status(q.error());
}

Status AuditStore::setStatus(const QString& id, const QString& status, const QString& error)
{
    const bool final = status != QLatin1String("queued") && status != QLatin1String("running");
    const QString now = json::nowIso();
    auto q = execSql(m_db.connection(),
        QStringLiteral(
            "UPDATE audits SET status = ?, error = ?, finished_at = CASE WHEN ? THEN ? ELSE finished_at END, "
            "worker_id = CASE WHEN ? THEN NULL ELSE worker_id END WHERE id = ?"),
        {status, nullIfEmpty(error), final ? 1 : 0, now, final ? 1 : 0, id});
    return q ? Status() : Status(q.error());
}

Status AuditStore::complete(const AuditReport& r, const Json& diff, const QString& previousId)
{
    return m_db.transaction([&](QSqlDatabase& db) -> Status {
        // Triage decisions on the previous audit of this repository carry over by fingerprint.
        std::map<QString, std::pair<QString, QString>> carried;
        if (!previousId.isEmpty()) {
            auto prev = execSql(db,
                QStringLiteral("SELECT fingerprint, status, note FROM findings WHERE audit_id = ? AND "
                               "status IN ('acknowledged', 'false_positive')"),
                {previousId});
            if (!prev)
                return prev.error();
            while (prev->next())
                carried[prev->value(0).toString()] = {prev->value(1).toString(), prev->value(2).toString()};
        }
        QSqlQuery file(db);
        file.prepare(QStringLiteral(
            "INSERT INTO audit_files(audit_id, path, language, size, lines_code, lines_comment, lines_blank, "
            "is_binary, "
            "vendored, generated, license, license_confidence, ip_class, rationale, authors, copyrights) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        for (const auto& f : r.files) {
            Json copyrights = Json::array();
            for (const auto& c : f.copyrights)
                copyrights.push_back(str(c.statement));
            const QVariantList values {r.id, f.path, nullIfEmpty(f.language), f.size, f.lines.code, f.lines.comment,
                f.lines.blank, f.binary ? 1 : 0, f.vendored ? 1 : 0, f.generated ? 1 : 0, nullIfEmpty(f.license),
                f.license.isEmpty() ? QVariant() : QVariant(f.licenseConfidence), f.ipClass,
                jsonText(json::toJson(f.rationale)), jsonText(json::toJson(f.authors)), jsonText(copyrights)};
            if (auto s = execBound(file, values); !s)
                return s;
        }
        QSqlQuery finding(db);
        finding.prepare(QStringLiteral(
            "INSERT INTO findings(id, audit_id, type, severity, severity_rank, rule_id, title, file, line, evidence, "
            "fingerprint, status, note, created_at, details) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        const QString now = json::nowIso();
        for (const auto& f : r.findings) {
            QString status = f.status.isEmpty() ? QStringLiteral("open") : f.status;
            QString note;
            if (auto it = carried.find(f.fingerprint); it != carried.end()) {
                status = it->second.first;
                note = it->second.second;
            }
            const QVariantList values {f.id, r.id, f.type, f.severity, severityRank(f.severity), f.ruleId, f.title,
                nullIfEmpty(f.file), f.line > 0 ? QVariant(f.line) : QVariant(), f.evidence, f.fingerprint, status,
                nullIfEmpty(note), now, jsonText(f.details)};
            if (auto s = execBound(finding, values); !s)
                return s;
        }
        QSqlQuery dep(db);
        dep.prepare(
            QStringLiteral("INSERT INTO audit_dependencies(audit_id, name, version, ecosystem, purl, scope, direct, "
                           "manifest, licenses) VALUES(?,?,?,?,?,?,?,?,?)"));
        for (const auto& d : r.dependencies) {
            const QVariantList values {r.id, d.name, nullIfEmpty(d.version), d.ecosystem, d.purl, d.scope,
                d.direct ? 1 : 0, d.manifest, jsonText(json::toJson(d.licenses))};
            if (auto s = execBound(dep, values); !s)
                return s;
        }
        QSqlQuery vuln(db);
        vuln.prepare(
            QStringLiteral("INSERT INTO audit_vulnerabilities(audit_id, vuln_id, aliases, purl, installed_version, "
                           "fixed_version, severity, cvss, summary) VALUES(?,?,?,?,?,?,?,?,?)"));
        for (const auto& v : r.vulnerabilities) {
            const QVariantList values {r.id, v.id, jsonText(json::toJson(v.aliases)), v.purl,
                nullIfEmpty(v.installedVersion), nullIfEmpty(v.fixedVersion), v.severity,
                v.cvss ? QVariant(*v.cvss) : QVariant(), v.summary};
            if (auto s = execBound(vuln, values); !s)
                return s;
        }
        QSqlQuery contributor(db);
        contributor.prepare(
            QStringLiteral("INSERT INTO audit_contributors(audit_id, name, email, commits, lines_added, "
                           "lines_removed, first_commit, last_commit) VALUES(?,?,?,?,?,?,?,?)"));
        for (const auto& c : r.contributors) {
            const QVariantList values {r.id, c.name, c.email, c.commits, c.linesAdded, c.linesRemoved,
                c.firstCommit.isValid() ? QVariant(json::isoUtc(c.firstCommit)) : QVariant(),
                c.lastCommit.isValid() ? QVariant(json::isoUtc(c.lastCommit)) : QVariant()};
            if (auto s = execBound(contributor, values); !s)
                return s;
        }
        Json policy = nullptr;
        if (r.policy.evaluated)
            policy = r.toJson()["policy"];
        auto upd = execSql(db,
            QStringLiteral(
                "UPDATE audits SET status = 'completed', progress = 100, stage = 'done', repository_name = ?, "
                "commit_id = ?, root = ?, summary = ?, diff = ?, policy = ?, started_at = COALESCE(started_at, ?), "
                "finished_at = ?, duration_ms = ?, files_done = ?, files_total = ?, eta_s = 0, worker_id = NULL, error "
                "= NULL "
                "WHERE id = ?"),
            {r.repository.name, nullIfEmpty(r.repository.commit), r.repository.root, jsonText(r.summaryJson()),
                diff.is_null() ? QVariant() : QVariant(jsonText(diff)),
                policy.is_null() ? QVariant() : QVariant(jsonText(policy)), json::isoUtc(r.startedAt),
                json::isoUtc(r.finishedAt), r.startedAt.msecsTo(r.finishedAt), r.filesScanned, r.filesScanned, r.id});
        if (!upd)
            return upd.error();
        return {};
    });
}

Result<QStringList> AuditStore::recoverStale(
    const std::function<bool(const QString&, const QDateTime&)>& isDead, bool requeue)
{
    QStringList ids;
    Status s = m_db.transaction([&](QSqlDatabase& db) -> Status {
        auto q = execSql(db, QStringLiteral("SELECT id, worker_id, heartbeat_at FROM audits WHERE status = 'running'"));
        if (!q)
            return q.error();
        while (q->next())
            if (isDead(q->value(1).toString(), QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs)))
                ids << q->value(0).toString();
        q->finish();
        for (const auto& id : ids) {
            // Nothing of an unfinished audit was stored; only its row changes.
            auto upd = execSql(db,
                QStringLiteral("UPDATE audits SET status = ?, worker_id = NULL, progress = 0, stage = NULL, "
                               "error = ? WHERE id = ? AND status = 'running'"),
                {requeue ? QStringLiteral("queued") : QStringLiteral("interrupted"),
                    QStringLiteral("Interrupted (Assay stopped while the audit ran)")
                        + (requeue ? QStringLiteral("; queued again.") : QStringLiteral(".")),
                    id});
            if (!upd)
                return upd.error();
        }
        return {};
    });
    if (!s)
        return s.error();
    return ids;
}

Result<Json> AuditStore::get(const QString& id)
{
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT * FROM audits WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("No audit %1.").arg(id));
    return auditRow(*q);
}

Result<QString> AuditStore::ownerOf(const QString& id)
{
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT owner_id FROM audits WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("No audit %1.").arg(id));
    return q->value(0).toString();
}

Result<std::pair<Json, qint64>> AuditStore::list(
    const Actor& actor, bool teamVisible, const AuditListFilter& filter, const PageSpec& page)
{
    auto text = listText(actor, teamVisible, filter, page);
    if (!text)
        return text.error();
    auto rows = json::parse(text->first);
    if (!rows)
        return Error::internal(QStringLiteral("The stored audits could not be read back."));
    return std::make_pair(std::move(*rows), text->second);
}

Result<std::pair<QByteArray, qint64>> AuditStore::listText(
    const Actor& actor, bool teamVisible, const AuditListFilter& filter, const PageSpec& page)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (!actor.isAdmin() && !teamVisible) {
        where += QStringLiteral(" AND owner_id = ?");
        values << actor.userId;
    }
    if (!filter.status.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        values << filter.status;
    }
    if (!filter.repository.isEmpty()) {
        where += QStringLiteral(" AND (source LIKE ? ESCAPE '\\' OR repository_name LIKE ? ESCAPE '\\')");
        QString like = likeLiteral(filter.repository);
        values << QStringLiteral("%") + like + QStringLiteral("%") << QStringLiteral("%") + like + QStringLiteral("%");
    }
    if (!filter.q.isEmpty()) {
        where += QStringLiteral(
            " AND (source LIKE ? ESCAPE '\\' OR repository_name LIKE ? ESCAPE '\\' OR ref LIKE ? ESCAPE '\\')");
        QString like = likeLiteral(filter.q);
        for (int i = 0; i < 3; ++i)
            values << QStringLiteral("%") + like + QStringLiteral("%");
    }
    qint64 total = 0;
    {
        auto q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM audits") + where);
        if (!q)
            return q.error();
        q->bindAll(values);
        auto row = q->next();
        if (!row)
            return row.error();
        total = *row ? q->int64(0) : 0;
    }
    auto q = m_db.prepare(
        QStringLiteral("SELECT id, owner_id, source, repository_name, ref, commit_id, status, progress, stage, "
                       "files_done, files_total, eta_s, error, summary, diff, policy, options, created_at, "
                       "started_at, finished_at, duration_ms FROM audits")
        + where
        + orderBy(page,
            {QStringLiteral("created_at"), QStringLiteral("status"), QStringLiteral("source"),
                QStringLiteral("finished_at"), QStringLiteral("duration_ms")},
            QStringLiteral("created_at"))
        + (page.descending ? QStringLiteral(", id DESC") : QStringLiteral(", id")) + QStringLiteral(" LIMIT ? OFFSET ?"));
    if (!q)
        return q.error();
    q->bindAll(values);
    q->bind(int(values.size()), qint64(page.limit));
    q->bind(int(values.size()) + 1, qint64(page.page - 1) * page.limit);

    // Each row is written in two halves around "open_findings" (keys in the order dump() sorts
    // them), which is known only after the counts query below.
    enum Col { Id, Owner, Source, Name, Ref, Commit, Status, Progress, Stage, Done, Total, Eta, Err, Summary, Diff,
        Policy, Options, Created, Started, Finished, Duration };
    auto key = [](QByteArray& out, const char* name) {
        out += '"';
        out += name;
        out += "\":";
    };
    auto text = [&](QByteArray& out, const char* name, int col, bool nullable) {
        key(out, name);
        if (nullable && q->isNull(col))
            out += "null";
        else
            json::appendString(out, q->text(col));
    };
    auto integer = [&](QByteArray& out, const char* name, int col, bool nullable) {
        key(out, name);
        if (nullable && q->isNull(col))
            out += "null";
        else
            out += QByteArray::number(q->int64(col));
    };
    // Stored JSON (written by this class from dump()) is copied as it is.
    auto stored = [&](QByteArray& out, const char* name, int col, const char* fallback) {
        key(out, name);
        const std::string_view v = q->text(col);
        const bool usable = !q->isNull(col) && !v.empty() && (v.front() == '{' || v.front() == '[');
        if (usable)
            out.append(v.data(), qsizetype(v.size()));
        else
            out += fallback;
    };
    struct Row
    {
        QByteArray head, tail;
        std::string id;
    };
    std::vector<Row> rows;
    for (;;) {
        auto more = q->next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        Row r;
        r.id = std::string(q->text(Id));
        QByteArray& h = r.head;
        h.reserve(512);
        h += '{';
        text(h, "commit", Commit, true);
        h += ',';
        text(h, "created_at", Created, false);
        h += ',';
        stored(h, "diff", Diff, "null");
        h += ',';
        integer(h, "duration_ms", Duration, true);
        h += ',';
        text(h, "error", Err, true);
        h += ',';
        integer(h, "eta_s", Eta, true);
        h += ',';
        integer(h, "files_done", Done, false);
        h += ',';
        integer(h, "files_total", Total, false);
        h += ',';
        text(h, "finished_at", Finished, true);
        h += ',';
        text(h, "id", Id, false);
        h += ',';
        QByteArray& t = r.tail;
        t.reserve(1024);
        t += ',';
        stored(t, "options", Options, "{}");
        t += ',';
        text(t, "owner_id", Owner, false);
        t += ',';
        stored(t, "policy", Policy, "null");
        t += ',';
        integer(t, "progress", Progress, false);
        t += ',';
        text(t, "ref", Ref, true);
        t += ',';
        text(t, "repository", Source, false);
        t += ',';
        text(t, "repository_name", Name, true);
        t += ',';
        text(t, "stage", Stage, true);
        t += ',';
        text(t, "started_at", Started, true);
        t += ',';
        text(t, "status", Status, false);
        t += ',';
        stored(t, "summary", Summary, "null");
        t += '}';
        rows.push_back(std::move(r));
    }

    // Open findings by severity for the rows of this page, in one query.
    static constexpr std::array<std::string_view, 5> kSeverities {"critical", "high", "info", "low", "medium"};
    std::map<std::string, std::array<qint64, 5>> bySeverity;
    if (!rows.empty()) {
        QString marks;
        for (size_t i = 0; i < rows.size(); ++i)
            marks += i ? QStringLiteral(",?") : QStringLiteral("?");
        auto counts = m_db.prepare(
            QStringLiteral("SELECT audit_id, severity, COUNT(*) FROM findings WHERE status = 'open' AND "
                           "audit_id IN (%1) GROUP BY audit_id, severity")
                .arg(marks));
        if (!counts)
            return counts.error();
        for (size_t i = 0; i < rows.size(); ++i)
            counts->bind(int(i), QString::fromStdString(rows[i].id));
        for (;;) {
            auto more = counts->next();
            if (!more)
                return more.error();
            if (!*more)
                break;
            const auto it = std::find(kSeverities.begin(), kSeverities.end(), counts->text(1));
            if (it != kSeverities.end())
                bySeverity[std::string(counts->text(0))][size_t(it - kSeverities.begin())] = counts->int64(2);
        }
    }
    QByteArray out;
    out.reserve(qsizetype(rows.size()) * 2048 + 2);
    out += '[';
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i)
            out += ',';
        out += rows[i].head;
        out += "\"open_findings\":{";
        const auto found = bySeverity.find(rows[i].id);
        for (size_t s = 0; s < kSeverities.size(); ++s) {
            if (s)
                out += ',';
            out += '"';
            out.append(kSeverities[s].data(), qsizetype(kSeverities[s].size()));
            out += "\":";
            out += QByteArray::number(found == bySeverity.end() ? 0 : found->second[s]);
        }
        out += '}';
        out += rows[i].tail;
    }
    out += ']';
    return std::make_pair(std::move(out), total);
}

Result<std::pair<Json, qint64>> AuditStore::files(
    const QString& auditId, const QString& pathPrefix, const PageSpec& page)
{
    QString where = QStringLiteral(" WHERE audit_id = ?");
    QVariantList values {auditId};
    if (!pathPrefix.isEmpty()) {
        where += QStringLiteral(" AND path LIKE ? ESCAPE '\\'");
        QString like = likeLiteral(pathPrefix);
        values << like + QStringLiteral("%");
    }
    auto total = count(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_files") + where, values);
    if (!total)
        return total.error();
    QVariantList pageValues = values;
    pageValues << page.limit << (page.page - 1) * page.limit;
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT path, language, size, lines_code, lines_comment, lines_blank, is_binary, vendored, "
                       "generated, license, license_confidence, ip_class, rationale, authors, copyrights "
                       "FROM audit_files")
            + where
            + orderBy(page,
                {QStringLiteral("path"), QStringLiteral("language"), QStringLiteral("lines_code"),
                    QStringLiteral("license"), QStringLiteral("ip_class"), QStringLiteral("size")},
                QStringLiteral("path"))
            + QStringLiteral(" LIMIT ? OFFSET ?"),
        pageValues);
    if (!q)
        return q.error();
    Json data = Json::array();
    while (q->next()) {
        const qint64 code = q->value(3).toLongLong(), comment = q->value(4).toLongLong(),
                     blank = q->value(5).toLongLong();
        data.push_back({{"path", str(q->value(0).toString())}, {"language", nullableString(q->value(1))},
            {"size", q->value(2).toLongLong()}, {"lines", code + comment + blank}, {"code", code}, {"comment", comment},
            {"blank", blank}, {"binary", q->value(6).toInt() != 0}, {"vendored", q->value(7).toInt() != 0},
            {"generated", q->value(8).toInt() != 0}, {"license", nullableString(q->value(9))},
            {"license_confidence", q->value(10).isNull() ? Json(nullptr) : Json(q->value(10).toDouble())},
            {"ip_class", str(q->value(11).toString())}, {"rationale", parseOr(q->value(12), Json::array())},
            {"authors", parseOr(q->value(13), Json::array())}, {"copyrights", parseOr(q->value(14), Json::array())}});
    }
    return std::make_pair(std::move(data), *total);
}

Result<std::pair<Json, qint64>> AuditStore::findings(
    const QString& auditId, const FindingFilter& filter, const PageSpec& page)
{
    QString where = QStringLiteral(" WHERE audit_id = ?");
    QVariantList values {auditId};
    addIn(where, values, QStringLiteral("type"), filter.types);
    addIn(where, values, QStringLiteral("severity"), filter.severities);
    addIn(where, values, QStringLiteral("status"), filter.statuses);
    if (!filter.path.isEmpty()) {
        QString like = likeLiteral(filter.path);
        like.replace(QLatin1Char('*'), QLatin1Char('%'));
        if (!like.contains(QLatin1Char('%')))
            like += QLatin1Char('%');
        where += QStringLiteral(" AND file LIKE ? ESCAPE '\\'");
        values << like;
    }
    auto total = count(m_db, QStringLiteral("SELECT COUNT(*) FROM findings") + where, values);
    if (!total)
        return total.error();
    PageSpec p = page;
    if (p.sortBy == QLatin1String("severity"))
        p.sortBy = QStringLiteral("severity_rank");
    QVariantList pageValues = values;
    pageValues << page.limit << (page.page - 1) * page.limit;
    // One direction for every key, so that the (audit_id, key…, id) indexes serve both orders.
    static const std::map<QString, QString> keys {
        {QStringLiteral("severity_rank"), QStringLiteral("severity_rank %1, file %1, line %1, id %1")},
        {QStringLiteral("file"), QStringLiteral("file %1, line %1, id %1")},
        {QStringLiteral("line"), QStringLiteral("file %1, line %1, id %1")},
        {QStringLiteral("status"), QStringLiteral("status %1, id %1")},
        {QStringLiteral("type"), QStringLiteral("type %1, id %1")},
        {QStringLiteral("rule_id"), QStringLiteral("rule_id %1, id %1")}};
    auto key = keys.find(p.sortBy);
    if (key == keys.end())
        key = keys.find(QStringLiteral("severity_rank"));
    const QString order = key->second.arg(p.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT * FROM findings") + where + QStringLiteral(" ORDER BY ") + order
            + QStringLiteral(" LIMIT ? OFFSET ?"),
        pageValues);
    if (!q)
        return q.error();
    Json data = Json::array();
    while (q->next())
        data.push_back(findingRow(*q));
    return std::make_pair(std::move(data), *total);
}

Result<Json> AuditStore::finding(const QString& findingId)
{
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT * FROM findings WHERE id = ?"), {findingId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("No finding %1.").arg(findingId));
    return findingRow(*q);
}

Result<Json> AuditStore::triage(
    const QString& findingId, const QString& status, const QString& note, const QString& userId)
{
    Json updated;
    Status s = m_db.transaction([&](QSqlDatabase& db) -> Status {
        auto cur
            = execSql(db, QStringLiteral("SELECT status, audit_id, severity FROM findings WHERE id = ?"), {findingId});
        if (!cur)
            return cur.error();
        if (!cur->next())
            return Error::notFound(QStringLiteral("No finding %1.").arg(findingId));
        const QString from = cur->value(0).toString();
        const QString auditId = cur->value(1).toString();
        const QString severity = cur->value(2).toString();
        cur->finish();
        const QString now = json::nowIso();
        auto upd = execSql(db,
            QStringLiteral("UPDATE findings SET status = ?, note = ?, updated_by = ?, updated_at = ? WHERE id = ?"),
            {status, nullIfEmpty(note), userId, now, findingId});
        if (!upd)
            return upd.error();
        auto ev = execSql(db,
            QStringLiteral("INSERT INTO finding_events(finding_id, audit_id, severity, status_from, status_to, "
                           "note, user_id, at) VALUES(?,?,?,?,?,?,?,?)"),
            {findingId, auditId, severity, from, status, nullIfEmpty(note), userId, now});
        if (!ev)
            return ev.error();
        return {};
    });
    if (!s)
        return s.error();
    return finding(findingId);
}

Status AuditStore::remove(const QString& id)
{
    auto q = execSql(m_db.connection(), QStringLiteral("DELETE FROM audits WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::notFound(QStringLiteral("No audit %1.").arg(id));
    return {};
}

Result<QString> AuditStore::previousCompleted(const QString& source, const QString& ref, const QString& excludeId)
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT id FROM audits WHERE source = ? AND COALESCE(ref, '') = ? AND status = 'completed' "
                       "AND id <> ? ORDER BY finished_at DESC LIMIT 1"),
        {source, ref.isEmpty() ? QStringLiteral("") : ref, excludeId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<QStringList> AuditStore::fingerprints(const QString& auditId)
{
    auto q
        = execSql(m_db.connection(), QStringLiteral("SELECT fingerprint FROM findings WHERE audit_id = ?"), {auditId});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QStringList> AuditStore::filePaths(const QString& auditId)
{
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT path FROM audit_files WHERE audit_id = ?"), {auditId});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace assay::audit
