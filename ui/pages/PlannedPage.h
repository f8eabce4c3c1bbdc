// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace assay::ui {

// A page whose capability is still being built: it tells the user what the page will hold,
// so the app never shows a blank panel. Replaced page by page as capabilities land.
class PlannedPage : public QWidget
{
    Q_OBJECT
public:
    PlannedPage(const QString& title, const QString& summary, const QStringList& features, const QString& iconPath,
        QWidget* parent = nullptr);
};

} // namespace assay::ui
