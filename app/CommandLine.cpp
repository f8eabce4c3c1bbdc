// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "AuditCommand.h"
#include "BackupCommand.h"
#include "VulnDbCommand.h"
#include "MetricsCommand.h"
#include "ScanCommand.h"
#include "ServeCommand.h"
#include "TokenCommand.h"
#include "UserCommand.h"
#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace assay::app {

namespace {

// Options that take a value, so that their values are not mistaken for a subcommand.
const QStringList kValueOptions {QStringLiteral("--data-dir"), QStringLiteral("--bind"), QStringLiteral("--port"),
    QStringLiteral("--ref"), QStringLiteral("--format"), QStringLiteral("--output"), QStringLiteral("--policy"),
    QStringLiteral("--org-domain"), QStringLiteral("--text"), QStringLiteral("--scopes"), QStringLiteral("--user"),
    QStringLiteral("--role")};

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
}

QString usage()
{
    return QCoreApplication::translate("assay",
        "Usage: assay [OPTIONS] [COMMAND] [ARGS]\n"
        "\n"
        "Offline code IP audits, document risk scans and engineering metrics.\n"
        "Without a command, Assay opens the desktop app.\n"
        "\n"
        "Commands:\n"
        "  serve [--bind ADDR] [--port N] [--data-dir DIR]\n"
        "                      run the HTTP + WebSocket API headless (team server)\n"
        "  audit PATH|GIT_URL [--ref REF] [--format json|sarif|cyclonedx|spdx|html|pdf|csv|md]\n"
        "                     [--output FILE] [--policy FILE] [--org-domain DOMAIN]... [--detectors LIST]\n"
        "                      audit a folder or repository and write audit.json or a report\n"
        "  scan [FILE|-] [--text TEXT] [--force-llm] [--format json|text]\n"
        "                      find project risks in a document\n"
        "  user add EMAIL --role admin|analyst|viewer\n"
        "                      create a user (password read from stdin)\n"
        "  user passwd EMAIL   change a user's password (read from stdin)\n"
        "  token create NAME [--scopes ...] [--user EMAIL]\n"
        "                      create a personal API token and print its secret once\n"
        "  vulndb import FILE|DIR | vulndb status\n"
        "                      import an OSV export (zip or folder of JSON) for offline matching\n"
        "  metrics import FILE import AI-assistant session logs (JSONL or CSV)\n"
        "  backup FILE         write an online backup (database and audit artefacts) to a .tar.gz\n"
        "  restore FILE        replace the data directory's contents with a backup (Assay stopped)\n"
        "\n"
        "Options:\n"
        "  --data-dir DIR      data directory (default: $ASSAY_DATA_DIR, else the platform's app data folder)\n"
        "  --bind ADDR         address the API listens on (default 127.0.0.1)\n"
        "  --port N            port of the API (default 8470)\n"
        "  -h, --help          show this help\n"
        "  -v, --version       show the version\n"
        "\n"
        "Exit codes: 0 success, 1 policy violation (block), 2 usage or input error, 3 runtime failure.");
}

} // namespace

const QStringList& subcommands()
{
    static const QStringList list {QStringLiteral("serve"), QStringLiteral("audit"), QStringLiteral("scan"),
        QStringLiteral("user"), QStringLiteral("token"), QStringLiteral("vulndb"), QStringLiteral("metrics"),
        QStringLiteral("backup"), QStringLiteral("restore")};
    return list;
}

QString subcommandOf(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a.startsWith(QLatin1Char('-'))) {
            if (kValueOptions.contains(a))
                ++i; // skip its value
            continue;
        }
        return a;
    }
    return {};
}

bool wantsHelpOrVersion(const QStringList& arguments)
{
    for (const auto& a : arguments.mid(1))
        if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("-v")
            || a == QLatin1String("--version") || a == QLatin1String("--help-all"))
            return true;
    return false;
}

int runCommandLine(int argc, char** argv)
{
    // PDF reports (`audit --format pdf`, and the report route of `serve`) lay out text, which
    // needs Qt's font database: a QGuiApplication on the offscreen platform, so no display is needed.
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const QString early = subcommandOf(rawArgs);
    const qsizetype formatAt = rawArgs.indexOf(QStringLiteral("--format"));
    const bool pdf = rawArgs.contains(QStringLiteral("--format=pdf"))
        || (formatAt > 0 && formatAt + 1 < rawArgs.size() && rawArgs[formatAt + 1].toLower() == QLatin1String("pdf"));
    std::unique_ptr<QCoreApplication> application;
    if ((early == QLatin1String("audit") && pdf) || early == QLatin1String("serve")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Assay"));
    QCoreApplication::setOrganizationName(QStringLiteral("Assay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSAY_VERSION));
    const QStringList args = QCoreApplication::arguments();
    const QString command = subcommandOf(args);

    if (command.isEmpty() || !subcommands().contains(command)) {
        if (args.contains(QStringLiteral("-v")) || args.contains(QStringLiteral("--version"))) {
            printLine(stdout, QStringLiteral("assay %1").arg(QStringLiteral(ASSAY_VERSION)));
            return ExitOk;
        }
        if (wantsHelpOrVersion(args)) {
            printLine(stdout, usage());
            return ExitOk;
        }
        printLine(stderr,
            QCoreApplication::translate("assay", "assay: unknown command '%1'; see 'assay --help'.").arg(command));
        return ExitUsage;
    }
    if (command == QLatin1String("serve") && !wantsHelpOrVersion(args))
        return runServe(args);
    if (command == QLatin1String("audit") && !wantsHelpOrVersion(args))
        return runAudit(args);
    if (command == QLatin1String("vulndb") && !wantsHelpOrVersion(args))
        return runVulnDb(args);
    if (command == QLatin1String("user") && !wantsHelpOrVersion(args))
        return runUser(args);
    if (command == QLatin1String("token") && !wantsHelpOrVersion(args))
        return runToken(args);
    if (command == QLatin1String("scan") && !wantsHelpOrVersion(args))
        return runScan(args);
    if (command == QLatin1String("metrics") && !wantsHelpOrVersion(args))
        return runMetrics(args);
    if (command == QLatin1String("backup") && !wantsHelpOrVersion(args))
        return runBackup(args);
    if (command == QLatin1String("restore") && !wantsHelpOrVersion(args))
        return runRestore(args);

    if (wantsHelpOrVersion(args)) {
        printLine(stdout, usage());
        return ExitOk;
    }
    // Subcommands whose engines land with later work say so plainly instead of pretending.
    printLine(stderr,
        QCoreApplication::translate("assay", "assay %1: this command is not available in this build yet.")
            .arg(command));
    return ExitRuntime;
}

} // namespace assay::app
