// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace assay {
class ServerControl;
class Services;
} // namespace assay

namespace assay::ui {

// The embedded API server: its state, the address to give scripts and teammates, and a way
// to restart it on another port.
class SharingPage : public QWidget
{
    Q_OBJECT
public:
    SharingPage(Services& services, ServerControl& server, QWidget* parent = nullptr);

signals:
    void restartRequested(quint16 port);

private:
    void refresh();

    Services& m_services;
    ServerControl& m_server;
    QLabel* m_state = nullptr;
    QLabel* m_url = nullptr;
    QLabel* m_clients = nullptr;
    QSpinBox* m_port = nullptr;
    QPushButton* m_restart = nullptr;
};

} // namespace assay::ui
