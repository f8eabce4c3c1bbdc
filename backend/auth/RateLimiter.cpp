// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include "LoginThrottle.h"
#include "Principal.h"
#include "storage/SettingsStore.h"

#include <QDateTime>

#include <cmath>

namespace assay::auth {

RateLimiter::RateLimiter(int perMinute, int anonymousPerMinute, size_t maxBuckets, QObject* parent)
    : QObject(parent)
    , m_perMinute(perMinute)
    , m_anonymousPerMinute(anonymousPerMinute)
    , m_maxBuckets(std::max<size_t>(maxBuckets, 1))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

void RateLimiter::bindSettings(const SettingsStore& settings)
{
    auto apply = [this, &settings] {
        setLimits(int(settings.intValue(QStringLiteral("rate_limit_per_minute"))),
            int(settings.intValue(QStringLiteral("rate_limit_anonymous_per_minute"))));
    };
    apply();
    connect(&settings, &SettingsStore::changed, this, [apply](const QStringList& keys) {
        if (keys.contains(QStringLiteral("rate_limit_per_minute"))
            || keys.contains(QStringLiteral("rate_limit_anonymous_per_minute")))
            apply();
    });
}

void RateLimiter::setLimits(int perMinute, int anonymousPerMinute)
{
    QMutexLocker lock(&m_mutex);
    m_perMinute = std::max(0, perMinute);
    m_anonymousPerMinute = std::max(0, anonymousPerMinute);
}

void RateLimiter::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

size_t RateLimiter::bucketCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_index.size();
}

RateLimiter::Bucket& RateLimiter::bucketFor(const QString& key, int capacity, qint64 now)
{
    auto found = m_index.find(key);
    if (found != m_index.end()) {
        m_lru.splice(m_lru.begin(), m_lru, found->second); // move to the front, O(1)
        return m_lru.front();
    }
    // Drop buckets idle long enough to be full again (they hold no state), from the cold end,
    // and the least recently used one when still at the cap.
    while (!m_lru.empty()) {
        const Bucket& cold = m_lru.back();
        const bool refilled = now - cold.updatedMs >= 60000;
        if (!refilled && m_index.size() < m_maxBuckets)
            break;
        m_index.erase(cold.key);
        m_lru.pop_back();
    }
    m_lru.push_front(Bucket {key, double(capacity), now, capacity});
    m_index.emplace(key, m_lru.begin());
    return m_lru.front();
}

RateDecision RateLimiter::hit(const Principal* principal, const QString& clientAddress)
{
    if (principal)
        return hit(principal->rateLimitKey(), false);
    return hit(QStringLiteral("ip:") + LoginThrottle::normalizeAddress(clientAddress), true);
}

RateDecision RateLimiter::hit(const QString& key, bool anonymous)
{
    QMutexLocker lock(&m_mutex);
    RateDecision d;
    if (m_perMinute == 0)
        return d; // rate limiting off (benchmarks)
    const int limit = anonymous ? m_anonymousPerMinute : m_perMinute;
    if (limit == 0)
        return d;
    const qint64 now = m_now();
    Bucket& b = bucketFor(key, limit, now);
    if (b.capacity != limit) { // the setting changed: keep the used share, new size
        b.tokens = std::min<double>(limit, b.tokens * limit / std::max(1, b.capacity));
        b.capacity = limit;
    }
    const double perMs = limit / 60000.0;
    b.tokens = std::min<double>(limit, b.tokens + double(now - b.updatedMs) * perMs);
    b.updatedMs = now;
    d.enabled = true;
    d.limit = limit;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        d.allowed = true;
    } else {
        d.allowed = false;
        d.retryAfter = std::max(1, int(std::ceil((1.0 - b.tokens) / perMs / 1000.0)));
    }
    d.remaining = int(std::floor(b.tokens));
    const qint64 msToFull = qint64(std::ceil((limit - b.tokens) / perMs));
    d.reset = (now + msToFull + 999) / 1000;
    return d;
}

Json RateLimiter::headers(const RateDecision& d)
{
    if (!d.enabled)
        return Json::object();
    Json h {{"X-RateLimit-Limit", std::to_string(d.limit)}, {"X-RateLimit-Remaining", std::to_string(d.remaining)},
        {"X-RateLimit-Reset", std::to_string(d.reset)}};
    if (!d.allowed)
        h["Retry-After"] = std::to_string(d.retryAfter);
    return h;
}

} // namespace assay::auth
