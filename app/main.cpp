// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point: the desktop app by default; subcommands (SPEC §7) run without a display.
#include "CommandLine.h"
#include "GuiMain.h"
#include "core/Memory.h"

#include <QStringList>

int main(int argc, char** argv)
{
    assay::configureAllocator();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString command = assay::app::subcommandOf(arguments);
    if (!command.isEmpty() || assay::app::wantsHelpOrVersion(arguments))
        return assay::app::runCommandLine(argc, argv);
    return assay::app::runGui(argc, argv);
}
