// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace assay::app {

// `assay token create NAME [--scopes read:audits,write:audits ...] [--user EMAIL] [--expires-in-days N]`:
// creates a personal API token for a user account and prints its secret once on stdout
// (the description goes to stderr, so `TOKEN=$(assay token create ci)` captures the secret only).
int runToken(const QStringList& arguments);

} // namespace assay::app
