// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EmbeddedServer.h"
#include "auth/AuthServices.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "ui/DesktopPrefs.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/NewAuditDialog.h"
#include "ui/models/PagedJsonModel.h"
#include "ui/dialogs/WelcomeDialog.h"
#include "ui/pages/AuditDetailView.h"
#include "ui/pages/AuditsPage.h"
#include "ui/pages/SettingsPage.h"

#include "TestUtil.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>

using namespace assay;

// The desktop shell as a user meets it: Settings read and written through the same service as
// PATCH /settings, the theme and language switched live, the welcome on a fresh data
// directory, window state surviving a restart, and the main keyboard shortcuts.
class TestDesktop : public QObject
{
    Q_OBJECT

    struct App
    {
        std::unique_ptr<Services> services;
        std::unique_ptr<api::EmbeddedServer> server;
        std::unique_ptr<ui::MainWindow> window;
    };

    static App open(const QString& dir)
    {
        App app;
        Services::Options o;
        o.auth.keyBackend = auth::KeyStore::Backend::FileOnly;
        o.auth.passwordCost = auth::PasswordHasher::minimal();
        auto s = Services::open(dir, o);
        if (!s) {
            qWarning() << s.error().message;
            return app;
        }
        app.services = std::move(*s);
        app.server = std::make_unique<api::EmbeddedServer>(*app.services);
        app.window = std::make_unique<ui::MainWindow>(*app.services, *app.server);
        app.window->show();
        return app;
    }

    template <typename T> static T* child(QWidget* w, const char* name)
    {
        return w->findChild<T*>(QLatin1String(name));
    }

    static QLabel* errorFor(ui::SettingsPage* page, const char* key)
    {
        for (auto* label : page->findChildren<QLabel*>(QStringLiteral("fieldError")))
            if (label->property("settingKey").toString() == QLatin1String(key))
                return label;
        return nullptr;
    }

    static void choose(QComboBox* combo, const QString& data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }

