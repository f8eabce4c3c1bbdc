// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>

#include <map>

namespace assay {

std::atomic<quint64> Database::s_nextInstance {1};

namespace {

// Names of the connections this thread opened, removed when the thread exits.
struct ThreadConnections
{
    std::map<quint64, QString> names;
    ~ThreadConnections()
    {
        for (const auto& [instance, name] : names) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};
// QThreadStorage (not thread_local) so the connections are gone by the time QThread::wait()
// returns: Qt destroys its thread storage before it reports the thread finished.
QThreadStorage<ThreadConnections*> t_storage;
ThreadConnections& threadConnections()
{
    if (!t_storage.hasLocalData())
        t_storage.setLocalData(new ThreadConnections);
    return *t_storage.localData();
}

QString connectionName(quint64 instance)
{
    return QStringLiteral("assay-%1-%2").arg(instance).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

struct Migration
{
    int version;
    QString name;
    QString sql;
};

// Migrations are numbered SQL files compiled into the binary (`:/migrations/NNNN_name.sql`).
std::vector<Migration> loadMigrations()
{
    std::vector<Migration> out;
    QDirIterator it(QStringLiteral(":/migrations"), {QStringLiteral("*.sql")}, QDir::Files);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString base = QFileInfo(file).fileName();
        bool ok = false;
        const int version = base.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (!ok || version <= 0)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.push_back({version, base, QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return out;
}

// Splits a migration file into statements (no semicolons inside literals in our migrations,
// but trigger bodies with BEGIN ... END are kept whole).
QStringList splitStatements(const QString& sql)
{
    QStringList out;
    QString current;
    int depth = 0;
    const auto lines = sql.split(QLatin1Char('\n'));
    for (QString line : lines) {
        const int comment = line.indexOf(QStringLiteral("--"));
        if (comment >= 0)
            line.truncate(comment);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QString upper = trimmed.toUpper();
        if (upper.endsWith(QStringLiteral("BEGIN")))
            ++depth;
        current += line + QLatin1Char('\n');
        if (depth > 0 && (upper == QStringLiteral("END;") || upper == QStringLiteral("END")))
            --depth;
        if (depth == 0 && trimmed.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

// SQLite result codes that are conditions of the machine, not bugs: they reach the user as a
// clear 503 (docs/RELIABILITY.md) instead of a 500 with the driver's text.
Error sqlError(const QString& what, const QSqlError& e)
{
    // The primary result code; the driver leaves it out of some errors (a failed COMMIT), whose
    // text still carries SQLite's message.
    const int code = e.nativeErrorCode().toInt() & 0xff;
    const QString text = e.databaseText();
    if (code == 13 /* SQLITE_FULL */ || text.contains(QLatin1String("database or disk is full")))
        return Error::unavailable(
            QStringLiteral("The disk holding Assay's data is full; free some space and try again."),
            QStringLiteral("STORAGE_FULL"));
    if ((code == 10 /* SQLITE_IOERR */ && text.contains(QLatin1String("disk"), Qt::CaseInsensitive))
        || text.contains(QLatin1String("disk I/O error")))
        return Error::unavailable(
            QStringLiteral("Assay cannot write its data (%1); check the disk and try again.").arg(e.text()),
            QStringLiteral("STORAGE_ERROR"));
    if (code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */
        || text.contains(QLatin1String("database is locked"))
        || text.contains(QLatin1String("database table is locked")))
        return Error::unavailable(
            QStringLiteral("Assay's data is busy with another Assay process for too long; try again in a moment."),
            QStringLiteral("STORAGE_BUSY"));
    return Error::internal(QStringLiteral("%1: %2").arg(what, e.text()));
}

} // namespace

Status exec(QSqlQuery& query)
{
    if (!query.exec())
        return sqlError(QStringLiteral("Database error"), query.lastError());
    return {};
}

Result<QSqlQuery> execSql(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return sqlError(QStringLiteral("Database error"), q.lastError());
    for (const auto& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(QStringLiteral("Database error"), q.lastError());
    return q;
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_instance(s_nextInstance++)
{ }

Database::~Database()
{
    auto it = threadConnections().names.find(m_instance);
    if (it != threadConnections().names.end()) {
        const QString name = it->second;
        threadConnections().names.erase(it);
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::openConnection() const
{
    const QString name = connectionName(m_instance);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        qCWarning(lcStorage) << "cannot open database" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.exec(QStringLiteral("PRAGMA busy_timeout=10000"));
    threadConnections().names[m_instance] = name;
    return db;
}

QSqlDatabase Database::connection() const
{
    auto it = threadConnections().names.find(m_instance);
    if (it != threadConnections().names.end()) {
        QSqlDatabase db = QSqlDatabase::database(it->second, false);
        if (db.isOpen())
            return db;
    }
    return openConnection();
}

Status Database::open()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::internal(QStringLiteral("Cannot create the folder for %1.").arg(m_path));
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::internal(QStringLiteral("Cannot open the database %1: %2").arg(m_path, db.lastError().text()));
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next()
            || q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcStorage) << "WAL journal mode is not available for" << m_path;
    }
    return migrate(db);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion()
{
    const auto migrations = loadMigrations();
    return migrations.empty() ? 0 : migrations.back().version;
}

Status Database::migrate(QSqlDatabase& db)
{
    const int current = schemaVersion();
    if (current < 0)
        return Error::internal(QStringLiteral("Cannot read the schema version of %1.").arg(m_path));
    const auto migrations = loadMigrations();
    std::vector<const Migration*> pending;
    for (const auto& m : migrations)
        if (m.version > current)
            pending.push_back(&m);
    if (pending.empty())
        return {};

    if (current > 0) {
        // An existing database: keep a consistent copy before changing its schema.
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(current).arg(stamp);
        QFile::remove(backup);
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
            return sqlError(QStringLiteral("Cannot prepare the pre-migration backup"), q.lastError());
        q.addBindValue(backup);
        if (!q.exec())
            return sqlError(QStringLiteral("Cannot write the pre-migration backup %1").arg(backup), q.lastError());
        m_lastBackup = backup;
        qCInfo(lcStorage) << "backed up schema version" << current << "to" << backup;
    }

    for (const Migration* m : pending) {
        if (!db.transaction())
            return sqlError(QStringLiteral("Cannot start migration %1").arg(m->name), db.lastError());
        Status applied = [&]() -> Status {
            QSqlQuery q(db);
            for (const QString& statement : splitStatements(m->sql)) {
                if (!q.exec(statement))
                    return sqlError(QStringLiteral("Migration %1 failed").arg(m->name), q.lastError());
                q.finish();
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m->version)))
                return sqlError(QStringLiteral("Migration %1 failed").arg(m->name), q.lastError());
            return {};
        }();
        if (!applied) {
            db.rollback();
            return applied;
        }
        if (!db.commit())
            return sqlError(QStringLiteral("Cannot commit migration %1").arg(m->name), db.lastError());
        qCInfo(lcStorage) << "applied migration" << m->name;
    }
    return {};
}

Status Database::transaction(const std::function<Status(QSqlDatabase&)>& work) const
{
    QSqlDatabase db = connection();
    // IMMEDIATE takes the write lock up front, waiting up to busy_timeout for it. A deferred
    // transaction that reads and then writes fails at once with SQLITE_BUSY ("database is
    // locked", no waiting) when another process (serve, the desktop app, a CLI command on the
    // same data directory) committed in between.
    {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(QStringLiteral("Cannot start a transaction"), begin.lastError());
    }
    Status s = work(db);
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        const auto err = db.lastError();
        db.rollback();
        return sqlError(QStringLiteral("Cannot commit"), err);
    }
    return {};
}

Status Database::check() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT 1")) || !q.next())
        return sqlError(QStringLiteral("Database check failed"), q.lastError());
    return {};
}

void Database::checkpoint() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcStorage) << "WAL checkpoint failed:" << q.lastError().text();
}

QString Database::upsertClause(const QString& conflictColumns, const QStringList& updateColumns)
{
    // Both SQLite (>= 3.24) and PostgreSQL accept this form.
    QStringList sets;
    for (const auto& c : updateColumns)
        sets << QStringLiteral("%1 = excluded.%1").arg(c);
    if (sets.isEmpty())
        return QStringLiteral("ON CONFLICT(%1) DO NOTHING").arg(conflictColumns);
    return QStringLiteral("ON CONFLICT(%1) DO UPDATE SET %2").arg(conflictColumns, sets.join(QStringLiteral(", ")));
}

} // namespace assay
