// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include "Database.h"
#include "StatementCache.h"

#include <sqlite3.h>

namespace assay {

Statement::Statement(sqlite3_stmt* stmt, std::weak_ptr<StatementCache> cache, QString sql)
    : m_stmt(stmt)
    , m_cache(std::move(cache))
    , m_sql(std::move(sql))
{ }

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cache(std::move(other.m_cache))
    , m_sql(std::move(other.m_sql))
{ }

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cache = std::move(other.m_cache);
        m_sql = std::move(other.m_sql);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    sqlite3_stmt* stmt = std::exchange(m_stmt, nullptr);
    if (auto cache = m_cache.lock())
        cache->giveBack(m_sql, stmt);
    else
        sqlite3_finalize(stmt);
}

void Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index + 1, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index + 1);
}

void Statement::bind(int index, const QVariant& value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index + 1, value.toDouble());
        break;
    default:
        bind(index, value.toString());
        break;
    }
}

void Statement::bindAll(const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(i, values[i]);
}

Result<bool> Statement::next()
{
    if (!m_stmt)
        return Error::internal(QStringLiteral("Database error: the statement was not prepared."));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return storageError(QStringLiteral("Database error"), sqlite3_extended_errcode(sqlite3_db_handle(m_stmt)),
        QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string_view Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, size_t(sqlite3_column_bytes(m_stmt, column))};
}

QString Statement::string(int column) const
{
    const std::string_view t = text(column);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

std::string_view Statement::name(int column) const
{
    const char* n = sqlite3_column_name(m_stmt, column);
    return n ? std::string_view(n) : std::string_view();
}

} // namespace assay
