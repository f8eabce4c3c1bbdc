// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/Detector.h"

namespace assay::audit {

// Code, comment and blank lines of every text file, by the language the walker recognised
// (resources/languages/languages.json). The cheapest detector; every other one builds on the
// language it sets on the file.
class LanguageDetector : public Detector
{
public:
    QString name() const override { return QStringLiteral("languages"); }
    bool wants(const FileView& file) const override { return !file.binary; }
    void scan(const FileView& file, FileResult& out) const override;
};

std::unique_ptr<Detector> makeLanguageDetector(const DetectorSetup& setup);

} // namespace assay::audit
