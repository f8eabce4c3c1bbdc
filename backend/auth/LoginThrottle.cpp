// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginThrottle.h"

#include "core/Logging.h"

#include <QHostAddress>

namespace assay::auth {

LoginThrottle::LoginThrottle()
    : LoginThrottle(Options {})
{ }

LoginThrottle::LoginThrottle(Options options)
    : m_options(options)
    , m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{ }

void LoginThrottle::setClock(std::function<qint64()> nowSeconds)
{
    m_now = std::move(nowSeconds);
}

QString LoginThrottle::normalizeAddress(const QString& address)
{
    QHostAddress a(address.trimmed());
    if (a.isNull())
        return address.trimmed().toLower();
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    a.setScopeId({});
    return a.toString();
}

void LoginThrottle::prune(Entry& e, qint64 now) const
{
    while (!e.failures.empty() && e.failures.front() <= now - m_options.windowSeconds)
        e.failures.pop_front();
}

void LoginThrottle::evictIfFull(qint64 now)
{
    if (m_entries.size() < m_options.maxTrackedAddresses)
        return;
    // Drop what no longer matters first: no ban and no failure inside the window.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        prune(it.value(), now);
        if (it->bannedUntil <= now && it->failures.empty())
            it = m_entries.erase(it);
        else
            ++it;
    }
    // Still full (a flood of addresses): forget unbanned ones before banned ones.
    for (auto it = m_entries.begin(); it != m_entries.end() && m_entries.size() >= m_options.maxTrackedAddresses;) {
        if (it->bannedUntil <= now)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

Status LoginThrottle::check(const QString& address) const
{
    const QString key = normalizeAddress(address);
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return {};
    const qint64 now = m_now();
    if (it->bannedUntil > now) {
        const qint64 retry = it->bannedUntil - now;
        return Error::make(Error::Kind::RateLimited,
            QStringLiteral("Too many failed logins from %1; logins from this address are blocked for "
                           "%2 more minute(s).")
                .arg(key)
                .arg((retry + 59) / 60),
            {{"retry_after", retry}}, QStringLiteral("LOGIN_BANNED"));
    }
    return {};
}

bool LoginThrottle::recordFailure(const QString& address)
{
    const QString key = normalizeAddress(address);
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_now();
    if (!m_entries.contains(key))
        evictIfFull(now);
    Entry& e = m_entries[key];
    prune(e, now);
    e.failures.push_back(now);
    if (int(e.failures.size()) >= m_options.maxFailures && e.bannedUntil <= now) {
        e.bannedUntil = now + m_options.banSeconds;
        e.failures.clear();
        qCWarning(lcAuth).noquote() << "banned" << key << "for" << m_options.banSeconds << "s after"
                                    << m_options.maxFailures << "failed logins";
        return true;
    }
    return false;
}

void LoginThrottle::recordSuccess(const QString& address)
{
    const QString key = normalizeAddress(address);
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it != m_entries.end() && it->bannedUntil <= m_now())
        m_entries.erase(it);
}

QList<LoginThrottle::Ban> LoginThrottle::bannedAddresses() const
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_now();
    QList<Ban> out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it->bannedUntil > now)
            out.push_back({it.key(), QDateTime::fromSecsSinceEpoch(it->bannedUntil, Qt::UTC), m_options.maxFailures});
    std::sort(out.begin(), out.end(), [](const Ban& a, const Ban& b) { return a.address < b.address; });
    return out;
}

bool LoginThrottle::unban(const QString& address)
{
    const QString key = normalizeAddress(address);
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end() || it->bannedUntil <= m_now())
        return false;
    m_entries.erase(it);
    qCInfo(lcAuth).noquote() << "unbanned" << key;
    return true;
}

int LoginThrottle::failureCount(const QString& address) const
{
    const QString key = normalizeAddress(address);
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return 0;
    prune(it.value(), m_now());
    return int(it->failures.size());
}

} // namespace assay::auth
