// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace assay {
class Services;
}

namespace assay::ui {

class DesktopPrefs;

// Settings (SPEC §4 /settings as the desktop shows it): the data directory, the organisation's
// e-mail domains and names, audit workers and size limits, the AI provider (the API key is
// write-only and kept in the keychain), and this app's theme and language. Server settings go
// through Services::updateSettings, the same path as PATCH /settings; problems are shown next
// to the field. Theme and language apply at once; workers apply after a restart.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Services& services, DesktopPrefs& prefs, QWidget* parent = nullptr);

    // Reads every value again from the settings store (discarding unsaved edits).
    void reload();
    // Writes the changed values; false (with the problems shown) when a value was refused.
    bool save();
    bool hasUnsavedChanges() const;

signals:
    void themeChanged(const QString& theme);
    void languageChanged(const QString& code);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Field
    {
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
    };

    QWidget* buildCard(QLabel** title, QFormLayout** form);
    void addField(QFormLayout* form, const QString& key, QWidget* editor, QLabel* note = nullptr);
    Json changes() const;
    void showErrors(const Json& fields);
    void clearErrors();
    void say(const QString& text, bool error = false);
    void updateEnabled();
    void retranslateUi();
    void onThemeChosen();
    void onLanguageChosen();

    Services& m_services;
    DesktopPrefs& m_prefs;
    Json m_loaded = Json::object();
    bool m_loading = false;
    QMap<QString, Field> m_fields;

    QLabel* m_title = nullptr;
    QLabel* m_lead = nullptr;
    QLabel* m_dataTitle = nullptr;
    QLabel* m_dataDir = nullptr;
    QLabel* m_dataNote = nullptr;
    QPushButton* m_openFolder = nullptr;
    QLabel* m_orgTitle = nullptr;
    QPlainTextEdit* m_domains = nullptr;
    QPlainTextEdit* m_names = nullptr;
    QLabel* m_auditsTitle = nullptr;
    QSpinBox* m_workers = nullptr;
    QLabel* m_workersNote = nullptr;
    QSpinBox* m_maxText = nullptr;
    QSpinBox* m_maxUpload = nullptr;
    QLabel* m_aiTitle = nullptr;
    QComboBox* m_provider = nullptr;
    QLineEdit* m_aiUrl = nullptr;
    QLineEdit* m_aiModel = nullptr;
    QSpinBox* m_aiTimeout = nullptr;
    QLineEdit* m_aiKey = nullptr;
    QPushButton* m_removeKey = nullptr;
    QLabel* m_appearanceTitle = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace assay::ui
