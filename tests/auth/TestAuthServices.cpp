// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/AuthServices.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "TestUtil.h"

using namespace assay;
using namespace assay::auth;

// The module wired as the app wires it: key made on first start and reused, the services share
// one database, settings drive the rate limiter, housekeeping runs.
class TestAuthServices : public QObject
{
    Q_OBJECT
private slots:
    void wiredEndToEnd()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("assay.db")));
        ASSAY_VERIFY_OK(db.open());
        SettingsStore settings(db);
        ASSAY_VERIFY_OK(settings.load());
        AuthServices::Options options;
        options.keyBackend = KeyStore::Backend::FileOnly;
        options.passwordCost = PasswordHasher::minimal();
        QString accessToken;
        {
            auto created = AuthServices::create(db, settings, dir.path(), options);
            ASSAY_VERIFY_OK(created);
            AuthServices& auth = **created;
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("secrets.key"))));
            QVERIFY(auth.keys().usingFileFallback());
            NewUser admin;
            admin.email = QStringLiteral("admin@example.com");
            admin.password = QStringLiteral("admin-password");
            ASSAY_VERIFY_OK(auth.users().registerUser(admin, RequestContext::desktop()));
            auto pair = auth.sessions().login({admin.email, admin.password}, RequestContext::desktop());
            ASSAY_VERIFY_OK(pair);
            accessToken = pair->accessToken;
            auto p = auth.authenticator().authenticate(QStringLiteral("Bearer ") + accessToken, {});
            ASSAY_VERIFY_OK(p);
            QVERIFY(p->isAdmin());
            ASSAY_VERIFY_OK(settings.set(QStringLiteral("rate_limit_per_minute"), 3));
            QCOMPARE(auth.rateLimiter().hit(&*p, {}).limit, 3);
            auth.runMaintenance();
        }
        // A restart with the same data directory keeps the signing key: tokens stay valid.
        auto again = AuthServices::create(db, settings, dir.path(), options);
        ASSAY_VERIFY_OK(again);
        ASSAY_VERIFY_OK((*again)->authenticator().authenticate(QStringLiteral("Bearer ") + accessToken, {}));
    }
};

QTEST_GUILESS_MAIN(TestAuthServices)
#include "TestAuthServices.moc"
