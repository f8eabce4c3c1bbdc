// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace assay::ui {

// The app's languages: the translations embedded under :/i18n (assay_<code>.qm) plus English,
// the language of the source. One translator is installed at a time; changing it sends every
// widget a QEvent::LanguageChange.
class Language
{
public:
    struct Choice
    {
        QString code; // "de", "zh_CN", "en"
        QString name; // in its own language: "Deutsch", "简体中文", "English"
    };

    // English first, then every embedded translation.
    static QList<Choice> available();

    // Installs the translation for `code`; an empty code follows the system's UI languages.
    // Returns the language now in use ("en" when no translation matched).
    static QString apply(const QString& code);

    // The language in use ("en" when no translator is installed).
    static QString current();
};

} // namespace assay::ui
