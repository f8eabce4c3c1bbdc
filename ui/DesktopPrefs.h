// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>

namespace assay::ui {

// What the desktop app remembers about itself, per data directory (`desktop.ini` next to the
// database): theme, language, whether the welcome was shown, window geometry, splitter
// positions, the last page and table column widths. Server and audit settings live in the
// settings store instead; these only concern how this app looks. A fresh data directory (and
// every test's temporary one) starts from defaults.
class DesktopPrefs
{
public:
    explicit DesktopPrefs(const QString& dataDir);

    static QString fileName(const QString& dataDir);

    // "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString& theme);
    // "" follows the system; otherwise a language code such as "de" or "zh_CN".
    QString language() const;
    void setLanguage(const QString& code);
    bool welcomeShown() const;
    void setWelcomeShown(bool shown);

    QSettings& store() { return m_settings; }

private:
    QSettings m_settings;
};

} // namespace assay::ui
