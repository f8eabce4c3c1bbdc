// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace assay::app {

// `assay scan [FILE|-] [--text TEXT] [--force-llm] [--format json|text] [--data-dir DIR]`: a risk
// scan in-process (ScanService, no server). The scan is stored in the data directory as the
// local user's, so the desktop app's history shows it too.
int runScan(const QStringList& arguments);

} // namespace assay::app
