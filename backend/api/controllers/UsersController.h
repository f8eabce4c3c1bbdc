// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"

namespace assay {
class Services;
}

namespace assay::api {

// GET/POST/PATCH/DELETE /api/v1/admin/users[/{id}] (admin).
class UsersController
{
public:
    static void registerRoutes(Router& router, Services& services);
};

} // namespace assay::api
