// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"

namespace assay {
class Services;
}

namespace assay::api {

// GET /health and GET /api/v1/openapi.json.
class SystemController
{
public:
    static void registerRoutes(Router& router, Services& services);
};

} // namespace assay::api
