// SPDX-License-Identifier: GPL-3.0-or-later
#include "VulnDbCommand.h"

#include "CommandLine.h"
#include "audit/deps/VulnDb.h"
#include "core/Json.h"
#include "services/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace assay::app {

namespace {
void printError(const QString& text)
{
    std::fprintf(stderr, "assay vulndb: %s\n", qPrintable(text));
}
} // namespace

int runVulnDb(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addPositionalArgument(QStringLiteral("vulndb"), QString());
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("import or status"));
    parser.addPositionalArgument(QStringLiteral("source"), QStringLiteral("OSV export: zip, tar or folder of JSON"));
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (action != QLatin1String("import") && action != QLatin1String("status")) {
        printError(
            QCoreApplication::translate("assay", "use 'assay vulndb import FILE|DIR' or 'assay vulndb status'."));
        return ExitUsage;
    }
    if (action == QLatin1String("import") && args.size() != 3) {
        printError(QCoreApplication::translate(
            "assay", "give the OSV export to import: a zip, a tar or a folder of JSON files."));
        return ExitUsage;
    }
    auto services = Services::open(parser.value(QStringLiteral("data-dir")));
    if (!services) {
        printError(services.error().message);
        return ExitRuntime;
    }
    audit::deps::VulnDb db((*services)->database());
    if (action == QLatin1String("status")) {
        auto status = db.status();
        if (!status) {
            printError(status.error().message);
            return ExitRuntime;
        }
        std::printf("%s\n", json::dump(status->toJson(), 2).constData());
        return ExitOk;
    }
    const QString source = QFileInfo(args.at(2)).absoluteFilePath();
    const bool tty = ::isatty(STDERR_FILENO);
    auto summary = db.importPath(
        source, [] { return false; },
        [tty](qint64 done) {
            if (tty)
                std::fprintf(stderr, "\r%lld advisories", static_cast<long long>(done));
        });
    if (tty)
        std::fprintf(stderr, "\r%40s\r", "");
    if (!summary) {
        printError(summary.error().message);
        return summary.error().kind == Error::Kind::Validation || summary.error().kind == Error::Kind::Unprocessable
                || summary.error().kind == Error::Kind::NotFound
            ? ExitUsage
            : ExitRuntime;
    }
    std::printf("%s\n", json::dump(summary->toJson(), 2).constData());
    (*services)->shutdown();
    return ExitOk;
}

} // namespace assay::app
