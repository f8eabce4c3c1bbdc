// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace assay::app {

// `assay user add EMAIL --role admin|analyst|viewer [--name NAME]` and `assay user passwd EMAIL`:
// account administration as the local administrator, in-process. The password is read from
// stdin — asked twice without echo on a terminal, the first line otherwise — and never
// accepted on the command line (it would land in the shell history and the process list).
int runUser(const QStringList& arguments);

// Reads a password: on a TTY prompts on stderr without echo (twice when `confirm`), else reads
// one line of stdin. Empty on mismatch or end of input; `error` says why.
QString readPassword(bool confirm, QString* error);

} // namespace assay::app
