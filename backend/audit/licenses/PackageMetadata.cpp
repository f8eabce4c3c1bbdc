// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageMetadata.h"

#include "LicenseData.h"
#include "SpdxExpression.h"
#include "TextNormalizer.h"

#include <QRegularExpression>
#include <nlohmann/json.hpp>

#include <map>

namespace assay::licenses {

namespace {

// Common non-SPDX spellings in manifests (normalised words → SPDX expression).
const std::map<std::string, QString>& aliases()
{
    static const std::map<std::string, QString> map {
        {"apache 2", QStringLiteral("Apache-2.0")},
        {"apache2", QStringLiteral("Apache-2.0")},
        {"apache2 0", QStringLiteral("Apache-2.0")},
        {"apache 2 0 license", QStringLiteral("Apache-2.0")},
        {"apache 2 0", QStringLiteral("Apache-2.0")},
        {"apache license 2 0", QStringLiteral("Apache-2.0")},
        {"apache license version 2 0", QStringLiteral("Apache-2.0")},
        {"the apache software license version 2 0", QStringLiteral("Apache-2.0")},
        {"the apache license version 2 0", QStringLiteral("Apache-2.0")},
        {"apache software license", QStringLiteral("Apache-2.0")},
        {"asl 2 0", QStringLiteral("Apache-2.0")},
        {"mit license", QStringLiteral("MIT")},
        {"the mit license", QStringLiteral("MIT")},
        {"mit", QStringLiteral("MIT")},
        {"expat", QStringLiteral("MIT")},
        {"bsd", QStringLiteral("BSD-3-Clause")},
        {"bsd license", QStringLiteral("BSD-3-Clause")},
        {"new bsd license", QStringLiteral("BSD-3-Clause")},
        {"the new bsd license", QStringLiteral("BSD-3-Clause")},
        {"revised bsd license", QStringLiteral("BSD-3-Clause")},
        {"simplified bsd license", QStringLiteral("BSD-2-Clause")},
        {"the bsd license", QStringLiteral("BSD-3-Clause")},
        {"isc license", QStringLiteral("ISC")},
        {"gpl", QStringLiteral("GPL-1.0-or-later")},
        {"gplv2", QStringLiteral("GPL-2.0-only")},
        {"gplv2 or later", QStringLiteral("GPL-2.0-or-later")},
        {"gplv3", QStringLiteral("GPL-3.0-only")},
        {"gplv3 or later", QStringLiteral("GPL-3.0-or-later")},
        {"gnu general public license v2 or later gplv2", QStringLiteral("GPL-2.0-or-later")},
        {"gnu general public license v3 gplv3", QStringLiteral("GPL-3.0-only")},
        {"gnu general public license v3 or later gplv3", QStringLiteral("GPL-3.0-or-later")},
        {"gnu general public license v2 gplv2", QStringLiteral("GPL-2.0-only")},
        {"gnu lesser general public license v2 or later lgplv2", QStringLiteral("LGPL-2.0-or-later")},
        {"gnu lesser general public license v3 lgplv3", QStringLiteral("LGPL-3.0-only")},
        {"gnu lesser general public license v3 or later lgplv3", QStringLiteral("LGPL-3.0-or-later")},
        {"lgpl", QStringLiteral("LGPL-2.0-or-later")},
        {"lgplv2", QStringLiteral("LGPL-2.0-only")},
        {"lgplv3", QStringLiteral("LGPL-3.0-only")},
        {"gnu lesser general public license", QStringLiteral("LGPL-2.1-or-later")},
        {"mozilla public license 2 0 mpl 2 0", QStringLiteral("MPL-2.0")},
        {"eclipse public license 1 0", QStringLiteral("EPL-1.0")},
        {"eclipse public license v 1 0", QStringLiteral("EPL-1.0")},
        {"eclipse public license v2 0", QStringLiteral("EPL-2.0")},
        {"eclipse public license 2 0", QStringLiteral("EPL-2.0")},
        {"cddl 1 1", QStringLiteral("CDDL-1.1")},
        {"cddl gplv2 with classpath exception",
            QStringLiteral("CDDL-1.1 OR GPL-2.0-only WITH Classpath-exception-2.0")},
        {"public domain", QStringLiteral("LicenseRef-scancode-public-domain")},
        {"the unlicense", QStringLiteral("Unlicense")},
        {"unlicense", QStringLiteral("Unlicense")},
        {"zlib libpng license", QStringLiteral("Zlib")},
        {"python software foundation license", QStringLiteral("PSF-2.0")},
        {"boost software license 1 0", QStringLiteral("BSL-1.0")},
        {"artistic license", QStringLiteral("Artistic-1.0-Perl")},
        {"perl", QStringLiteral("Artistic-1.0-Perl OR GPL-1.0-or-later")},
    };
    return map;
}

audit::LicenseHit hitFor(const QString& expr, int line)
{
    audit::LicenseHit h;
    h.expression = expr;
    h.confidence = 0.95;
    h.startLine = line;
    h.endLine = line;
    h.source = QStringLiteral("package-metadata");
    return h;
}

int lineAt(const QString& text, qsizetype pos)
{
    return int(text.left(pos).count(QLatin1Char('\n'))) + 1;
}

void addMatches(std::vector<audit::LicenseHit>& out, const QString& text, const QRegularExpression& re, int group = 1)
{
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString expr = PackageMetadata::fromName(m.captured(group));
        if (!expr.isEmpty())
            out.push_back(hitFor(expr, lineAt(text, m.capturedStart())));
    }
}

} // namespace

