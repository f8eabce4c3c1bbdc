// SPDX-License-Identifier: GPL-3.0-or-later
#include "LicenseDetector.h"

#include "LicenseMatcher.h"
#include "LicensePolicy.h"
#include "PackageMetadata.h"
#include "Provenance.h"

#include <algorithm>

namespace assay::audit {

namespace {

// Languages whose files are measured for rewriteability (source code, not data or prose).
bool isCode(const QString& language)
{
    static const QStringList prose {QStringLiteral("Markdown"), QStringLiteral("Text"), QStringLiteral("JSON"),
        QStringLiteral("YAML"), QStringLiteral("XML"), QStringLiteral("TOML"), QStringLiteral("INI"),
        QStringLiteral("CSV"), QStringLiteral("reStructuredText"), QStringLiteral("HTML"), QStringLiteral("SVG")};
    return !language.isEmpty() && !prose.contains(language);
}

} // namespace

LicenseDetector::LicenseDetector(const DetectorSetup& setup)
    : m_setup(setup)
{
    // Build the SPDX index and compile the notice patterns now, not inside the first worker's scan().
    (void)licenses::LicenseMatcher::instance();
}

bool LicenseDetector::wants(const FileView& file) const
{
    // Binary files carry no license text; everything else is read (the prefilter makes it cheap).
    return !file.binary;
}

void LicenseDetector::prepare(const QStringList& rootFiles)
{
    // Rewriteability scores foreground files only, and a file is foreground only through the
    // repository's declared license (its root license files and manifests, or the
    // `declared_license` setting) or the organisation's names, domains or engagement start.
    // Without any of them (a folder of third-party headers, say) no file can be, and the source
    // metrics would be measured for nothing.
    const auto& options = m_setup.options;
    m_measureUnlicensed
        = !options.orgNames.isEmpty() || !options.orgDomains.isEmpty() || options.engagementStart.isValid();
    m_measure = m_measureUnlicensed || !licenses::LicensePolicy::load(options.settings).declaredOverride().isEmpty()
        || std::any_of(rootFiles.begin(), rootFiles.end(), [](const QString& path) {
               return licenses::LicenseMatcher::isLicenseFileName(path) || licenses::PackageMetadata::isManifest(path);
           });
}

void LicenseDetector::scan(const FileView& file, FileResult& out) const
{
    if (file.content.empty())
        return;
    const auto& matcher = licenses::LicenseMatcher::instance();
    auto match = matcher.match(file.content, file.path);
    out.licenseEvidence = std::move(match.hits);
    out.license = std::move(match.combined);
    out.copyrights = std::move(match.copyrights);
    if (m_measure && isCode(file.language) && !file.generated) {
        // Kept for finish() (rewriteability), not in the file's record: no reader wanted a JSON
        // copy of every source file's imports. Without a license of its own (and without the
        // organisation's names, domains or engagement start) a file has no signal that could make
        // it foreground, so it is never scored: only its imports count (the fan-in of the files it
        // names).
        licenses::SourceMetrics metrics;
        if (m_measureUnlicensed || (out.license && !out.license->expression.isEmpty()))
            metrics = licenses::measureSource(file.content, file.language);
        else
            metrics.imports = licenses::readImports(file.content, file.language);
        QMutexLocker lock(&m_mutex);
        m_metrics.insert(file.path, std::move(metrics));
    }
}

QHash<QString, licenses::SourceMetrics> LicenseDetector::metrics() const
{
    QMutexLocker lock(&m_mutex);
    return m_metrics;
}

void LicenseDetector::finish(AuditReport& report, const DetectorContext& context)
{
    const auto settings = licenses::ProvenanceSettings::load(context.options.settings);
    licenses::Provenance provenance(settings, licenses::LicensePolicy::load(context.options.settings));
    provenance.run(report, context.options, metrics(), m_setup.root, context.cancelled);
}

std::unique_ptr<Detector> makeLicenseDetector(const DetectorSetup& setup)
{
    return std::make_unique<LicenseDetector>(setup);
}

} // namespace assay::audit
