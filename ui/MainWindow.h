// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;

namespace assay {
class ServerControl;
class Services;
} // namespace assay

namespace assay::ui {

class DesktopPrefs;
class SettingsPage;
class WelcomeDialog;

// The desktop shell: a sidebar of pages (SPEC §1), a stack of page widgets and a status bar
// that shows the embedded server's address and state. Pages are their own classes under
// ui/pages; the window switches between them, starts/stops the server, applies the theme and
// language chosen in Settings, keeps a tray icon while the API is shared on the LAN and
// remembers its geometry, splitters, columns and last page in the data directory.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Services& services, ServerControl& server, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts the embedded server; when the port is taken, asks the user what to do instead
    // of failing silently.
    void startServer(const QHostAddress& address, quint16 port);

    QStringList pageNames() const;
    void showPage(int index);
    int currentPage() const;

    // On the first start of a data directory: the welcome, opened (not run modally) over the
    // window. Returns it, or nullptr when it was shown before. The app calls this after show();
    // tests that construct a window never see it unless they ask.
    WelcomeDialog* showWelcomeIfFirstRun();

    // Window geometry, splitter positions, column widths and the current page, to desktop.ini.
    void saveState();

    SettingsPage* settingsPage() const { return m_settings; }
    QSystemTrayIcon* trayIcon() const { return m_tray; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addPage(const QString& key, const QString& iconPath, QWidget* page);
    void retranslateUi();
    void applyTheme(const QString& theme);
    void tintIcons();
    void updateServerStatus();
    void ensureTray();
    void updateTray();
    void stopSharing();
    void notifyAuditFinished(const QString& repository, const QString& status, qint64 durationMs);
    void restoreState();

    Services& m_services;
    ServerControl& m_server;
    std::unique_ptr<DesktopPrefs> m_prefs;
    QListWidget* m_sidebar = nullptr;
    QStringList m_pageIcons;
    class AuditsPage* m_audits = nullptr;
    SettingsPage* m_settings = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_trayMenu = nullptr;
    bool m_trayForNotice = false;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_serverStatus = nullptr;
    QLabel* m_brand = nullptr;
    QLabel* m_version = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAudit = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
    QList<QAction*> m_pageActions;
    QHostAddress m_bind;
};

} // namespace assay::ui
