// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanService.h"

#include "Categories.h"
#include "RiskAnalyzer.h"
#include "TextExtractor.h"
#include "core/EventBus.h"
#include "core/Logging.h"
#include "storage/SettingsStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

#include <cmath>

namespace assay::scan {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kUnavailable = QStringLiteral("AI_SERVICE_UNAVAILABLE");

} // namespace

ScanService::ScanService(Database& db, SettingsStore& settings, QString dataDir, EventBus* bus)
    : m_db(db)
    , m_settings(settings)
    , m_dataDir(std::move(dataDir))
    , m_bus(bus)
    , m_store(db)
{
    m_apiKey = [this] { return m_settings.stringValue(QStringLiteral("ai_api_key")); };
}

void ScanService::setApiKeyProvider(ApiKeyProvider provider)
{
    QMutexLocker lock(&m_mutex);
    m_apiKey = std::move(provider);
}

QString ScanService::retrainedModelPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("scan/risk-model.json"));
}

Result<std::shared_ptr<const RiskModel>> ScanService::model() const
{
    QMutexLocker lock(&m_mutex);
    if (m_model)
        return m_model;
    // A model retrained by this installation wins over the one shipped in the binary.
    QFile retrained(retrainedModelPath());
    if (retrained.exists() && retrained.open(QIODevice::ReadOnly)) {
        auto m = RiskModel::fromJson(retrained.readAll());
        if (m) {
            m_model = std::make_shared<const RiskModel>(std::move(*m));
            return m_model;
        }
        qCWarning(lcScan) << "ignoring the retrained risk model:" << m.error().message;
    }
    QFile shipped(QStringLiteral(":/scan/risk-model.json"));
    if (!shipped.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("The risk model is missing from this build."));
    auto m = RiskModel::fromJson(shipped.readAll());
    if (!m)
        return m.error();
    m_model = std::make_shared<const RiskModel>(std::move(*m));
    return m_model;
}

ProviderConfig ScanService::providerConfig() const
{
    ProviderConfig c;
    c.kind = m_settings.stringValue(QStringLiteral("ai_provider"));
    c.url = m_settings.stringValue(QStringLiteral("ai_url"));
    c.model = m_settings.stringValue(QStringLiteral("ai_model"));
    c.timeoutSeconds = int(std::max<qint64>(1, m_settings.intValue(QStringLiteral("ai_timeout_s"))));
    ApiKeyProvider key;
    {
        QMutexLocker lock(&m_mutex);
        key = m_apiKey;
    }
    if (key)
        c.apiKey = key();
    return c;
}

Result<QString> ScanService::extractText(const QString& fileName, const QByteArray& bytes) const
{
    return TextExtractor::extract(fileName, bytes, m_settings.intValue(QStringLiteral("max_upload_bytes")));
}

Result<Json> ScanService::analyzeLocally(const QString& text) const
{
    auto m = model();
    if (!m)
        return m.error();
    return RiskAnalyzer::analyze(**m, text);
}

Result<Json> ScanService::scan(const QString& ownerId, const ScanInput& input)
{
    const qint64 maxBytes = m_settings.intValue(QStringLiteral("max_upload_bytes"));
    const bool hasFile = !input.fileBytes.isEmpty() || !input.fileName.isEmpty();
    QString text;
    qint64 inputBytes = 0;
    if (hasFile) {
        auto extracted = TextExtractor::extract(input.fileName, input.fileBytes, maxBytes);
        if (!extracted)
            return extracted.error();
        text = std::move(*extracted);
        inputBytes = input.fileBytes.size();
    } else {
        const QByteArray utf8 = input.text.toUtf8();
        if (maxBytes > 0 && utf8.size() > maxBytes)
            return Error::tooLarge(
                QStringLiteral("The text is %1 bytes; the limit is %2 bytes.").arg(utf8.size()).arg(maxBytes));
        text = input.text.trimmed();
        inputBytes = utf8.size();
        if (text.isEmpty())
            return Error::validation(QStringLiteral("Nothing to scan: provide text or a document."));
    }

    Json items;
    QString source;
    if (input.forceLlm) {
        const ProviderConfig config = providerConfig();
        if (config.kind.isEmpty() || config.kind == QLatin1String("none"))
            return Error::unavailable(
                QStringLiteral("An LLM scan was requested but no AI provider is configured (setting ai_provider)."),
                kUnavailable);
        auto provider = LlmProvider::create(config);
        if (!provider)
            return provider.error();
        ProviderRequest request {text, QString(), QByteArray()};
        if (hasFile) {
            request.fileName = input.fileName;
            request.fileBytes = input.fileBytes;
        }
        auto answer = (*provider)->scan(request);
        if (!answer)
            return answer.error();
        items = std::move(answer->items);
        source = answer->source;
    } else {
        auto local = analyzeLocally(text);
        if (!local)
            return local.error();
        items = std::move(*local);
        source = QStringLiteral("model");
    }

    StoredScan scan;
    scan.id = newId();
    scan.ownerId = ownerId;
    scan.source = source;
    scan.fileName = hasFile ? QFileInfo(input.fileName).fileName() : QString();
    scan.inputBytes = inputBytes;
    scan.text = text;
    scan.createdAt = json::nowIso();
    int position = 0;
    for (const auto& it : items) {
        StoredItem item;
        item.id = newId();
        item.position = position++;
        item.risk = json::getString(it, "risk");
        item.category = json::getString(it, "category");
        item.categories = json::toStringList(it.value("categories", Json::array()));
        if (item.categories.isEmpty())
            item.categories << item.category;
        item.context = json::getString(it, "context");
        if (it.contains("confidence") && it.at("confidence").is_number())
            item.confidence = it.at("confidence").get<double>();
        scan.items.push_back(std::move(item));
    }
    if (auto s = m_store.insert(scan); !s)
        return s.error();
    Json out = scan.toJson(false);
    if (m_bus)
        m_bus->publish(QStringLiteral("scan"), QStringLiteral("created"),
            {{"scan_id", json::str(scan.id)}, {"source", json::str(source)}, {"item_count", scan.items.size()},
                {"file_name", json::nullable(scan.fileName)}, {"timestamp", json::str(scan.createdAt)}},
            QStringLiteral("scans"), ownerId);
    qCInfo(lcScan) << "scan" << scan.id << "source" << source << "items" << scan.items.size();
    return out;
}

