// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsPage.h"

#include "auth/AuthServices.h"
#include "services/Services.h"
#include "ui/DesktopPrefs.h"
#include "ui/Language.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

namespace assay::ui {

namespace {

constexpr qint64 kMiB = 1024 * 1024;

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& line : edit->toPlainText().split(QRegularExpression(QStringLiteral("[\\n,;]+"))))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

int mib(qint64 bytes)
{
    return int(std::min<qint64>((bytes + kMiB - 1) / kMiB, std::numeric_limits<int>::max()));
}

// "must be between 0 and 64" → "Must be between 0 and 64."
QString sentence(QString problem)
{
    problem = problem.trimmed();
    if (problem.isEmpty())
        return problem;
    problem[0] = problem[0].toUpper();
    if (!problem.endsWith(QLatin1Char('.')))
        problem += QLatin1Char('.');
    return problem;
}

QPlainTextEdit* listEdit()
{
    auto* edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(64);
    return edit;
}

} // namespace

SettingsPage::SettingsPage(Services& services, DesktopPrefs& prefs, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_prefs(prefs)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget;
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_lead = new QLabel;
    m_lead->setObjectName(QStringLiteral("pageLead"));
    m_lead->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_lead);

    QFormLayout* form = nullptr;
    // Data directory
    layout->addWidget(buildCard(&m_dataTitle, &form));
    auto* dataRow = new QHBoxLayout;
    m_dataDir = new QLabel(QDir::toNativeSeparators(services.dataDir()));
    m_dataDir->setObjectName(QStringLiteral("dataDirectory"));
    m_dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_dataDir->setWordWrap(true);
    m_openFolder = new QPushButton;
    m_openFolder->setObjectName(QStringLiteral("openDataFolder"));
    dataRow->addWidget(m_dataDir, 1);
    dataRow->addWidget(m_openFolder);
    form->addRow(dataRow);
    m_dataNote = new QLabel;
    m_dataNote->setObjectName(QStringLiteral("fieldNote"));
    m_dataNote->setWordWrap(true);
    form->addRow(m_dataNote);

    // Organisation
    layout->addWidget(buildCard(&m_orgTitle, &form));
    m_domains = listEdit();
    m_domains->setObjectName(QStringLiteral("orgDomains"));
    addField(form, QStringLiteral("org_domains"), m_domains);
    m_names = listEdit();
    m_names->setObjectName(QStringLiteral("orgNames"));
    addField(form, QStringLiteral("org_names"), m_names);

    // Audits
    layout->addWidget(buildCard(&m_auditsTitle, &form));
    m_workers = new QSpinBox;
    m_workers->setObjectName(QStringLiteral("auditWorkers"));
    m_workers->setRange(0, 999); // the store says what it accepts
    m_workersNote = new QLabel;
    m_workersNote->setObjectName(QStringLiteral("fieldNote"));
    addField(form, QStringLiteral("audit_workers"), m_workers, m_workersNote);
    m_maxText = new QSpinBox;
    m_maxText->setObjectName(QStringLiteral("maxTextMiB"));
    m_maxText->setRange(1, 1000000);
    addField(form, QStringLiteral("max_text_bytes"), m_maxText);
    m_maxUpload = new QSpinBox;
    m_maxUpload->setObjectName(QStringLiteral("maxUploadMiB"));
    m_maxUpload->setRange(1, 1000000);
    addField(form, QStringLiteral("max_upload_bytes"), m_maxUpload);

    // AI provider
    layout->addWidget(buildCard(&m_aiTitle, &form));
    m_provider = new QComboBox;
    m_provider->setObjectName(QStringLiteral("aiProvider"));
    for (const char* p : {"none", "ai_service", "openai"})
        m_provider->addItem(QString(), QLatin1String(p));
    addField(form, QStringLiteral("ai_provider"), m_provider);
    m_aiUrl = new QLineEdit;
    m_aiUrl->setObjectName(QStringLiteral("aiUrl"));
    m_aiUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8000"));
    addField(form, QStringLiteral("ai_url"), m_aiUrl);
    m_aiModel = new QLineEdit;
    m_aiModel->setObjectName(QStringLiteral("aiModel"));
    addField(form, QStringLiteral("ai_model"), m_aiModel);
    m_aiTimeout = new QSpinBox;
    m_aiTimeout->setObjectName(QStringLiteral("aiTimeout"));
    m_aiTimeout->setRange(0, 1000000);
    addField(form, QStringLiteral("ai_timeout_s"), m_aiTimeout);
    auto* keyRow = new QWidget;
    auto* keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_aiKey = new QLineEdit;
    m_aiKey->setObjectName(QStringLiteral("aiApiKey"));
    m_aiKey->setEchoMode(QLineEdit::Password);
    m_aiKey->setClearButtonEnabled(true);
    m_removeKey = new QPushButton;
    m_removeKey->setObjectName(QStringLiteral("removeApiKey"));
    keyLayout->addWidget(m_aiKey, 1);
    keyLayout->addWidget(m_removeKey);
    addField(form, QStringLiteral("ai_api_key"), keyRow);
    m_fields[QStringLiteral("ai_api_key")].label->setBuddy(m_aiKey);

    // Appearance (this app only; applies at once)
    layout->addWidget(buildCard(&m_appearanceTitle, &form));
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("theme"));
    for (const char* t : {"system", "light", "dark"})
        m_theme->addItem(QString(), QLatin1String(t));
    addField(form, QStringLiteral("theme"), m_theme);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString());
    for (const auto& choice : Language::available())
        m_language->addItem(choice.name, choice.code);
    m_languageNote = new QLabel;
    m_languageNote->setObjectName(QStringLiteral("fieldNote"));
    m_languageNote->setWordWrap(true);
    addField(form, QStringLiteral("language"), m_language, m_languageNote);

    // Save / revert
    auto* actions = new QHBoxLayout;
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_revert = new QPushButton;
    m_revert->setObjectName(QStringLiteral("revertSettings"));
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setDefault(true);
    actions->addWidget(m_message, 1);
    actions->addWidget(m_revert);
    actions->addWidget(m_save);
    layout->addLayout(actions);
    layout->addStretch(1);

    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_services.dataDir())))
            say(tr("No file manager could open the folder. Its path is shown above; you can copy it."), true);
    });
    connect(m_removeKey, &QPushButton::clicked, this, [this] {
        if (auto s = m_services.updateSettings({{"ai_api_key", ""}}); !s) {
            say(s.error().message, true);
            return;
        }
        say(tr("The API key was removed."));
        reload();
    });
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        reload();
        say(QString());
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, &SettingsPage::updateEnabled);
    for (auto* edit : {m_domains, m_names})
        connect(edit, &QPlainTextEdit::textChanged, this, &SettingsPage::updateEnabled);
    for (auto* edit : {m_aiUrl, m_aiModel, m_aiKey})
        connect(edit, &QLineEdit::textChanged, this, &SettingsPage::updateEnabled);
    for (auto* spin : {m_workers, m_maxText, m_maxUpload, m_aiTimeout})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::updateEnabled);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsPage::onThemeChosen);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::onLanguageChosen);

    setTabOrder(m_openFolder, m_domains);
    setTabOrder(m_domains, m_names);
    setTabOrder(m_names, m_workers);
    setTabOrder(m_workers, m_maxText);
    setTabOrder(m_maxText, m_maxUpload);
    setTabOrder(m_maxUpload, m_provider);
    setTabOrder(m_provider, m_aiUrl);
    setTabOrder(m_aiUrl, m_aiModel);
    setTabOrder(m_aiModel, m_aiTimeout);
    setTabOrder(m_aiTimeout, m_aiKey);
    setTabOrder(m_aiKey, m_removeKey);
    setTabOrder(m_removeKey, m_theme);
    setTabOrder(m_theme, m_language);
    setTabOrder(m_language, m_revert);
    setTabOrder(m_revert, m_save);

    retranslateUi();
    reload();
}

