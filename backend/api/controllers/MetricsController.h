// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiServer.h"

namespace assay {
class Services;
}

namespace assay::api {

// /api/v1/metrics…, /sessions…, /profile, /insights, /usage/…: AI-session import, KPIs, the full
// report, insights and usage metering (SPEC §4, §9). install() also meters every request of
// the server (per user, credential and day) through a response observer.
class MetricsController
{
public:
    static void registerRoutes(Router& router, Services& services);
    // registerRoutes + the usage-metering observer.
    static void install(ApiServer& server, Services& services);
};

} // namespace assay::api
