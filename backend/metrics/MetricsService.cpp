// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsService.h"

#include "CommitDays.h"
#include "audit/jobs/AuditRunner.h"
#include "core/DataDir.h"
#include "core/Logging.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>

#include <cmath>

namespace assay::metrics {

namespace {

using json::qstr;
using json::str;

QString iso(const QDateTime& t)
{
    return json::isoUtc(t);
}

QString normRepo(QString s)
{
    s = s.trimmed().toLower();
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    if (s.endsWith(QLatin1String(".git")))
        s.chop(4);
    return s;
}

// `?repo=` matches a repository by name, slug (org/repo) or path/URL suffix.
bool repoMatches(const QString& filter, const QString& candidate)
{
    const QString f = normRepo(filter);
    const QString c = normRepo(candidate);
    if (f.isEmpty())
        return true;
    if (c.isEmpty())
        return false;
    return c == f || c.endsWith(QLatin1Char('/') + f) || f.endsWith(QLatin1Char('/') + c);
}

Json nullableNumber(const QVariant& v)
{
    if (v.isNull())
        return nullptr;
    return v.toDouble();
}

Json money(double v)
{
    return std::round(v * 1e6) / 1e6;
}

qint64 treeSize(const QString& path)
{
    QFileInfo info(path);
    if (info.isFile())
        return info.size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

// The latest completed audit of every source: {id, source, repository_name, summary}.
Result<std::vector<QVariantList>> latestAudits(const QSqlDatabase& db, bool withCommitDays)
{
    QString sql = QStringLiteral("SELECT id, source, repository_name, summary, finished_at FROM audits "
                                 "WHERE status = 'completed'");
    if (withCommitDays)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM audit_commit_days d WHERE d.audit_id = audits.id)");
    sql += QStringLiteral(" ORDER BY finished_at DESC, created_at DESC");
    auto q = execSql(db, sql);
    if (!q)
        return q.error();
    std::vector<QVariantList> out;
    QSet<QString> seen;
    while (q->next()) {
        const QString source = q->value(1).toString();
        if (seen.contains(source))
            continue;
        seen.insert(source);
        out.push_back({q->value(0), q->value(1), q->value(2), q->value(3), q->value(4)});
    }
    return out;
}

} // namespace

Result<TimeRange> parseTimeRange(const QString& since, const QString& until, const QDateTime& now)
{
    auto parseOne = [&now](const QString& raw, const char* field, bool isUntil) -> Result<QDateTime> {
        const QString v = raw.trimmed();
        if (v.isEmpty())
            return QDateTime();
        bool isNumber = false;
        const qint64 days = v.toLongLong(&isNumber);
        if (isNumber) {
            if (days < 0 || days > 36500)
                return Error::validation(
                    QStringLiteral("'%1' must be a number of days between 0 and 36500.").arg(QLatin1String(field)),
                    {{"field", field}});
            return now.toUTC().addDays(-days);
        }
        const QDate date = QDate::fromString(v, Qt::ISODate);
        if (date.isValid() && v.size() == 10)
            return QDateTime(isUntil ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc());
        QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
        if (!t.isValid())
            return Error::validation(
                QStringLiteral("'%1' must be an ISO 8601 date or date-time, or a number of days back.")
                    .arg(QLatin1String(field)),
                {{"field", field}});
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeZone(QTimeZone::utc());
        return t.toUTC();
    };
    auto s = parseOne(since, "since", false);
    if (!s)
        return s.error();
    auto u = parseOne(until, "until", true);
    if (!u)
        return u.error();
    if (s->isValid() && u->isValid() && *u < *s)
        return Error::validation(QStringLiteral("'until' is before 'since'."), {{"field", "until"}});
    return TimeRange {*s, *u};
}

Json ImportResult::toJson() const
{
    Json r = Json::array();
    for (const auto& x : rejected)
        r.push_back({{"line", x.line}, {"reason", str(x.reason)}});
    return {{"imported", imported}, {"duplicates", duplicates}, {"rejected", r}};
}

MetricsService::MetricsService(
    Database& db, SettingsStore& settings, EventBus& events, QString dataDir, int usageFlushMs, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(settings)
    , m_events(events)
    , m_dataDir(std::move(dataDir))
    , m_usage(std::make_unique<UsageMeter>(db, usageFlushMs))
{
    m_pool.setMaxThreadCount(1);
    m_subscription = m_events.subscribe(this, [this](const Event& e) { onEvent(e); });
}

MetricsService::~MetricsService()
{
    m_events.unsubscribe(m_subscription);
    m_pool.waitForDone();
    m_usage->flush();
}

PriceTable MetricsService::prices() const
{
    PriceTable t = PriceTable::builtIn();
    t.merge(m_settings.value(QStringLiteral("metrics_model_prices")));
    return t;
}

ReportConfig MetricsService::config(const TimeRange& range, int maxLag) const
{
    ReportConfig c;
    c.maxLag = std::clamp(maxLag, 0, 7);
    c.modelPolicy = m_settings.stringListValue(QStringLiteral("metrics_model_policy"));
    const Json t = m_settings.value(QStringLiteral("metrics_thresholds"));
    if (t.is_object())
        for (const auto& [k, v] : t.items())
            if (v.is_number())
                c.thresholds[qstr(k)] = v.get<double>();
    if (range.since.isValid())
        c.since = range.since.date();
    if (range.until.isValid())
        c.until = range.until.addMSecs(-1).date();
    return c;
}

Result<ImportResult> MetricsService::importSessions(const Actor& actor, const QByteArray& data, ImportFormat format)
{
    if (!actor.atLeast(QStringLiteral("analyst")))
        return Error::forbidden(QStringLiteral("Importing sessions needs the analyst role."));
    const ParsedSessions parsed = parseSessions(data, format, prices());
    ImportResult result;
    result.rejected = parsed.rejected;
    const QString now = json::nowIso();
    Status st = m_db.transaction([&](QSqlDatabase& db) -> Status {
        // Two statements prepared once for the whole file.
        QSqlQuery exists(db);
        QSqlQuery insert(db);
        if (!exists.prepare(QStringLiteral("SELECT 1 FROM ai_sessions WHERE content_hash = ?"))
            || !insert.prepare(QStringLiteral(
                "INSERT INTO ai_sessions(content_hash, session_id, started_at, day, developer_id, model, repo, "
                "status_code, latency_ms, input_tokens, output_tokens, total_tokens, accepted, diff_ratio, "
                "accepted_lines, cost, imported_at, raw) "
                "VALUES(?,?,?,?,COALESCE(?, ''),?,COALESCE(?, ''),?,?,?,?,?,?,?,?,?,?,?)")))
            return Error::internal(
                QStringLiteral("Cannot prepare the session import: %1")
                    .arg(insert.lastError().text().isEmpty() ? exists.lastError().text() : insert.lastError().text()));
        QSet<QString> seen;
        for (const auto& [line, s] : parsed.sessions) {
            if (seen.contains(s.contentHash)) {
                ++result.duplicates;
                continue;
            }
            seen.insert(s.contentHash);
            exists.addBindValue(s.contentHash);
            if (auto e = exec(exists); !e)
                return e.error();
            const bool duplicate = exists.next();
            exists.finish();
            if (duplicate) {
                ++result.duplicates;
                continue;
            }
            auto opt = [](const auto& o) { return o ? QVariant(*o) : QVariant(); };
            for (const QVariant& v :
                QVariantList {s.contentHash, s.sessionId, iso(s.startedAt), s.startedAt.date().toString(Qt::ISODate),
                    s.developerId, s.model, s.repo, opt(s.statusCode), opt(s.latencyMs), s.inputTokens, s.outputTokens,
                    s.totalTokens, s.accepted ? QVariant(*s.accepted ? 1 : 0) : QVariant(), opt(s.diffRatio),
                    opt(s.acceptedLines), s.cost, now, QString::fromStdString(s.raw.dump())})
                insert.addBindValue(v);
            if (auto e = exec(insert); !e)
                return Error::internal(
                    QStringLiteral("Cannot store the session of line %1: %2").arg(line).arg(e.error().message));
            ++result.imported;
        }
        return {};
    });
    if (!st)
        return st.error();
    qCInfo(lcMetrics) << "imported" << result.imported << "sessions," << result.duplicates << "duplicates,"
                      << result.rejected.size() << "rejected";
    if (result.imported > 0)
        publishChanged(QStringLiteral("sessions_imported"), {{"imported", result.imported}});
    return result;
}

Result<ReportInputs> MetricsService::loadInputs(const TimeRange& range, const QString& repo)
{
    QSqlDatabase db = m_db.connection();
    ReportInputs in;
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (range.since.isValid()) {
        where += QStringLiteral(" AND started_at >= ?");
        values << iso(range.since);
    }
    if (range.until.isValid()) {
        where += QStringLiteral(" AND started_at < ?");
        values << iso(range.until);
    }
    auto q = execSql(db,
        QStringLiteral("SELECT started_at, session_id, developer_id, model, status_code, total_tokens, accepted, "
                       "accepted_lines, cost, repo FROM ai_sessions")
            + where,
        values);
    if (!q)
        return q.error();
    while (q->next()) {
        if (!repo.isEmpty() && !repoMatches(repo, q->value(9).toString()))
            continue;
        SessionSample s;
        s.at = QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs).toUTC();
        s.sessionId = q->value(1).toString();
        s.developerId = q->value(2).toString();
        s.model = q->value(3).toString();
        if (!q->value(4).isNull())
            s.statusCode = q->value(4).toInt();
        s.tokens = q->value(5).toLongLong();
        if (!q->value(6).isNull())
            s.accepted = q->value(6).toInt() != 0;
        if (!q->value(7).isNull())
            s.acceptedLines = q->value(7).toLongLong();
        s.cost = q->value(8).toDouble();
        in.sessions.push_back(std::move(s));
    }

    // Commits per day: the latest audit of each repository that has commit days.
    auto audits = latestAudits(db, true);
    if (!audits)
        return audits.error();
    for (const auto& a : *audits) {
        if (!repo.isEmpty() && !repoMatches(repo, a[1].toString()) && !repoMatches(repo, a[2].toString()))
            continue;
        auto days
            = execSql(db, QStringLiteral("SELECT day, commits FROM audit_commit_days WHERE audit_id = ?"), {a[0]});
        if (!days)
            return days.error();
        while (days->next())
            in.commits[QDate::fromString(days->value(0).toString(), Qt::ISODate)] += days->value(1).toLongLong();
    }

    // Findings: first appearance of each fingerprint, resolutions, open findings of the latest audits.
    auto f = execSql(db,
        QStringLiteral("SELECT f.fingerprint, f.severity, MIN(f.created_at) FROM findings f "
                       "JOIN audits a ON a.id = f.audit_id GROUP BY f.fingerprint, f.severity"));
    if (!f)
        return f.error();
    QHash<QString, QDateTime> firstSeen;
    while (f->next()) {
        const QDateTime t = QDateTime::fromString(f->value(2).toString(), Qt::ISODateWithMs).toUTC();
        const QString fp = f->value(0).toString();
        if (!firstSeen.contains(fp) || t < firstSeen[fp]) {
            firstSeen[fp] = t;
        }
    }
    // Repository filter for findings: by the latest audits that match.
    QSet<QString> matchingSources;
    auto all = latestAudits(db, false);
    if (!all)
        return all.error();
    for (const auto& a : *all)
        if (repo.isEmpty() || repoMatches(repo, a[1].toString()) || repoMatches(repo, a[2].toString()))
            matchingSources.insert(a[1].toString());
    auto perSource = execSql(db,
        QStringLiteral("SELECT f.fingerprint, f.severity, MIN(f.created_at), a.source FROM findings f "
                       "JOIN audits a ON a.id = f.audit_id GROUP BY f.fingerprint, f.severity, a.source"));
    if (!perSource)
        return perSource.error();
    QSet<QString> counted;
    while (perSource->next()) {
        const QString fp = perSource->value(0).toString();
        if (!repo.isEmpty() && !matchingSources.contains(perSource->value(3).toString()))
            continue;
        if (counted.contains(fp))
            continue;
        counted.insert(fp);
        in.findings.push_back({firstSeen.value(fp).date(), perSource->value(1).toString()});
    }
    auto res = execSql(db,
        QStringLiteral("SELECT f.severity, f.created_at, MIN(e.at), a.source FROM finding_events e "
                       "JOIN findings f ON f.id = e.finding_id JOIN audits a ON a.id = f.audit_id "
                       "WHERE e.status_to IN ('resolved', 'false_positive') "
                       "GROUP BY f.id, f.severity, f.created_at, a.source"));
    if (!res)
        return res.error();
    while (res->next()) {
        if (!repo.isEmpty() && !matchingSources.contains(res->value(3).toString()))
            continue;
        const QDateTime created = QDateTime::fromString(res->value(1).toString(), Qt::ISODateWithMs).toUTC();
        const QDateTime resolved = QDateTime::fromString(res->value(2).toString(), Qt::ISODateWithMs).toUTC();
        if ((range.since.isValid() && resolved < range.since) || (range.until.isValid() && resolved >= range.until))
            continue;
        in.resolutions.push_back({res->value(0).toString(), std::max(0.0, double(created.msecsTo(resolved)) / 3.6e6)});
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& a : *all) {
        if (!matchingSources.contains(a[1].toString()))
            continue;
        auto open = execSql(db,
            QStringLiteral("SELECT fingerprint, severity, created_at FROM findings WHERE audit_id = ? "
                           "AND status IN ('open', 'acknowledged')"),
            {a[0]});
        if (!open)
            return open.error();
        while (open->next()) {
            const QString fp = open->value(0).toString();
            const QDateTime since = firstSeen.contains(fp)
                ? firstSeen[fp]
                : QDateTime::fromString(open->value(2).toString(), Qt::ISODateWithMs).toUTC();
            in.openFindings.push_back({open->value(1).toString(), double(since.msecsTo(now)) / 86.4e6});
        }
    }
    return in;
}

Result<Report> MetricsService::report(const TimeRange& range, const QString& repo, int maxLag)
{
    auto in = loadInputs(range, repo);
    if (!in)
        return in.error();
    return computeReport(*in, config(range, maxLag));
}

Result<Json> MetricsService::kpis(const Actor&, const TimeRange& range, const QString& repo)
{
    auto r = report(range, repo);
    if (!r)
        return r.error();
    return r->kpisJson();
}

Result<Json> MetricsService::raw(const Actor&, const TimeRange& range, const QString& repo, int maxLag)
{
    auto r = report(range, repo, maxLag);
    if (!r)
        return r.error();
    Json out = r->toJson();
    out["range"] = {{"since", json::timeOrNull(range.since)}, {"until", json::timeOrNull(range.until)}};
    out["repo"] = repo.isEmpty() ? Json(nullptr) : Json(str(repo));
    return out;
}

Result<Json> MetricsService::insights(const Actor&, const TimeRange& range, const QString& repo, int maxLag)
{
    auto r = report(range, repo, maxLag);
    if (!r)
        return r.error();
    Json out = r->insights();
    out["kpis"] = r->kpisJson();
    out["correlations"] = r->correlationsJson();
    out["anomalies"] = r->anomaliesJson();
    out["sla"] = r->slaJson();
    out["lag_days"] = std::clamp(maxLag, 0, 7);
    out["repo"] = repo.isEmpty() ? Json(nullptr) : Json(str(repo));
    out["generated_at"] = str(json::nowIso());
    return out;
}

Result<std::pair<Json, qint64>> MetricsService::sessions(const Actor&, const SessionQuery& query)
{
    static const QStringList sortable {QStringLiteral("started_at"), QStringLiteral("ended_at"),
        QStringLiteral("requests"), QStringLiteral("tokens"), QStringLiteral("cost"), QStringLiteral("developer_id"),
        QStringLiteral("model")};
    const QString sortBy = sortable.contains(query.sortBy) ? query.sortBy : QStringLiteral("started_at");
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (!query.developerId.isEmpty()) {
        where += QStringLiteral(" AND developer_id = ?");
        values << query.developerId;
    }
    if (!query.model.isEmpty()) {
        where += QStringLiteral(" AND model = ?");
        values << query.model;
    }
    if (!query.repo.isEmpty()) {
        where += QStringLiteral(" AND repo = ?");
        values << query.repo;
    }
    if (query.range.since.isValid()) {
        where += QStringLiteral(" AND started_at >= ?");
        values << iso(query.range.since);
    }
    if (query.range.until.isValid()) {
        where += QStringLiteral(" AND started_at < ?");
        values << iso(query.range.until);
    }
    QSqlDatabase db = m_db.connection();
    auto count = execSql(db, QStringLiteral("SELECT COUNT(DISTINCT session_id) FROM ai_sessions") + where, values);
    if (!count)
        return count.error();
    const qint64 total = count->next() ? count->value(0).toLongLong() : 0;
    const int limit = std::clamp(query.limit, 1, 100);
    const int offset = (std::max(query.page, 1) - 1) * limit;
    auto q = execSql(db,
        QStringLiteral("SELECT session_id, MIN(started_at) AS started_at, MAX(started_at) AS ended_at, "
                       "COUNT(*) AS requests, SUM(total_tokens) AS tokens, SUM(cost) AS cost, "
                       "MIN(developer_id) AS developer_id, MIN(model) AS model, MIN(repo) AS repo, "
                       "SUM(CASE WHEN accepted = 1 THEN 1 ELSE 0 END), SUM(COALESCE(accepted_lines, 0)), "
                       "SUM(CASE WHEN status_code >= 400 THEN 1 ELSE 0 END) FROM ai_sessions")
            + where
            + QStringLiteral(" GROUP BY session_id ORDER BY %1 %2, session_id LIMIT %3 OFFSET %4")
                  .arg(sortBy, query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"))
                  .arg(limit)
                  .arg(offset),
        values);
    if (!q)
        return q.error();
    Json rows = Json::array();
    while (q->next())
        rows.push_back({{"session_id", str(q->value(0).toString())}, {"started_at", str(q->value(1).toString())},
            {"ended_at", str(q->value(2).toString())}, {"requests", q->value(3).toLongLong()},
            {"tokens", q->value(4).toLongLong()}, {"cost", money(q->value(5).toDouble())},
            {"developer_id", str(q->value(6).toString())}, {"model", str(q->value(7).toString())},
            {"repo", json::nullable(q->value(8).toString().isEmpty() ? QString() : q->value(8).toString())},
            {"accepted", q->value(9).toLongLong()}, {"accepted_lines", q->value(10).toLongLong()},
            {"errors", q->value(11).toLongLong()}});
    return std::pair<Json, qint64> {rows, total};
}

Result<Json> MetricsService::session(const Actor&, const QString& sessionId)
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT started_at, developer_id, model, repo, status_code, latency_ms, input_tokens, "
                       "output_tokens, total_tokens, accepted, diff_ratio, accepted_lines, cost FROM ai_sessions "
                       "WHERE session_id = ? ORDER BY started_at, id"),
        {sessionId});
    if (!q)
        return q.error();
    Json requests = Json::array();
    qint64 tokens = 0;
    double cost = 0;
    QSet<QString> models, developers;
    QString first, last, repo;
    while (q->next()) {
        const QString at = q->value(0).toString();
        if (first.isEmpty())
            first = at;
        last = at;
        developers.insert(q->value(1).toString());
        models.insert(q->value(2).toString());
        if (repo.isEmpty())
            repo = q->value(3).toString();
        tokens += q->value(8).toLongLong();
        cost += q->value(12).toDouble();
        requests.push_back({{"started_at", str(at)}, {"model", str(q->value(2).toString())},
            {"status_code", q->value(4).isNull() ? Json(nullptr) : Json(q->value(4).toInt())},
            {"latency_ms", nullableNumber(q->value(5))}, {"input_tokens", q->value(6).toLongLong()},
            {"output_tokens", q->value(7).toLongLong()}, {"total_tokens", q->value(8).toLongLong()},
            {"accepted", q->value(9).isNull() ? Json(nullptr) : Json(q->value(9).toInt() != 0)},
            {"diff_ratio", nullableNumber(q->value(10))},
            {"accepted_lines", q->value(11).isNull() ? Json(nullptr) : Json(q->value(11).toLongLong())},
            {"cost", money(q->value(12).toDouble())}});
    }
    if (requests.empty())
        return Error::notFound(QStringLiteral("No session with id %1.").arg(sessionId.left(200)));
    QStringList m(models.begin(), models.end()), d(developers.begin(), developers.end());
    m.sort();
    d.sort();
    return Json {{"session_id", str(sessionId)}, {"started_at", str(first)}, {"ended_at", str(last)},
        {"developer_id", str(d.join(QStringLiteral(", ")))}, {"models", json::toJson(m)},
        {"repo", repo.isEmpty() ? Json(nullptr) : Json(str(repo))}, {"requests", requests}, {"total_tokens", tokens},
        {"cost", money(cost)}};
}

