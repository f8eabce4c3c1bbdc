// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>

namespace assay::metrics {

// Usage counters per day, user and credential (SPEC §9 usage metering). Recording is a few
// additions under a mutex — cheap enough for every API request; the counters are written to
// usage_daily in one transaction every `flushMs` (and on flush() / destruction).
class UsageMeter : public QObject
{
    Q_OBJECT
public:
    struct Counters
    {
        qint64 apiRequests = 0;
        qint64 apiErrors = 0;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
        qint64 audits = 0;
        qint64 scans = 0;
        qint64 filesScanned = 0;
        qint64 bytesScanned = 0;
    };

    explicit UsageMeter(Database& db, int flushMs = 5000, QObject* parent = nullptr);
    ~UsageMeter() override;

    void recordRequest(const QString& userId, const QString& tokenId, qint64 bytesIn, qint64 bytesOut, bool error);
    void recordJob(const QString& userId, const QString& tokenId, const QString& kind, qint64 files, qint64 bytes);
    // Writes pending counters; returns the number of rows touched (or -1 on a database error,
    // in which case the counters stay pending).
    int flush();
    int pendingCount() const;

private:
    struct Key
    {
        QDate day;
        QString userId;
        QString tokenId;
        bool operator==(const Key&) const = default;
    };
    friend size_t qHash(const Key& k, size_t seed) { return qHashMulti(seed, k.day, k.userId, k.tokenId); }
    Counters& slot(const QString& userId, const QString& tokenId);

    Database& m_db;
    mutable QMutex m_mutex;
    QHash<Key, Counters> m_pending;
    QTimer m_timer;
};

} // namespace assay::metrics
