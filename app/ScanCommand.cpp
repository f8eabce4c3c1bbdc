// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanCommand.h"

#include "CommandLine.h"
#include "core/Actor.h"
#include "core/Json.h"
#include "scan/ScanService.h"
#include "services/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>

namespace assay::app {

namespace {

void printError(const QString& text)
{
    std::fprintf(stderr, "assay scan: %s\n", qPrintable(text));
}

int exitCodeFor(const Error& e)
{
    switch (e.kind) {
    case Error::Kind::Validation:
    case Error::Kind::Unprocessable:
    case Error::Kind::NotFound:
    case Error::Kind::TooLarge:
    case Error::Kind::UnsupportedMediaType:
        return ExitUsage;
    default:
        return ExitRuntime; // provider unavailable or failing, storage errors
    }
}

} // namespace

int runScan(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addPositionalArgument(QStringLiteral("scan"), QString());
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Document to scan, or - for standard input."));
    parser.addOption({QStringLiteral("text"), QStringLiteral("Text to scan."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("force-llm"), QStringLiteral("Ask the configured LLM provider.")});
    parser.addOption(
        {QStringLiteral("format"), QStringLiteral("Output format."), QStringLiteral("FORMAT"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("text")) {
        printError(QCoreApplication::translate("assay", "unknown format '%1'; use json or text.").arg(format));
        return ExitUsage;
    }
    const bool hasText = parser.isSet(QStringLiteral("text"));
    if (positional.size() > 2 || (positional.size() == 2 && hasText) || (positional.size() < 2 && !hasText)) {
        printError(
            QCoreApplication::translate("assay", "give one file to scan, - for standard input, or --text TEXT."));
        return ExitUsage;
    }

    scan::ScanInput input;
    input.forceLlm = parser.isSet(QStringLiteral("force-llm"));
    if (hasText) {
        input.text = parser.value(QStringLiteral("text"));
    } else if (positional.at(1) == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printError(QCoreApplication::translate("assay", "cannot read standard input."));
            return ExitRuntime;
        }
        input.fileName = QStringLiteral("stdin"); // no suffix: the content tells the format
        input.fileBytes = in.readAll();
    } else {
        const QString path = positional.at(1);
        QFile file(path);
        if (!QFileInfo(path).isFile()) {
            printError(QCoreApplication::translate("assay", "%1 is not a file.").arg(path));
            return ExitUsage;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QCoreApplication::translate("assay", "cannot read %1: %2.").arg(path, file.errorString()));
            return ExitUsage;
        }
        input.fileName = QFileInfo(path).fileName();
        input.fileBytes = file.readAll();
    }

    // stderr is for the one-sentence error; progress chatter stays out unless asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("assay.*.info=false"));
    auto services = Services::open(parser.value(QStringLiteral("data-dir")));
    if (!services) {
        printError(services.error().message);
        return ExitRuntime;
    }
    auto result = (*services)->scans().scan(Actor::localAdmin().userId, input);
    (*services)->shutdown();
    if (!result) {
        printError(result.error().message);
        return exitCodeFor(result.error());
    }
    const QByteArray out
        = format == QLatin1String("text") ? scan::ScanService::toText(*result).toUtf8() : json::dump(*result, 2);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    if (!out.endsWith('\n'))
        std::fputc('\n', stdout);
    return ExitOk;
}

} // namespace assay::app