Result<Json> MetricsService::profile(const Actor&, const QString& developerId, const TimeRange& range)
{
    if (developerId.trimmed().isEmpty())
        return Error::validation(QStringLiteral("'developer_id' is required."), {{"field", "developer_id"}});
    auto in = loadInputs(range, {});
    if (!in)
        return in.error();
    ReportInputs mine;
    std::map<QString, std::pair<qint64, double>> models;
    for (const auto& s : in->sessions)
        if (s.developerId.compare(developerId, Qt::CaseInsensitive) == 0) {
            mine.sessions.push_back(s);
            auto& m = models[s.model];
            ++m.first;
            m.second += s.cost;
        }
    // Contributions in the audited repositories (latest audit of each).
    Json contributions = Json::array();
    auto audits = latestAudits(m_db.connection(), false);
    if (!audits)
        return audits.error();
    for (const auto& a : *audits) {
        auto c = execSql(m_db.connection(),
            QStringLiteral("SELECT commits, lines_added, lines_removed, first_commit, last_commit FROM "
                           "audit_contributors WHERE audit_id = ? AND LOWER(email) = LOWER(?)"),
            {a[0], developerId});
        if (!c)
            return c.error();
        while (c->next())
            contributions.push_back({{"audit_id", str(a[0].toString())},
                {"repository", str(a[2].toString().isEmpty() ? a[1].toString() : a[2].toString())},
                {"commits", c->value(0).toLongLong()}, {"lines_added", c->value(1).toLongLong()},
                {"lines_removed", c->value(2).toLongLong()}, {"first_commit", json::nullable(c->value(3).toString())},
                {"last_commit", json::nullable(c->value(4).toString())}});
    }
    if (mine.sessions.empty() && contributions.empty())
        return Error::notFound(QStringLiteral("No sessions or commits for developer %1.").arg(developerId.left(200)));
    ReportConfig cfg = config(range, 7);
    const Report r = computeReport(mine, cfg);
    Json modelRows = Json::array();
    for (const auto& [name, m] : models)
        modelRows.push_back({{"model", str(name)}, {"requests", m.first}, {"cost", money(m.second)}});
    double cost = 0;
    qint64 tokens = 0;
    QDateTime first, last;
    for (const auto& s : mine.sessions) {
        cost += s.cost;
        tokens += s.tokens;
        if (!first.isValid() || s.at < first)
            first = s.at;
        if (!last.isValid() || s.at > last)
            last = s.at;
    }
    Json kpis = r.kpisJson();
    Json developerKpis = Json::object();
    for (const char* k :
        {"ai_interaction_velocity", "acceptance_rate", "model_selection_accuracy", "error_rate", "token_efficiency"})
        developerKpis[k] = kpis[k];
    return Json {{"developer_id", str(developerId)}, {"sessions", r.sessionCount}, {"requests", r.requestCount},
        {"first_seen", json::timeOrNull(first)}, {"last_seen", json::timeOrNull(last)}, {"total_tokens", tokens},
        {"cost", money(cost)}, {"models", modelRows}, {"kpis", developerKpis},
        {"daily",
            {{"days", r.daily.toJson()["days"]}, {"sessions", r.daily.toJson()["sessions"]},
                {"cost", r.daily.toJson()["cost"]}}},
        {"contributions", contributions}};
}

