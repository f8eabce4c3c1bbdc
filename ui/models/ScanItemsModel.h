// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace assay::ui {

// The items of one risk scan for the Risk scans page: risk phrase, categories (drawn as chips),
// confidence and the sentence. Built from ScanService's JSON (`get` adds each sentence's
// start/end in the scan's text, which the page uses to highlight it).
class ScanItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RiskColumn,
        CategoriesColumn,
        ConfidenceColumn,
        SentenceColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        CategoriesRole, // QStringList; empty when corrected to "not a risk"
        ConfidenceRole, // double in [0,1], or invalid when the provider gave none
        CorrectedRole, // bool
        StartRole, // int offset of the sentence in the text, or -1
        EndRole,
    };

    struct Item
    {
        QString id;
        QString risk;
        QStringList categories;
        QStringList modelCategories; // what the model said, when corrected
        QString context;
        std::optional<double> confidence;
        bool corrected = false;
        int start = -1;
        int end = -1;
    };

    explicit ScanItemsModel(QObject* parent = nullptr);

    // Replaces the rows with the items of a scan (`data` of a ScanService scan JSON); `text` is the
    // scan's text, used to locate sentences the JSON gives no offsets for.
    void setScan(const Json& scan, const QString& text = {});
    void clear();
    // Applies one updated item (ScanService::correctItem's answer); returns its row or -1.
    int updateItem(const Json& item);
    const Item& item(int row) const { return m_items[size_t(row)]; }
    int rowOf(const QString& itemId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static Item fromJson(const Json& j);

    std::vector<Item> m_items;
};

} // namespace assay::ui
