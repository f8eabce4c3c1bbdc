// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace assay::app {

// `assay audit PATH|URL [--ref REF] [--format …] [--output FILE] [--policy FILE] [--org-domain D]...`:
// the audit engine in-process, without a server; writes audit.json (SPEC §6) to stdout or FILE.
int runAudit(const QStringList& arguments);

} // namespace assay::app
