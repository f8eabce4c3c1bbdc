// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedJsonModel.h"

namespace assay::ui {

PagedJsonModel::PagedJsonModel(std::vector<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{ }

QString PagedJsonModel::text(const Json& row, const char* key)
{
    auto it = row.find(key);
    if (it == row.end() || it->is_null())
        return {};
    if (it->is_string())
        return json::qstr(it->get<std::string>());
    return json::qstr(it->dump());
}

void PagedJsonModel::setFetch(Fetch fetch)
{
    m_fetch = std::move(fetch);
    reload();
}

void PagedJsonModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_nextPage = 1;
    m_error.clear();
    endResetModel();
    if (m_fetch)
        fetchMore({});
}

int PagedJsonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int PagedJsonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedJsonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= int(m_columns.size()))
        return {};
    return m_columns[size_t(index.column())].value(m_rows[size_t(index.row())], role);
}

QVariant PagedJsonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < int(m_columns.size()))
        return m_columns[size_t(section)].title;
    return {};
}

bool PagedJsonModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_fetch && (m_nextPage == 1 || qint64(m_rows.size()) < m_total) && m_error.isEmpty();
}

void PagedJsonModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_fetch)
        return;
    auto page = m_fetch(m_nextPage, m_pageSize, m_sortBy, m_descending);
    if (!page) {
        m_error = page.error().message;
        emit loadFailed(m_error);
        return;
    }
    const Json& data = (*page)["data"];
    m_total = (*page)["pagination"].value("total_items", qint64(0));
    ++m_nextPage;
    if (data.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + data.size()) - 1);
    for (const auto& row : data)
        m_rows.push_back(row);
    endInsertRows();
}

void PagedJsonModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(m_columns.size()) || m_columns[size_t(column)].sortKey.isEmpty())
        return;
    m_sortBy = m_columns[size_t(column)].sortKey;
    m_descending = order == Qt::DescendingOrder;
    reload();
}

void PagedJsonModel::updateRow(int row, Json value)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    m_rows[size_t(row)] = std::move(value);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

} // namespace assay::ui
