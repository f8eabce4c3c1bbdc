// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark driver for bench/sbom_parity: walks a folder, parses every supported manifest and
// lockfile with Assay's ManifestParser, applies the DependencyDetector's de-duplication and
// prints the components as JSON ({"components":[{purl, name, version, ecosystem, scope, direct,
// manifest}], "errors":[...]}), or a CycloneDX document with --cyclonedx.
#include "audit/deps/DependencyDetector.h"
#include "audit/deps/ManifestParser.h"
#include "audit/deps/SbomWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cstdio>
#include <iostream>

using namespace assay;
using namespace assay::audit::deps;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool cyclonedx = args.removeAll(QStringLiteral("--cyclonedx")) > 0;
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: assay_sbom_dump [--cyclonedx] FOLDER\n");
        return 2;
    }
    const QString root = QDir(args.front()).absolutePath();
    std::vector<audit::Dependency> all;
    nlohmann::json errors = nlohmann::json::array();
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = it.next();
        const QString rel = QDir(root).relativeFilePath(abs);
        if (rel.startsWith(QLatin1String(".git/")) || !ManifestParser::isManifest(rel))
            continue;
        QFile f(abs);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        auto parsed = ManifestParser::parse(rel, std::string_view(bytes.constData(), size_t(bytes.size())),
            ManifestParser::fileSystemReader(root, rel));
        if (!parsed) {
            errors.push_back(parsed.error().message.toStdString());
            continue;
        }
        all.insert(all.end(), parsed->dependencies.begin(), parsed->dependencies.end());
    }
    audit::AuditReport report;
    report.repository.root = root;
    report.dependencies = DependencyDetector::deduplicate(std::move(all));
    if (cyclonedx) {
        std::cout << SbomWriter::cycloneDx(report).dump(2) << "\n";
        return 0;
    }
    nlohmann::json out = {{"components", nlohmann::json::array()}, {"errors", errors}};
    for (const auto& d : report.dependencies)
        out["components"].push_back({{"purl", d.purl.toStdString()}, {"name", d.name.toStdString()},
            {"version", d.version.toStdString()}, {"exact", d.versionExact}, {"ecosystem", d.ecosystem.toStdString()},
            {"scope", d.scope.toStdString()}, {"direct", d.direct}, {"manifest", d.manifest.toStdString()}});
    std::cout << out.dump(2) << "\n";
    return 0;
}
