// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserCommand.h"

#include "CommandLine.h"
#include "auth/AuthServices.h"
#include "services/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

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

QString readLine(bool echo)
{
    termios old {};
    const bool tty = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty && !echo) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    const bool ok = bool(std::getline(std::cin, line));
    if (tty && !echo) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::fputc('\n', stderr);
    }
    if (!ok)
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

QString readPassword(bool confirm, QString* error)
{
    const bool tty = ::isatty(STDIN_FILENO);
    if (tty) {
        std::fputs(qPrintable(tr("Password: ")), stderr);
        std::fflush(stderr);
    }
    const QString first = readLine(false);
    if (first.isEmpty()) {
        *error = tr("no password given on stdin.");
        return {};
    }
    if (tty && confirm) {
        std::fputs(qPrintable(tr("Repeat the password: ")), stderr);
        std::fflush(stderr);
        if (readLine(false) != first) {
            *error = tr("the passwords do not match.");
            return {};
        }
    }
    return first;
}

int runUser(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption({QStringLiteral("data-dir"), tr("Data directory."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("role"), tr("admin, analyst or viewer."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("name"), tr("Full name."), QStringLiteral("NAME")});
    if (!parser.parse(arguments)) {
        printError(QStringLiteral("assay user: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    const QStringList pos = parser.positionalArguments(); // "user", action, EMAIL
    const QString action = pos.value(1);
    if (pos.size() != 3 || (action != QLatin1String("add") && action != QLatin1String("passwd"))) {
        printError(tr("Usage: assay user add EMAIL --role admin|analyst|viewer [--name NAME]\n"
                      "       assay user passwd EMAIL\n"
                      "The password is read from stdin."));
        return ExitUsage;
    }
    const QString email = pos[2];
    std::optional<auth::Role> role;
    if (action == QLatin1String("add")) {
        role = auth::parseRole(parser.value(QStringLiteral("role")));
        if (!role) {
            printError(tr("assay user add: --role must be admin, analyst or viewer."));
            return ExitUsage;
        }
    }
    auto services = Services::open(parser.value(QStringLiteral("data-dir")));
    if (!services) {
        printError(QStringLiteral("assay user: %1").arg(services.error().message));
        return ExitRuntime;
    }
    auth::AuthServices& auth = (*services)->auth();
    const auth::Principal admin = auth::Principal::localAdmin();
    const auth::RequestContext ctx = auth::RequestContext::desktop();

    if (action == QLatin1String("passwd")) {
        auto user = auth.users().findByEmail(email);
        if (!user) {
            printError(tr("assay user passwd: no account with the email %1.").arg(email));
            return ExitUsage;
        }
        QString error;
        const QString password = readPassword(true, &error);
        if (password.isEmpty()) {
            printError(tr("assay user passwd: %1").arg(error));
            return ExitUsage;
        }
        if (auto s = auth.users().resetPassword(admin, user->id, password); !s) {
            printError(tr("assay user passwd: %1").arg(s.error().message));
            return s.error().kind == Error::Kind::Internal ? ExitRuntime : ExitUsage;
        }
        auth::AuditEntry e = auth::AuditEntry::from(ctx, auth::auditevent::UserUpdate, auth::auditstatus::Success);
        e.resourceType = QStringLiteral("user");
        e.resourceId = user->id;
        e.actionDescription = QStringLiteral("Password reset from the command line");
        (void)auth.auditLog().record(e);
        std::fprintf(
            stderr, "%s\n", qPrintable(tr("Password of %1 changed; their sessions were signed out.").arg(user->email)));
        return ExitOk;
    }

    QString error;
    const QString password = readPassword(true, &error);
    if (password.isEmpty()) {
        printError(tr("assay user add: %1").arg(error));
        return ExitUsage;
    }
    auth::NewUser request;
    request.email = email;
    request.password = password;
    request.fullName = parser.value(QStringLiteral("name"));
    request.role = role;
    auto user = auth.users().createUser(admin, request);
    if (!user) {
        printError(tr("assay user add: %1").arg(user.error().message));
        return user.error().kind == Error::Kind::Internal ? ExitRuntime : ExitUsage;
    }
    auth::AuditEntry e = auth::AuditEntry::from(ctx, auth::auditevent::UserCreate, auth::auditstatus::Success);
    e.resourceType = QStringLiteral("user");
    e.resourceId = user->id;
    e.actionDescription = QStringLiteral("Created a %1 account from the command line").arg(auth::roleName(user->role));
    (void)auth.auditLog().record(e);
    std::fprintf(stdout, "%s\n", qPrintable(user->id));
    std::fprintf(stderr, "%s\n", qPrintable(tr("Created %1 (%2).").arg(user->email, auth::roleName(user->role))));
    return ExitOk;
}

} // namespace assay::app
