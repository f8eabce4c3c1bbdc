// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"
#include "core/Result.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace assay::ui {

// A table over a paginated service call ({data, pagination} of SPEC §4): rows are fetched a
// page at a time as the view scrolls (canFetchMore/fetchMore), so a million-row result opens
// at once. Sorting and filtering are the service's (SQL's) job: changing them resets the model.
class PagedJsonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString title;
        std::function<QVariant(const Json& row, int role)> value;
        QString sortKey; // service sort_by name; empty = not sortable
    };
    // Fetches one page (1-based) of `limit` rows with the current sort.
    using Fetch = std::function<Result<Json>(int page, int limit, const QString& sortBy, bool descending)>;

    PagedJsonModel(std::vector<Column> columns, QObject* parent = nullptr);

    void setFetch(Fetch fetch);
    void reload();
    const Json& rowAt(int row) const { return m_rows[size_t(row)]; }
    // A row field as text: strings as they are, numbers and objects as JSON, missing or null empty.
    static QString text(const Json& row, const char* key);
    qint64 totalRows() const { return m_total; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // Replace one row (e.g. after triage) without reloading.
    void updateRow(int row, Json value);

signals:
    void loadFailed(const QString& message);

private:
    std::vector<Column> m_columns;
    Fetch m_fetch;
    std::vector<Json> m_rows;
    qint64 m_total = 0;
    int m_nextPage = 1;
    int m_pageSize = 200;
    QString m_sortBy;
    bool m_descending = true;
    QString m_error;
};

} // namespace assay::ui