Result<Json> MetricsService::overview(const Actor& actor)
{
    QSqlDatabase db = m_db.connection();
    const bool all = actor.isAdmin() || m_settings.boolValue(QStringLiteral("share_audits_with_team"));
    QString where = all ? QString() : QStringLiteral(" WHERE owner_id = ?");
    QVariantList values;
    if (!all)
        values << actor.userId;
    auto q = execSql(db,
        QStringLiteral("SELECT id, source, repository_name, status, created_at, finished_at, summary FROM audits")
            + where + QStringLiteral(" ORDER BY created_at DESC LIMIT 10"),
        values);
    if (!q)
        return q.error();
    Json recent = Json::array();
    while (q->next()) {
        const auto summary = json::parse(q->value(6).toByteArray());
        recent.push_back({{"id", str(q->value(0).toString())}, {"repository", str(q->value(1).toString())},
            {"repository_name", json::nullable(q->value(2).toString())}, {"status", str(q->value(3).toString())},
            {"created_at", str(q->value(4).toString())}, {"finished_at", json::nullable(q->value(5).toString())},
            {"files_scanned", summary ? summary->value("files_scanned", Json(nullptr)) : Json(nullptr)}});
    }
    auto latest = latestAudits(db, false);
    if (!latest)
        return latest.error();
    Json bySeverity = {{"critical", 0}, {"high", 0}, {"medium", 0}, {"low", 0}, {"info", 0}};
    Json ip = nullptr;
    Json lastAudit = nullptr;
    for (const auto& a : *latest) {
        auto f = execSql(db,
            QStringLiteral("SELECT severity, COUNT(*) FROM findings WHERE audit_id = ? AND status IN ('open', "
                           "'acknowledged') GROUP BY severity"),
            {a[0]});
        if (!f)
            return f.error();
        while (f->next()) {
            const std::string sev = str(f->value(0).toString());
            bySeverity[sev] = bySeverity.value(sev, Json(0)).get<qint64>() + f->value(1).toLongLong();
        }
    }
    // The most recently finished completed audit is the first of `latest`.
    if (!latest->empty()) {
        const auto& a = latest->front();
        const auto summary = json::parse(a[3].toByteArray());
        ip = summary && summary->contains("ip") ? (*summary)["ip"] : Json(nullptr);
        lastAudit = {{"id", str(a[0].toString())}, {"repository", str(a[1].toString())},
            {"repository_name", json::nullable(a[2].toString())}, {"finished_at", str(a[4].toString())}};
    }
    return Json {{"recent_audits", recent}, {"open_findings_by_severity", bySeverity}, {"last_audit", lastAudit},
        {"ip_composition", ip}};
}