QWidget* SettingsPage::buildCard(QLabel** title, QFormLayout** form)
{
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    auto* v = new QVBoxLayout(card);
    v->setContentsMargins(18, 14, 18, 14);
    *title = new QLabel;
    (*title)->setObjectName(QStringLiteral("cardTitle"));
    v->addWidget(*title);
    *form = new QFormLayout;
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*form)->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    (*form)->setRowWrapPolicy(QFormLayout::DontWrapRows);
    v->addLayout(*form);
    return card;
}

void SettingsPage::addField(QFormLayout* form, const QString& key, QWidget* editor, QLabel* note)
{
    Field f;
    f.label = new QLabel;
    f.label->setBuddy(editor);
    f.label->setMinimumWidth(190);
    f.editor = editor;
    f.error = new QLabel;
    f.error->setObjectName(QStringLiteral("fieldError"));
    f.error->setProperty("settingKey", key);
    f.error->setWordWrap(true);
    f.error->hide();
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(3);
    v->addWidget(editor);
    if (note)
        v->addWidget(note);
    v->addWidget(f.error);
    form->addRow(f.label, box);
    m_fields.insert(key, f);
}

void SettingsPage::retranslateUi()
{
    m_loading = true;
    m_title->setText(tr("Settings"));
    m_lead->setText(tr("Where Assay keeps its data and how it works for your organisation. The same settings "
                       "are available to administrators through the API."));
    m_dataTitle->setText(tr("Data directory"));
    m_openFolder->setText(tr("Open folder"));
    m_openFolder->setAccessibleName(tr("Open the data directory in the file manager"));
    m_dataDir->setAccessibleName(tr("Data directory"));
    m_dataNote->setText(tr("The database, audit results and reports are kept here. To use another folder, "
                           "start Assay with --data-dir."));
    m_orgTitle->setText(tr("Organisation"));
    m_auditsTitle->setText(tr("Audits and limits"));
    m_aiTitle->setText(tr("AI provider for risk scans"));
    m_appearanceTitle->setText(tr("Appearance"));

    const QMap<QString, QString> labels {{QStringLiteral("org_domains"), tr("E-mail domains")},
        {QStringLiteral("org_names"), tr("Copyright holder names")},
        {QStringLiteral("audit_workers"), tr("Audits at once")},
        {QStringLiteral("max_text_bytes"), tr("Largest file scanned")},
        {QStringLiteral("max_upload_bytes"), tr("Largest upload")}, {QStringLiteral("ai_provider"), tr("Provider")},
        {QStringLiteral("ai_url"), tr("Server URL")}, {QStringLiteral("ai_model"), tr("Model")},
        {QStringLiteral("ai_timeout_s"), tr("Timeout")}, {QStringLiteral("ai_api_key"), tr("API key")},
        {QStringLiteral("theme"), tr("Theme")}, {QStringLiteral("language"), tr("Language")}};
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString text = labels.value(it.key());
        it->label->setText(text + QLatin1Char(':'));
        it->editor->setAccessibleName(text);
    }
    m_aiKey->setAccessibleName(tr("API key"));
    m_domains->setPlaceholderText(tr("One per line, e.g. example.com"));
    m_domains->setToolTip(tr("Commits from these e-mail domains count as your organisation's own work."));
    m_names->setPlaceholderText(tr("One per line, e.g. Example GmbH"));
    m_names->setToolTip(tr("Copyright notices naming these holders count as your organisation's own code."));
    m_workers->setSpecialValueText(tr("One per processor core"));
    m_workersNote->setText(tr("Applies after Assay is restarted."));
    m_maxText->setSuffix(tr(" MiB"));
    m_maxUpload->setSuffix(tr(" MiB"));
    m_maxText->setToolTip(tr("Larger files are counted but their text is not scanned for licenses or secrets."));
    m_maxUpload->setToolTip(tr("Largest archive or document accepted from the API or a risk scan."));
    m_aiTimeout->setSuffix(tr(" s"));
    m_provider->setItemText(0, tr("None (rules only)"));
    m_provider->setItemText(1, tr("Assay AI service"));
    m_provider->setItemText(2, tr("OpenAI-compatible server"));
    m_removeKey->setText(tr("Remove key"));
    m_removeKey->setAccessibleName(tr("Remove the stored API key"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_language->setItemText(0, tr("Follow the system"));
    m_languageNote->setText(tr("Menus and the page list change at once; the pages themselves after Assay is "
                               "restarted."));
    m_save->setText(tr("Save changes"));
    m_revert->setText(tr("Revert"));
    m_loading = false;
    updateEnabled();
}

void SettingsPage::reload()
{
    m_loading = true;
    m_loaded = m_services.visibleSettings();
    const auto str = [this](const char* key) { return json::qstr(m_loaded.value(key, std::string())); };
    m_domains->setPlainText(json::toStringList(m_loaded.value("org_domains", Json::array())).join(QLatin1Char('\n')));
    m_names->setPlainText(json::toStringList(m_loaded.value("org_names", Json::array())).join(QLatin1Char('\n')));
    m_workers->setValue(int(m_loaded.value("audit_workers", qint64(0))));
    m_maxText->setValue(mib(m_loaded.value("max_text_bytes", qint64(0))));
    m_maxUpload->setValue(mib(m_loaded.value("max_upload_bytes", qint64(0))));
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(str("ai_provider"))));
    m_aiUrl->setText(str("ai_url"));
    m_aiModel->setText(str("ai_model"));
    m_aiTimeout->setValue(int(m_loaded.value("ai_timeout_s", qint64(60))));
    m_aiKey->clear();
    const bool keySet = m_loaded.contains("ai_api_key") && m_loaded["ai_api_key"].value("set", false);
    m_aiKey->setPlaceholderText(
        keySet ? tr("A key is stored in the keychain; type a new one to replace it") : tr("Not set"));
    m_removeKey->setVisible(keySet);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_prefs.theme())));
    const int language = m_language->findData(m_prefs.language());
    m_language->setCurrentIndex(std::max(0, language));
    clearErrors();
    m_loading = false;
    updateEnabled();
}

