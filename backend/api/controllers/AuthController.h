// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"

namespace assay {
class Services;
}

namespace assay::api {

// POST /auth/register, /auth/login, /auth/refresh, /auth/logout; GET /auth/me.
class AuthController
{
public:
    static void registerRoutes(Router& router, Services& services);
};

} // namespace assay::api
