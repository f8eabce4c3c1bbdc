// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanStore.h"

#include "Categories.h"

#include <QSqlQuery>

namespace assay::scan {

namespace {

QStringList parseList(const QVariant& v)
{
    auto doc = json::parse(v.toString().toUtf8());
    return doc ? json::toStringList(*doc) : QStringList();
}

QString listJson(const QStringList& l)
{
    return QString::fromUtf8(json::dump(json::toJson(l)));
}

} // namespace

Json StoredItem::toJson() const
{
    Json j = {{"id", json::str(id)}, {"risk", json::str(risk)}, {"category", json::str(category)},
        {"categories", json::toJson(corrected ? *corrected : categories)}, {"context", json::str(context)},
        {"confidence", confidence ? Json(*confidence) : Json(nullptr)}, {"corrected", corrected.has_value()}};
    if (corrected) {
        j["model_categories"] = json::toJson(categories);
        if (!corrected->isEmpty())
            j["category"] = json::str(corrected->first());
    }
    return j;
}

// The text with whitespace and hyphens removed, and where each kept character came from: sentences
// are cleaned up (wrapped lines joined, "compli-\nance" mended), so they are found in this form.
struct Squeezed
{
    QString chars;
    std::vector<qsizetype> origin;
};

static bool squeezedOut(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c == QChar(0xAD);
}

static Squeezed squeeze(const QString& text)
{
    Squeezed s;
    s.chars.reserve(text.size());
    s.origin.reserve(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!squeezedOut(text.at(i))) {
            s.chars += text.at(i);
            s.origin.push_back(i);
        }
    return s;
}

Json StoredScan::toJson(bool withText) const
{
    Json data = Json::array();
    const Squeezed hay = withText ? squeeze(text) : Squeezed();
    qsizetype cursor = 0; // in hay.chars: items come in document order
    for (const auto& i : items) {
        Json item = i.toJson();
        if (withText) {
            // UTF-16 offsets of the sentence in `text`, for highlighting (null when an LLM's
            // context is not a verbatim sentence of the document).
            QString needle;
            for (QChar c : i.context)
                if (!squeezedOut(c))
                    needle += c;
            qsizetype at = needle.isEmpty() ? -1 : hay.chars.indexOf(needle, cursor);
            if (at < 0 && !needle.isEmpty())
                at = hay.chars.indexOf(needle);
            if (at >= 0) {
                item["start"] = hay.origin[size_t(at)];
                item["end"] = hay.origin[size_t(at + needle.size() - 1)] + 1;
                cursor = at + needle.size();
            } else {
                item["start"] = nullptr;
                item["end"] = nullptr;
            }
        }
        data.push_back(std::move(item));
    }
    Json j = {{"scan_id", json::str(id)}, {"data", std::move(data)}, {"source", json::str(source)},
        {"timestamp", json::str(createdAt)}, {"owner_id", json::str(ownerId)}, {"file_name", json::nullable(fileName)},
        {"input_bytes", inputBytes}, {"item_count", items.size()}};
    if (withText)
        j["text"] = json::str(text);
    return j;
}

ScanStore::ScanStore(Database& db)
    : m_db(db)
{ }

Status ScanStore::insert(const StoredScan& scan)
{
    return m_db.transaction([&](QSqlDatabase& db) -> Status {
        auto q = execSql(db,
            QStringLiteral("INSERT INTO scans(id, owner_id, source, file_name, input_bytes, text, "
                           "item_count, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
            {scan.id, scan.ownerId, scan.source,
                scan.fileName.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(scan.fileName),
                scan.inputBytes, scan.text, int(scan.items.size()), scan.createdAt});
        if (!q)
            return q.error();
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO scan_items(id, scan_id, position, risk, category, categories, "
                                   "context, confidence) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const auto& item : scan.items) {
            ins.addBindValue(item.id);
            ins.addBindValue(scan.id);
            ins.addBindValue(item.position);
            ins.addBindValue(item.risk);
            ins.addBindValue(item.category);
            ins.addBindValue(listJson(item.categories));
            ins.addBindValue(item.context);
            ins.addBindValue(item.confidence ? QVariant(*item.confidence) : QVariant(QMetaType(QMetaType::Double)));
            if (auto s = exec(ins); !s)
                return s;
        }
        return {};
    });
}

Result<std::vector<StoredItem>> ScanStore::items(const QString& scanId) const
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT id, position, risk, category, categories, context, confidence, "
                       "corrected_categories FROM scan_items WHERE scan_id = ? ORDER BY position"),
        {scanId});
    if (!q)
        return q.error();
    std::vector<StoredItem> out;
    while (q->next()) {
        StoredItem i;
        i.id = q->value(0).toString();
        i.position = q->value(1).toInt();
        i.risk = q->value(2).toString();
        i.category = q->value(3).toString();
        i.categories = parseList(q->value(4));
        i.context = q->value(5).toString();
        if (!q->value(6).isNull())
            i.confidence = q->value(6).toDouble();
        if (!q->value(7).isNull())
            i.corrected = parseList(q->value(7));
        out.push_back(std::move(i));
    }
    return out;
}

