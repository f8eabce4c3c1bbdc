// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/AuditModel.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace assay {
class Database;
}

namespace assay::audit::deps {

struct VulnDbImportSummary
{
    QString id;
    QString source;
    QString status; // completed | failed | cancelled
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 files = 0; // JSON documents read
    qint64 added = 0; // advisories new to the database
    qint64 updated = 0; // advisories whose document changed
    qint64 unchanged = 0; // advisories already present as they are
    qint64 skipped = 0; // documents that are not OSV records (reasons in `errors`)
    QStringList errors; // the first few problems, "file: reason"

    nlohmann::json toJson() const;
};

struct VulnDbStatus
{
    qint64 advisories = 0;
    std::map<QString, qint64> ecosystems; // OSV ecosystem → advisories naming a package in it
    std::optional<VulnDbImportSummary> lastImport;

    nlohmann::json toJson() const;
};

// The offline vulnerability database (SPEC §1 "offline analyst", issue 7): imports OSV exports —
// a zip of OSV JSON files as osv.dev publishes per ecosystem, another libarchive-readable archive,
// a folder of them (zips inside included) or a single OSV JSON file — into SQLite, indexed by
// (ecosystem, package). Re-importing updates changed advisories in place. Used by the
// DependencyDetector (matching), `assay vulndb import` and `/api/v1/vulndb`.
// Thread-safe in the way Database is: each call uses the calling thread's connection.
class VulnDb
{
public:
    explicit VulnDb(Database& database);

    // `progress(documentsRead)` is called now and then; `cancelled()` stops the import between
    // batches (what was committed stays).
    Result<VulnDbImportSummary> importPath(const QString& path, const std::function<bool()>& cancelled = {},
        const std::function<void(qint64)>& progress = {});
    // The same from bytes in memory (an HTTP upload): a zip / tar(.gz) export, or one JSON document
    // (a record or an array of records). `name` is the upload's file name, kept as the source.
    Result<VulnDbImportSummary> importData(const QByteArray& data, const QString& name,
        const std::function<bool()>& cancelled = {}, const std::function<void(qint64)>& progress = {});
    Result<VulnDbStatus> status() const;

    // Every stored OSV record that names (ecosystem, package) in `affected`.
    Result<std::vector<nlohmann::json>> advisoriesFor(const QString& ecosystem, const QString& package) const;
    // The advisories affecting an exactly known version of `dep`; empty for an unpinned dependency.
    // Records that name each other (ids and aliases meet) are merged into one entry.
    Result<std::vector<Vulnerability>> vulnerabilitiesFor(const Dependency& dep) const;
    static std::vector<Vulnerability> mergeAliases(std::vector<Vulnerability> vulns, const QString& ecosystem);

private:
    Database& m_db;
};

} // namespace assay::audit::deps
