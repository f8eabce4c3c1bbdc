// SPDX-License-Identifier: GPL-3.0-or-later
#include "Style.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <optional>

namespace assay::ui {

namespace {

struct ThemeState
{
    std::optional<QPalette> systemPalette;
    QString systemStyle;
    Theme theme = Theme::System;
};

ThemeState& state()
{
    static ThemeState s;
    return s;
}

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf7, 0xf8, 0xfa), base(Qt::white), text(0x1a, 0x20, 0x2c), mid(0xcb, 0xd5, 0xe0);
    const QColor highlight(0x2b, 0x6c, 0xb0), disabled(0xa0, 0xae, 0xc0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf1, 0xf4, 0xf8));
    p.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x37, 0x48));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x71, 0x80, 0x96));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xed, 0xf2, 0xf7));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe2, 0xe8, 0xf0));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(0xa0, 0xae, 0xc0));
    p.setColor(QPalette::Shadow, QColor(0x4a, 0x55, 0x68));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::LinkVisited, QColor(0x55, 0x3c, 0x9a));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1e, 0x23, 0x2b), base(0x15, 0x19, 0x1f), text(0xe2, 0xe8, 0xf0);
    const QColor highlight(0x31, 0x82, 0xce), disabled(0x71, 0x80, 0x96);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1c, 0x21, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x37, 0x48));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x96, 0xa8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2a, 0x31, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x44, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x3b, 0x47));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x31, 0x3c));
    p.setColor(QPalette::Dark, QColor(0x12, 0x15, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x63, 0xb3, 0xed));
    p.setColor(QPalette::LinkVisited, QColor(0xb7, 0x94, 0xf4));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

Theme themeFromString(const QString& name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QString themeToString(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

void applyTheme(Theme theme)
{
    auto& s = state();
    if (!s.systemPalette) {
        s.systemPalette = QApplication::palette();
        s.systemStyle = QApplication::style()->name();
    }
    s.theme = theme;
    if (theme == Theme::System) {
        if (QApplication::style()->name().compare(s.systemStyle, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(s.systemStyle));
        QApplication::setPalette(*s.systemPalette);
        return;
    }
    // Fusion draws every control from the palette, so both palettes look the same everywhere.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

Theme currentTheme()
{
    return state().theme;
}

bool isDarkPalette()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

ShellColours shellColours()
{
    if (isDarkPalette())
        return {QColor(0x12, 0x16, 0x1c), QColor(0xcb, 0xd5, 0xe0), QColor(0xa0, 0xae, 0xc0), Qt::white};
    return {QColor(0x1f, 0x2a, 0x37), QColor(0xd6, 0xde, 0xe8), QColor(0xcb, 0xd5, 0xe0), Qt::white};
}

void applyStyle(QWidget* window)
{
    const bool dark = isDarkPalette();
    const ShellColours c = shellColours();
    const QString muted = dark ? QStringLiteral("#a0aec0") : QStringLiteral("#5a6678");
    const QString lead = dark ? QStringLiteral("#cbd5e0") : QStringLiteral("#4a5568");
    const QString border = dark ? QStringLiteral("#2f3845") : QStringLiteral("#e2e8f0");
    const QString ok = dark ? QStringLiteral("#68d391") : QStringLiteral("#2f855a");
    const QString bad = dark ? QStringLiteral("#fc8181") : QStringLiteral("#c53030");
    window->setStyleSheet(QStringLiteral(R"(
QWidget#sidePanel { background: %1; }
QLabel#brand { color: white; font-size: 18px; font-weight: 600; }
QLabel#sideFooter { color: #8a96a8; font-size: 11px; }
QListWidget#sidebar {
    background: %1; color: %2; border: none; padding-top: 4px; font-size: 14px; outline: 0;
}
QListWidget#sidebar::item { padding: 6px 14px; border-radius: 6px; margin: 2px 10px; }
QListWidget#sidebar::item:selected { background: #2b6cb0; color: white; }
QListWidget#sidebar::item:hover:!selected { background: #2d3b4d; }
QLabel#pageTitle { font-size: 22px; font-weight: 600; }
QLabel#pageLead { font-size: 14px; color: %3; }
QLabel#cardTitle { font-size: 15px; font-weight: 600; margin-bottom: 6px; }
QLabel#muted { color: %4; }
QLabel#fieldError { color: %7; }
QLabel#fieldNote { color: %4; font-size: 12px; }
QFrame#card { background: palette(base); border: 1px solid %5; border-radius: 10px; }
QLabel#serverStatus[state="running"] { color: %6; }
QLabel#serverStatus[state="failed"] { color: %7; }
QLabel#serverStatus[state="stopped"] { color: %4; }
)")
                              .arg(c.sideBackground.name(), c.sideText.name(), lead, muted, border, ok, bad));
}

void styleChart(QChart* chart)
{
    if (!chart)
        return;
    const QPalette pal = QApplication::palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = isDarkPalette() ? pal.color(QPalette::Mid).lighter(130) : pal.color(QPalette::Midlight);
    chart->setBackgroundBrush(pal.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (auto* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

} // namespace assay::ui
