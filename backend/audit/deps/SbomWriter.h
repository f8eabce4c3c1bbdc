// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/AuditModel.h"

#include <nlohmann/json.hpp>

namespace assay::audit::deps {

// SBOM documents from an audit: CycloneDX 1.5 JSON (components, the project's direct
// dependencies, vulnerabilities with ratings) and SPDX 2.3 JSON (packages with purl external
// references, DESCRIBES / DEPENDS_ON / DEV_DEPENDENCY_OF relationships, advisories as SECURITY
// references). Both valid against the official JSON schemas (tests/deps). Used by
// `assay audit --format cyclonedx|spdx` and `GET /api/v1/audits/{id}/sbom?format=`.
class SbomWriter
{
public:
    static nlohmann::json cycloneDx(const AuditReport& report);
    static nlohmann::json spdx(const AuditReport& report);

    // Whether `expression` is syntactically an SPDX license expression (ids, LicenseRef-…,
    // AND / OR / WITH, parentheses, '+'): such strings are written as expressions; others as names.
    static bool isSpdxExpression(const QString& expression);
};

} // namespace assay::audit::deps