Result<std::optional<StoredScan>> ScanStore::find(const QString& id, bool withText) const
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT id, owner_id, source, file_name, input_bytes, created_at%1 FROM scans "
                       "WHERE id = ?")
            .arg(withText ? QStringLiteral(", text") : QString()),
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredScan>();
    StoredScan s;
    s.id = q->value(0).toString();
    s.ownerId = q->value(1).toString();
    s.source = q->value(2).toString();
    s.fileName = q->value(3).toString();
    s.inputBytes = q->value(4).toLongLong();
    s.createdAt = q->value(5).toString();
    if (withText)
        s.text = q->value(6).toString();
    auto its = items(s.id);
    if (!its)
        return its.error();
    s.items = std::move(*its);
    return std::optional<StoredScan>(std::move(s));
}

Result<std::vector<StoredScan>> ScanStore::list(const QString& ownerId, int offset, int limit) const
{
    const QString where = ownerId.isEmpty() ? QString() : QStringLiteral("WHERE owner_id = ? ");
    QVariantList args;
    if (!ownerId.isEmpty())
        args << ownerId;
    args << limit << offset;
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT id FROM scans %1ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?").arg(where), args);
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    std::vector<StoredScan> out;
    for (const auto& id : ids) {
        auto s = find(id, false);
        if (!s)
            return s.error();
        if (*s)
            out.push_back(std::move(**s));
    }
    return out;
}

Result<int> ScanStore::count(const QString& ownerId) const
{
    auto q = ownerId.isEmpty()
        ? execSql(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM scans"))
        : execSql(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM scans WHERE owner_id = ?"), {ownerId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<bool> ScanStore::remove(const QString& id)
{
    bool removed = false;
    Status s = m_db.transaction([&](QSqlDatabase& db) -> Status {
        auto items = execSql(db, QStringLiteral("DELETE FROM scan_items WHERE scan_id = ?"), {id});
        if (!items)
            return items.error();
        auto q = execSql(db, QStringLiteral("DELETE FROM scans WHERE id = ?"), {id});
        if (!q)
            return q.error();
        removed = q->numRowsAffected() > 0;
        return {};
    });
    if (!s)
        return s.error();
    return removed;
}

Status ScanStore::setCorrection(
    const QString& scanId, const QString& itemId, const QStringList& categories, const QString& userId)
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("UPDATE scan_items SET corrected_categories = ?, corrected_by = ?, corrected_at = ? "
                       "WHERE id = ? AND scan_id = ?"),
        {listJson(categories), userId, json::nowIso(), itemId, scanId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::notFound(QStringLiteral("Scan item %1 not found.").arg(itemId));
    return {};
}

Result<Corpus> ScanStore::corrections() const
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("SELECT context, corrected_categories FROM scan_items "
                       "WHERE corrected_categories IS NOT NULL ORDER BY corrected_at, id"));
    if (!q)
        return q.error();
    Corpus out;
    while (q->next()) {
        LabelledSentence s;
        s.text = q->value(0).toString();
        for (const auto& c : parseList(q->value(1))) {
            const int idx = categoryIndex(c);
            if (idx >= 0)
                s.labels |= 1u << idx;
        }
        if (!s.text.trimmed().isEmpty())
            out.push_back(std::move(s));
    }
    return out;
}

Status ScanStore::recordModel(const QString& id, const QString& trainedBy, int sentences, int corrections,
    double accuracy, double f1, const QString& path)
{
    auto q = execSql(m_db.connection(),
        QStringLiteral("INSERT INTO scan_models(id, trained_at, trained_by, sentences, corrections, "
                       "accuracy, f1_micro, path) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, json::nowIso(), trainedBy, sentences, corrections, accuracy, f1, path});
    if (!q)
        return q.error();
    return {};
}

} // namespace assay::scan
