// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiMain.h"

#include "CommandLine.h"
#include "ServeCommand.h"
#include "api/EmbeddedServer.h"
#include "core/Version.h"
#include "services/Services.h"
#include "ui/DesktopPrefs.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

namespace assay::app {

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Assay"));
    QApplication::setApplicationDisplayName(QStringLiteral("Assay"));
    QApplication::setOrganizationName(QStringLiteral("Assay"));
    QApplication::setApplicationVersion(QStringLiteral(ASSAY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("assay"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/assay.svg")));

    // The system's language until the data directory says otherwise (Settings → Language).
    ui::Language::apply(QString());

    ServerOptions options;
    QString error;
    if (!parseServerOptions(QApplication::arguments(), options, &error)) {
        QMessageBox::critical(nullptr, QObject::tr("Assay"), error);
        return ExitUsage;
    }
    auto services = Services::open(options.dataDir);
    if (!services) {
        QMessageBox::critical(nullptr, QObject::tr("Assay cannot start"),
            QObject::tr("The data directory cannot be used: %1").arg(services.error().message));
        return ExitRuntime;
    }
    Services& s = **services;
    if (const QString language = ui::DesktopPrefs(s.dataDir()).language(); !language.isEmpty())
        ui::Language::apply(language);
    applyStoredServerSettings(options, s.settings());

    s.startJobs();
    api::EmbeddedServer server(s);
    ui::MainWindow window(s, server);
    window.show();
    window.startServer(options.bind, options.port);
    window.showWelcomeIfFirstRun();
    installQuitSignalHandlers();
    const int rc = QApplication::exec();
    server.stop();
    s.shutdown();
    return rc;
}

} // namespace assay::app