QString PackageMetadata::fromName(const QString& rawName)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty() || name.size() > 300)
        return {};
    const auto& data = LicenseData::instance();
    if (auto strict = SpdxExpression::parse(name, true))
        return strict->toString();
    const std::string words = normalize(name.toStdString(), {false, true}).text;
    if (auto it = aliases().find(words); it != aliases().end())
        return it->second;
    const std::string byName = data.idForName(words);
    if (!byName.empty())
        return SpdxExpression::normalizeId(QString::fromStdString(byName));
    // Lenient parse of something expression-like ("MIT OR Apache-2.0", "MIT/Apache-2.0") whose ids are all known.
    // A single token is one id, known only if the strict parse above took it: the
    // lenient parse of every other word (most URL segments, say) would only fill the parse memo.
    if (SpdxExpression::isOneToken(name))
        return {};
    if (auto lenient = SpdxExpression::parse(name, false)) {
        bool known = true;
        for (const auto& id : lenient->licenseIds())
            if (!id.startsWith(QStringLiteral("LicenseRef-")) && data.canonicalLicense(id.toStdString()).empty())
                known = false;
        if (known)
            return lenient->toString();
    }
    return {};
}

bool PackageMetadata::isManifest(const QString& path)
{
    // Called for every file: the name is compared in place, without copies.
    const QStringView name = QStringView(path).sliced(path.lastIndexOf(QLatin1Char('/')) + 1);
    const auto is = [&name](const char* n) { return name.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0; };
    return is("package.json") || is("composer.json") || is("cargo.toml") || is("pyproject.toml") || is("setup.cfg")
        || is("setup.py") || is("pom.xml") || name.endsWith(QLatin1StringView(".gemspec"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1StringView(".nuspec"), Qt::CaseInsensitive) || is("metadata.json");
}

std::vector<audit::LicenseHit> PackageMetadata::licenses(std::string_view content, const QString& path)
{
    std::vector<audit::LicenseHit> out;
    if (content.size() > 4 * 1024 * 1024)
        return out;
    QString name;
    if (isManifest(path)) {
        name = path.sliced(path.lastIndexOf(QLatin1Char('/')) + 1).toLower();
    } else {
        // A Maven POM under another name (a copy, a test fixture): an XML document that starts as
        // one and has a <licenses> block.
        const auto first = content.find_first_not_of(" \t\r\n");
        const bool xml = first != std::string_view::npos
            && (content.substr(first, 5) == "<?xml" || content.substr(first, 8) == "<project");
        if (!xml || content.find("<licenses>") == std::string_view::npos
            || content.find("<project") == std::string_view::npos)
            return out;
        name = QStringLiteral("pom.xml");
    }
    if (name.endsWith(QLatin1String(".json"))) {
        const auto doc = nlohmann::json::parse(content, nullptr, false);
        if (!doc.is_object())
            return out;
        auto add = [&](const nlohmann::json& v) {
            QString s;
            if (v.is_string())
                s = QString::fromStdString(v.get<std::string>());
            else if (v.is_object() && v.contains("type") && v["type"].is_string())
                s = QString::fromStdString(v["type"].get<std::string>());
            const QString expr = fromName(s);
            if (!expr.isEmpty())
                out.push_back(hitFor(expr, 0));
        };
        if (doc.contains("license")) {
            if (doc["license"].is_array())
                for (const auto& v : doc["license"])
                    add(v);
            else
                add(doc["license"]);
        }
        if (doc.contains("licenses") && doc["licenses"].is_array())
            for (const auto& v : doc["licenses"])
                add(v);
        return out;
    }
    const QString text = QString::fromUtf8(content.data(), qsizetype(content.size()));
    if (name == QLatin1String("cargo.toml") || name == QLatin1String("pyproject.toml")) {
        static const QRegularExpression plain(
            QStringLiteral("^\\s*license\\s*=\\s*[\"']([^\"'\\n]+)[\"']"), QRegularExpression::MultilineOption);
        static const QRegularExpression table(
            QStringLiteral("^\\s*license\\s*=\\s*\\{[^}\\n]*\\btext\\s*=\\s*[\"']([^\"'\\n]+)[\"']"),
            QRegularExpression::MultilineOption);
        addMatches(out, text, plain);
        addMatches(out, text, table);
    } else if (name == QLatin1String("setup.cfg")) {
        static const QRegularExpression re(
            QStringLiteral("^\\s*license\\s*[=:]\\s*([^\\n]+?)\\s*$"), QRegularExpression::MultilineOption);
        addMatches(out, text, re);
    } else if (name == QLatin1String("setup.py")) {
        static const QRegularExpression re(QStringLiteral("\\blicense\\s*=\\s*[\"']([^\"'\\n]+)[\"']"));
        addMatches(out, text, re);
    } else if (name.endsWith(QLatin1String(".gemspec"))) {
        static const QRegularExpression one(QStringLiteral("\\.license\\s*=\\s*[\"']([^\"'\\n]+)[\"']"));
        static const QRegularExpression many(QStringLiteral("\\.licenses\\s*=\\s*\\[([^\\]]*)\\]"));
        static const QRegularExpression item(QStringLiteral("[\"']([^\"'\\n]+)[\"']"));
        addMatches(out, text, one);
        auto it = many.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            auto items = item.globalMatch(m.captured(1));
            while (items.hasNext()) {
                const QString expr = fromName(items.next().captured(1));
                if (!expr.isEmpty())
                    out.push_back(hitFor(expr, lineAt(text, m.capturedStart())));
            }
        }
    }
    // Python classifiers ("License :: OSI Approved :: MIT License") in setup.py / setup.cfg / pyproject.
    if (name == QLatin1String("setup.py") || name == QLatin1String("setup.cfg")
        || name == QLatin1String("pyproject.toml")) {
        static const QRegularExpression classifier(
            QStringLiteral("License\\s*::\\s*(?:OSI Approved\\s*::\\s*)?([^\"'\\n]+)"));
        addMatches(out, text, classifier);
    }
    if (name == QLatin1String("pom.xml") || name.endsWith(QLatin1String(".nuspec"))) {
        static const QRegularExpression block(
            QStringLiteral("<licenses>(.*?)</licenses>"), QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression nameTag(
            QStringLiteral("<license>\\s*(?:<!--.*?-->\\s*)*<name>\\s*([^<]+?)\\s*</name>"),
            QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression nuspec(
            QStringLiteral("<license\\s+type=\"expression\"\\s*>\\s*([^<]+?)\\s*</license>"));
        auto it = block.globalMatch(text);
        while (it.hasNext()) {
            const auto b = it.next();
            auto names = nameTag.globalMatch(b.captured(1));
            while (names.hasNext()) {
                const auto m = names.next();
                const QString expr = fromName(m.captured(1));
                if (!expr.isEmpty())
                    out.push_back(hitFor(expr, lineAt(text, b.capturedStart(1) + m.capturedStart())));
            }
        }
        addMatches(out, text, nuspec);
    }
    return out;
}

} // namespace assay::licenses
