// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/NetworkPolicy.h"

#include <QTest>

#include "TestUtil.h"

using namespace assay;
using namespace assay::auth;

// Host-header validation (DNS rebinding), client address behind trusted proxies, CORS origins.
class TestNetworkPolicy : public QObject
{
    Q_OBJECT
private:
    static NetworkPolicy policy(bool lan)
    {
        NetworkPolicy::Config c;
        c.sharedOnLan = lan;
        c.allowedHosts = {QStringLiteral("assay.lan"), QStringLiteral("Build-Box:8470")};
        c.trustedProxies = {QStringLiteral("10.0.0.1"), QStringLiteral("172.16.0.0/12")};
        c.corsOrigins = {QStringLiteral("https://dash.example.com/")};
        c.localAddresses = {QHostAddress(QStringLiteral("192.168.1.20")), QHostAddress(QStringLiteral("fe80::20"))};
        return NetworkPolicy(c);
    }

private slots:
    void hostHeader_data()
    {
        QTest::addColumn<bool>("lan");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<bool>("accepted");
        for (bool lan : {false, true}) {
            const char* mode = lan ? "lan" : "loopback";
            QTest::addRow("%s localhost", mode) << lan << QByteArray("localhost:8470") << true;
            QTest::addRow("%s LOCALHOST no port", mode) << lan << QByteArray("LOCALHOST") << true;
            QTest::addRow("%s 127.0.0.1", mode) << lan << QByteArray("127.0.0.1:8470") << true;
            QTest::addRow("%s [::1]", mode) << lan << QByteArray("[::1]:8470") << true;
            QTest::addRow("%s rebinding name", mode) << lan << QByteArray("evil.example.com") << false;
            QTest::addRow("%s localhost.evil", mode) << lan << QByteArray("localhost.evil.com:8470") << false;
            QTest::addRow("%s empty", mode) << lan << QByteArray() << false;
            QTest::addRow("%s bad port", mode) << lan << QByteArray("localhost:99999") << false;
            QTest::addRow("%s bare v6", mode) << lan << QByteArray("::1") << false;
            QTest::addRow("%s own address", mode) << lan << QByteArray("192.168.1.20:8470") << lan;
            QTest::addRow("%s own v6", mode) << lan << QByteArray("[fe80::20]:8470") << lan;
            QTest::addRow("%s other address", mode) << lan << QByteArray("192.168.1.21:8470") << false;
            QTest::addRow("%s allowed name", mode) << lan << QByteArray("Assay.LAN:8470") << lan;
            QTest::addRow("%s allowed name with port in setting", mode) << lan << QByteArray("build-box") << lan;
        }
    }

    void hostHeader()
    {
        QFETCH(bool, lan);
        QFETCH(QByteArray, host);
        QFETCH(bool, accepted);
        const Status s = policy(lan).checkHost(host);
        QCOMPARE(s.ok(), accepted);
        if (!accepted) {
            QCOMPARE(s.error().kind, Error::Kind::Forbidden);
            QCOMPARE(s.error().code, QStringLiteral("HOST_REFUSED"));
        }
    }

    void clientAddressBehindProxies()
    {
        const NetworkPolicy p = policy(true);
        const QHostAddress client(QStringLiteral("192.168.1.77"));
        // Not from a proxy: the header is ignored (it could be forged).
        QCOMPARE(p.clientAddress(client, "6.6.6.6"), client);
        // From a trusted proxy: the right-most untrusted hop.
        QCOMPARE(p.clientAddress(QHostAddress(QStringLiteral("10.0.0.1")), "6.6.6.6, 192.168.1.77"), client);
        QCOMPARE(p.clientAddress(QHostAddress(QStringLiteral("10.0.0.1")), "192.168.1.77, 172.20.1.1"), client);
        QCOMPARE(p.clientAddress(QHostAddress(QStringLiteral("::ffff:10.0.0.1")), "192.168.1.77:5555"), client);
        QCOMPARE(p.clientAddress(QHostAddress(QStringLiteral("10.0.0.1")), "[2001:db8::1]:443"),
            QHostAddress(QStringLiteral("2001:db8::1")));
        // Garbage stops the walk at the last address that can be trusted.
        QCOMPARE(p.clientAddress(QHostAddress(QStringLiteral("10.0.0.1")), "nonsense"),
            QHostAddress(QStringLiteral("10.0.0.1")));
        QVERIFY(p.isTrustedProxy(QHostAddress(QStringLiteral("172.31.255.1"))));
        QVERIFY(!p.isTrustedProxy(QHostAddress(QStringLiteral("172.32.0.1"))));
        QVERIFY(NetworkPolicy::isLoopback(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))));
        QVERIFY(!NetworkPolicy::isLoopback(QHostAddress(QStringLiteral("192.168.1.20"))));
    }

    void corsOrigins()
    {
        const NetworkPolicy p = policy(true);
        QCOMPARE(p.allowedOrigin("https://dash.example.com"), QByteArray("https://dash.example.com"));
        QCOMPARE(p.allowedOrigin("HTTPS://DASH.example.com"), QByteArray("HTTPS://DASH.example.com"));
        QVERIFY(!p.allowedOrigin("https://dash.example.com.evil.net"));
        QVERIFY(!p.allowedOrigin("http://dash.example.com"));
        QVERIFY(!p.allowedOrigin(QByteArray()));
        NetworkPolicy none(NetworkPolicy::Config {});
        QVERIFY(!none.allowedOrigin("https://dash.example.com")); // nothing configured: no CORS at all
        NetworkPolicy::Config any;
        any.corsOrigins = {QStringLiteral("*")};
        QCOMPARE(NetworkPolicy(any).allowedOrigin("https://x.test"), QByteArray("*"));
    }

    void machineAddressesIncludeLoopback()
    {
        const auto addresses = NetworkPolicy::machineAddresses();
        QVERIFY(std::any_of(addresses.begin(), addresses.end(), [](const QHostAddress& a) { return a.isLoopback(); }));
    }
};

QTEST_GUILESS_MAIN(TestNetworkPolicy)
#include "TestNetworkPolicy.moc"
