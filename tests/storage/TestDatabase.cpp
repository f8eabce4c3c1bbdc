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

namespace {
bool hasRow(const Result<bool>& r)
{
    return r.ok() && *r;
}
} // namespace

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

    // Cached prepared statements (Statement): values round-trip as UTF-8, a statement is reused
    // after it goes out of scope, a second lease of the same SQL while the first is out gets its
    // own, SQL errors come back as Errors, and a thread's statements are finalized with its
    // connection (the connection closes, so the file can be removed and reopened).
    void cachedStatements()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("assay.db"));
        {
            Database db(path);
            ASSAY_VERIFY_OK(db.open());
            const QString insert = QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)");
            const QString text = QStringLiteral("naïve \"quoted\" ✓ 😀");
            for (int i = 0; i < 3; ++i) {
                auto q = db.prepare(insert);
                ASSAY_VERIFY_OK(q);
                q->bind(0, QStringLiteral("k%1").arg(i));
                q->bind(1, QVariant(i == 2 ? text : QString::number(i * 10)));
                auto done = q->next();
                ASSAY_VERIFY_OK(done);
                QVERIFY(!*done);
            }
            const QString select = QStringLiteral("SELECT key, value, length(value) FROM meta WHERE key LIKE 'k%' ORDER BY key");
            auto outer = db.prepare(select);
            ASSAY_VERIFY_OK(outer);
            QStringList seen;
            for (;;) {
                auto row = outer->next();
                ASSAY_VERIFY_OK(row);
                if (!*row)
                    break;
                // The same SQL leased again while the outer statement is mid-way.
                auto inner = db.prepare(select);
                ASSAY_VERIFY_OK(inner);
                auto first = inner->next();
                ASSAY_VERIFY_OK(first);
                QVERIFY(*first);
                QCOMPARE(inner->string(0), QStringLiteral("k0"));
                seen << outer->string(0) + QLatin1Char('=') + outer->string(1);
            }
            QCOMPARE(seen, (QStringList {QStringLiteral("k0=0"), QStringLiteral("k1=10"), QStringLiteral("k2=") + text}));
            {
                auto q = db.prepare(QStringLiteral("SELECT value, ?, ? FROM meta WHERE key = ?"));
                ASSAY_VERIFY_OK(q);
                q->bindAll({qint64(1) << 40, QVariant(), QStringLiteral("k2")});
                auto row = q->next();
                ASSAY_VERIFY_OK(row);
                QVERIFY(*row);
                QCOMPARE(q->text(0), std::string_view(text.toUtf8().constData()));
                QCOMPARE(q->int64(1), qint64(1) << 40);
                QVERIFY(q->isNull(2));
                QCOMPARE(q->name(0), std::string_view("value"));
            }
            auto bad = db.prepare(QStringLiteral("SELECT nope FROM nowhere"));
            QVERIFY(!bad.ok());
            QVERIFY(bad.error().message.contains(QLatin1String("nowhere")));
            auto unique = db.prepare(insert);
            ASSAY_VERIFY_OK(unique);
            unique->bindAll({QStringLiteral("k0"), QStringLiteral("again")});
            QVERIFY(!unique->next().ok()); // constraint violation, reported, statement still released

            QString workerName;
            bool workerOk = false;
            QThread* t = QThread::create([&] {
                auto q = db.prepare(select);
                workerOk = q.ok() && hasRow(q->next()) && q->string(0) == QLatin1String("k0");
                workerName = db.connection().connectionName();
            });
            t->start();
            QVERIFY(t->wait(5000));
            delete t;
            QVERIFY(workerOk);
            QVERIFY(!QSqlDatabase::contains(workerName)); // closed despite its cached statement
        }
        // Every connection closed (an open one would keep the -wal file and its lock).
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        Database again(path);
        ASSAY_VERIFY_OK(again.open());
        auto q = again.prepare(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key LIKE 'k%'"));
        ASSAY_VERIFY_OK(q);
        QVERIFY(hasRow(q->next()));
        QCOMPARE(q->int64(0), qint64(3));
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
