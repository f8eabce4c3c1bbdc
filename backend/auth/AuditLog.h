// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Paging.h"
#include "RequestContext.h"
#include "core/Result.h"

#include <QDateTime>
#include <QUrlQuery>

namespace assay {
class Database;
class SettingsStore;
} // namespace assay

namespace assay::auth {

// Event types used by Assay's own writers, so filters in the admin page match across modules.
namespace auditevent {
inline const QString Login = QStringLiteral("auth.login");
inline const QString LoginFailed = QStringLiteral("auth.login_failed");
inline const QString LoginBanned = QStringLiteral("auth.login_banned");
inline const QString Logout = QStringLiteral("auth.logout");
inline const QString Refresh = QStringLiteral("auth.refresh");
inline const QString RefreshReuse = QStringLiteral("auth.refresh_reuse");
inline const QString Register = QStringLiteral("auth.register");
inline const QString UserCreate = QStringLiteral("user.create");
inline const QString UserUpdate = QStringLiteral("user.update");
inline const QString UserDelete = QStringLiteral("user.delete");
inline const QString TokenCreate = QStringLiteral("token.create");
inline const QString TokenRotate = QStringLiteral("token.rotate");
inline const QString TokenRevoke = QStringLiteral("token.revoke");
inline const QString SettingsUpdate = QStringLiteral("settings.update");
inline const QString SigningKeyRotate = QStringLiteral("auth.signing_key_rotate");
inline const QString AccessDenied = QStringLiteral("auth.access_denied");
} // namespace auditevent

// Values of AuditEntry::status.
namespace auditstatus {
inline const QString Success = QStringLiteral("success");
inline const QString Failure = QStringLiteral("failure");
inline const QString Denied = QStringLiteral("denied");
} // namespace auditstatus

// One row of the audit log (SPEC §10: who did what, from where, with which outcome).
// `actionDescription` is written by Assay, never copied from a request body (no secrets).
struct AuditEntry
{
    QString id;
    QDateTime timestamp;
    QString userId;
    QString userEmail;
    QString eventType; // auditevent::…, or "<resource>.<verb>" for other state-changing requests
    QString resourceType; // e.g. "user", "token", "audit", "settings"
    QString resourceId;
    QString actionDescription;
    QString status; // auditstatus::… ("success" | "failure" | "denied")
    QString ipAddress;
    QString userAgent;

    // A row pre-filled with the caller of `ctx` (user id/email, address, user agent).
    static AuditEntry from(const RequestContext& ctx, QString eventType, QString status);

    Json toJson() const;
};

// Filters of GET /admin/audit-logs. `user` matches a user id or an email.
struct AuditQuery
{
    QString user;
    QString eventType;
    QString resourceType;
    QString status;
    QDateTime since;
    QDateTime until;
    PageRequest page;
    bool ascending = false;

    // ?user=&event_type=&resource_type=&status=&since=&until=&page=&limit=&sort_order=
    // `since`/`until` take an ISO 8601 date or date-time, or a number of days back (SPEC §4).
    static Result<AuditQuery> fromUrlQuery(const QUrlQuery& query);
};

// Parses a SPEC §4 time filter: "2026-01-31", "2026-01-31T12:00:00Z" or "7" (days back).
// `endOfDay` makes a bare date mean the end of that day (for `until`).
Result<QDateTime> parseTimeFilter(const QString& value, const QString& field, bool endOfDay = false);

// The audit-log store: written by the API middleware for every state-changing request, login,
// logout and failed login; read by the admin page and GET /admin/audit-logs. Thread-safe.
class AuditLog
{
public:
    explicit AuditLog(Database& db);

    Status record(AuditEntry entry);
    Result<Page<AuditEntry>> query(const AuditQuery& query) const;
    // Deletes entries older than `cutoff`; returns how many.
    Result<int> purgeOlderThan(const QDateTime& cutoff);
    // Applies `audit_log_retention_days` (0 = keep forever).
    Result<int> applyRetention(const SettingsStore& settings);

private:
    Database& m_db;
};

} // namespace assay::auth
