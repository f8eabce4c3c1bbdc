// SPDX-License-Identifier: GPL-3.0-or-later
#include "Categories.h"

#include <QHash>

namespace assay::scan {

const std::array<QString, kCategoryCount>& categoryNames()
{
    static const std::array<QString, kCategoryCount> names {QStringLiteral("Financial"), QStringLiteral("Schedule"),
        QStringLiteral("Technical"), QStringLiteral("Legal"), QStringLiteral("Operational"),
        QStringLiteral("Compliance"), QStringLiteral("Other")};
    return names;
}

QStringList categoryList()
{
    QStringList out;
    for (const auto& n : categoryNames())
        out << n;
    return out;
}

int categoryIndex(const QString& name)
{
    const QString n = name.trimmed();
    for (int i = 0; i < kCategoryCount; ++i)
        if (categoryNames()[size_t(i)].compare(n, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QString normalizeCategory(const QString& name)
{
    const int idx = categoryIndex(name);
    if (idx >= 0)
        return categoryNames()[size_t(idx)];
    static const QHash<QString, QString> synonyms {
        {QStringLiteral("finance"), QStringLiteral("Financial")},
        {QStringLiteral("cost"), QStringLiteral("Financial")},
        {QStringLiteral("budget"), QStringLiteral("Financial")},
        {QStringLiteral("commercial"), QStringLiteral("Financial")},
        {QStringLiteral("timeline"), QStringLiteral("Schedule")},
        {QStringLiteral("time"), QStringLiteral("Schedule")},
        {QStringLiteral("scheduling"), QStringLiteral("Schedule")},
        {QStringLiteral("delivery"), QStringLiteral("Schedule")},
        {QStringLiteral("technology"), QStringLiteral("Technical")},
        {QStringLiteral("security"), QStringLiteral("Technical")},
        {QStringLiteral("contractual"), QStringLiteral("Legal")},
        {QStringLiteral("contract"), QStringLiteral("Legal")},
        {QStringLiteral("operations"), QStringLiteral("Operational")},
        {QStringLiteral("operation"), QStringLiteral("Operational")},
        {QStringLiteral("resource"), QStringLiteral("Operational")},
        {QStringLiteral("resourcing"), QStringLiteral("Operational")},
        {QStringLiteral("regulatory"), QStringLiteral("Compliance")},
        {QStringLiteral("regulation"), QStringLiteral("Compliance")},
        {QStringLiteral("privacy"), QStringLiteral("Compliance")},
    };
    return synonyms.value(name.trimmed().toLower(), QStringLiteral("Other"));
}

} // namespace assay::scan
