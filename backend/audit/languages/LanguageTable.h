// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace assay::audit {

// One language of resources/languages/languages.json.
struct Language
{
    QString name;
    QString type; // programming | markup | data | prose
    std::vector<std::string> lineComments;
    std::vector<std::pair<std::string, std::string>> blockComments;
};

// The language table: recognises a file's language from its name, extension or shebang, and
// tells vendored and generated files apart. Loaded once from the resource; read-only and
// thread-safe after that.
class LanguageTable
{
public:
    static const LanguageTable& instance();

    // Null when unknown. `head` is the start of the file (for the shebang and content sniffing).
    const Language* detect(const QString& path, std::string_view head = {}) const;
    const Language* byName(const QString& name) const;
    int size() const { return int(m_languages.size()); }

    bool isVendored(const QString& relativePath) const;
    bool isGenerated(const QString& relativePath, std::string_view head) const;

private:
    LanguageTable();

    std::vector<Language> m_languages;
    QHash<QString, int> m_byExtension;
    QHash<QString, int> m_byFileName;
    QHash<QString, int> m_byInterpreter;
    QHash<QString, int> m_byName;
    QStringList m_vendoredDirs;
    QStringList m_vendoredSuffixes;
    std::vector<std::string> m_generatedMarkers;
    QStringList m_generatedFileNames;
};

} // namespace assay::audit
