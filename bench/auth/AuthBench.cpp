// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the per-request auth work (bench/README.md): what the API middleware pays on
// every request (authenticate + rate limit) and what a login costs. Prints JSON.
//   auth_bench [--seconds N]
#include "auth/AuthServices.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <functional>

using namespace assay;
using namespace assay::auth;

namespace {

// Runs `op` on `threads` threads for `seconds`; returns operations per second (all threads).
double rate(int threads, double seconds, const std::function<bool(int thread, qint64 i)>& op)
{
    std::atomic<qint64> total {0};
    std::atomic<bool> failed {false};
    QList<QThread*> workers;
    for (int t = 0; t < threads; ++t)
        workers << QThread::create([&, t] {
            QElapsedTimer timer;
            timer.start();
            qint64 n = 0;
            while (timer.elapsed() < qint64(seconds * 1000)) {
                for (int k = 0; k < 64; ++k, ++n)
                    if (!op(t, n))
                        failed = true;
            }
            total += n;
        });
    QElapsedTimer wall;
    wall.start();
    for (auto* w : workers)
        w->start();
    for (auto* w : workers) {
        w->wait();
        delete w;
    }
    if (failed)
        std::fprintf(stderr, "an operation failed\n");
    return double(total) / (wall.elapsed() / 1000.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    double seconds = 2.0;
    const QStringList args = app.arguments();
    if (int i = int(args.indexOf(QStringLiteral("--seconds"))); i > 0 && i + 1 < args.size())
        seconds = args.at(i + 1).toDouble();

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("assay.db")));
    if (!db.open())
        return 3;
    SettingsStore settings(db);
    (void)settings.load();
    AuthServices::Options options;
    options.keyBackend = KeyStore::Backend::FileOnly;
    options.maintenanceIntervalMs = 0;
    auto created = AuthServices::create(db, settings, dir.path(), options);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 3;
    }
    AuthServices& auth = **created;

    NewUser admin;
    admin.email = QStringLiteral("bench@example.com");
    admin.password = QStringLiteral("bench-password-123");
    (void)auth.users().registerUser(admin, RequestContext::desktop());

    // Login = Argon2id verify at the production cost (64 MiB, 2 passes) + session rows.
    QElapsedTimer t;
    t.start();
    const int logins = 10;
    QString access;
    for (int i = 0; i < logins; ++i) {
        auto pair = auth.sessions().login({admin.email, admin.password}, RequestContext::desktop());
        if (!pair)
            return 3;
        access = pair->accessToken;
    }
    const double loginMs = double(t.elapsed()) / logins;

    auto principal = auth.sessions().verifyAccessToken(access);
    TokenRequest req;
    req.name = QStringLiteral("bench");
    auto token = auth.tokens().create(*principal, req);
    if (!token)
        return 3;
    const QString bearerToken = QStringLiteral("Bearer ") + token->secret;
    const QString bearerJwt = QStringLiteral("Bearer ") + access;

    const QString ip = QStringLiteral("192.168.1.10");
    auto apiToken = [&](int, qint64) { return auth.authenticator().authenticate(bearerToken, ip).ok(); };
    auto jwt = [&](int, qint64) { return auth.authenticator().authenticate(bearerJwt, ip).ok(); };
    auto limiterOne = [&](int, qint64) {
        (void)auth.rateLimiter().hit(&*principal, ip);
        return true;
    };
    auto limiterMany = [&](int thread, qint64 i) {
        (void)auth.rateLimiter().hit(QStringLiteral("ip:%1.%2").arg(thread).arg(i % 10000), true);
        return true;
    };

    const double token1 = rate(1, seconds, apiToken);
    const double token2 = rate(2, seconds, apiToken);
    const double jwt1 = rate(1, seconds, jwt);
    const double jwt2 = rate(2, seconds, jwt);
    const double lim1 = rate(1, seconds, limiterOne);
    const double limMany2 = rate(2, seconds, limiterMany);
    QElapsedTimer f;
    f.start();
    const int flushed = auth.tokens().flushUsage();
    const qint64 flushMs = f.elapsed();

    std::printf("{\n  \"login_ms\": %.1f,\n"
                "  \"authenticate_api_token_per_s\": {\"1_thread\": %.0f, \"2_threads\": %.0f},\n"
                "  \"authenticate_jwt_per_s\": {\"1_thread\": %.0f, \"2_threads\": %.0f},\n"
                "  \"rate_limiter_hits_per_s\": {\"one_key_1_thread\": %.0f, \"10k_keys_2_threads\": %.0f},\n"
                "  \"rate_limiter_buckets\": %zu,\n"
                "  \"token_usage_flush\": {\"tokens\": %d, \"ms\": %lld}\n}\n",
        loginMs, token1, token2, jwt1, jwt2, lim1, limMany2, auth.rateLimiter().bucketCount(), flushed,
        static_cast<long long>(flushMs));
    return 0;
}
