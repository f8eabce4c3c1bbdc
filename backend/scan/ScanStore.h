// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Corpus.h"
#include "core/Json.h"
#include "core/Result.h"
#include "storage/Database.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace assay::scan {

struct StoredItem
{
    QString id;
    int position = 0;
    QString risk;
    QString category;
    QStringList categories;
    QString context;
    std::optional<double> confidence;
    std::optional<QStringList> corrected; // the user's categories; empty list = not a risk

    Json toJson() const;
};

struct StoredScan
{
    QString id;
    QString ownerId;
    QString source; // llm | model
    QString fileName;
    qint64 inputBytes = 0;
    QString text;
    QString createdAt;
    std::vector<StoredItem> items;

    // `{scan_id, data, source, timestamp, owner_id, file_name, item_count}`; with `withText`, also
    // `text` and each item's `start`/`end` (UTF-16 offsets of its sentence in `text`, or null).
    Json toJson(bool withText) const;
};

// SQL of the scans aggregate (migration 0004): scans, their items, corrections and the record
// of retrained models. Standard SQL through Database (one connection per thread).
class ScanStore
{
public:
    explicit ScanStore(Database& db);

    Status insert(const StoredScan& scan);
    Result<std::optional<StoredScan>> find(const QString& id, bool withText) const;
    // Newest first; `ownerId` empty = every owner.
    Result<std::vector<StoredScan>> list(const QString& ownerId, int offset, int limit) const;
    Result<int> count(const QString& ownerId) const;
    Result<bool> remove(const QString& id);
    Status setCorrection(
        const QString& scanId, const QString& itemId, const QStringList& categories, const QString& userId);
    // Every corrected item as a labelled sentence, oldest correction first.
    Result<Corpus> corrections() const;
    Status recordModel(const QString& id, const QString& trainedBy, int sentences, int corrections, double accuracy,
        double f1, const QString& path);

private:
    Result<std::vector<StoredItem>> items(const QString& scanId) const;
    Database& m_db;
};

} // namespace assay::scan