Json SettingsPage::changes() const
{
    Json out = Json::object();
    const auto put = [&](const char* key, const Json& value) {
        if (!m_loaded.contains(key) || m_loaded[key] != value)
            out[key] = value;
    };
    put("org_domains", json::toJson(lines(m_domains)));
    put("org_names", json::toJson(lines(m_names)));
    put("audit_workers", m_workers->value());
    // Limits are shown in MiB; an unchanged field keeps the exact stored byte count.
    if (m_maxText->value() != mib(m_loaded.value("max_text_bytes", qint64(0))))
        out["max_text_bytes"] = qint64(m_maxText->value()) * kMiB;
    if (m_maxUpload->value() != mib(m_loaded.value("max_upload_bytes", qint64(0))))
        out["max_upload_bytes"] = qint64(m_maxUpload->value()) * kMiB;
    put("ai_provider", json::str(m_provider->currentData().toString()));
    put("ai_url", json::str(m_aiUrl->text().trimmed()));
    put("ai_model", json::str(m_aiModel->text().trimmed()));
    put("ai_timeout_s", m_aiTimeout->value());
    if (!m_aiKey->text().isEmpty())
        out["ai_api_key"] = json::str(m_aiKey->text());
    return out;
}

bool SettingsPage::hasUnsavedChanges() const
{
    return !changes().empty();
}

