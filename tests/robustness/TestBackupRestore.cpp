// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeProcess.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::test;

// `assay backup FILE` and `assay restore FILE` (issue #14, docs/RELIABILITY.md) with the real
// binary: an online backup while `assay serve` runs, restore refused while it runs, a restore
// that brings back the audit rows and their audit.json, a backup from a newer schema refused,
// one from an older schema migrated, and files that are not backups refused without changes.
class TestBackupRestore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;
    QString m_tree;
    QByteArray m_token;

    static QString queryOne(const QString& dbPath, const QString& sql)
    {
        QString value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(dbPath);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return value;
    }

    static bool exec(const QString& dbPath, const QStringList& statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(dbPath);
            ok = db.open();
            QSqlQuery q(db);
            for (const auto& s : statements)
                ok = ok && q.exec(s);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        return ok;
    }

    // A tar.gz in the backup layout (manifest.json + assay.db) made with tar(1).
    static bool makeBackup(const QString& folder, const QString& target)
    {
        QFile m(QDir(folder).filePath(QStringLiteral("manifest.json")));
        if (!m.open(QIODevice::WriteOnly))
            return false;
        m.write(
            R"({"format":"assay.backup/1","schema_version":0,"assay_version":"test","created_at":"2026-01-01T00:00:00Z","audits":0,"artefact_files":0})");
        m.close();
        QProcess tar;
        tar.start(QStringLiteral("tar"),
            {QStringLiteral("-czf"), target, QStringLiteral("-C"), folder, QStringLiteral("manifest.json"),
                QStringLiteral("assay.db")});
        return tar.waitForFinished(30000) && tar.exitCode() == 0;
    }

    QString waitCompleted(HttpClient& http, const QString& id)
    {
        QElapsedTimer t;
        t.start();
        std::string s;
        while (t.elapsed() < 60000) {
            s = http.get("/api/v1/audits/" + id.toUtf8()).json().value("status", std::string());
            if (s == "completed" || s == "failed")
                break;
            QThread::msleep(50);
        }
        return QString::fromStdString(s);
    }

    QString startAudit(HttpClient& http)
    {
        const auto r = http.post("/api/v1/audits", Json {{"repository", m_tree.toStdString()}});
        return QString::fromStdString(r.json().value("id", std::string()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(assayBinary()).isExecutable(), "ASSAY_BINARY is not set by CTest");
        m_data = m_dir.filePath(QStringLiteral("data"));
        m_tree = m_dir.filePath(QStringLiteral("tree"));
        QDir().mkpath(m_tree);
        for (int i = 0; i < 20; ++i) {
            QFile f(QStringLiteral("%1/f%2.c").arg(m_tree).arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("// SPDX-License-Identifier: MIT\nint f(void) { return 1; }\n");
        }
        QVERIFY(addUser(m_data, QStringLiteral("backup@example.com"), QStringLiteral("admin"), "Backup-Passw0rd-1"));
        m_token = createToken(m_data, QStringLiteral("backup@example.com"), QStringLiteral("read:audits,write:audits"));
        QVERIFY(m_token.startsWith("assay_"));
    }

    void onlineBackupThenRestore()
    {
        ServeProcess server;
        QVERIFY(server.start(m_data, m_dir.filePath(QStringLiteral("serve.log"))));
        HttpClient http;
        http.port = server.port;
        http.bearer = m_token;
        const QString kept = startAudit(http);
        QCOMPARE(waitCompleted(http, kept), QStringLiteral("completed"));
        const QByteArray report = http.get("/api/v1/audits/" + kept.toUtf8() + "/report?format=json").body;
        QVERIFY(report.contains("\"files\""));

        // Online: the server keeps running (and auditing) during the backup.
        const QString another = startAudit(http);
        const QString file = m_dir.filePath(QStringLiteral("backup.tar.gz"));
        QByteArray out, err;
        QCOMPARE(runAssay({QStringLiteral("backup"), file, QStringLiteral("--data-dir"), m_data}, {}, &out, &err), 0);
        QVERIFY2(out.contains("Backed up"), out.constData());
        QVERIFY(QFileInfo(file).size() > 0);
        QCOMPARE(waitCompleted(http, another), QStringLiteral("completed"));
        // Made after the backup: gone after the restore.
        const QString later = startAudit(http);
        QCOMPARE(waitCompleted(http, later), QStringLiteral("completed"));

        // Refused while the server uses the data directory; nothing changes.
        QCOMPARE(runAssay({QStringLiteral("restore"), file, QStringLiteral("--data-dir"), m_data}, {}, &out, &err), 3);
        QVERIFY2(err.contains("stop the server"), err.constData());
        QCOMPARE(http.get("/api/v1/audits/" + later.toUtf8()).status, 200);
        QVERIFY(server.stop());

        QCOMPARE(runAssay({QStringLiteral("restore"), file, QStringLiteral("--data-dir"), m_data}, {}, &out, &err), 0);
        QVERIFY2(out.contains("Restored"), out.constData());
        QVERIFY(QDir(m_data).entryList({QStringLiteral("pre-restore-*")}, QDir::Dirs).size() == 1);
        QCOMPARE(queryOne(m_data + QStringLiteral("/assay.db"), QStringLiteral("PRAGMA integrity_check")),
            QStringLiteral("ok"));

        ServeProcess again;
        QVERIFY(again.start(m_data, m_dir.filePath(QStringLiteral("serve.log"))));
        http.port = again.port;
        http.reset();
        QCOMPARE(
            QString::fromStdString(http.get("/api/v1/audits/" + kept.toUtf8()).json().value("status", std::string())),
            QStringLiteral("completed"));
        QCOMPARE(http.get("/api/v1/audits/" + later.toUtf8()).status, 404);
        const auto restoredReport = http.get("/api/v1/audits/" + kept.toUtf8() + "/report?format=json");
        QCOMPARE(restoredReport.status, 200);
        QCOMPARE(restoredReport.json()["files"].size(), Json::parse(report.toStdString())["files"].size());
        // The audit that ran during the backup is either complete with its artefacts or absent
        // (queued/running rows in the copy are recovered and run again).
        const auto during = http.get("/api/v1/audits/" + another.toUtf8());
        if (during.status == 200) {
            QCOMPARE(waitCompleted(http, another), QStringLiteral("completed"));
            QCOMPARE(http.get("/api/v1/audits/" + another.toUtf8() + "/report?format=json").status, 200);
        } else {
            QCOMPARE(during.status, 404);
        }
        QVERIFY(again.stop());
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir work;
        const QString db = work.filePath(QStringLiteral("assay.db"));
        QVERIFY(QFile::copy(m_data + QStringLiteral("/assay.db"), db));
        QVERIFY(exec(db, {QStringLiteral("PRAGMA user_version = 9999")}));
        const QString file = work.filePath(QStringLiteral("newer.tar.gz"));
        QVERIFY(makeBackup(work.path(), file));
        const QString before
            = queryOne(m_data + QStringLiteral("/assay.db"), QStringLiteral("SELECT COUNT(*) FROM audits"));
        QByteArray out, err;
        QCOMPARE(runAssay({QStringLiteral("restore"), file, QStringLiteral("--data-dir"), m_data}, {}, &out, &err), 2);
        QVERIFY2(err.contains("newer Assay") && err.contains("9999"), err.constData());
        QCOMPARE(queryOne(m_data + QStringLiteral("/assay.db"), QStringLiteral("SELECT COUNT(*) FROM audits")), before);
    }

    void olderSchemaIsMigrated()
    {
        // A database at schema version 1 (the first migration only), as an old Assay left it.
        QTemporaryDir work;
        const QString db = work.filePath(QStringLiteral("assay.db"));
        QFile first(
            qEnvironmentVariable("ASSAY_SOURCE_DIR") + QStringLiteral("/backend/storage/migrations/0001_settings.sql"));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QStringList statements;
        QString current;
        for (QString line : QString::fromUtf8(first.readAll()).split(QLatin1Char('\n'))) {
            if (const int c = line.indexOf(QStringLiteral("--")); c >= 0)
                line.truncate(c);
            current += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                statements << current.trimmed();
                current.clear();
            }
        }
        statements << QStringLiteral("PRAGMA user_version = 1");
        QVERIFY(exec(db, statements));
        const QString file = work.filePath(QStringLiteral("older.tar.gz"));
        QVERIFY(makeBackup(work.path(), file));

        QTemporaryDir target;
        QByteArray out, err;
        QCOMPARE(
            runAssay({QStringLiteral("restore"), file, QStringLiteral("--data-dir"), target.path()}, {}, &out, &err),
            0);
        QVERIFY2(out.contains("migrated from version 1"), out.constData());
        const int latest
            = queryOne(m_data + QStringLiteral("/assay.db"), QStringLiteral("PRAGMA user_version")).toInt();
        QCOMPARE(queryOne(target.filePath(QStringLiteral("assay.db")), QStringLiteral("PRAGMA user_version")).toInt(),
            latest);
        QCOMPARE(queryOne(target.filePath(QStringLiteral("assay.db")), QStringLiteral("PRAGMA integrity_check")),
            QStringLiteral("ok"));
    }

    void notABackupIsRefused()
    {
        QTemporaryDir work;
        const QString junk = work.filePath(QStringLiteral("junk.tar.gz"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an archive");
        f.close();
        const QString before
            = queryOne(m_data + QStringLiteral("/assay.db"), QStringLiteral("SELECT COUNT(*) FROM audits"));
        QByteArray out, err;
        QCOMPARE(runAssay({QStringLiteral("restore"), junk, QStringLiteral("--data-dir"), m_data}, {}, &out, &err), 2);
        QVERIFY(!err.isEmpty());
        QCOMPARE(runAssay({QStringLiteral("restore"), work.filePath(QStringLiteral("missing")),
                              QStringLiteral("--data-dir"), m_data},
                     {}, &out, &err),
            2);
        QCOMPARE(runAssay({QStringLiteral("backup"), QStringLiteral("--data-dir"), m_data}, {}, &out, &err), 2);
        QCOMPARE(runAssay({QStringLiteral("backup"), work.filePath(QStringLiteral("b.tar.gz")),
                              QStringLiteral("--data-dir"), work.filePath(QStringLiteral("empty"))},
                     {}, &out, &err),
            2);
        QCOMPARE(queryOne(m_data + QStringLiteral("/assay.db"), QStringLiteral("SELECT COUNT(*) FROM audits")), before);
        QVERIFY(QDir(m_data).entryList({QStringLiteral(".restore-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"
