// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetectorRegistry.h"

#include "LanguageDetector.h"

#ifdef ASSAY_HAVE_LICENSES
#include "audit/licenses/LicenseDetector.h"
#endif
#ifdef ASSAY_HAVE_SECRETS
#include "audit/secrets/SecretDetector.h"
#endif
#ifdef ASSAY_HAVE_DEPS
#include "audit/deps/DependencyDetector.h"
#endif

namespace assay::audit {

std::vector<DetectorFactory> builtInDetectors()
{
    std::vector<DetectorFactory> out;
    out.push_back({QStringLiteral("languages"), makeLanguageDetector});
#ifdef ASSAY_HAVE_LICENSES
    out.push_back({QStringLiteral("licenses"), [](const DetectorSetup& s) { return makeLicenseDetector(s); }});
#endif
#ifdef ASSAY_HAVE_SECRETS
    out.push_back({QStringLiteral("secrets"), [](const DetectorSetup& s) { return makeSecretDetector(s); }});
#endif
#ifdef ASSAY_HAVE_DEPS
    out.push_back({QStringLiteral("dependencies"), [](const DetectorSetup& s) { return makeDependencyDetector(s); }});
#endif
    return out;
}

} // namespace assay::audit