void MetricsService::recordRequest(
    const QString& userId, const QString& tokenId, qint64 bytesIn, qint64 bytesOut, bool error)
{
    m_usage->recordRequest(userId, tokenId, bytesIn, bytesOut, error);
}

void MetricsService::recordJob(
    const QString& userId, const QString& tokenId, const QString& kind, qint64 files, qint64 bytes)
{
    m_usage->recordJob(userId, tokenId, kind, files, bytes);
}

void MetricsService::noteJobCredential(const QString& kind, const QString& jobId, const QString& tokenId)
{
    QMutexLocker lock(&m_jobTokensMutex);
    m_jobTokens.insert(kind + QLatin1Char(':') + jobId, tokenId);
}

int MetricsService::flushUsage()
{
    return m_usage->flush();
}

Result<QString> MetricsService::resolveUser(const Actor& actor, const QString& userId) const
{
    if (userId.isEmpty() || userId == actor.userId)
        return actor.userId;
    if (!actor.isAdmin())
        return Error::forbidden(QStringLiteral("Only administrators can read the usage of other users."));
    return userId;
}

Result<Json> MetricsService::usageStats(const Actor& actor, const QString& period, const QString& userId)
{
    auto user = resolveUser(actor, userId);
    if (!user)
        return user.error();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QDate since;
    const QString p = period.isEmpty() ? QStringLiteral("month") : period.trimmed().toLower();
    bool isNumber = false;
    const int days = p.toInt(&isNumber);
    if (isNumber && days > 0 && days <= 36500)
        since = today.addDays(-(days - 1));
    else if (p == QLatin1String("day") || p == QLatin1String("today"))
        since = today;
    else if (p == QLatin1String("week"))
        since = today.addDays(-6);
    else if (p == QLatin1String("month"))
        since = today.addDays(-29);
    else if (p == QLatin1String("year"))
        since = today.addDays(-364);
    else if (p != QLatin1String("all"))
        return Error::validation(
            QStringLiteral("'period' must be day, week, month, year, all or a number of days."), {{"field", "period"}});
    m_usage->flush();
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (*user != QLatin1String("*")) {
        where += QStringLiteral(" AND user_id = ?");
        values << *user;
    }
    if (since.isValid()) {
        where += QStringLiteral(" AND day >= ?");
        values << since.toString(Qt::ISODate);
    }
    static const char* const kColumns[]
        = {"api_requests", "api_errors", "bytes_in", "bytes_out", "audits", "scans", "files_scanned", "bytes_scanned"};
    QStringList sums;
    for (const char* c : kColumns)
        sums << QStringLiteral("SUM(%1)").arg(QLatin1String(c));
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT token_id, %1 FROM usage_daily").arg(sums.join(QStringLiteral(", "))) + where
            + QStringLiteral(" GROUP BY token_id ORDER BY token_id"),
        values);
    if (!q)
        return q.error();
    Json totals = Json::object();
    for (const char* c : kColumns)
        totals[c] = 0;
    Json perToken = Json::array();
    while (q->next()) {
        Json row = {{"token_id", q->value(0).toString().isEmpty() ? Json(nullptr) : Json(str(q->value(0).toString()))}};
        int i = 1;
        for (const char* c : kColumns) {
            const qint64 v = q->value(i++).toLongLong();
            row[c] = v;
            totals[c] = totals[c].get<qint64>() + v;
        }
        perToken.push_back(row);
    }
    // Storage: the database for everyone, the artefacts of the user's audits.
    qint64 storage = 0;
    if (*user == QLatin1String("*")) {
        storage = treeSize(m_dataDir);
    } else {
        storage = 0;
        auto ids = execSql(m_db.connection(), QStringLiteral("SELECT id FROM audits WHERE owner_id = ?"), {*user});
        if (!ids)
            return ids.error();
        while (ids->next())
            storage += treeSize(audit::AuditRunner::artefactDir(m_dataDir, ids->value(0).toString()));
    }
    totals["storage_bytes"] = storage;
    return Json {{"period", str(p)}, {"since", since.isValid() ? Json(str(since.toString(Qt::ISODate))) : Json()},
        {"until", str(today.toString(Qt::ISODate))},
        {"user_id", *user == QLatin1String("*") ? Json(nullptr) : Json(str(*user))}, {"totals", totals},
        {"per_token", perToken}};
}

