// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace assay {

// Prepared statements of one thread's connection that are not leased right now (Statement).
// Finalized before the connection closes (Database), so SQLite never sees a close with
// statements outstanding.
struct StatementCache
{
    explicit StatementCache(sqlite3* db)
        : handle(db)
    { }
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Takes an idle statement for `sql`, or prepares one; nullptr and SQLite's error otherwise.
    sqlite3_stmt* take(const QString& sql, int* errorCode, QString* errorMessage);
    // Resets a leased statement and keeps it for the next lease (one idle copy per SQL text;
    // a second copy, leased while the first was out, is finalized).
    void giveBack(const QString& sql, sqlite3_stmt* stmt);

    sqlite3* handle;
    QHash<QString, sqlite3_stmt*> idle;
};

} // namespace assay
