// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

// SARIF 2.1.0 log of an audit for code-scanning UIs: one result per finding (plus one per
// policy violation), rules with metadata in tool.driver.rules (name, descriptions, default
// level, security-severity and tags), locations relative to %SRCROOT% with a 1-based
// startLine, partial fingerprints from the finding's stable fingerprint, and triaged false
// positives / resolved findings as suppressions. Used by ReportWriter.
namespace assay::reports {

class SarifReport
{
public:
    static Json build(const Json& audit);
};

} // namespace assay::reports
