// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiServer.h"

#include <memory>

namespace assay {
class Services;
}

namespace assay::api {

// Builds the server with every controller, middleware and the WebSocket hub wired to the
// services. The one place that knows the whole route table.
std::unique_ptr<ApiServer> makeApiServer(Services& services, QObject* parent = nullptr);

} // namespace assay::api
