// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace assay::app {

// `assay backup FILE`: an online backup of the data directory into one .tar.gz — a consistent
// copy of the database (VACUUM INTO, safe while a server or the desktop app runs), the
// artefacts (audit.json and uploads) of the audits in that copy, and a manifest with the schema
// version. docs/RELIABILITY.md describes what it holds.
int runBackup(const QStringList& arguments);

// `assay restore FILE`: replaces the data directory's database and artefacts with a backup's,
// after checking it (manifest, integrity_check, schema version: a newer schema is refused, an
// older one is migrated). Refused while an Assay process (serve, the desktop app, an audit)
// uses the data directory. The replaced files are kept in DATA_DIR/pre-restore-<time>/.
int runRestore(const QStringList& arguments);

} // namespace assay::app
