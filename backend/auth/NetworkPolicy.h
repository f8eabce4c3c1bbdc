// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assay {
class SettingsStore;
}

namespace assay::auth {

// Pure decisions of SPEC §10 about the network around a request, for the API middleware:
// which Host headers are acceptable (DNS-rebinding protection), who the client really is
// behind trusted proxies, and which browser origins get CORS headers. No I/O besides listing
// the machine's own addresses.
class NetworkPolicy
{
public:
    struct Config
    {
        bool sharedOnLan = false; // false: bound to loopback
        QStringList allowedHosts; // `allowed_hosts` setting
        QStringList trustedProxies; // `trusted_proxies`: addresses or CIDR subnets
        QStringList corsOrigins; // `cors_origins`: exact origins, or "*"
        QList<QHostAddress> localAddresses; // the machine's own addresses (machineAddresses())
    };

    // Reads the settings (`share_on_lan`, `allowed_hosts`, `trusted_proxies`, `cors_origins`) and
    // the machine's addresses.
    static Config fromSettings(const SettingsStore& settings);
    static QList<QHostAddress> machineAddresses();

    explicit NetworkPolicy(Config config);

    static bool isLoopback(const QHostAddress& address);

    // Host header check. Loopback binds accept only localhost, 127.0.0.1 and [::1] (any port);
    // LAN sharing also accepts the machine's own addresses and `allowed_hosts`. Forbidden with
    // code HOST_REFUSED otherwise (also for a missing Host header).
    Status checkHost(const QByteArray& hostHeader) const;

    // The client address: the peer, unless the peer is a trusted proxy, in which case the
    // right-most X-Forwarded-For entry that is not itself a trusted proxy. Normalised
    // (IPv4-mapped IPv6 → IPv4).
    QHostAddress clientAddress(const QHostAddress& peer, const QByteArray& forwardedFor) const;
    bool isTrustedProxy(const QHostAddress& address) const;

    // The value for Access-Control-Allow-Origin, or nothing (no CORS headers) when the origin is
    // not configured. "*" in `cors_origins` allows any origin.
    std::optional<QByteArray> allowedOrigin(const QByteArray& origin) const;

    const Config& config() const { return m_config; }

private:
    Config m_config;
    QList<QPair<QHostAddress, int>> m_proxySubnets;
};

} // namespace assay::auth
