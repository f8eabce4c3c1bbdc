// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"

namespace assay {
class Services;
}

namespace assay::api {

// /api/v1/audits…, /api/v1/findings/{id}: run, list, read, cancel, delete audits, their files
// and findings, triage, and the audit.json report.
class AuditsController
{
public:
    static void registerRoutes(Router& router, Services& services);
};

} // namespace assay::api
