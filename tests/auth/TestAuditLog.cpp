// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/AuditLog.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QTemporaryDir>
#include <QTest>

#include "TestUtil.h"

using namespace assay;
using namespace assay::auth;

// Recording, filters, pagination, sort order, query-string parsing and retention.
class TestAuditLog : public QObject
{
    Q_OBJECT
private:
    static AuditEntry entry(
        const QString& user, const QString& event, const QString& resource, const QString& status, const QDateTime& at)
    {
        AuditEntry e;
        e.userId = user;
        e.userEmail = user + QStringLiteral("@example.com");
        e.eventType = event;
        e.resourceType = resource;
        e.resourceId = QStringLiteral("r-") + event;
        e.actionDescription = QStringLiteral("%1 %2").arg(event, resource);
        e.status = status;
        e.ipAddress = QStringLiteral("192.168.1.20");
        e.userAgent = QStringLiteral("curl/8.0");
        e.timestamp = at;
        return e;
    }

private slots:
    void filtersAndPagination()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("assay.db")));
        ASSAY_VERIFY_OK(db.open());
        AuditLog log(db);
        const QDateTime base = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        for (int i = 0; i < 30; ++i)
            ASSAY_VERIFY_OK(log.record(entry(i % 2 ? QStringLiteral("alice") : QStringLiteral("bob"),
                i % 3 ? QStringLiteral("token.create") : QStringLiteral("login_failed"),
                i % 3 ? QStringLiteral("token") : QStringLiteral("session"),
                i % 5 ? QStringLiteral("success") : QStringLiteral("failure"), base.addDays(i))));
        QVERIFY(!log.record(AuditEntry {}).ok()); // an event type is required

        AuditQuery all;
        auto page = log.query(all);
        ASSAY_VERIFY_OK(page);
        QCOMPARE(page->totalItems, 30);
        QCOMPARE(page->items.size(), 20);
        QCOMPARE(page->items.first().timestamp, base.addDays(29)); // newest first
        const Json j = page->items.first().toJson();
        for (const char* key : {"timestamp", "user_id", "user_email", "event_type", "resource_type", "resource_id",
                 "action_description", "status", "ip_address", "user_agent"})
            QVERIFY2(j.contains(key), key);

        AuditQuery byUser;
        byUser.user = QStringLiteral("alice");
        QCOMPARE(log.query(byUser)->totalItems, 15);
        byUser.user = QStringLiteral("ALICE@example.com");
        QCOMPARE(log.query(byUser)->totalItems, 15);

        AuditQuery combined;
        combined.eventType = QStringLiteral("login_failed");
        combined.status = QStringLiteral("failure");
        QCOMPARE(log.query(combined)->totalItems, 2); // i = 0, 15

        AuditQuery resource;
        resource.resourceType = QStringLiteral("token");
        QCOMPARE(log.query(resource)->totalItems, 20);

        AuditQuery range;
        range.since = base.addDays(10);
        range.until = base.addDays(14);
        range.ascending = true;
        auto ranged = log.query(range);
        QCOMPARE(ranged->totalItems, 5);
        QCOMPARE(ranged->items.first().timestamp, base.addDays(10));

        AuditQuery second;
        second.page = {2, 20};
        QCOMPARE(log.query(second)->items.size(), 10);
        QVERIFY(log.query(second)->toJson()["pagination"]["has_next"] == false);
    }

    void queryStringParsing()
    {
        QUrlQuery url(QStringLiteral(
            "user=bob&event_type=login&since=2026-03-01&until=2026-03-05&page=2&limit=50&sort_order=asc"));
        auto q = AuditQuery::fromUrlQuery(url);
        ASSAY_VERIFY_OK(q);
        QCOMPARE(q->user, QStringLiteral("bob"));
        QCOMPARE(q->since, QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(q->until, QDateTime(QDate(2026, 3, 5), QTime(23, 59, 59, 999), Qt::UTC));
        QCOMPARE(q->page.page, 2);
        QCOMPARE(q->page.limit, 50);
        QVERIFY(q->ascending);

        auto daysBack = AuditQuery::fromUrlQuery(QUrlQuery(QStringLiteral("since=7")));
        ASSAY_VERIFY_OK(daysBack);
        QVERIFY(qAbs(daysBack->since.secsTo(QDateTime::currentDateTimeUtc()) - 7 * 86400) < 60);

        auto dateTime = parseTimeFilter(QStringLiteral("2026-03-01T10:00:00+02:00"), QStringLiteral("since"));
        ASSAY_VERIFY_OK(dateTime);
        QCOMPARE(*dateTime, QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));

        auto bad = AuditQuery::fromUrlQuery(QUrlQuery(QStringLiteral("since=yesterday")));
        QCOMPARE(bad.error().kind, Error::Kind::Validation);
        QVERIFY(bad.error().details["field"] == "since");
        QVERIFY(bad.error().message.contains(QStringLiteral("since")));
        QCOMPARE(
            AuditQuery::fromUrlQuery(QUrlQuery(QStringLiteral("limit=500"))).error().kind, Error::Kind::Validation);
        QCOMPARE(
            AuditQuery::fromUrlQuery(QUrlQuery(QStringLiteral("sort_order=up"))).error().kind, Error::Kind::Validation);
    }

    void retention()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("assay.db")));
        ASSAY_VERIFY_OK(db.open());
        SettingsStore settings(db);
        ASSAY_VERIFY_OK(settings.load());
        QCOMPARE(settings.intValue(QStringLiteral("audit_log_retention_days")), 90);
        AuditLog log(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int days : {200, 100, 91, 89, 10, 0})
            ASSAY_VERIFY_OK(log.record(entry(QStringLiteral("u"), QStringLiteral("e"), QStringLiteral("r"),
                QStringLiteral("success"), now.addDays(-days))));
        auto purged = log.applyRetention(settings);
        ASSAY_VERIFY_OK(purged);
        QCOMPARE(*purged, 3);
        QCOMPARE(log.query({})->totalItems, 3);
        ASSAY_VERIFY_OK(settings.set(QStringLiteral("audit_log_retention_days"), 0)); // keep forever
        QCOMPARE(*log.applyRetention(settings), 0);
        ASSAY_VERIFY_OK(settings.set(QStringLiteral("audit_log_retention_days"), 5));
        QCOMPARE(*log.applyRetention(settings), 2);
    }

    void entryFromContext()
    {
        Principal p;
        p.userId = QStringLiteral("u1");
        p.email = QStringLiteral("u1@example.com");
        RequestContext ctx {p, QStringLiteral("10.0.0.5"), QStringLiteral("python-requests"), false};
        const AuditEntry e = AuditEntry::from(ctx, QStringLiteral("logout"), QStringLiteral("success"));
        QCOMPARE(e.userId, QStringLiteral("u1"));
        QCOMPARE(e.userEmail, QStringLiteral("u1@example.com"));
        QCOMPARE(e.ipAddress, QStringLiteral("10.0.0.5"));
        QCOMPARE(e.userAgent, QStringLiteral("python-requests"));
        const AuditEntry anon = AuditEntry::from(RequestContext::anonymous(QStringLiteral("10.0.0.6"), false),
            QStringLiteral("login_failed"), QStringLiteral("failure"));
        QVERIFY(anon.userId.isEmpty());
        QVERIFY(anon.toJson()["user_id"].is_null());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
