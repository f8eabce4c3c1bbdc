// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"

namespace assay {
class Services;
}

namespace assay::api {

// Who is connected and who is banned (admin): GET/DELETE /api/v1/admin/sessions[/{id}], GET /api/v1/admin/login-bans,
// DELETE /api/v1/admin/login-bans/{address},
// POST /api/v1/admin/signing-key/rotate.
class SharingController
{
public:
    static void registerRoutes(Router& router, Services& services);
};

} // namespace assay::api
