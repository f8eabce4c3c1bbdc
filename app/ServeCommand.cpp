// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeCommand.h"

#include "CommandLine.h"
#include "api/EmbeddedServer.h"
#include "core/Logging.h"
#include "services/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace assay::app {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
}

void printError(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

} // namespace

void installQuitSignalHandlers()
{
    if (g_signalPipe[0] >= 0 || ::pipe(g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char c;
        [[maybe_unused]] auto n = ::read(g_signalPipe[0], &c, 1);
        qCInfo(lcCore) << "signal received, shutting down";
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

bool parseServerOptions(const QStringList& arguments, ServerOptions& out, QString* error)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("bind"), QStringLiteral("Address to listen on."), QStringLiteral("ADDR")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port to listen on."), QStringLiteral("N")});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve"));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    out.dataDir = parser.value(QStringLiteral("data-dir"));
    if (parser.isSet(QStringLiteral("bind"))) {
        const QString b = parser.value(QStringLiteral("bind"));
        QHostAddress a;
        if (b == QLatin1String("localhost"))
            a = QHostAddress(QHostAddress::LocalHost);
        else if (!a.setAddress(b)) {
            *error = QCoreApplication::translate("assay", "'%1' is not an IP address; use e.g. 127.0.0.1 or 0.0.0.0.")
                         .arg(b);
            return false;
        }
        out.bind = a;
        out.bindGiven = true;
    }
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const int p = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || p < 0 || p > 65535) {
            *error = QCoreApplication::translate("assay", "--port must be a number from 0 to 65535.");
            return false;
        }
        out.port = quint16(p);
        out.portGiven = true;
    }
    return true;
}

void applyStoredServerSettings(ServerOptions& options, const SettingsStore& settings)
{
    if (!options.bindGiven) {
        // The Sharing page's LAN switch persists: start where it was left.
        QHostAddress configured;
        if (settings.boolValue(QStringLiteral("share_on_lan"))
            && configured.setAddress(settings.stringValue(QStringLiteral("bind_address"))))
            options.bind = configured;
    }
    if (!options.portGiven)
        options.port = quint16(settings.intValue(QStringLiteral("port")));
}

int runServe(const QStringList& arguments)
{
    ServerOptions options;
    QString error;
    if (!parseServerOptions(arguments, options, &error)) {
        printError(QStringLiteral("assay serve: %1").arg(error));
        return ExitUsage;
    }
    auto services = Services::open(options.dataDir);
    if (!services) {
        printError(QStringLiteral("assay serve: %1").arg(services.error().message));
        return ExitRuntime;
    }
    Services& s = **services;
    applyStoredServerSettings(options, s.settings());

    s.startJobs();
    api::EmbeddedServer server(s);
    auto started = server.start(options.bind, options.port);
    if (!started) {
        printError(QStringLiteral("assay serve: %1").arg(started.error().message));
        return ExitRuntime;
    }
    std::fprintf(stderr, "Assay API listening on %s (data directory %s). Stop with Ctrl+C.\n", qPrintable(server.url()),
        qPrintable(s.dataDir()));
    installQuitSignalHandlers();
    const int rc = QCoreApplication::exec();
    server.stop();
    s.shutdown();
    return rc == 0 ? ExitOk : ExitRuntime;
}

} // namespace assay::app
