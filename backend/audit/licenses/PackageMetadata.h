// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/AuditModel.h"

#include <QString>

#include <string_view>
#include <vector>

// Declared licenses in package manifests: package.json `license`/`licenses`, pyproject.toml,
// setup.cfg / setup.py, Cargo.toml, *.gemspec, pom.xml `<licenses>`, *.nuspec, composer.json.
// Names that are not SPDX ids ("The Apache Software License, Version 2.0", "BSD License")
// are mapped through the SPDX names and a short alias table.
namespace assay::licenses {

class PackageMetadata
{
public:
    static bool isManifest(const QString& path);
    static std::vector<audit::LicenseHit> licenses(std::string_view content, const QString& path);
    // SPDX expression for a license as a manifest or a person names it; empty when unknown.
    static QString fromName(const QString& name);
};

} // namespace assay::licenses