    // The main colour of a sidebar icon (its most common opaque pixel).
    static QColor iconColour(ui::MainWindow& window, int row)
    {
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        const QImage image = sidebar->item(row)->icon().pixmap(24, 24).toImage();
        QMap<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) == 255)
                    ++counts[image.pixel(x, y) & 0xffffff];
        QRgb best = 0;
        int most = 0;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (it.value() > most) {
                most = it.value();
                best = it.key();
            }
        return QColor(best);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("AssayTest"));
        QVERIFY(m_root.isValid());
    }

    void settingsRoundTrip()
    {
        const QString dir = m_root.filePath(QStringLiteral("settings"));
        {
            App app = open(dir);
            QVERIFY(app.window);
            app.window->showPage(7);
            ui::SettingsPage* page = app.window->settingsPage();
            QVERIFY(page->isVisible());
            auto* dataDir = child<QLabel>(page, "dataDirectory");
            QVERIFY(dataDir->text().contains(QFileInfo(dir).fileName()));
            QVERIFY(child<QPushButton>(page, "openDataFolder")->isVisible());

            auto* save = child<QPushButton>(page, "saveSettings");
            QVERIFY(!save->isEnabled()); // nothing changed yet
            auto* domains = child<QPlainTextEdit>(page, "orgDomains");
            domains->setFocus();
            QTest::keyClicks(domains, QStringLiteral("example.com"));
            QTest::keyClick(domains, Qt::Key_Return);
            QTest::keyClicks(domains, QStringLiteral("example.org"));
            auto* workers = child<QSpinBox>(page, "auditWorkers");
            workers->setValue(3);
            auto* timeout = child<QSpinBox>(page, "aiTimeout");
            choose(child<QComboBox>(page, "aiProvider"), QStringLiteral("openai"));
            QVERIFY(timeout->isEnabled());
            timeout->setValue(45);
            QTest::keyClicks(child<QLineEdit>(page, "aiUrl"), QStringLiteral("http://127.0.0.1:9"));
            QTest::keyClicks(child<QLineEdit>(page, "aiApiKey"), QStringLiteral("sk-desk-test-1"));
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);

            SettingsStore& settings = app.services->settings();
            QCOMPARE(settings.stringListValue(QStringLiteral("org_domains")),
                QStringList({QStringLiteral("example.com"), QStringLiteral("example.org")}));
            QCOMPARE(settings.intValue(QStringLiteral("audit_workers")), 3);
            QCOMPARE(settings.intValue(QStringLiteral("ai_timeout_s")), 45);
            QCOMPARE(settings.stringValue(QStringLiteral("ai_provider")), QStringLiteral("openai"));
            // The key went where PATCH /settings puts it: the keystore, not the settings table.
            QCOMPARE(settings.stringValue(QStringLiteral("ai_api_key")), QString());
            QCOMPARE(
                app.services->auth().keys().get(QStringLiteral("ai_api_key")).value(), QByteArray("sk-desk-test-1"));
            QVERIFY(app.services->visibleSettings()["ai_api_key"].value("set", false));
            QVERIFY(child<QLineEdit>(page, "aiApiKey")->text().isEmpty()); // never shown again
            QVERIFY(child<QLabel>(page, "settingsMessage")->text().contains(QStringLiteral("restart")));

            // A refused value: the problem next to the field, nothing written.
            workers->setValue(100);
            domains->moveCursor(QTextCursor::End);
            QTest::keyClick(domains, Qt::Key_Return);
            QTest::keyClicks(domains, QStringLiteral("example.net"));
            QTest::mouseClick(save, Qt::LeftButton);
            QLabel* error = errorFor(page, "audit_workers");
            QVERIFY(error);
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("64")), qPrintable(error->text()));
            QCOMPARE(settings.intValue(QStringLiteral("audit_workers")), 3);
            QCOMPARE(settings.stringListValue(QStringLiteral("org_domains")).size(), 2); // all or nothing
            QVERIFY(!errorFor(page, "org_domains")->isVisible());
            QVERIFY(page->hasUnsavedChanges());
            QTest::mouseClick(child<QPushButton>(page, "revertSettings"), Qt::LeftButton);
            QCOMPARE(workers->value(), 3);
            QVERIFY(!error->isVisible());
            app.window->close();
        }
        // Reopen: the page shows what was saved.
        App app = open(dir);
        QVERIFY(app.window);
        ui::SettingsPage* page = app.window->settingsPage();
        QCOMPARE(child<QPlainTextEdit>(page, "orgDomains")->toPlainText(), QStringLiteral("example.com\nexample.org"));
        QCOMPARE(child<QSpinBox>(page, "auditWorkers")->value(), 3);
        QCOMPARE(child<QSpinBox>(page, "aiTimeout")->value(), 45);
        QCOMPARE(child<QComboBox>(page, "aiProvider")->currentData().toString(), QStringLiteral("openai"));
        QCOMPARE(child<QLineEdit>(page, "aiUrl")->text(), QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(child<QPushButton>(page, "removeApiKey")->isVisibleTo(page));
        QVERIFY(!page->hasUnsavedChanges());

        // Every control on the page has a name a screen reader can say.
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (!(qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QSpinBox*>(w)
                    || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QPushButton*>(w))
                || w->parent()->inherits("QAbstractSpinBox") || w->parent()->inherits("QComboBox"))
                continue;
            const auto* button = qobject_cast<QPushButton*>(w);
            QVERIFY2(
                !w->accessibleName().isEmpty() || (button && !button->text().isEmpty()), qPrintable(w->objectName()));
        }
        // Tab goes down the form in reading order.
        app.window->showPage(7);
        auto* domains = child<QPlainTextEdit>(page, "orgDomains");
        domains->setFocus();
        QTRY_VERIFY(domains->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(child<QPlainTextEdit>(page, "orgNames")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(child<QSpinBox>(page, "auditWorkers")->hasFocus());
        app.window->close();
    }

    void themeSwitchesLive()
    {
        const QString dir = m_root.filePath(QStringLiteral("theme"));
        {
            App app = open(dir);
            QVERIFY(app.window);
            ui::SettingsPage* page = app.window->settingsPage();
            auto* theme = child<QComboBox>(page, "theme");
            QCOMPARE(theme->currentData().toString(), QStringLiteral("system"));

            choose(theme, QStringLiteral("dark"));
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
            QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 80);
            QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
            const QColor darkIcon = iconColour(*app.window, 0);

            choose(theme, QStringLiteral("light"));
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
            QVERIFY(QApplication::palette().color(QPalette::Text).lightness() < 80);
            const QColor lightIcon = iconColour(*app.window, 0);
            // The sidebar's icons are drawn again in the new theme's colour.
            QVERIFY2(darkIcon != lightIcon, qPrintable(darkIcon.name() + QLatin1Char(' ') + lightIcon.name()));

            choose(theme, QStringLiteral("dark"));
            QCOMPARE(iconColour(*app.window, 0), darkIcon);
            app.window->close();
        }
        // Remembered: a new window starts dark.
        {
            App app = open(dir);
            QVERIFY(app.window);
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
            QCOMPARE(child<QComboBox>(app.window->settingsPage(), "theme")->currentData().toString(),
                QStringLiteral("dark"));
            choose(child<QComboBox>(app.window->settingsPage(), "theme"), QStringLiteral("system"));
            app.window->close();
        }
    }

    void languageSwitchesToGerman()
    {
        const QString dir = m_root.filePath(QStringLiteral("language"));
        App app = open(dir);
        QVERIFY(app.window);
        ui::MainWindow& window = *app.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QAction*> menus = window.menuBar()->actions();
        QCOMPARE(menus.first()->text(), QStringLiteral("&File"));
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(7)->text(), QStringLiteral("Settings"));

        // Through the Settings page, as a user would.
        window.showPage(7);
        auto* language = child<QComboBox>(window.settingsPage(), "language");
        QVERIFY2(language->findData(QStringLiteral("de")) > 0, "the German translation is embedded");
        choose(language, QStringLiteral("de"));
        QTRY_COMPARE(menus.first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(menus.at(1)->text(), QStringLiteral("&Ansicht"));
        QCOMPARE(menus.at(2)->text(), QStringLiteral("&Hilfe"));
        QCOMPARE(sidebar->item(7)->text(), QStringLiteral("Einstellungen"));
        QCOMPARE(sidebar->item(2)->text(), QStringLiteral("Risikoscans"));
        QCOMPARE(ui::Language::current(), QStringLiteral("de"));
        QCOMPARE(ui::DesktopPrefs(app.services->dataDir()).language(), QStringLiteral("de"));

        // And back to English, live as well.
        choose(language, QStringLiteral("en"));
        QTRY_COMPARE(menus.first()->text(), QStringLiteral("&File"));
        QCOMPARE(sidebar->item(7)->text(), QStringLiteral("Settings"));
        window.close();
    }

    void stateSurvivesRestart()
    {
        const QString dir = m_root.filePath(QStringLiteral("state"));
        QList<int> sizes;
        int column = 0;
        {
            App app = open(dir);
            QVERIFY(app.window);
            ui::MainWindow& window = *app.window;
            window.resize(1000, 700);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // A column of the audits table, widened while that page is shown.
            auto* audits = window.findChild<ui::AuditsPage*>();
            window.showPage(1);
            audits->table()->horizontalHeader()->resizeSection(1, 137);
            column = audits->table()->horizontalHeader()->sectionSize(1);
            // The risk scans page's splitter, moved, and left as the current page.
            window.showPage(2);
            QWidget* scans = window.findChild<QStackedWidget*>()->currentWidget();
            auto* splitter = scans->findChild<QSplitter*>();
            QVERIFY(splitter);
            QTRY_VERIFY(splitter->isVisible());
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            splitter->setSizes({total / 4, total - total / 4});
            sizes = splitter->sizes();
            window.close();
        }
        App app = open(dir);
        QVERIFY(app.window);
        ui::MainWindow& window = *app.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), 2);
        QCOMPARE(window.size(), QSize(1000, 700));
        auto* splitter = window.findChild<QStackedWidget*>()->currentWidget()->findChild<QSplitter*>();
        QTRY_VERIFY(splitter->isVisible());
        QVERIFY2(qAbs(splitter->sizes().value(0) - sizes.value(0)) <= 2,
            qPrintable(QStringLiteral("%1 vs %2").arg(splitter->sizes().value(0)).arg(sizes.value(0))));
        window.showPage(1);
        QCOMPARE(window.findChild<ui::AuditsPage*>()->table()->horizontalHeader()->sectionSize(1), column);
        window.close();
    }

    void welcomeOnceOnAFreshDataDirectory()
    {
        const QString dir = m_root.filePath(QStringLiteral("welcome"));
        {
            App app = open(dir);
            QVERIFY(app.window);
            QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
            ui::WelcomeDialog* welcome = app.window->showWelcomeIfFirstRun();
            QVERIFY(welcome);
            QTRY_VERIFY(welcome->isVisible());
            QVERIFY(!welcome->findChildren<QLabel*>().isEmpty());
            QPointer<ui::WelcomeDialog> guard(welcome);
            QTest::mouseClick(welcome->notNowButton(), Qt::LeftButton);
            QTRY_VERIFY(guard.isNull()); // closed and gone
            QVERIFY(!app.window->showWelcomeIfFirstRun());
            app.window->close();
        }
        {
            App app = open(dir);
            QVERIFY(app.window);
            QVERIFY(!app.window->showWelcomeIfFirstRun());
            app.window->close();
        }
        // "Audit a folder…" goes straight to the New audit dialog.
        App app = open(m_root.filePath(QStringLiteral("welcome2")));
        QVERIFY(app.window);
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        ui::WelcomeDialog* welcome = app.window->showWelcomeIfFirstRun();
        QVERIFY(welcome);
        bool newAuditSeen = false;
        QTimer::singleShot(300, this, [&] {
            auto* dialog = qobject_cast<ui::NewAuditDialog*>(QApplication::activeModalWidget());
            newAuditSeen = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        QTest::mouseClick(welcome->auditButton(), Qt::LeftButton);
        QTRY_VERIFY(newAuditSeen);
        QCOMPARE(app.window->currentPage(), 1);
        app.window->close();
    }

    void keyboardShortcuts()
    {
        const QString dir = m_root.filePath(QStringLiteral("keys"));
        App app = open(dir);
        QVERIFY(app.window);
        ui::MainWindow& window = *app.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* audits = window.findChild<ui::AuditsPage*>();
        window.showPage(1);
        QCOMPARE(audits->model()->rowCount(), 0);
        // An audit written behind the page's back (no event): only a refresh shows it.
        auto inserted = execSql(app.services->database().connection(),
            QStringLiteral("INSERT INTO audits(id, owner_id, source, repository_name, status, created_at, finished_at) "
                           "VALUES('k1', 'local', '/src/keys', 'keys', 'completed', ?, ?)"),
            {QStringLiteral("2025-10-14T10:00:00.000Z"), QStringLiteral("2025-10-14T10:05:00.000Z")});
        ASSAY_VERIFY_OK(inserted);
        QTest::qWait(300);
        QCOMPARE(audits->model()->rowCount(), 0);
        audits->table()->setFocus();
        QTest::keyClick(audits->table(), Qt::Key_F5);
        QTRY_COMPARE(audits->model()->rowCount(), 1);

        // Ctrl+F puts the cursor in the search field.
        audits->table()->setFocus();
        QTest::keyClick(audits->table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Search audits"));

        // Del asks first, then deletes the selected audit.
        audits->table()->setFocus();
        audits->table()->selectRow(0);
        bool asked = false;
        QTimer::singleShot(200, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            asked = box != nullptr;
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(audits->table(), Qt::Key_Delete);
        QVERIFY(asked);
        QTRY_COMPARE(audits->model()->rowCount(), 0);

        // Ctrl+E is the detail view's Export; Ctrl+N the File menu's New audit.
        bool exportBound = false;
        for (auto* b : audits->detail()->findChildren<QPushButton*>())
            exportBound = exportBound || b->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E);
        QVERIFY(exportBound);
        bool newBound = false;
        for (auto* a : window.menuBar()->actions().first()->menu()->actions())
            newBound = newBound || a->shortcut() == QKeySequence(QKeySequence::New);
        QVERIFY(newBound);
        window.close();
    }

private:
    QTemporaryDir m_root;
};

QTEST_MAIN(TestDesktop)
#include "TestDesktop.moc"
