// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"

#include "CommandLine.h"
#include "audit/jobs/AuditRunner.h"
#include "core/DataDir.h"
#include "core/Json.h"
#include "core/Memory.h"
#include "reports/PolicyEngine.h"
#include "reports/ReportWriter.h"
#include "services/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace assay::app {

namespace {

void printError(const QString& text)
{
    std::fprintf(stderr, "assay audit: %s\n", qPrintable(text));
}

int exitCodeFor(const Error& e)
{
    switch (e.kind) {
    case Error::Kind::Validation:
    case Error::Kind::Unprocessable:
    case Error::Kind::NotFound:
    case Error::Kind::Forbidden:
    case Error::Kind::TooLarge:
    case Error::Kind::UnsupportedMediaType:
        return ExitUsage;
    default:
        return ExitRuntime;
    }
}

// The gate's verdict on stderr, one line per violation, for CI logs.
void printPolicy(const Json& policy)
{
    const auto violations = policy.value("violations", Json::array());
    const bool passed = policy.value("passed", true);
    std::fprintf(stderr, "assay audit: policy %s %s (%zu violation%s)\n", qPrintable(json::getString(policy, "name")),
        passed ? "passed" : "failed", violations.size(), violations.size() == 1 ? "" : "s");
    for (const auto& v : violations)
        std::fprintf(stderr, "  [%s] %s: %s\n", qPrintable(json::getString(v, "action")),
            qPrintable(json::getString(v, "policy_id")), qPrintable(json::getString(v, "message")));
}

} // namespace

