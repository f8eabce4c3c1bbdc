// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/LoginThrottle.h"
#include "auth/Principal.h"
#include "auth/RateLimiter.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

#include "TestUtil.h"

using namespace assay;
using namespace assay::auth;

// Token buckets (limits, refill, headers, settings, bounded memory, threads) and the login
// lockout (window, ban, reset, unban, address normalisation), all on an injected clock.
class TestRateLimits : public QObject
{
    Q_OBJECT
private slots:
    void bucketAllowsTheLimitThenRefuses()
    {
        qint64 now = 1'700'000'000'000;
        RateLimiter limiter(600, 60);
        limiter.setClock([&] { return now; });
        for (int i = 0; i < 60; ++i) {
            const RateDecision d = limiter.hit(nullptr, QStringLiteral("192.168.1.2"));
            QVERIFY(d.enabled);
            QVERIFY(d.allowed);
            QCOMPARE(d.limit, 60);
            QCOMPARE(d.remaining, 59 - i);
        }
        const RateDecision refused = limiter.hit(nullptr, QStringLiteral("192.168.1.2"));
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.remaining, 0);
        QCOMPARE(refused.retryAfter, 1); // one request per second refills
        QCOMPARE(refused.reset, now / 1000 + 60);
        const Json h = RateLimiter::headers(refused);
        QVERIFY(h["X-RateLimit-Limit"] == "60");
        QVERIFY(h["Retry-After"] == "1");
        // Another address has its own bucket.
        QVERIFY(limiter.hit(nullptr, QStringLiteral("192.168.1.3")).allowed);
        // IPv4-mapped IPv6 is the same host.
        QVERIFY(!limiter.hit(nullptr, QStringLiteral("::ffff:192.168.1.2")).allowed);
        now += 1000;
        QVERIFY(limiter.hit(nullptr, QStringLiteral("192.168.1.2")).allowed);
        QVERIFY(!limiter.hit(nullptr, QStringLiteral("192.168.1.2")).allowed);
        now += 60000;
        QCOMPARE(limiter.hit(nullptr, QStringLiteral("192.168.1.2")).remaining, 59);
    }

    void credentialsGetTheirOwnLargerBucket()
    {
        qint64 now = 1'700'000'000'000;
        RateLimiter limiter(600, 60);
        limiter.setClock([&] { return now; });
        Principal token;
        token.kind = Principal::Kind::ApiToken;
        token.tokenId = QStringLiteral("t1");
        token.userId = QStringLiteral("u1");
        Principal user;
        user.userId = QStringLiteral("u1");
        int allowed = 0;
        for (int i = 0; i < 700; ++i)
            allowed += limiter.hit(&token, QStringLiteral("10.0.0.1")).allowed ? 1 : 0;
        QCOMPARE(allowed, 600);
        QVERIFY(limiter.hit(&user, QStringLiteral("10.0.0.1")).allowed); // the same user's JWT: separate key
        QCOMPARE(limiter.hit(&user, QStringLiteral("10.0.0.1")).limit, 600);
    }

    void zeroTurnsLimitingOffAndSettingsApply()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("assay.db")));
        ASSAY_VERIFY_OK(db.open());
        SettingsStore settings(db);
        ASSAY_VERIFY_OK(settings.load());
        RateLimiter limiter;
        limiter.bindSettings(settings);
        QCOMPARE(limiter.hit(QStringLiteral("k"), false).limit, 600);
        ASSAY_VERIFY_OK(settings.update({{"rate_limit_per_minute", 5}, {"rate_limit_anonymous_per_minute", 2}}));
        QCOMPARE(limiter.hit(QStringLiteral("k2"), false).limit, 5);
        QCOMPARE(limiter.hit(QStringLiteral("ip:x"), true).limit, 2);
        ASSAY_VERIFY_OK(settings.set(QStringLiteral("rate_limit_per_minute"), 0));
        for (int i = 0; i < 1000; ++i) {
            const RateDecision d = limiter.hit(QStringLiteral("k2"), false);
            QVERIFY(d.allowed);
            QVERIFY(!d.enabled);
        }
        QVERIFY(RateLimiter::headers(limiter.hit(QStringLiteral("k2"), false)).empty());
        QVERIFY(!settings.set(QStringLiteral("rate_limit_per_minute"), -1).ok());
    }

    void memoryIsBounded()
    {
        qint64 now = 1'700'000'000'000;
        RateLimiter limiter(600, 60, 1000);
        limiter.setClock([&] { return now; });
        for (int i = 0; i < 5000; ++i)
            limiter.hit(QStringLiteral("ip:10.%1.%2.1").arg(i / 256).arg(i % 256), true);
        QVERIFY(limiter.bucketCount() <= 1000);
        // Idle buckets (full again) are dropped as new keys arrive.
        now += 61000;
        limiter.hit(QStringLiteral("ip:fresh"), true);
        QCOMPARE(limiter.bucketCount(), size_t(1));
    }

    void threadSafe()
    {
        RateLimiter limiter(600, 60);
        std::atomic<int> allowed {0};
        QList<QThread*> threads;
        for (int t = 0; t < 4; ++t)
            threads << QThread::create([&] {
                for (int i = 0; i < 500; ++i)
                    if (limiter.hit(QStringLiteral("shared"), false).allowed)
                        ++allowed;
            });
        for (auto* t : threads)
            t->start();
        for (auto* t : threads) {
            QVERIFY(t->wait(10000));
            delete t;
        }
        // 2000 attempts against a 600 bucket: 600 plus what refilled while the threads ran.
        QVERIFY2(allowed >= 600 && allowed < 700, qPrintable(QString::number(allowed.load())));
    }

    void throttleBansAfterTenFailuresInTheWindow()
    {
        qint64 now = 1'700'000'000;
        LoginThrottle throttle;
        throttle.setClock([&] { return now; });
        const QString ip = QStringLiteral("192.168.0.10");
        for (int i = 0; i < 9; ++i) {
            QVERIFY(!throttle.recordFailure(ip));
            now += 60;
        }
        QVERIFY(throttle.check(ip).ok());
        QVERIFY(throttle.recordFailure(ip));
        auto banned = throttle.check(ip);
        QCOMPARE(banned.error().kind, Error::Kind::RateLimited);
        QCOMPARE(banned.error().code, QStringLiteral("LOGIN_BANNED"));
        QVERIFY(banned.error().message.contains(QStringLiteral("15 more minute")));
        QCOMPARE(throttle.bannedAddresses().size(), 1);
        QCOMPARE(throttle.bannedAddresses().first().address, ip);
        throttle.recordSuccess(ip); // a success does not lift an active ban
        QVERIFY(!throttle.check(ip).ok());
        now += 15 * 60;
        QVERIFY(throttle.check(ip).ok());
        QVERIFY(throttle.bannedAddresses().isEmpty());
    }

    void failuresOutsideTheWindowDoNotCount()
    {
        qint64 now = 1'700'000'000;
        LoginThrottle throttle;
        throttle.setClock([&] { return now; });
        const QString ip = QStringLiteral("fe80::1%eth0");
        for (int i = 0; i < 30; ++i) {
            QVERIFY(!throttle.recordFailure(ip));
            now += 100; // one failure every 100 s: never 10 within 15 minutes
        }
        QVERIFY(throttle.check(ip).ok());
        QCOMPARE(throttle.failureCount(QStringLiteral("fe80::1")), 8); // the last 8 are within 15 min
        throttle.recordSuccess(ip);
        QCOMPARE(throttle.failureCount(ip), 0);
    }

    void unbanAndBoundedMemory()
    {
        qint64 now = 1'700'000'000;
        LoginThrottle::Options o;
        o.maxTrackedAddresses = 100;
        LoginThrottle throttle(o);
        throttle.setClock([&] { return now; });
        for (int i = 0; i < 10; ++i)
            throttle.recordFailure(QStringLiteral("10.0.0.1"));
        QVERIFY(!throttle.check(QStringLiteral("10.0.0.1")).ok());
        for (int i = 0; i < 1000; ++i)
            throttle.recordFailure(QStringLiteral("10.1.%1.%2").arg(i / 256).arg(i % 256));
        // The flood did not push out the ban.
        QVERIFY(!throttle.check(QStringLiteral("10.0.0.1")).ok());
        QVERIFY(throttle.unban(QStringLiteral("10.0.0.1")));
        QVERIFY(!throttle.unban(QStringLiteral("10.0.0.1")));
        QVERIFY(throttle.check(QStringLiteral("10.0.0.1")).ok());
    }
};

QTEST_GUILESS_MAIN(TestRateLimits)
#include "TestRateLimits.moc"
