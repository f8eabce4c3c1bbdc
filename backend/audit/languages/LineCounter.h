// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LanguageTable.h"
#include "audit/model/AuditModel.h"

#include <string_view>

namespace assay::audit {

// Counts code, comment and blank lines of a text with a language's comment syntax, in the
// way cloc and tokei do: a line with any code is code; a line inside or only holding
// comments is a comment; whitespace-only lines are blank. One pass, no allocation.
LineCounts countLines(std::string_view text, const Language* language);

} // namespace assay::audit
