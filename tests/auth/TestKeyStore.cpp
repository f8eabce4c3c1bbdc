// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/KeyStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "TestUtil.h"

#include <sys/stat.h>

namespace {
// The POSIX mode bits of a file (0600 expected for secrets).
int modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}
} // namespace

using namespace assay;
using namespace assay::auth;

// The secrets store: the file fallback (mode 0600, persistent, several names), and the automatic
// fallback when the OS keychain is unavailable (tests run headless, as PLATFORM.md describes).
class TestKeyStore : public QObject
{
    Q_OBJECT
private slots:
    void fileFallbackIsPrivateAndPersistent()
    {
        QTemporaryDir dir;
        const KeyStore::Options fileOnly {KeyStore::Backend::FileOnly, QStringLiteral("AssayTest"), 1000};
        QByteArray key;
        {
            KeyStore store(dir.path(), fileOnly);
            QCOMPARE(store.get(QStringLiteral("missing")).error().kind, Error::Kind::NotFound);
            auto made = store.getOrCreate(QString::fromLatin1(KeyStore::kJwtSigningKey), 32);
            ASSAY_VERIFY_OK(made);
            QCOMPARE(made->size(), 32);
            key = *made;
            ASSAY_VERIFY_OK(store.set(QStringLiteral("provider.openai"), QByteArrayLiteral("sk-test-provider-key")));
            QVERIFY(store.usingFileFallback());
            QVERIFY(store.fallbackNotice().contains(store.fallbackFilePath()));
        }
        const QString path = dir.filePath(QStringLiteral("secrets.key"));
        QVERIFY(QFile::exists(path));
        QCOMPARE(modeOf(path), 0600);

        KeyStore reopened(dir.path(), fileOnly);
        auto again = reopened.getOrCreate(QString::fromLatin1(KeyStore::kJwtSigningKey), 32);
        ASSAY_VERIFY_OK(again);
        QCOMPARE(*again, key); // the same key after a restart
        QCOMPARE(*reopened.get(QStringLiteral("provider.openai")), QByteArrayLiteral("sk-test-provider-key"));
        ASSAY_VERIFY_OK(reopened.remove(QStringLiteral("provider.openai")));
        QCOMPARE(reopened.get(QStringLiteral("provider.openai")).error().kind, Error::Kind::NotFound);
        KeyStore third(dir.path(), fileOnly);
        QCOMPARE(third.get(QStringLiteral("provider.openai")).error().kind, Error::Kind::NotFound);
        QCOMPARE(*third.get(QString::fromLatin1(KeyStore::kJwtSigningKey)), key);
        QCOMPARE(modeOf(path), 0600);
    }

    void looseFilePermissionsAreTightened()
    {
        QTemporaryDir dir;
        const KeyStore::Options fileOnly {KeyStore::Backend::FileOnly, QStringLiteral("AssayTest"), 1000};
        {
            KeyStore store(dir.path(), fileOnly);
            ASSAY_VERIFY_OK(store.set(QStringLiteral("a"), QByteArrayLiteral("1")));
        }
        const QString path = dir.filePath(QStringLiteral("secrets.key"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup);
        KeyStore store(dir.path(), fileOnly);
        ASSAY_VERIFY_OK(store.get(QStringLiteral("a")));
        QCOMPARE(modeOf(path), 0600);
    }

    void automaticFallbackWithoutAKeychain()
    {
        // Headless (no D-Bus session bus): QtKeychain fails quickly and the file takes over.
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a D-Bus session exists here: the OS keychain may be real; not touching it");
        QTemporaryDir dir;
        KeyStore store(dir.path(), {KeyStore::Backend::Auto, QStringLiteral("AssayTest"), 2000});
        QElapsedTimer timer;
        timer.start();
        auto key = store.getOrCreate(QString::fromLatin1(KeyStore::kJwtSigningKey), 32);
        ASSAY_VERIFY_OK(key);
        QVERIFY(store.usingFileFallback());
        QVERIFY(!store.fallbackNotice().isEmpty());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("secrets.key"))));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("secrets.key"))), 0600);
        KeyStore again(dir.path(), {KeyStore::Backend::Auto, QStringLiteral("AssayTest"), 2000});
        QCOMPARE(*again.get(QString::fromLatin1(KeyStore::kJwtSigningKey)), *key);
        qInfo() << "keychain fallback decided in" << timer.elapsed() << "ms:" << store.fallbackNotice();
    }

    void usableFromWorkerThreads()
    {
        // A worker asks first: the keychain probe runs on this (the home) thread's event loop.
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a D-Bus session exists here: the OS keychain may be real; not touching it");
        QTemporaryDir dir;
        KeyStore store(dir.path(), {KeyStore::Backend::Auto, QStringLiteral("AssayTest"), 2000});
        QByteArray fromWorker;
        bool done = false;
        QThread* worker = QThread::create([&] {
            auto key = store.getOrCreate(QStringLiteral("provider.key"), 24);
            if (key)
                fromWorker = *key;
            done = true;
        });
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(worker->wait(5000));
        delete worker;
        QCOMPARE(fromWorker.size(), 24);
        QCOMPARE(*store.get(QStringLiteral("provider.key")), fromWorker);
    }

    void separateDataDirectoriesHaveSeparateKeys()
    {
        QTemporaryDir a, b;
        const KeyStore::Options fileOnly {KeyStore::Backend::FileOnly, QStringLiteral("AssayTest"), 1000};
        KeyStore sa(a.path(), fileOnly), sb(b.path(), fileOnly);
        QVERIFY(*sa.getOrCreate(QStringLiteral("k")) != *sb.getOrCreate(QStringLiteral("k")));
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "TestKeyStore.moc"
