// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace assay {
class SettingsStore;
}

namespace assay::app {

// Options shared by `assay` (GUI) and `assay serve`.
struct ServerOptions
{
    QString dataDir;
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8470;
    bool bindGiven = false;
    bool portGiven = false;
};

// Where the server listens when --bind/--port were not given: the stored settings (the LAN
// switch of the Sharing page, the port), shared by `assay` and `assay serve`.
void applyStoredServerSettings(ServerOptions& options, const SettingsStore& settings);

// Parses --data-dir, --bind, --port; on error prints one sentence and returns false.
bool parseServerOptions(const QStringList& arguments, ServerOptions& out, QString* error);

// `assay serve`: the API without a display, stopped cleanly by SIGINT/SIGTERM.
int runServe(const QStringList& arguments);

// Installs SIGINT/SIGTERM handlers that quit the Qt event loop (safely, through a pipe).
void installQuitSignalHandlers();

} // namespace assay::app
