// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Crypto.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QSqlQuery>

namespace assay::auth {

namespace {

QDateTime parseTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

Json nullableString(const QString& s)
{
    return s.isEmpty() ? Json(nullptr) : Json(json::str(s));
}

} // namespace

AuditEntry AuditEntry::from(const RequestContext& ctx, QString eventType, QString status)
{
    AuditEntry e;
    if (ctx.principal) {
        e.userId = ctx.principal->userId;
        e.userEmail = ctx.principal->email;
    }
    e.ipAddress = ctx.ipAddress;
    e.userAgent = ctx.userAgent;
    e.eventType = std::move(eventType);
    e.status = std::move(status);
    return e;
}

Json AuditEntry::toJson() const
{
    return Json {{"id", json::str(id)}, {"timestamp", json::timeOrNull(timestamp)}, {"user_id", nullableString(userId)},
        {"user_email", nullableString(userEmail)}, {"event_type", json::str(eventType)},
        {"resource_type", nullableString(resourceType)}, {"resource_id", nullableString(resourceId)},
        {"action_description", json::str(actionDescription)}, {"status", json::str(status)},
        {"ip_address", nullableString(ipAddress)}, {"user_agent", nullableString(userAgent)}};
}

Result<QDateTime> parseTimeFilter(const QString& raw, const QString& field, bool endOfDay)
{
    const QString value = raw.trimmed();
    const Json details {{"field", json::str(field)}};
    bool isNumber = false;
    const qint64 days = value.toLongLong(&isNumber);
    if (isNumber) {
        if (days < 0 || days > 36500)
            return Error::validation(QStringLiteral("'%1' must be between 0 and 36500 days.").arg(field), details);
        return QDateTime::currentDateTimeUtc().addDays(-days);
    }
    QDate date = QDate::fromString(value, Qt::ISODate);
    if (date.isValid() && value.size() == 10)
        return endOfDay ? QDateTime(date, QTime(23, 59, 59, 999), Qt::UTC) : QDateTime(date, QTime(0, 0), Qt::UTC);
    QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value, Qt::ISODate);
    if (!t.isValid())
        return Error::validation(
            QStringLiteral("'%1' must be an ISO 8601 date or date-time, or a number of days back.").arg(field),
            details);
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no zone given: read as UTC, like every Assay timestamp
    return t.toUTC();
}

Result<AuditQuery> AuditQuery::fromUrlQuery(const QUrlQuery& url)
{
    AuditQuery q;
    auto item
        = [&](const char* key) { return url.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded).trimmed(); };
    q.user = item("user");
    if (q.user.isEmpty())
        q.user = item("user_id");
    q.eventType = item("event_type");
    q.resourceType = item("resource_type");
    q.status = item("status");
    if (const QString since = item("since"); !since.isEmpty()) {
        auto t = parseTimeFilter(since, QStringLiteral("since"));
        if (!t)
            return t.error();
        q.since = *t;
    }
    if (const QString until = item("until"); !until.isEmpty()) {
        auto t = parseTimeFilter(until, QStringLiteral("until"), true);
        if (!t)
            return t.error();
        q.until = *t;
    }
    for (const char* key : {"page", "limit"}) {
        const QString v = item(key);
        if (v.isEmpty())
            continue;
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < 1 || (QLatin1String(key) == QLatin1String("limit") && n > 100))
            return Error::validation(
                QStringLiteral("'%1' must be a whole number%2.")
                    .arg(QString::fromLatin1(key),
                        QLatin1String(key) == QLatin1String("limit") ? QStringLiteral(" from 1 to 100")
                                                                     : QStringLiteral(" from 1")),
                {{"field", key}});
        (QLatin1String(key) == QLatin1String("page") ? q.page.page : q.page.limit) = n;
    }
    const QString order = item("sort_order").toLower();
    if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc"))
        return Error::validation(QStringLiteral("'sort_order' must be asc or desc."), {{"field", "sort_order"}});
    q.ascending = order == QLatin1String("asc");
    return q;
}

AuditLog::AuditLog(Database& db)
    : m_db(db)
{ }

