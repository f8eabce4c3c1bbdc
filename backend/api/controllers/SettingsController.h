// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"

namespace assay {
class Services;
}

namespace assay::api {

// GET/PATCH /api/v1/settings (admin): validated per key, unknown keys 422, write-only keys never returned.
class SettingsController
{
public:
    static void registerRoutes(Router& router, Services& services);
};

} // namespace assay::api
