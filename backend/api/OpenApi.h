// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"

namespace assay::api {

// Builds the OpenAPI 3.1 document from the route table (never a hand-kept file): paths,
// path and query parameters, request bodies, success and error responses, security.
Json openApiDocument(const Router& router);

} // namespace assay::api
