// SPDX-License-Identifier: GPL-3.0-or-later
#include "Style.h"

#include <QWidget>

namespace assay::ui {

void applyStyle(QWidget* window)
{
    window->setStyleSheet(QStringLiteral(R"(
QWidget#sidePanel { background: #1f2a37; }
QLabel#brand { color: white; font-size: 18px; font-weight: 600; }
QLabel#sideFooter { color: #718096; font-size: 11px; }
QListWidget#sidebar {
    background: #1f2a37; color: #d6dee8; border: none; padding-top: 4px; font-size: 14px; outline: 0;
}
QListWidget#sidebar::item { padding: 6px 14px; border-radius: 6px; margin: 2px 10px; }
QListWidget#sidebar::item:selected { background: #2b6cb0; color: white; }
QListWidget#sidebar::item:hover:!selected { background: #2d3b4d; }
QLabel#pageTitle { font-size: 22px; font-weight: 600; }
QLabel#pageLead { font-size: 14px; color: #4a5568; }
QLabel#cardTitle { font-size: 15px; font-weight: 600; margin-bottom: 6px; }
QLabel#muted { color: #718096; }
QFrame#card { background: palette(base); border: 1px solid #e2e8f0; border-radius: 10px; }
QLabel#serverStatus[state="running"] { color: #2f855a; }
QLabel#serverStatus[state="failed"] { color: #c53030; }
QLabel#serverStatus[state="stopped"] { color: #718096; }
)"));
}

} // namespace assay::ui