Result<Json> MetricsService::usageHistory(const Actor& actor, int days, const QString& userId)
{
    auto user = resolveUser(actor, userId);
    if (!user)
        return user.error();
    if (days < 1 || days > 3660)
        return Error::validation(QStringLiteral("'days' must be between 1 and 3660."), {{"field", "days"}});
    m_usage->flush();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate since = today.addDays(-(days - 1));
    QString where = QStringLiteral(" WHERE day >= ?");
    QVariantList values {since.toString(Qt::ISODate)};
    if (*user != QLatin1String("*")) {
        where += QStringLiteral(" AND user_id = ?");
        values << *user;
    }
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT day, SUM(api_requests), SUM(api_errors), SUM(bytes_in), SUM(bytes_out), SUM(audits), "
                       "SUM(scans), SUM(files_scanned), SUM(bytes_scanned) FROM usage_daily")
            + where + QStringLiteral(" GROUP BY day"),
        values);
    if (!q)
        return q.error();
    QHash<QString, QVariantList> byDay;
    while (q->next()) {
        QVariantList row;
        for (int i = 1; i <= 8; ++i)
            row << q->value(i);
        byDay.insert(q->value(0).toString(), row);
    }
    Json data = Json::array();
    for (QDate d = since; d <= today; d = d.addDays(1)) {
        const QString key = d.toString(Qt::ISODate);
        const QVariantList row = byDay.value(key, QVariantList(8, 0));
        data.push_back({{"day", str(key)}, {"api_requests", row[0].toLongLong()}, {"api_errors", row[1].toLongLong()},
            {"bytes_in", row[2].toLongLong()}, {"bytes_out", row[3].toLongLong()}, {"audits", row[4].toLongLong()},
            {"scans", row[5].toLongLong()}, {"files_scanned", row[6].toLongLong()},
            {"bytes_scanned", row[7].toLongLong()}});
    }
    return Json {
        {"days", days}, {"user_id", *user == QLatin1String("*") ? Json(nullptr) : Json(str(*user))}, {"data", data}};
}

