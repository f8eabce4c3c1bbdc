// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"

namespace assay {
class Services;
}

namespace assay::api {

// /api/v1/scans…: risk scans of pasted text or uploaded documents (SPEC §4, §8), their history,
// item corrections and retraining of the local model — a thin adapter over scan::ScanService.
class ScansController
{
public:
    static void registerRoutes(Router& router, Services& services);
};

} // namespace assay::api
