// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/Detector.h"

#include <functional>
#include <memory>
#include <vector>

namespace assay::audit {

// A detector's name (as Detector::name() returns it) and how to build it.
struct DetectorFactory
{
    QString name;
    std::function<std::unique_ptr<Detector>(const DetectorSetup&)> make;
};

// Every detector built into this Assay, in the order they run: languages first, then
// licenses, secrets and dependencies when their modules are part of the build.
std::vector<DetectorFactory> builtInDetectors();

} // namespace assay::audit
