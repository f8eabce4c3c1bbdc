// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace assay {

// Resolves and prepares the data directory (SPEC §3): an explicit --data-dir wins, then
// ASSAY_DATA_DIR, then QStandardPaths::AppDataLocation. Used by the app, the CLI and tests.
class DataDir
{
public:
    // `explicitPath` is the --data-dir value (empty when not given).
    static QString resolve(const QString& explicitPath = {});
    // Creates the directory (mode 0700) when missing; an error says why it cannot be used.
    static Result<QString> prepare(const QString& explicitPath = {});

    static QString databasePath(const QString& dataDir);
};

} // namespace assay
