// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageTable.h"

#include "core/Json.h"
#include "core/Logging.h"

#include <QFile>

namespace assay::audit {

namespace {

std::vector<std::string> strings(const Json& array)
{
    std::vector<std::string> out;
    if (array.is_array())
        for (const auto& v : array)
            if (v.is_string())
                out.push_back(v.get<std::string>());
    return out;
}

// "#!/usr/bin/env python3 -u" → "python3"; "#!/bin/bash" → "bash".
QString shebangInterpreter(std::string_view head)
{
    if (head.size() < 3 || head[0] != '#' || head[1] != '!')
        return {};
    const size_t end = head.find('\n');
    QString line
        = QString::fromUtf8(head.substr(2, end == std::string_view::npos ? head.size() - 2 : end - 2)).trimmed();
    QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    QString program = parts.first().section(QLatin1Char('/'), -1);
    if (program == QLatin1String("env")) {
        parts.removeFirst();
        while (!parts.isEmpty() && parts.first().startsWith(QLatin1Char('-')))
            parts.removeFirst();
        if (parts.isEmpty())
            return {};
        program = parts.first().section(QLatin1Char('/'), -1);
    }
    return program;
}

} // namespace

const LanguageTable& LanguageTable::instance()
{
    static const LanguageTable table;
    return table;
}

LanguageTable::LanguageTable()
{
    QFile file(QStringLiteral(":/languages/languages.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcAudit) << "the language table resource is missing";
        return;
    }
    const auto doc = json::parse(file.readAll());
    if (!doc || !doc->contains("languages")) {
        qCCritical(lcAudit) << "the language table resource is malformed";
        return;
    }
    for (const auto& l : (*doc)["languages"]) {
        Language lang;
        lang.name = json::getString(l, "name");
        lang.type = json::getString(l, "type", QStringLiteral("programming"));
        lang.lineComments = strings(l.value("line_comments", Json::array()));
        for (const auto& b : l.value("block_comments", Json::array()))
            if (b.is_array() && b.size() == 2)
                lang.blockComments.emplace_back(b[0].get<std::string>(), b[1].get<std::string>());
        const int index = int(m_languages.size());
        m_languages.push_back(std::move(lang));
        m_byName.insert(m_languages.back().name.toLower(), index);
        // The first language to claim an extension, name or interpreter keeps it.
        for (const auto& e : strings(l.value("extensions", Json::array())))
            if (!m_byExtension.contains(json::qstr(e)))
                m_byExtension.insert(json::qstr(e), index);
        for (const auto& f : strings(l.value("filenames", Json::array())))
            if (!m_byFileName.contains(json::qstr(f)))
                m_byFileName.insert(json::qstr(f), index);
        for (const auto& i : strings(l.value("interpreters", Json::array())))
            if (!m_byInterpreter.contains(json::qstr(i)))
                m_byInterpreter.insert(json::qstr(i), index);
    }
    m_vendoredDirs = json::toStringList((*doc).value("vendored_dirs", Json::array()));
    m_vendoredSuffixes = json::toStringList((*doc).value("vendored_suffixes", Json::array()));
    m_generatedMarkers = strings((*doc).value("generated_markers", Json::array()));
    m_generatedFileNames = json::toStringList((*doc).value("generated_filenames", Json::array()));
}

const Language* LanguageTable::byName(const QString& name) const
{
    auto it = m_byName.find(name.toLower());
    return it == m_byName.end() ? nullptr : &m_languages[size_t(*it)];
}

const Language* LanguageTable::detect(const QString& path, std::string_view head) const
{
    const QString fileName = path.section(QLatin1Char('/'), -1);
    if (auto it = m_byFileName.find(fileName); it != m_byFileName.end())
        return &m_languages[size_t(*it)];
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 || (dot == 0 && fileName.size() > 1)) {
        const QString ext = fileName.mid(dot + 1);
        // Content beats an ambiguous extension for XML documents (e.g. Qt's .ts translations).
        if (head.substr(0, 5) == "<?xml" && ext != QLatin1String("svg") && ext != QLatin1String("html"))
            return byName(QStringLiteral("XML"));
        auto it = m_byExtension.find(ext);
        if (it == m_byExtension.end())
            it = m_byExtension.find(ext.toLower());
        if (it != m_byExtension.end())
            return &m_languages[size_t(*it)];
        if (fileName.startsWith(QLatin1String("Dockerfile")))
            return byName(QStringLiteral("Dockerfile"));
    }
    const QString interpreter = shebangInterpreter(head);
    if (!interpreter.isEmpty()) {
        if (auto it = m_byInterpreter.find(interpreter); it != m_byInterpreter.end())
            return &m_languages[size_t(*it)];
        // python3.11 → python3 → python
        QString trimmed = interpreter;
        while (!trimmed.isEmpty() && (trimmed.back().isDigit() || trimmed.back() == QLatin1Char('.'))) {
            trimmed.chop(1);
            if (auto it = m_byInterpreter.find(trimmed); it != m_byInterpreter.end())
                return &m_languages[size_t(*it)];
        }
    }
    return nullptr;
}

bool LanguageTable::isVendored(const QString& relativePath) const
{
    for (const auto& suffix : m_vendoredSuffixes)
        if (relativePath.endsWith(suffix))
            return true;
    // Fast path: most paths contain none of the vendored folder names at all.
    bool mentioned = false;
    for (const auto& d : m_vendoredDirs)
        if (relativePath.contains(d)) {
            mentioned = true;
            break;
        }
    if (!mentioned)
        return false;
    const auto parts = QStringView(relativePath).split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        for (const auto& d : m_vendoredDirs)
            if (parts[i] == d)
                return true;
    for (const auto& s : m_vendoredSuffixes)
        if (relativePath.endsWith(s))
            return true;
    return false;
}

bool LanguageTable::isGenerated(const QString& relativePath, std::string_view head) const
{
    if (m_generatedFileNames.contains(relativePath.section(QLatin1Char('/'), -1)))
        return true;
    const std::string_view window = head.substr(0, 1024);
    // Every marker contains "enerat", "ENERAT" or "EDIT"/"edit": test those first.
    if (window.find("enerat") == std::string_view::npos && window.find("ENERAT") == std::string_view::npos
        && window.find("EDIT") == std::string_view::npos && window.find("edit") == std::string_view::npos)
        return false;
    for (const auto& marker : m_generatedMarkers)
        if (window.find(marker) != std::string_view::npos)
            return true;
    return false;
}

} // namespace assay::audit
