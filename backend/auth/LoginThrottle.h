// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <deque>
#include <functional>

namespace assay::auth {

// Brute-force protection for logins, per client address (qBittorrent's model): `maxFailures`
// failed logins within `window` ban that address for `banDuration`; a successful login resets
// its count. In memory (a restart lifts bans), bounded, thread-safe. The GUI lists and lifts bans.
class LoginThrottle
{
public:
    struct Options
    {
        int maxFailures = 10;
        qint64 windowSeconds = 15 * 60;
        qint64 banSeconds = 15 * 60;
        int maxTrackedAddresses = 10000;
    };
    struct Ban
    {
        QString address;
        QDateTime bannedUntil;
        int failures = 0;
    };

    LoginThrottle();
    explicit LoginThrottle(Options options);

    // RateLimited (code LOGIN_BANNED, details {retry_after}) while the address is banned.
    Status check(const QString& address) const;
    // Counts a failed login; true when this failure got the address banned.
    bool recordFailure(const QString& address);
    void recordSuccess(const QString& address);

    QList<Ban> bannedAddresses() const;
    bool unban(const QString& address);
    int failureCount(const QString& address) const;

    // Injectable clock in Unix seconds (tests).
    void setClock(std::function<qint64()> nowSeconds);

    // "::ffff:1.2.3.4" → "1.2.3.4", scope ids dropped, so one host is one key.
    static QString normalizeAddress(const QString& address);

private:
    struct Entry
    {
        std::deque<qint64> failures; // timestamps inside the window, oldest first
        qint64 bannedUntil = 0;
    };
    void prune(Entry& e, qint64 now) const;
    void evictIfFull(qint64 now);

    Options m_options;
    mutable QMutex m_mutex;
    mutable QHash<QString, Entry> m_entries;
    std::function<qint64()> m_now;
};

} // namespace assay::auth
