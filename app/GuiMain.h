// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace assay::app {

// The desktop app: opens the data directory, starts the embedded server, shows the main window.
int runGui(int argc, char** argv);

} // namespace assay::app