Status MetricsService::recordCommitDays(const QString& auditId)
{
    auto q = execSql(
        m_db.connection(), QStringLiteral("SELECT root, source, commit_id FROM audits WHERE id = ?"), {auditId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("No audit with id %1.").arg(auditId));
    const QString commit = q->value(2).toString();
    QString path;
    for (const QString& candidate : {q->value(0).toString(), q->value(1).toString()})
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir()) {
            path = candidate;
            break;
        }
    if (path.isEmpty() || commit.isEmpty())
        return {}; // an archive or a folder without git history: no commits to count
    const qint64 maxCommits = std::max<qint64>(1, m_settings.intValue(QStringLiteral("history_max_commits")));
    auto days = CommitDays::collect(path, commit, maxCommits);
    if (!days)
        return days.error();
    return m_db.transaction([&](QSqlDatabase& db) -> Status {
        if (auto d = execSql(db, QStringLiteral("DELETE FROM audit_commit_days WHERE audit_id = ?"), {auditId}); !d)
            return d.error();
        for (const auto& [day, n] : *days)
            if (auto i
                = execSql(db, QStringLiteral("INSERT INTO audit_commit_days(audit_id, day, commits) VALUES(?,?,?)"),
                    {auditId, day.toString(Qt::ISODate), n});
                !i)
                return i.error();
        return {};
    });
}

