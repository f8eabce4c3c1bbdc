// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace assay {
class ServerControl;
class Services;
} // namespace assay

namespace assay::ui {

// Sharing the embedded API (SPEC §10): the LAN switch, bind address and port, HTTPS with a
// generated self-signed certificate and its SHA-256 fingerprint, the URLs teammates use, who
// is connected (signed-in sessions, live WebSocket clients) and the addresses locked out after
// failed logins. The desktop user acts as the local administrator.
class SharingPage : public QWidget
{
    Q_OBJECT
public:
    SharingPage(Services& services, ServerControl& server, QWidget* parent = nullptr);

    // The addresses teammates can use for this server, e.g. "https://192.168.1.20:8470".
    QStringList shareUrls() const;

signals:
    // The server must restart on this address and port (settings are already saved).
    void restartRequested(const QHostAddress& address, quint16 port);

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void apply();
    void generateCertificate();
    void endSelectedSession();
    void unbanSelected();
    void say(const QString& text, bool error = false);

    Services& m_services;
    ServerControl& m_server;
    QLabel* m_state = nullptr;
    QLabel* m_url = nullptr;
    QLabel* m_clients = nullptr;
    QLabel* m_noAccounts = nullptr;
    QCheckBox* m_share = nullptr;
    QLineEdit* m_bind = nullptr;
    QSpinBox* m_port = nullptr;
    QPushButton* m_restart = nullptr;
    QCheckBox* m_https = nullptr;
    QLabel* m_certificate = nullptr;
    QLabel* m_fingerprint = nullptr;
    QTableWidget* m_sessions = nullptr;
    QListWidget* m_bans = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace assay::ui