bool SettingsPage::save()
{
    const Json edits = changes();
    clearErrors();
    if (edits.empty()) {
        say(tr("Nothing to save."));
        return true;
    }
    if (auto s = m_services.updateSettings(edits); !s) {
        const Json fields = s.error().details.value("fields", Json::object());
        showErrors(fields);
        say(fields.empty() ? s.error().message : tr("Nothing was saved. Correct the fields marked in red."), true);
        return false;
    }
    QStringList keys;
    for (const auto& [key, value] : edits.items())
        keys << json::qstr(key);
    auth::AuditEntry e = auth::AuditEntry::from(
        auth::RequestContext::desktop(), auth::auditevent::SettingsUpdate, auth::auditstatus::Success);
    e.resourceType = QStringLiteral("settings");
    e.actionDescription
        = QStringLiteral("Changed settings in the desktop app: %1").arg(keys.join(QStringLiteral(", ")));
    (void)m_services.auth().auditLog().record(e);
    reload();
    say(edits.contains("audit_workers") ? tr("Saved. The number of audits at once applies after Assay is restarted.")
                                        : tr("Saved."));
    return true;
}

void SettingsPage::showErrors(const Json& fields)
{
    for (const auto& [key, problem] : fields.items()) {
        auto it = m_fields.find(json::qstr(key));
        if (it == m_fields.end() || !problem.is_string())
            continue;
        it->error->setText(sentence(json::qstr(problem.get<std::string>())));
        it->error->show();
    }
}

void SettingsPage::clearErrors()
{
    for (auto& f : m_fields) {
        f.error->clear();
        f.error->hide();
    }
}

void SettingsPage::say(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setObjectName(error ? QStringLiteral("fieldError") : QStringLiteral("settingsMessage"));
    m_message->setProperty("error", error);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void SettingsPage::updateEnabled()
{
    if (m_loading)
        return;
    const bool ai = m_provider->currentData().toString() != QLatin1String("none");
    for (QWidget* w : std::initializer_list<QWidget*> {m_aiUrl, m_aiModel, m_aiTimeout, m_aiKey})
        w->setEnabled(ai);
    m_aiModel->setEnabled(m_provider->currentData().toString() == QLatin1String("openai"));
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void SettingsPage::onThemeChosen()
{
    if (m_loading)
        return;
    const QString theme = m_theme->currentData().toString();
    m_prefs.setTheme(theme);
    emit themeChanged(theme);
}

void SettingsPage::onLanguageChosen()
{
    if (m_loading)
        return;
    const QString code = m_language->currentData().toString();
    m_prefs.setLanguage(code);
    emit languageChanged(code);
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::showEvent(QShowEvent* event)
{
    // Another client (the API, the Sharing page) may have changed settings meanwhile.
    if (!hasUnsavedChanges())
        reload();
    QWidget::showEvent(event);
}

} // namespace assay::ui
