// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsCommand.h"

#include "CommandLine.h"
#include "metrics/MetricsService.h"
#include "services/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace assay::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("assay", text);
}

void printError(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

void printOut(const QByteArray& text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fputc('\n', stdout);
}

} // namespace

int runMetrics(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption({QStringLiteral("data-dir"), tr("Data directory."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("format"), tr("Input format: jsonl or csv (default: detected)."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    parser.addOption({QStringLiteral("since"), tr("ISO date, date-time or days back."), QStringLiteral("SINCE")});
    parser.addOption({QStringLiteral("until"), tr("ISO date or date-time."), QStringLiteral("UNTIL")});
    parser.addOption({QStringLiteral("repo"), tr("Repository name or slug."), QStringLiteral("REPO")});
    parser.addOption({QStringLiteral("lag-days"), tr("Largest lag tested (0-7)."), QStringLiteral("N")});
    const QString usageText = tr("Usage: assay metrics import FILE|- [--format jsonl|csv] [--json] [--data-dir DIR]\n"
                                 "       assay metrics kpis [--since S] [--until U] [--repo R]\n"
                                 "       assay metrics insights [--since S] [--until U] [--lag-days N] [--repo R]");
    if (!parser.parse(arguments)) {
        printError(QStringLiteral("assay metrics: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    const QStringList pos = parser.positionalArguments(); // "metrics", ACTION, …
    const QString action = pos.value(1);
    if (!((action == QLatin1String("import") && pos.size() == 3)
            || ((action == QLatin1String("kpis") || action == QLatin1String("insights")) && pos.size() == 2))) {
        printError(usageText);
        return ExitUsage;
    }

    metrics::ImportFormat format = metrics::ImportFormat::Auto;
    QByteArray data;
    if (action == QLatin1String("import")) {
        const QString f = parser.value(QStringLiteral("format")).toLower();
        if (f == QLatin1String("csv"))
            format = metrics::ImportFormat::Csv;
        else if (f == QLatin1String("jsonl") || f == QLatin1String("ndjson") || f == QLatin1String("json"))
            format = metrics::ImportFormat::JsonLines;
        else if (!f.isEmpty()) {
            printError(tr("assay metrics import: --format must be jsonl or csv."));
            return ExitUsage;
        } else if (pos[2].endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            format = metrics::ImportFormat::Csv;
        QFile file;
        const bool stdinInput = pos[2] == QLatin1String("-");
        if (stdinInput ? !file.open(stdin, QIODevice::ReadOnly)
                       : (file.setFileName(pos[2]), !file.open(QIODevice::ReadOnly))) {
            printError(tr("assay metrics import: cannot read %1.").arg(pos[2]));
            return ExitUsage;
        }
        data = file.readAll();
    }
    auto range = metrics::parseTimeRange(parser.value(QStringLiteral("since")), parser.value(QStringLiteral("until")));
    if (!range) {
        printError(QStringLiteral("assay metrics: %1").arg(range.error().message));
        return ExitUsage;
    }
    int lag = 7;
    if (parser.isSet(QStringLiteral("lag-days"))) {
        bool ok = false;
        lag = parser.value(QStringLiteral("lag-days")).toInt(&ok);
        if (!ok || lag < 0 || lag > 7) {
            printError(tr("assay metrics: --lag-days must be a whole number from 0 to 7."));
            return ExitUsage;
        }
    }

    auto services = Services::open(parser.value(QStringLiteral("data-dir")));
    if (!services) {
        printError(QStringLiteral("assay metrics: %1").arg(services.error().message));
        return ExitRuntime;
    }
    metrics::MetricsService& m = (*services)->metrics();
    const Actor local = Actor::localAdmin();
    const QString repo = parser.value(QStringLiteral("repo"));

    if (action == QLatin1String("import")) {
        auto result = m.importSessions(local, data, format);
        if (!result) {
            printError(QStringLiteral("assay metrics import: %1").arg(result.error().message));
            return ExitRuntime;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            printOut(json::dump(result->toJson(), 2));
        } else {
            printOut(tr("Imported %1 sessions, %2 duplicates skipped, %3 lines rejected.")
                         .arg(result->imported)
                         .arg(result->duplicates)
                         .arg(result->rejected.size())
                         .toUtf8());
        }
        for (const auto& r : result->rejected)
            printError(tr("line %1: %2").arg(r.line).arg(r.reason));
        const bool nothingUsable = result->imported == 0 && result->duplicates == 0 && !result->rejected.empty();
        return nothingUsable ? ExitUsage : ExitOk;
    }
    auto out = action == QLatin1String("kpis") ? m.kpis(local, *range, repo) : m.insights(local, *range, repo, lag);
    if (!out) {
        printError(QStringLiteral("assay metrics %1: %2").arg(action, out.error().message));
        return ExitRuntime;
    }
    printOut(json::dump(*out, 2));
    return ExitOk;
}

} // namespace assay::app