Result<StoredScan> ScanService::ownedScan(
    const QString& userId, bool isAdmin, const QString& scanId, bool withText) const
{
    auto found = m_store.find(scanId, withText);
    if (!found)
        return found.error();
    if (!*found || (!isAdmin && (*found)->ownerId != userId))
        return Error::notFound(QStringLiteral("Scan %1 not found.").arg(scanId));
    return std::move(**found);
}

Result<Json> ScanService::list(const QString& userId, bool isAdmin, int page, int limit) const
{
    if (page < 1)
        return Error::validation(QStringLiteral("page must be 1 or more."));
    if (limit < 1 || limit > 100)
        return Error::validation(QStringLiteral("limit must be between 1 and 100."));
    const QString owner = isAdmin ? QString() : userId;
    auto total = m_store.count(owner);
    if (!total)
        return total.error();
    auto scans = m_store.list(owner, (page - 1) * limit, limit);
    if (!scans)
        return scans.error();
    Json data = Json::array();
    for (const auto& s : *scans)
        data.push_back(s.toJson(false));
    return json::pageEnvelope(std::move(data), page, limit, *total);
}

Result<Json> ScanService::get(const QString& userId, bool isAdmin, const QString& scanId) const
{
    auto s = ownedScan(userId, isAdmin, scanId, true);
    if (!s)
        return s.error();
    return s->toJson(true);
}

Status ScanService::remove(const QString& userId, bool isAdmin, const QString& scanId)
{
    auto s = ownedScan(userId, isAdmin, scanId, false);
    if (!s)
        return s.error();
    auto removed = m_store.remove(scanId);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error::notFound(QStringLiteral("Scan %1 not found.").arg(scanId));
    if (m_bus)
        m_bus->publish(QStringLiteral("scan"), QStringLiteral("deleted"), {{"scan_id", json::str(scanId)}},
            QStringLiteral("scans"), s->ownerId);
    return {};
}

Result<Json> ScanService::correctItem(
    const QString& userId, bool isAdmin, const QString& scanId, const QString& itemId, const QStringList& categories)
{
    QStringList normalized;
    for (const auto& c : categories) {
        const int idx = categoryIndex(c);
        if (idx < 0)
            return Error::validation(QStringLiteral("Unknown category '%1'; use one of %2.")
                                         .arg(c, categoryList().join(QStringLiteral(", "))),
                {{"field", "categories"}});
        const QString name = categoryNames()[size_t(idx)];
        if (!normalized.contains(name))
            normalized << name;
    }
    auto s = ownedScan(userId, isAdmin, scanId, false);
    if (!s)
        return s.error();
    if (auto st = m_store.setCorrection(scanId, itemId, normalized, userId); !st)
        return st.error();
    auto updated = ownedScan(userId, isAdmin, scanId, false);
    if (!updated)
        return updated.error();
    for (const auto& item : updated->items)
        if (item.id == itemId) {
            if (m_bus)
                m_bus->publish(QStringLiteral("scan"), QStringLiteral("updated"),
                    {{"scan_id", json::str(scanId)}, {"item", item.toJson()}}, QStringLiteral("scans"),
                    updated->ownerId);
            return item.toJson();
        }
    return Error::notFound(QStringLiteral("Scan item %1 not found.").arg(itemId));
}

