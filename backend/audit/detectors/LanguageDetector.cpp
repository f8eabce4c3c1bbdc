// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageDetector.h"

#include "audit/languages/LanguageTable.h"
#include "audit/languages/LineCounter.h"

namespace assay::audit {

void LanguageDetector::scan(const FileView& file, FileResult& out) const
{
    const Language* language = file.language.isEmpty() ? nullptr : LanguageTable::instance().byName(file.language);
    out.lines = countLines(file.content, language);
}

std::unique_ptr<Detector> makeLanguageDetector(const DetectorSetup&)
{
    return std::make_unique<LanguageDetector>();
}

} // namespace assay::audit
