// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"

namespace assay {
class Services;
}

namespace assay::api {

// Personal API tokens: POST/GET /api/v1/tokens, GET/DELETE /api/v1/tokens/{id}, POST /api/v1/tokens/{id}/rotate.
class TokensController
{
public:
    static void registerRoutes(Router& router, Services& services);
};

} // namespace assay::api
