// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QChart;
class QWidget;

namespace assay::ui {

// The app's look: a light and a dark palette (Fusion), or whatever the system uses, and one
// stylesheet for the shell (sidebar, cards, headings, status) drawn in the current palette.
enum class Theme
{
    System,
    Light,
    Dark
};

Theme themeFromString(const QString& name); // "system" | "light" | "dark"
QString themeToString(Theme theme);

// Sets the application palette (and style) for `theme`. The system palette is remembered the
// first time, so "system" can be chosen again after light or dark.
void applyTheme(Theme theme);
Theme currentTheme();
// Whether the palette in use is a dark one (also when the system's is).
bool isDarkPalette();

// The shell's stylesheet on `window`, in the colours of the palette in use.
void applyStyle(QWidget* window);

// A chart in the colours of the palette in use (background, title, legend, axes, grid);
// series keep their own colours. Call after building a chart and when the palette changes.
void styleChart(QChart* chart);

// Colours the shell draws icons and text with, for the palette in use.
struct ShellColours
{
    QColor sideBackground;
    QColor sideText;
    QColor sideIcon;
    QColor sideSelectedIcon;
};
ShellColours shellColours();

} // namespace assay::ui
