// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

namespace assay::ui {

// The app's SVG line icons (resources/icons), drawn in any colour at any device pixel ratio.
class Icons
{
public:
    static QIcon tinted(const QString& resourcePath, const QColor& color, int size = 24);
};

} // namespace assay::ui
