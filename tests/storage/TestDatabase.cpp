// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "TestUtil.h"

using namespace assay;

// Real SQLite files in a temporary directory: WAL, user_version, per-thread connections,
// backup before migrating an existing file, and settings validation.
class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseIsMigratedInWalMode()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("assay.db")));
        ASSAY_VERIFY_OK(db.open());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.schemaVersion() >= 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(db.lastBackupPath().isEmpty()); // nothing to back up on a new file
    }

    void existingDatabaseIsBackedUpBeforeMigrating()
    {
        if (Database::latestSchemaVersion() < 2)
            QSKIP("needs at least two migrations to simulate an upgrade");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("assay.db"));
        {
            Database db(path);
            ASSAY_VERIFY_OK(db.open());
            // Pretend an older Assay made the file: only migration 0001 applied.
            const QStringList keep {QStringLiteral("settings"), QStringLiteral("meta")};
            QStringList tables;
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(
                QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
            while (q.next())
                tables << q.value(0).toString();
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            for (const auto& t : tables)
                if (!keep.contains(t))
                    QVERIFY(q.exec(QStringLiteral("DROP TABLE %1").arg(t)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        Database db(path);
        ASSAY_VERIFY_OK(db.open());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(!db.lastBackupPath().isEmpty());
        QVERIFY(QFile::exists(db.lastBackupPath()));
        Database backup(db.lastBackupPath());
        QSqlQuery q(backup.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("assay.db"));
        Database db(path);
        ASSAY_VERIFY_OK(db.open());
        const int version = db.schemaVersion();
        // A second open is a no-op: nothing pending, no backup.
        Database again(path);
        QVERIFY(again.open().ok());
        QCOMPARE(again.schemaVersion(), version);
        QVERIFY(again.lastBackupPath().isEmpty());
    }

    void connectionPerThread()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("assay.db")));
        ASSAY_VERIFY_OK(db.open());
        const QString mainName = db.connection().connectionName();
        QString workerName;
        bool workerOk = false;
        QThread* t = QThread::create([&] {
            workerName = db.connection().connectionName();
            workerOk = db.check().ok();
            auto q = execSql(db.connection(), QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"),
                {QStringLiteral("from-worker"), QStringLiteral("1")});
            workerOk = workerOk && q.ok();
        });
        t->start();
        QVERIFY(t->wait(5000));
        delete t;
        QVERIFY(workerOk);
        QVERIFY(mainName != workerName);
        // The worker's connection was removed with its thread.
        QVERIFY(!QSqlDatabase::contains(workerName));
        auto q = execSql(
            db.connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {QStringLiteral("from-worker")});
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("1"));
    }

    void settingsAreValidatedAndPersisted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("assay.db"));
        {
            Database db(path);
            ASSAY_VERIFY_OK(db.open());
            SettingsStore settings(db);
            QVERIFY(settings.load().ok());
            QCOMPARE(settings.intValue(QStringLiteral("port")), 8470);
            QVERIFY(settings.update({{"port", 9000}, {"share_on_lan", true}}).ok());
            auto bad = settings.update({{"port", 70000}});
            QVERIFY(!bad.ok());
            QCOMPARE(bad.error().kind, Error::Kind::Unprocessable);
            auto unknown = settings.update({{"no_such_key", 1}, {"port", 9100}});
            QVERIFY(!unknown.ok());
            QVERIFY(bad.error().message.contains(QStringLiteral("port")));
            QCOMPARE(settings.intValue(QStringLiteral("port")), 9000); // all or nothing
        }
        Database db(path);
        ASSAY_VERIFY_OK(db.open());
        SettingsStore settings(db);
        QVERIFY(settings.load().ok());
        QCOMPARE(settings.intValue(QStringLiteral("port")), 9000);
        QVERIFY(settings.boolValue(QStringLiteral("share_on_lan")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
