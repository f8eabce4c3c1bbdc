// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/Detector.h"

#include <functional>
#include <memory>
#include <vector>

namespace assay::audit {

using DetectorFactory = std::function<std::unique_ptr<Detector>(const DetectorSetup&)>;

// Every detector built into this Assay, in the order they run: languages first, then
// licenses, secrets and dependencies when their modules are part of the build.
std::vector<DetectorFactory> builtInDetectors();

} // namespace assay::audit
