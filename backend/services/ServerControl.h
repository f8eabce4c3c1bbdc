// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHostAddress>
#include <QObject>

namespace assay {

// Start/stop and state of the embedded HTTP server, as the desktop UI sees it. The UI never
// links the API module (STYLE.md #2): the app hands it an implementation from backend/api.
class ServerControl : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Running,
        Failed
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual Result<quint16> start(const QHostAddress& address, quint16 port) = 0;
    virtual void stop() = 0;
    virtual State state() const = 0;
    virtual QHostAddress address() const = 0;
    virtual quint16 port() const = 0;
    virtual int webSocketClients() const = 0;
    virtual QString lastError() const = 0;

    // "http://127.0.0.1:8470" (or the URL teammates use when shared on the LAN).
    QString url() const;

signals:
    void stateChanged();
};

} // namespace assay
