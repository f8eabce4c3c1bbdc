// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Statement.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>

namespace assay {

// The SQLite database of one data directory (SPEC §3). Each thread gets its own connection,
// opened on first use with WAL, foreign keys and a busy timeout, and closed when the thread
// ends. Stores (one per aggregate) take a Database& and call connection() on their thread.
// Keeping SQL portable: the few dialect differences go through the helpers below.
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the calling thread's connection and runs pending migrations. Call once at start-up.
    Status open();
    const QString& path() const { return m_path; }

    // The calling thread's connection (opened on first use).
    QSqlDatabase connection() const;
    // A cached prepared statement on the calling thread's connection (see Statement).
    Result<Statement> prepare(const QString& sql) const;

    int schemaVersion() const;
    static int latestSchemaVersion();
    // Path of the copy made before the last migration of an existing file (empty if none).
    QString lastBackupPath() const { return m_lastBackup; }

    // Runs `work` inside a transaction on this thread's connection; rolls back on error.
    Status transaction(const std::function<Status(QSqlDatabase&)>& work) const;

    // Quick health probe for /health: a trivial query on this thread's connection.
    Status check() const;
    // Writes the WAL back into the main file (clean shutdown).
    void checkpoint() const;

    // Dialect seam: everything SQLite-specific that a store might need lives here.
    static QString upsertClause(const QString& conflictColumns, const QStringList& updateColumns);

private:
    Status migrate(QSqlDatabase& db);
    QSqlDatabase openConnection() const;

    QString m_path;
    QString m_lastBackup;
    quint64 m_instance;
    static std::atomic<quint64> s_nextInstance;
};

// An Error for a failed SQLite call: STORAGE_FULL / STORAGE_ERROR / STORAGE_BUSY (503) for
// conditions of the machine, else an internal error with SQLite's message.
Error storageError(const QString& what, int sqliteCode, const QString& databaseText, const QString& fullText = {});

// Runs a prepared statement with positional values; an Error carries the driver's message.
Status exec(QSqlQuery& query);
Result<QSqlQuery> execSql(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

} // namespace assay
