// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>
#include <list>
#include <unordered_map>

namespace assay {
class SettingsStore;
}

namespace assay::auth {

struct Principal;

// The outcome of one request against its bucket, with what the X-RateLimit-* headers need.
struct RateDecision
{
    bool enabled = false; // false: limiting is off, send no headers
    bool allowed = true;
    int limit = 0; // X-RateLimit-Limit (requests per minute)
    int remaining = 0; // X-RateLimit-Remaining
    qint64 reset = 0; // X-RateLimit-Reset: Unix seconds when the bucket is full again
    int retryAfter = 0; // Retry-After seconds (when !allowed)
};

// Token-bucket rate limiting per credential (API token or user), or per address when anonymous
// (SPEC §4 Rate limits). Each bucket holds `limit` requests and refills at limit/60 per second.
// O(1) per request; memory bounded by `maxBuckets` (least recently used buckets are dropped,
// idle ones first — a bucket idle for a minute is full and carries no information). Thread-safe.
// Limits come from the settings `rate_limit_per_minute` (0 = off entirely) and
// `rate_limit_anonymous_per_minute` (0 = no limit for anonymous callers).
class RateLimiter : public QObject
{
    Q_OBJECT
public:
    explicit RateLimiter(
        int perMinute = 600, int anonymousPerMinute = 60, size_t maxBuckets = 100000, QObject* parent = nullptr);

    // Follows the settings now and whenever they change.
    void bindSettings(const SettingsStore& settings);
    void setLimits(int perMinute, int anonymousPerMinute);

    // Counts one request of `principal` (null = anonymous, counted per `clientAddress`).
    RateDecision hit(const Principal* principal, const QString& clientAddress);
    // The same for an explicit key; `anonymous` selects the anonymous limit.
    RateDecision hit(const QString& key, bool anonymous);

    size_t bucketCount() const;
    // Injectable clock in milliseconds since the epoch (tests).
    void setClock(std::function<qint64()> nowMs);

    // {"X-RateLimit-Limit": …, …} ready to copy into response headers (empty when disabled).
    static Json headers(const RateDecision& d);

private:
    struct Bucket
    {
        QString key;
        double tokens = 0;
        qint64 updatedMs = 0;
        int capacity = 0;
    };
    using List = std::list<Bucket>;

    Bucket& bucketFor(const QString& key, int capacity, qint64 now);

    mutable QMutex m_mutex;
    int m_perMinute;
    int m_anonymousPerMinute;
    size_t m_maxBuckets;
    List m_lru; // most recently used at the front
    std::unordered_map<QString, List::iterator> m_index;
    std::function<qint64()> m_now;
};

} // namespace assay::auth
