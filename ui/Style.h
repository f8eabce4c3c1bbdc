// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace assay::ui {

// The app's visual style: one stylesheet for the shell (sidebar, cards, headings, status).
void applyStyle(QWidget* window);

} // namespace assay::ui
