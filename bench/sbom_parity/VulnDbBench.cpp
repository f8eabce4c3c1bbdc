// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark driver for the offline vulnerability database: writes a zip of N synthetic OSV records
// shaped like osv.dev's (details text, references, aliases, CVSS vector, 1–3 ranges, some
// `versions` lists) over P packages, imports it into a fresh SQLite file, re-imports it (all
// unchanged), then matches D pinned dependencies. Prints JSON timings.
// usage: assay_vulndb_bench [--advisories N] [--packages P] [--deps D]
#include "audit/deps/VulnDb.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
#include <iostream>
#include <random>

using namespace assay;
using namespace assay::audit;
using namespace assay::audit::deps;
using nlohmann::json;

namespace {

std::string version(std::mt19937& rng)
{
    std::uniform_int_distribution<int> major(0, 9), minor(0, 30), patch(0, 40);
    return std::to_string(major(rng)) + "." + std::to_string(minor(rng)) + "." + std::to_string(patch(rng));
}

json record(int i, int packages, std::mt19937& rng)
{
    std::uniform_int_distribution<int> pkg(0, packages - 1), nranges(1, 3), coin(0, 3);
    const std::string name = "package-" + std::to_string(pkg(rng));
    json ranges = json::array();
    for (int r = nranges(rng); r > 0; --r) {
        std::string a = version(rng), b = version(rng);
        if (a > b)
            std::swap(a, b);
        ranges.push_back({{"type", "ECOSYSTEM"}, {"events", {{{"introduced", a}}, {{"fixed", b}}}}});
    }
    json affected = {{"package", {{"ecosystem", "npm"}, {"name", name}}}, {"ranges", ranges}};
    if (coin(rng) == 0)
        affected["versions"] = {version(rng), version(rng), version(rng)};
    std::string details(800 + size_t(coin(rng)) * 400, 'x');
    return {{"schema_version", "1.6.0"}, {"id", "GHSA-bench-" + std::to_string(i)},
        {"modified", "2024-01-01T00:00:00Z"}, {"published", "2023-01-01T00:00:00Z"},
        {"aliases", {"CVE-2023-" + std::to_string(10000 + i)}},
        {"summary", "Synthetic advisory " + std::to_string(i) + " in " + name}, {"details", details},
        {"severity", {{{"type", "CVSS_V3"}, {"score", "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:L/A:N"}}}},
        {"affected", json::array({affected})},
        {"references",
            {{{"type", "ADVISORY"}, {"url", "https://example.invalid/advisory/" + std::to_string(i)}},
                {{"type", "WEB"}, {"url", "https://example.invalid/issue/" + std::to_string(i)}}}},
        {"database_specific", {{"severity", "HIGH"}, {"github_reviewed", true}}}};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int advisories = 20000, packages = 5000, deps = 2000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--advisories"))
            advisories = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--packages"))
            packages = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--deps"))
            deps = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("npm-all.zip"));
    std::mt19937 rng(42);
    {
        archive* a = archive_write_new();
        archive_write_set_format_zip(a);
        archive_write_open_filename(a, QFile::encodeName(zip).constData());
        for (int i = 0; i < advisories; ++i) {
            const std::string text = record(i, packages, rng).dump();
            archive_entry* e = archive_entry_new();
            archive_entry_set_pathname(e, ("GHSA-bench-" + std::to_string(i) + ".json").c_str());
            archive_entry_set_size(e, la_int64_t(text.size()));
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_write_header(a, e);
            archive_write_data(a, text.data(), text.size());
            archive_entry_free(e);
        }
        archive_write_close(a);
        archive_write_free(a);
    }
    Database db(dir.filePath(QStringLiteral("assay.db")));
    if (!db.open()) {
        std::fprintf(stderr, "cannot open the database\n");
        return 3;
    }
    VulnDb vulndb(db);
    QElapsedTimer t;
    t.start();
    auto first = vulndb.importPath(zip);
    const qint64 importMs = t.elapsed();
    t.restart();
    auto second = vulndb.importPath(zip);
    const qint64 reimportMs = t.elapsed();
    if (!first || !second) {
        std::fprintf(stderr, "import failed\n");
        return 3;
    }
    std::uniform_int_distribution<int> pkg(0, packages - 1);
    qint64 matched = 0;
    t.restart();
    for (int i = 0; i < deps; ++i) {
        Dependency d;
        d.ecosystem = QStringLiteral("npm");
        d.name = QStringLiteral("package-%1").arg(pkg(rng));
        d.version = QString::fromStdString(version(rng));
        d.purl = QStringLiteral("pkg:npm/%1@%2").arg(d.name, d.version);
        auto v = vulndb.vulnerabilitiesFor(d);
        if (v)
            matched += qint64(v->size());
    }
    const qint64 matchMs = t.elapsed();
    const json out = {{"advisories", advisories}, {"packages", packages}, {"zip_bytes", QFile(zip).size()},
        {"import_ms", importMs}, {"import_per_s", importMs ? advisories * 1000.0 / double(importMs) : 0.0},
        {"reimport_unchanged_ms", reimportMs}, {"unchanged", second->unchanged}, {"db_bytes", QFile(db.path()).size()},
        {"deps_matched", deps}, {"vulnerabilities_found", matched}, {"match_ms", matchMs},
        {"match_per_s", matchMs ? deps * 1000.0 / double(matchMs) : 0.0}};
    std::cout << out.dump(2) << "\n";
    return 0;
}
