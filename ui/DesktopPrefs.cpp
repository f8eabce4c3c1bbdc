// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopPrefs.h"

#include <QDir>

namespace assay::ui {

DesktopPrefs::DesktopPrefs(const QString& dataDir)
    : m_settings(fileName(dataDir), QSettings::IniFormat)
{ }

QString DesktopPrefs::fileName(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("desktop.ini"));
}

QString DesktopPrefs::theme() const
{
    const QString t = m_settings.value(QStringLiteral("appearance/theme")).toString();
    return t == QLatin1String("light") || t == QLatin1String("dark") ? t : QStringLiteral("system");
}

void DesktopPrefs::setTheme(const QString& theme)
{
    m_settings.setValue(QStringLiteral("appearance/theme"), theme);
    m_settings.sync();
}

QString DesktopPrefs::language() const
{
    return m_settings.value(QStringLiteral("appearance/language")).toString();
}

void DesktopPrefs::setLanguage(const QString& code)
{
    m_settings.setValue(QStringLiteral("appearance/language"), code);
    m_settings.sync();
}

bool DesktopPrefs::welcomeShown() const
{
    return m_settings.value(QStringLiteral("welcome/shown"), false).toBool();
}

void DesktopPrefs::setWelcomeShown(bool shown)
{
    m_settings.setValue(QStringLiteral("welcome/shown"), shown);
    m_settings.sync();
}

} // namespace assay::ui
