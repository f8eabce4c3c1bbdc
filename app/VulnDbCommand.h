// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace assay::app {

// `assay vulndb import FILE|DIR` and `assay vulndb status`: the offline OSV database.
int runVulnDb(const QStringList& arguments);

} // namespace assay::app
