// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageMeter.h"

#include "core/Logging.h"

#include <QDateTime>

namespace assay::metrics {

UsageMeter::UsageMeter(Database& db, int flushMs, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    if (flushMs > 0) {
        m_timer.setInterval(flushMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
        m_timer.start();
    }
}

UsageMeter::~UsageMeter()
{
    flush();
}

UsageMeter::Counters& UsageMeter::slot(const QString& userId, const QString& tokenId)
{
    return m_pending[Key {QDateTime::currentDateTimeUtc().date(), userId, tokenId}];
}

void UsageMeter::recordRequest(
    const QString& userId, const QString& tokenId, qint64 bytesIn, qint64 bytesOut, bool error)
{
    QMutexLocker lock(&m_mutex);
    Counters& c = slot(userId, tokenId);
    ++c.apiRequests;
    if (error)
        ++c.apiErrors;
    c.bytesIn += bytesIn;
    c.bytesOut += bytesOut;
}

void UsageMeter::recordJob(
    const QString& userId, const QString& tokenId, const QString& kind, qint64 files, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    Counters& c = slot(userId, tokenId);
    if (kind == QLatin1String("audit"))
        ++c.audits;
    else if (kind == QLatin1String("scan"))
        ++c.scans;
    c.filesScanned += files;
    c.bytesScanned += bytes;
}

int UsageMeter::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_pending.size());
}

int UsageMeter::flush()
{
    QHash<Key, Counters> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
    }
    if (batch.isEmpty())
        return 0;
    // Add to the day's row, creating it when missing (UPDATE then INSERT: standard SQL).
    Status st = m_db.transaction([&batch](QSqlDatabase& db) -> Status {
        for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
            const Counters& c = it.value();
            const QVariantList key {it.key().day.toString(Qt::ISODate), it.key().userId, it.key().tokenId};
            auto updated = execSql(db,
                QStringLiteral("UPDATE usage_daily SET api_requests = api_requests + ?, api_errors = api_errors + ?, "
                               "bytes_in = bytes_in + ?, bytes_out = bytes_out + ?, audits = audits + ?, "
                               "scans = scans + ?, files_scanned = files_scanned + ?, "
                               "bytes_scanned = bytes_scanned + ? WHERE day = ? AND user_id = COALESCE(?, '') "
                               "AND token_id = COALESCE(?, '')"),
                QVariantList {c.apiRequests, c.apiErrors, c.bytesIn, c.bytesOut, c.audits, c.scans, c.filesScanned,
                    c.bytesScanned}
                    + key);
            if (!updated)
                return updated.error();
            if (updated->numRowsAffected() > 0)
                continue;
            auto inserted = execSql(db,
                QStringLiteral("INSERT INTO usage_daily(day, user_id, token_id, api_requests, api_errors, bytes_in, "
                               "bytes_out, audits, scans, files_scanned, bytes_scanned) "
                               "VALUES(?, COALESCE(?, ''), COALESCE(?, ''),?,?,?,?,?,?,?,?)"),
                key
                    + QVariantList {c.apiRequests, c.apiErrors, c.bytesIn, c.bytesOut, c.audits, c.scans,
                        c.filesScanned, c.bytesScanned});
            if (!inserted)
                return inserted.error();
        }
        return {};
    });
    if (!st) {
        qCWarning(lcMetrics).noquote() << "cannot write usage counters:" << st.error().message;
        QMutexLocker lock(&m_mutex);
        for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
            Counters& c = m_pending[it.key()];
            const Counters& b = it.value();
            c.apiRequests += b.apiRequests;
            c.apiErrors += b.apiErrors;
            c.bytesIn += b.bytesIn;
            c.bytesOut += b.bytesOut;
            c.audits += b.audits;
            c.scans += b.scans;
            c.filesScanned += b.filesScanned;
            c.bytesScanned += b.bytesScanned;
        }
        return -1;
    }
    return int(batch.size());
}

} // namespace assay::metrics