void MetricsService::onEvent(const Event& e)
{
    if (e.type == QLatin1String("audit") && e.action == QLatin1String("created")) {
        const QString id = qstr(e.data.value("id", std::string()));
        const QString owner = e.ownerId;
        // The API notes the credential right after its handler returns; give it a moment.
        QTimer::singleShot(2000, this, [this, id, owner] {
            QMutexLocker lock(&m_jobTokensMutex);
            recordJob(owner, m_jobTokens.value(QStringLiteral("audit:") + id), QStringLiteral("audit"), 0, 0);
        });
    } else if (e.type == QLatin1String("audit") && e.action == QLatin1String("completed")) {
        const QString id = qstr(e.data.value("id", std::string()));
        const Json summary = e.data.value("summary", Json::object());
        QString token;
        {
            QMutexLocker lock(&m_jobTokensMutex);
            token = m_jobTokens.take(QStringLiteral("audit:") + id);
        }
        const qint64 files = summary.is_object() ? summary.value("files_scanned", qint64(0)) : 0;
        const qint64 bytes = summary.is_object() ? summary.value("bytes_scanned", qint64(0)) : 0;
        recordJob(e.ownerId, token, QStringLiteral("files"), files, bytes);
        m_pool.start([this, id] {
            if (auto st = recordCommitDays(id); !st)
                qCWarning(lcMetrics).noquote()
                    << "cannot count the commits of audit" << id << ":" << st.error().message;
            publishChanged(QStringLiteral("audit_completed"), {{"audit_id", str(id)}});
        });
    } else if (e.type == QLatin1String("scan") && e.action == QLatin1String("created")) {
        const QString id = qstr(e.data.value("scan_id", std::string()));
        const QString owner = e.ownerId;
        QTimer::singleShot(2000, this, [this, id, owner] {
            QMutexLocker lock(&m_jobTokensMutex);
            recordJob(owner, m_jobTokens.take(QStringLiteral("scan:") + id), QStringLiteral("scan"), 1, 0);
        });
    } else if (e.type == QLatin1String("finding") && e.action == QLatin1String("updated")) {
        publishChanged(QStringLiteral("finding_triaged"), e.data.is_object() ? Json {{"finding", e.data}} : Json());
    }
}

void MetricsService::publishChanged(const QString& reason, Json data)
{
    if (!data.is_object())
        data = Json::object();
    data["reason"] = str(reason);
    m_events.publish(QStringLiteral("metric"), QStringLiteral("updated"), std::move(data), QStringLiteral("metrics"));
}

} // namespace assay::metrics
