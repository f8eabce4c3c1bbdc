// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"

namespace assay {
class Services;
}

namespace assay::api {

// GET /api/v1/admin/audit-logs (admin): filters and pagination.
class AuditLogsController
{
public:
    static void registerRoutes(Router& router, Services& services);
};

} // namespace assay::api
