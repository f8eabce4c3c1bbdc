// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkPolicy.h"

#include "core/Json.h"
#include "storage/SettingsStore.h"

#include <QNetworkInterface>
#include <QUrl>

namespace assay::auth {

namespace {

QHostAddress normalized(const QHostAddress& a)
{
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    if (isV4 && a.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    QHostAddress copy = a;
    copy.setScopeId({});
    return copy;
}

// "host:port", "[v6]:port", "v6" → the host part, lower-case, without brackets.
QString hostPart(const QString& header)
{
    QString h = header.trimmed().toLower();
    if (h.startsWith(QLatin1Char('['))) {
        const int end = h.indexOf(QLatin1Char(']'));
        if (end < 0)
            return {};
        const QString rest = h.mid(end + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return {};
        return h.mid(1, end - 1);
    }
    if (h.count(QLatin1Char(':')) > 1)
        return {}; // a bare IPv6 address must be bracketed in a Host header
    const int colon = h.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        bool ok = false;
        const int port = h.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return {};
        h.truncate(colon);
    }
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1); // "localhost." is localhost
    return h;
}

Error hostRefused(const QString& host)
{
    return Error::make(Error::Kind::Forbidden,
        QStringLiteral("The Host header '%1' is not accepted by this server (DNS-rebinding "
                       "protection); use its address or add the name to allowed_hosts.")
            .arg(host.left(100)),
        {}, QStringLiteral("HOST_REFUSED"));
}

} // namespace

NetworkPolicy::Config NetworkPolicy::fromSettings(const SettingsStore& settings)
{
    Config c;
    c.sharedOnLan = settings.boolValue(QStringLiteral("share_on_lan"));
    c.allowedHosts = settings.stringListValue(QStringLiteral("allowed_hosts"));
    c.trustedProxies = settings.stringListValue(QStringLiteral("trusted_proxies"));
    c.corsOrigins = settings.stringListValue(QStringLiteral("cors_origins"));
    c.localAddresses = machineAddresses();
    return c;
}

QList<QHostAddress> NetworkPolicy::machineAddresses()
{
    QList<QHostAddress> out;
    for (const QHostAddress& a : QNetworkInterface::allAddresses())
        out << normalized(a);
    return out;
}

NetworkPolicy::NetworkPolicy(Config config)
    : m_config(std::move(config))
{
    for (const QString& entry : m_config.trustedProxies) {
        const QString e = entry.trimmed();
        if (e.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(e);
            if (!subnet.first.isNull())
                m_proxySubnets << subnet;
        } else {
            QHostAddress a(e);
            if (!a.isNull())
                m_proxySubnets << qMakePair(normalized(a), a.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
        }
    }
}

bool NetworkPolicy::isLoopback(const QHostAddress& address)
{
    return normalized(address).isLoopback();
}

Status NetworkPolicy::checkHost(const QByteArray& hostHeader) const
{
    const QString raw = QString::fromLatin1(hostHeader);
    const QString host = hostPart(raw);
    if (host.isEmpty())
        return hostRefused(raw);
    if (host == QLatin1String("localhost"))
        return {};
    const QHostAddress asAddress(host);
    if (!asAddress.isNull() && normalized(asAddress).isLoopback())
        return {};
    if (!m_config.sharedOnLan)
        return hostRefused(host);
    if (!asAddress.isNull()) {
        const QHostAddress a = normalized(asAddress);
        for (const QHostAddress& local : m_config.localAddresses)
            if (local == a)
                return {};
    }
    for (const QString& allowed : m_config.allowedHosts)
        if (hostPart(allowed) == host)
            return {};
    return hostRefused(host);
}

bool NetworkPolicy::isTrustedProxy(const QHostAddress& address) const
{
    const QHostAddress a = normalized(address);
    for (const auto& subnet : m_proxySubnets)
        if (a.isInSubnet(subnet))
            return true;
    return false;
}

QHostAddress NetworkPolicy::clientAddress(const QHostAddress& peer, const QByteArray& forwardedFor) const
{
    QHostAddress client = normalized(peer);
    if (forwardedFor.isEmpty() || !isTrustedProxy(client))
        return client;
    // Walk from the nearest hop outwards; stop at the first address that is not a trusted proxy.
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        QString hop = QString::fromLatin1(it->trimmed());
        if (hop.startsWith(QLatin1Char('[')) && hop.contains(QLatin1Char(']')))
            hop = hop.mid(1, hop.indexOf(QLatin1Char(']')) - 1);
        else if (hop.count(QLatin1Char(':')) == 1)
            hop.truncate(hop.indexOf(QLatin1Char(':'))); // "1.2.3.4:5678"
        const QHostAddress a(hop);
        if (a.isNull())
            break; // garbage: keep the last trustworthy address
        client = normalized(a);
        if (!isTrustedProxy(client))
            break;
    }
    return client;
}

std::optional<QByteArray> NetworkPolicy::allowedOrigin(const QByteArray& origin) const
{
    if (origin.isEmpty() || m_config.corsOrigins.isEmpty())
        return std::nullopt;
    const QString o = QString::fromLatin1(origin).trimmed();
    for (const QString& allowed : m_config.corsOrigins) {
        const QString a = allowed.trimmed();
        if (a == QLatin1String("*"))
            return QByteArrayLiteral("*");
        // Scheme and host are case-insensitive; a trailing slash in the setting is tolerated.
        QString normalizedAllowed = a;
        if (normalizedAllowed.endsWith(QLatin1Char('/')))
            normalizedAllowed.chop(1);
        if (o.compare(normalizedAllowed, Qt::CaseInsensitive) == 0)
            return origin.trimmed();
    }
    return std::nullopt;
}

} // namespace assay::auth
