// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <nlohmann/json.hpp>

#include <vector>

// Small OSV records written for the tests (schema: https://ossf.github.io/osv-schema/).
namespace osvfixtures {

using nlohmann::json;

inline json advisory(const std::string& id, const std::string& ecosystem, const std::string& package, json ranges,
    json extra = json::object())
{
    json a = {{"schema_version", "1.6.0"}, {"id", id}, {"modified", "2024-01-01T00:00:00Z"},
        {"published", "2023-06-01T00:00:00Z"}, {"summary", "Test advisory " + id},
        {"affected", json::array({{{"package", {{"ecosystem", ecosystem}, {"name", package}}}, {"ranges", ranges}}})}};
    for (auto& [k, v] : extra.items())
        a[k] = v;
    return a;
}

inline json ecosystemRange(json events)
{
    return json::array({{{"type", "ECOSYSTEM"}, {"events", events}}});
}

// The advisories the import and matching tests use.
inline std::vector<json> all()
{
    std::vector<json> out;
    out.push_back(advisory("GHSA-test-lodash-0001", "npm", "lodash",
        ecosystemRange({{{"introduced", "0"}}, {{"fixed", "4.17.21"}}}),
        {{"aliases", {"CVE-2021-23337"}},
            {"severity", {{{"type", "CVSS_V3"}, {"score", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}}}}}));
    // Must not match lodash 4.17.20: the range ends below it.
    out.push_back(advisory("GHSA-test-lodash-0002", "npm", "lodash",
        ecosystemRange({{{"introduced", "3.0.0"}}, {{"fixed", "4.17.5"}}}),
        {{"database_specific", {{"severity", "MODERATE"}}}}));
    out.push_back(advisory("PYSEC-test-django-0001", "PyPI", "django",
        ecosystemRange({{{"introduced", "4.0"}}, {{"fixed", "4.0.2"}}, {{"introduced", "3.2"}}, {{"fixed", "3.2.5"}}}),
        {{"aliases", {"CVE-2021-35042"}}, {"database_specific", {{"severity", "HIGH"}}}}));
    // The same Django issue as published by GitHub: it names the PYSEC record and the CVE.
    out.push_back(advisory("GHSA-test-django-0001", "PyPI", "Django",
        ecosystemRange({{{"introduced", "3.2"}}, {{"fixed", "3.2.5"}}}),
        {{"aliases", {"CVE-2021-35042", "PYSEC-test-django-0001"}},
            {"severity", {{{"type", "CVSS_V3"}, {"score", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}}}}}));
    out.push_back(advisory("GO-test-text-0001", "Go", "golang.org/x/text",
        json::array({{{"type", "SEMVER"}, {"events", {{{"introduced", "0"}}, {{"fixed", "0.3.8"}}}}}})));
    json log4j = advisory("GHSA-test-log4j-0001", "Maven", "org.apache.logging.log4j:log4j-core",
        ecosystemRange({{{"introduced", "2.0-beta9"}}, {{"fixed", "2.15.0"}}}),
        {{"severity", {{{"type", "CVSS_V3"}, {"score", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"}}}}});
    out.push_back(log4j);
    out.push_back(advisory("RUSTSEC-test-smallvec-0001", "crates.io", "smallvec",
        ecosystemRange({{{"introduced", "1.0.0"}}, {{"last_affected", "1.6.0"}}})));
    json listed = advisory("GHSA-test-newtonsoft-0001", "NuGet", "Newtonsoft.Json", json::array());
    listed["affected"][0].erase("ranges");
    listed["affected"][0]["versions"] = {"12.0.1", "12.0.2"};
    out.push_back(listed);
    out.push_back(advisory("GHSA-test-withdrawn-0001", "npm", "lodash", ecosystemRange({{{"introduced", "0"}}}),
        {{"withdrawn", "2024-02-01T00:00:00Z"}}));
    out.push_back(advisory(
        "GHSA-test-limit-0001", "RubyGems", "rack", ecosystemRange({{{"introduced", "0"}}, {{"limit", "3.0"}}})));
    return out;
}

inline void writeAll(const QString& dir, const std::vector<json>& docs)
{
    QDir().mkpath(dir);
    for (const auto& d : docs) {
        QFile f(dir + QLatin1Char('/') + QString::fromStdString(d["id"].get<std::string>()) + QStringLiteral(".json"));
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray::fromStdString(d.dump(2)));
    }
}

} // namespace osvfixtures
