// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace assay::app {

// Exit codes of SPEC §7.
enum ExitCode
{
    ExitOk = 0,
    ExitPolicyBlocked = 1,
    ExitUsage = 2,
    ExitRuntime = 3
};

// The subcommands of SPEC §7; an empty string means the desktop app.
QString subcommandOf(const QStringList& arguments);
bool wantsHelpOrVersion(const QStringList& arguments);
const QStringList& subcommands();

// Runs a command-line subcommand (or --help / --version) in a QCoreApplication.
int runCommandLine(int argc, char** argv);

} // namespace assay::app