Status AuditLog::record(AuditEntry e)
{
    if (e.eventType.isEmpty())
        return Error::validation(QStringLiteral("An audit-log entry needs an event type."));
    if (e.id.isEmpty())
        e.id = crypto::newId();
    if (!e.timestamp.isValid())
        e.timestamp = QDateTime::currentDateTimeUtc();
    auto q = execSql(m_db.connection(),
        QStringLiteral("INSERT INTO audit_log(id, timestamp, user_id, user_email, event_type, resource_type, "
                       "resource_id, action_description, status, ip_address, user_agent) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.id, json::isoUtc(e.timestamp), e.userId.isEmpty() ? QVariant() : QVariant(e.userId),
            e.userEmail.isEmpty() ? QVariant() : QVariant(e.userEmail), e.eventType.left(100),
            e.resourceType.isEmpty() ? QVariant() : QVariant(e.resourceType.left(100)),
            e.resourceId.isEmpty() ? QVariant() : QVariant(e.resourceId.left(200)), e.actionDescription.left(1000),
            e.status.left(50), e.ipAddress.isEmpty() ? QVariant() : QVariant(e.ipAddress.left(100)),
            e.userAgent.isEmpty() ? QVariant() : QVariant(e.userAgent.left(512))});
    if (!q)
        return q.error();
    return {};
}

Result<Page<AuditEntry>> AuditLog::query(const AuditQuery& f) const
{
    QStringList where;
    QVariantList args;
    if (!f.user.isEmpty()) {
        where << QStringLiteral("(user_id = ? OR user_email = ?)");
        args << f.user << f.user.toLower();
    }
    if (!f.eventType.isEmpty()) {
        where << QStringLiteral("event_type = ?");
        args << f.eventType;
    }
    if (!f.resourceType.isEmpty()) {
        where << QStringLiteral("resource_type = ?");
        args << f.resourceType;
    }
    if (!f.status.isEmpty()) {
        where << QStringLiteral("status = ?");
        args << f.status;
    }
    if (f.since.isValid()) {
        where << QStringLiteral("timestamp >= ?");
        args << json::isoUtc(f.since);
    }
    if (f.until.isValid()) {
        where << QStringLiteral("timestamp <= ?");
        args << json::isoUtc(f.until);
    }
    const QString clause
        = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    Page<AuditEntry> out;
    out.request = f.page.normalized();
    auto count = execSql(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log") + clause, args);
    if (!count)
        return count.error();
    out.totalItems = count->next() ? count->value(0).toLongLong() : 0;
    QVariantList pageArgs = args;
    pageArgs << out.request.limit << f.page.offset();
    const QString order = f.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT id, timestamp, user_id, user_email, event_type, resource_type, resource_id, "
                       "action_description, status, ip_address, user_agent FROM audit_log%1 "
                       "ORDER BY timestamp %2, id %2 LIMIT ? OFFSET ?")
            .arg(clause, order),
        pageArgs);
    if (!q)
        return q.error();
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toString();
        e.timestamp = parseTime(q->value(1));
        e.userId = q->value(2).toString();
        e.userEmail = q->value(3).toString();
        e.eventType = q->value(4).toString();
        e.resourceType = q->value(5).toString();
        e.resourceId = q->value(6).toString();
        e.actionDescription = q->value(7).toString();
        e.status = q->value(8).toString();
        e.ipAddress = q->value(9).toString();
        e.userAgent = q->value(10).toString();
        out.items << e;
    }
    return out;
}

Result<int> AuditLog::purgeOlderThan(const QDateTime& cutoff)
{
    auto q = execSql(
        m_db.connection(), QStringLiteral("DELETE FROM audit_log WHERE timestamp < ?"), {json::isoUtc(cutoff)});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<int> AuditLog::applyRetention(const SettingsStore& settings)
{
    const qint64 days = settings.intValue(QStringLiteral("audit_log_retention_days"));
    if (days <= 0)
        return 0;
    return purgeOlderThan(QDateTime::currentDateTimeUtc().addDays(-days));
}

} // namespace assay::auth
