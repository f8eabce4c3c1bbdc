// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommand.h"

#include "CommandLine.h"
#include "auth/AuthServices.h"
#include "services/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

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

} // namespace

int runToken(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption({QStringLiteral("data-dir"), tr("Data directory."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("scopes"), tr("Scopes, comma-separated or repeated."), QStringLiteral("SCOPES")});
    parser.addOption({QStringLiteral("user"), tr("Owner's email."), QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("expires-in-days"), tr("Lifetime in days."), QStringLiteral("N")});
    if (!parser.parse(arguments)) {
        printError(QStringLiteral("assay token: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    const QStringList pos = parser.positionalArguments(); // "token", "create", NAME
    if (pos.size() != 3 || pos[1] != QLatin1String("create")) {
        printError(tr("Usage: assay token create NAME [--scopes read:audits,write:audits ...] [--user EMAIL] "
                      "[--expires-in-days N]\nScopes: %1")
                       .arg(auth::allScopeNames().join(QLatin1Char(' '))));
        return ExitUsage;
    }
    auth::TokenRequest request;
    request.name = pos[2];
    QStringList scopeNames;
    for (const auto& v : parser.values(QStringLiteral("scopes")))
        for (const auto& part : v.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            scopeNames << part;
    if (!scopeNames.isEmpty()) {
        QString unknown;
        auto scopes = auth::Scopes::parse(scopeNames, &unknown);
        if (!scopes) {
            printError(tr("assay token create: unknown scope '%1'; use %2.")
                           .arg(unknown, auth::allScopeNames().join(QLatin1Char(' '))));
            return ExitUsage;
        }
        request.scopes = *scopes;
    }
    if (parser.isSet(QStringLiteral("expires-in-days"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("expires-in-days")).toInt(&ok);
        if (!ok || days < 1) {
            printError(tr("assay token create: --expires-in-days must be a positive number."));
            return ExitUsage;
        }
        request.expiresInDays = days;
    }

    auto services = Services::open(parser.value(QStringLiteral("data-dir")));
    if (!services) {
        printError(QStringLiteral("assay token: %1").arg(services.error().message));
        return ExitRuntime;
    }
    auth::AuthServices& auth = (*services)->auth();
    // A token acts as a user account: the one named, or the only account there is.
    QString ownerId;
    QString ownerEmail;
    if (parser.isSet(QStringLiteral("user"))) {
        auto user = auth.users().findByEmail(parser.value(QStringLiteral("user")));
        if (!user) {
            printError(
                tr("assay token create: no account with the email %1.").arg(parser.value(QStringLiteral("user"))));
            return ExitUsage;
        }
        ownerId = user->id;
        ownerEmail = user->email;
    } else {
        auto users = auth.users().list(auth::Principal::localAdmin(), {1, 2});
        if (!users || users->totalItems != 1) {
            printError(users && users->totalItems == 0
                    ? tr("assay token create: there is no user account yet; create one with 'assay user add'.")
                    : tr("assay token create: say whose token it is with --user EMAIL."));
            return ExitUsage;
        }
        ownerId = users->items.first().id;
        ownerEmail = users->items.first().email;
    }
    auto issued = auth.tokens().create(auth::Principal::localAdmin(), request, ownerId);
    if (!issued) {
        printError(tr("assay token create: %1").arg(issued.error().message));
        return issued.error().kind == Error::Kind::Internal ? ExitRuntime : ExitUsage;
    }
    auth::AuditEntry e = auth::AuditEntry::from(
        auth::RequestContext::desktop(), auth::auditevent::TokenCreate, auth::auditstatus::Success);
    e.resourceType = QStringLiteral("token");
    e.resourceId = issued->info.id;
    e.actionDescription = QStringLiteral("Created an API token for %1 from the command line").arg(ownerEmail);
    (void)auth.auditLog().record(e);
    std::fprintf(stdout, "%s\n", qPrintable(issued->secret));
    std::fprintf(stderr, "%s\n",
        qPrintable(tr("API token '%1' (id %2) for %3, scopes: %4.\nCopy it now: it is not shown again.")
                       .arg(issued->info.name, issued->info.id, ownerEmail,
                           issued->info.scopes.names().join(QLatin1Char(' ')))));
    return ExitOk;
}

} // namespace assay::app
