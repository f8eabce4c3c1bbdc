// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanItemsModel.h"

#include <QFont>

namespace assay::ui {

using assay::json::getString;
using assay::json::toStringList;

ScanItemsModel::ScanItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

ScanItemsModel::Item ScanItemsModel::fromJson(const Json& j)
{
    Item i;
    i.id = getString(j, "id");
    i.risk = getString(j, "risk");
    i.context = getString(j, "context");
    if (j.contains("categories") && j["categories"].is_array())
        i.categories = toStringList(j["categories"]);
    else if (!getString(j, "category").isEmpty())
        i.categories = {getString(j, "category")};
    if (j.contains("model_categories") && j["model_categories"].is_array())
        i.modelCategories = toStringList(j["model_categories"]);
    if (j.contains("confidence") && j["confidence"].is_number())
        i.confidence = j["confidence"].get<double>();
    i.corrected = j.value("corrected", false);
    if (j.contains("start") && j["start"].is_number_integer() && j.contains("end") && j["end"].is_number_integer()) {
        i.start = j["start"].get<int>();
        i.end = j["end"].get<int>();
    }
    return i;
}

void ScanItemsModel::setScan(const Json& scan, const QString& text)
{
    beginResetModel();
    m_items.clear();
    if (scan.contains("data") && scan["data"].is_array()) {
        qsizetype cursor = 0;
        for (const auto& j : scan["data"]) {
            Item i = fromJson(j);
            if (i.start < 0 && !text.isEmpty() && !i.context.isEmpty()) {
                // No offsets from the service (an LLM's paraphrase, or the scan answer itself):
                // look for the sentence verbatim, in document order.
                qsizetype at = text.indexOf(i.context, cursor);
                if (at < 0)
                    at = text.indexOf(i.context);
                if (at >= 0) {
                    i.start = int(at);
                    i.end = int(at + i.context.size());
                    cursor = at + i.context.size();
                }
            }
            m_items.push_back(std::move(i));
        }
    }
    endResetModel();
}

void ScanItemsModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

int ScanItemsModel::updateItem(const Json& item)
{
    const int row = rowOf(getString(item, "id"));
    if (row < 0)
        return -1;
    Item updated = fromJson(item);
    Item& current = m_items[size_t(row)];
    // The answer of a correction carries no offsets: keep the ones we have.
    if (updated.start < 0) {
        updated.start = current.start;
        updated.end = current.end;
    }
    current = std::move(updated);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return row;
}

int ScanItemsModel::rowOf(const QString& itemId) const
{
    for (size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == itemId)
            return int(i);
    return -1;
}

int ScanItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ScanItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScanItemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Item& i = m_items[size_t(index.row())];
    switch (role) {
    case ItemIdRole:
        return i.id;
    case CategoriesRole:
        return i.categories;
    case ConfidenceRole:
        return i.confidence ? QVariant(*i.confidence) : QVariant();
    case CorrectedRole:
        return i.corrected;
    case StartRole:
        return i.start;
    case EndRole:
        return i.end;
    case Qt::DisplayRole:
        switch (index.column()) {
        case RiskColumn:
            return i.risk;
        case CategoriesColumn:
            return i.categories.isEmpty() ? tr("Not a risk") : i.categories.join(QStringLiteral(", "));
        case ConfidenceColumn:
            return i.confidence ? tr("%1%").arg(qRound(*i.confidence * 100)) : tr("—");
        case SentenceColumn:
            return i.context;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CategoriesColumn && i.corrected)
            return tr("Corrected by you; the model said: %1")
                .arg(i.modelCategories.isEmpty() ? tr("not a risk") : i.modelCategories.join(QStringLiteral(", ")));
        if (index.column() == ConfidenceColumn)
            return i.confidence ? tr("The model's probability for %1").arg(i.categories.value(0))
                                : tr("The LLM gave no confidence");
        return i.context;
    case Qt::TextAlignmentRole:
        if (index.column() == ConfidenceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (index.column() == RiskColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == CategoriesColumn)
            return data(index, Qt::DisplayRole);
        break;
    }
    return {};
}

QVariant ScanItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RiskColumn:
        return tr("Risk");
    case CategoriesColumn:
        return tr("Categories");
    case ConfidenceColumn:
        return tr("Confidence");
    case SentenceColumn:
        return tr("Sentence");
    }
    return {};
}

} // namespace assay::ui
