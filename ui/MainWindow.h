// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace assay {
class ServerControl;
class Services;
} // namespace assay

namespace assay::ui {

// The desktop shell: a sidebar of pages (SPEC §1), a stack of page widgets and a status bar
// that shows the embedded server's address and state. Pages are their own classes under
// ui/pages; the window only switches between them and starts/stops the server.
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

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addPage(const QString& name, const QString& iconPath, QWidget* page);
    void updateServerStatus();
    void notifyAuditFinished(const QString& repository, const QString& status);
    void restoreState();
    void saveState();

    Services& m_services;
    ServerControl& m_server;
    QListWidget* m_sidebar = nullptr;
    class AuditsPage* m_audits = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_serverStatus = nullptr;
    QHostAddress m_bind;
};

} // namespace assay::ui