int runAudit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addPositionalArgument(QStringLiteral("audit"), QString());
    parser.addPositionalArgument(QStringLiteral("source"), QStringLiteral("Folder or git URL."));
    parser.addOption({QStringLiteral("ref"), QStringLiteral("Branch, tag or commit."), QStringLiteral("REF")});
    parser.addOption(
        {QStringLiteral("format"), QStringLiteral("Output format."), QStringLiteral("FORMAT"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("Output file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("policy"),
        QStringLiteral("Policy file (YAML or JSON) or built-in pack (ci-default, oss-release, ma-strict)."),
        QStringLiteral("FILE|PACK")});
    parser.addOption(
        {QStringLiteral("org-domain"), QStringLiteral("Organisation e-mail domain."), QStringLiteral("DOMAIN")});
    parser.addOption(
        {QStringLiteral("org-name"), QStringLiteral("Organisation copyright holder name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("history"), QStringLiteral("Also scan git history for removed secrets.")});
    parser.addOption({QStringLiteral("detectors"),
        QStringLiteral("Detectors to run (languages, licenses, secrets, dependencies)."), QStringLiteral("LIST")});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(QCoreApplication::translate("assay", "give exactly one folder or git URL to audit."));
        return ExitUsage;
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (!reports::ReportWriter::isFormat(format)) {
        printError(QCoreApplication::translate("assay", "unknown format '%1'; use %2.")
                       .arg(format, reports::ReportWriter::formats().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    // The policy is read before the audit runs: an invalid file is an input error (exit 2),
    // never a silent pass.
    std::optional<reports::PolicySet> policy;
    if (parser.isSet(QStringLiteral("policy"))) {
        auto loaded = reports::PolicySet::load(parser.value(QStringLiteral("policy")));
        if (!loaded) {
            printError(loaded.error().message);
            return ExitUsage;
        }
        policy = std::move(*loaded);
    }

    auto services = Services::open(parser.value(QStringLiteral("data-dir")));
    if (!services) {
        printError(services.error().message);
        return ExitRuntime;
    }
    audit::AuditRequest request;
    QString source = positional.at(1);
    if (!audit::GitRemote::looksLikeUrl(source))
        source = QFileInfo(source).absoluteFilePath();
    request.source = source;
    request.ref = parser.value(QStringLiteral("ref"));
    request.dataDir = (*services)->dataDir();
    request.options.orgDomains = parser.values(QStringLiteral("org-domain"));
    request.options.orgNames = parser.values(QStringLiteral("org-name"));
    request.options.history = parser.isSet(QStringLiteral("history"));
    if (parser.isSet(QStringLiteral("detectors"))) {
        static const QStringList known {QStringLiteral("languages"), QStringLiteral("licenses"),
            QStringLiteral("secrets"), QStringLiteral("dependencies")};
        for (const auto& d : parser.value(QStringLiteral("detectors")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!known.contains(d.trimmed())) {
                printError(QCoreApplication::translate("assay", "unknown detector '%1'; use %2.")
                               .arg(d, known.join(QStringLiteral(", "))));
                return ExitUsage;
            }
            request.detectors << d.trimmed();
        }
    }

    const bool tty = ::isatty(STDERR_FILENO);
    // The whole command is the audit: the heap stays in throughput mode while the report is
    // written and freed too (the process ends right after).
    const ThroughputAllocation allocation;
    audit::AuditRunner runner(&(*services)->database());
    std::atomic<bool> cancelled {false};
    int lastPercent = -1;
    auto result = runner.run(
        request,
        [&](const audit::AuditProgress& p) {
            if (!tty || p.percent == lastPercent)
                return;
            lastPercent = p.percent;
            std::fprintf(stderr, "\r%3d%%  %-10s %lld/%lld files", p.percent, qPrintable(p.stage),
                static_cast<long long>(p.filesDone), static_cast<long long>(p.filesTotal));
            std::fflush(stderr);
        },
        cancelled);
    if (tty)
        std::fprintf(stderr, "\r%60s\r", "");
    if (!result) {
        printError(result.error().message);
        return exitCodeFor(result.error());
    }
    if (format == QLatin1String("json") && !policy) {
        // The common machine case: stream audit.json piece by piece (no giant in-memory tree).
        bool written = false;
        if (parser.isSet(QStringLiteral("output"))) {
            QSaveFile out(parser.value(QStringLiteral("output")));
            written = out.open(QIODevice::WriteOnly) && result->writeJson([&out](const char* data, size_t size) {
                return out.write(data, qint64(size)) == qint64(size);
            }) && out.commit();
        } else {
            written = result->writeJson(
                [](const char* data, size_t size) { return std::fwrite(data, 1, size, stdout) == size; });
            std::fflush(stdout);
        }
        (*services)->shutdown();
        if (!written) {
            printError(QCoreApplication::translate("assay", "cannot write %1.")
                           .arg(parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output"))
                                                                       : QStringLiteral("standard output")));
            return ExitRuntime;
        }
        return ExitOk;
    }
    Json doc = result->toJson();
    bool passed = true;
    if (policy) {
        passed = reports::PolicyEngine::apply(*policy, doc);
        printPolicy(doc["policy"]);
    }
    reports::ReportOptions options;
    options.client = (*services)->settings().stringValue(QStringLiteral("report_client"));
    options.preparedBy = (*services)->settings().stringValue(QStringLiteral("report_prepared_by"));
    const auto document = reports::ReportWriter::render(doc, format, options);
    if (!document) {
        printError(document.error().message);
        (*services)->shutdown();
        return ExitRuntime;
    }
    if (parser.isSet(QStringLiteral("output"))) {
        QSaveFile out(parser.value(QStringLiteral("output")));
        if (!out.open(QIODevice::WriteOnly) || out.write(*document) != document->size() || !out.commit()) {
            printError(
                QCoreApplication::translate("assay", "cannot write %1.").arg(parser.value(QStringLiteral("output"))));
            (*services)->shutdown();
            return ExitRuntime;
        }
    } else {
        std::fwrite(document->constData(), 1, size_t(document->size()), stdout);
        std::fflush(stdout);
    }
    (*services)->shutdown();
    return passed ? ExitOk : ExitPolicyBlocked;
}

} // namespace assay::app