Result<Json> ScanService::train(const QString& userId)
{
    QMutexLocker trainLock(&m_trainMutex); // one retraining at a time
    auto shipped = loadShippedCorpus();
    if (!shipped)
        return shipped.error();
    auto corrections = m_store.corrections();
    if (!corrections)
        return corrections.error();
    Corpus all = *shipped;
    all.insert(all.end(), corrections->begin(), corrections->end());
    all = deduplicate(all); // a correction replaces the shipped label of the same sentence

    const Split split = holdOut(all, 0.2);
    const Evaluation eval = RiskModel::train(split.train).evaluate(split.test);
    RiskModel model = RiskModel::train(all);
    const QString trainedAt = json::nowIso();
    Json heldOut = eval.toJson();
    heldOut["train_sentences"] = split.train.size();
    model.metadata = {{"corpus_sentences", all.size()}, {"corrections", corrections->size()}, {"held_out", heldOut},
        {"trained_at", json::str(trainedAt)}, {"origin", "retrained"}};

    const QString path = retrainedModelPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::internal(QStringLiteral("Cannot create %1.").arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(model.toJson()) < 0 || !file.commit())
        return Error::internal(QStringLiteral("Cannot save the retrained model to %1.").arg(path));
    const QString id = newId();
    if (auto s
        = m_store.recordModel(id, userId, int(all.size()), int(corrections->size()), eval.accuracy, eval.f1Micro, path);
        !s)
        return s.error();
    {
        QMutexLocker lock(&m_mutex);
        m_model = std::make_shared<const RiskModel>(std::move(model));
    }
    auto r4 = [](double v) { return std::round(v * 1e4) / 1e4; };
    Json out = {{"model_id", json::str(id)}, {"accuracy", r4(eval.accuracy)}, {"f1_micro", r4(eval.f1Micro)},
        {"meets_target", eval.f1Micro >= kTargetF1}, {"target", kTargetF1}, {"precision", r4(eval.precision)},
        {"recall", r4(eval.recall)}, {"sentences", all.size()}, {"corrections", corrections->size()},
        {"held_out_sentences", eval.sentences}, {"per_category", heldOut["per_category"]},
        {"trained_at", json::str(trainedAt)}};
    qCInfo(lcScan) << "risk model retrained:" << all.size() << "sentences, micro-F1" << eval.f1Micro;
    if (m_bus)
        m_bus->publish(
            QStringLiteral("scan"), QStringLiteral("completed"), {{"model", out}}, QStringLiteral("scans"), userId);
    return out;
}

QString ScanService::toText(const Json& scan)
{
    const Json data = scan.value("data", Json::array());
    QString out = QStringLiteral("Scan %1 (source: %2): %3 risk%4\n")
                      .arg(json::getString(scan, "scan_id"), json::getString(scan, "source"))
                      .arg(data.size())
                      .arg(data.size() == 1 ? QString() : QStringLiteral("s"));
    if (data.empty())
        return out + QStringLiteral("No risks found.\n");
    for (const auto& item : data) {
        const QStringList cats = json::toStringList(item.value("categories", Json::array()));
        const Json conf = item.value("confidence", Json());
        out += QStringLiteral("\n[%1%2] %3\n    %4\n")
                   .arg(cats.isEmpty() ? json::getString(item, "category") : cats.join(QStringLiteral(", ")),
                       conf.is_number() ? QStringLiteral(" %1").arg(conf.get<double>(), 0, 'f', 2) : QString(),
                       json::getString(item, "risk"), json::getString(item, "context"));
    }
    return out;
}

Json ScanService::providerStatus() const
{
    const QString kind = m_settings.stringValue(QStringLiteral("ai_provider"));
    QUrl url(m_settings.stringValue(QStringLiteral("ai_url")));
    url.setUserInfo(QString());
    const bool configured = !kind.isEmpty() && kind != QLatin1String("none") && url.isValid() && !url.host().isEmpty();
    return {{"provider", json::str(kind.isEmpty() ? QStringLiteral("none") : kind)}, {"configured", configured},
        {"url", json::str(url.toString())}, {"model", json::str(m_settings.stringValue(QStringLiteral("ai_model")))},
        {"timeout_s", m_settings.intValue(QStringLiteral("ai_timeout_s"))}};
}

Json ScanService::modelInfo() const
{
    auto m = model();
    if (!m)
        return {{"error", json::str(m.error().message)}};
    const Json& meta = (*m)->metadata;
    return {{"origin", meta.value("origin", "shipped")}, {"trained_at", meta.value("trained_at", Json(nullptr))},
        {"training_sentences", (*m)->trainingSentences()}, {"vocabulary", (*m)->vocabularySize()},
        {"held_out", meta.value("held_out", Json::object())}};
}

} // namespace assay::scan
