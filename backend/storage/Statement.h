// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <string_view>

struct sqlite3_stmt;

namespace assay {

struct StatementCache;

// A prepared statement of the calling thread's connection, leased from a per-connection cache
// (Database::prepare) and handed back, reset, when it goes out of scope. For the hot read paths
// of the API (token lookup, list pages): no re-parse of the SQL per request, no QVariant per
// cell, and text columns read as the UTF-8 SQLite stores instead of converted to UTF-16 and back.
// Everything else goes through QtSql (execSql), on the same connection.
class Statement
{
public:
    Statement() = default;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are numbered from 0 (SQLite's ?1 is index 0 here), like QSqlQuery::bindValue.
    void bind(int index, const QString& value);
    void bind(int index, qint64 value);
    void bindNull(int index);
    // Null, integers, doubles and strings; anything else binds as its string form.
    void bind(int index, const QVariant& value);
    void bindAll(const QVariantList& values);

    // Advances to the next row: true while there is one, false at the end, an Error (mapped like
    // execSql's: STORAGE_BUSY, STORAGE_FULL, …) when SQLite fails.
    Result<bool> next();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    // The column's UTF-8 text, valid until the next call of next() on this statement.
    std::string_view text(int column) const;
    QString string(int column) const;
    // The column's name in the result (as SQLite reports it).
    std::string_view name(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, std::weak_ptr<StatementCache> cache, QString sql);
    void release();

    sqlite3_stmt* m_stmt = nullptr;
    std::weak_ptr<StatementCache> m_cache;
    QString m_sql;
};

} // namespace assay
