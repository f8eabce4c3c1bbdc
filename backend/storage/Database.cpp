// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "StatementCache.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>

#include <sqlite3.h>

#include <map>
#include <memory>

namespace assay {

std::atomic<quint64> Database::s_nextInstance {1};

namespace {

// The connections this thread opened (by Database instance), removed when the thread exits.
struct ThreadConnection
{
    QString name;
    std::shared_ptr<StatementCache> statements;
};
struct ThreadConnections
{
    std::map<quint64, ThreadConnection> names;
    ~ThreadConnections()
    {
        for (auto& [instance, conn] : names) {
            const QString name = conn.name;
            conn.statements.reset(); // finalized before the connection closes
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

Error sqlError(const QString& what, const QSqlError& e)
{
    return storageError(what, e.nativeErrorCode().toInt(), e.databaseText(), e.text());
}

// SQLite's own allocation statistics take a process-wide mutex on every malloc and free, which
// the API's worker threads then queue on; Assay never reads them. Must run before SQLite
// initialises (the first connection), so the first Database constructed switches it off.
void disableSqliteMemoryStatistics()
{
    static const bool done = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // SQLITE_MISUSE if already initialised: harmless
        return true;
    }();
    Q_UNUSED(done);
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

} // namespace

// SQLite result codes that are conditions of the machine, not bugs: they reach the user as a
// clear 503 (docs/RELIABILITY.md) instead of a 500 with the driver's text.
Error storageError(const QString& what, int sqliteCode, const QString& databaseText, const QString& fullText)
{
    // The primary result code; the driver leaves it out of some errors (a failed COMMIT), whose
    // text still carries SQLite's message.
    const int code = sqliteCode & 0xff;
    const QString& text = databaseText;
    const QString& message = fullText.isEmpty() ? databaseText : fullText;
    if (code == 13 /* SQLITE_FULL */ || text.contains(QLatin1String("database or disk is full")))
        return Error::unavailable(
            QStringLiteral("The disk holding Assay's data is full; free some space and try again."),
            QStringLiteral("STORAGE_FULL"));
    if ((code == 10 /* SQLITE_IOERR */ && text.contains(QLatin1String("disk"), Qt::CaseInsensitive))
        || text.contains(QLatin1String("disk I/O error")))
        return Error::unavailable(
            QStringLiteral("Assay cannot write its data (%1); check the disk and try again.").arg(message),
            QStringLiteral("STORAGE_ERROR"));
    if (code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */
        || text.contains(QLatin1String("database is locked"))
        || text.contains(QLatin1String("database table is locked")))
        return Error::unavailable(
            QStringLiteral("Assay's data is busy with another Assay process for too long; try again in a moment."),
            QStringLiteral("STORAGE_BUSY"));
    return Error::internal(QStringLiteral("%1: %2").arg(what, message));
}

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
{
    disableSqliteMemoryStatistics();
}

Database::~Database()
{
    auto it = threadConnections().names.find(m_instance);
    if (it != threadConnections().names.end()) {
        const QString name = it->second.name;
        it->second.statements.reset(); // finalized before the connection closes
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
    threadConnections().names[m_instance] = ThreadConnection {name, nullptr};
    return db;
}

QSqlDatabase Database::connection() const
{
    auto it = threadConnections().names.find(m_instance);
    if (it != threadConnections().names.end()) {
        QSqlDatabase db = QSqlDatabase::database(it->second.name, false);
        if (db.isOpen())
            return db;
    }
    return openConnection();
}

Result<Statement> Database::prepare(const QString& sql) const
{
    const QSqlDatabase db = connection();
    sqlite3* handle = sqliteHandle(db);
    if (!db.isOpen() || !handle)
        return Error::internal(QStringLiteral("Cannot open the database %1: %2").arg(m_path, db.lastError().text()));
    ThreadConnection& conn = threadConnections().names[m_instance];
    if (!conn.statements || conn.statements->handle != handle)
        conn.statements = std::make_shared<StatementCache>(handle);
    int code = 0;
    QString message;
    sqlite3_stmt* stmt = conn.statements->take(sql, &code, &message);
    if (!stmt)
        return storageError(QStringLiteral("Database error"), code, message);
    return Statement(stmt, conn.statements, sql);
}

StatementCache::~StatementCache()
{
    for (sqlite3_stmt* stmt : std::as_const(idle))
        sqlite3_finalize(stmt);
}

sqlite3_stmt* StatementCache::take(const QString& sql, int* errorCode, QString* errorMessage)
{
    if (sqlite3_stmt* stmt = idle.take(sql))
        return stmt;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        *errorCode = sqlite3_extended_errcode(handle);
        *errorMessage = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(stmt);
        return nullptr;
    }
    return stmt;
}

void StatementCache::giveBack(const QString& sql, sqlite3_stmt* stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    // Bounded: list queries vary with their filters and IN (…) lists; a few hundred texts at most.
    constexpr qsizetype kMaxIdle = 256;
    if (idle.contains(sql) || idle.size() >= kMaxIdle) {
        sqlite3_finalize(stmt);
        return;
    }
    idle.insert(sql, stmt);
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
