// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"

namespace assay {
class Services;
}

namespace assay::api {

// The offline vulnerability database (POST /api/v1/vulndb/import, GET /api/v1/vulndb) and an
// audit's SBOM (GET /api/v1/audits/{id}/sbom?format=cyclonedx|spdx).
class DependenciesController
{
public:
    static void registerRoutes(Router& router, Services& services);
};

} // namespace assay::api
