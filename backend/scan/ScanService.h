// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LlmProvider.h"
#include "RiskModel.h"
#include "ScanStore.h"
#include "core/Json.h"
#include "core/Result.h"

#include <QMutex>
#include <QStringList>

#include <functional>
#include <memory>

namespace assay {
class Database;
class EventBus;
class SettingsStore;
} // namespace assay

namespace assay::scan {

// What to scan: pasted `text`, or a document (`fileName` + `fileBytes`), and whether the
// configured LLM provider must answer instead of the local model.
struct ScanInput
{
    QString text;
    QString fileName;
    QByteArray fileBytes;
    bool forceLlm = false;
};

// Risk scans (SPEC §8, issue 8): the one service behind `POST/GET/DELETE /api/v1/scans`,
// `PATCH` of a scan item, `POST /api/v1/scans/model/train`, `assay scan` and the Risk scans page.
// Blocking calls: run them on a worker thread (QtConcurrent), never on the GUI or HTTP thread.
// Thread-safe; the model is shared read-only and swapped atomically after retraining.
// Role checks (analyst+ to scan, admin to train) belong to the caller; ownership is checked
// here: another user's scan is NotFound unless `isAdmin`.
class ScanService
{
public:
    using ApiKeyProvider = std::function<QString()>;

    // `dataDir` holds the retrained model (`scan/risk-model.json`); `bus` may be null.
    ScanService(Database& db, SettingsStore& settings, QString dataDir, EventBus* bus = nullptr);

    // Where the provider API key comes from (the keychain); by default the `ai_api_key` setting.
    void setApiKeyProvider(ApiKeyProvider provider);

    // Scans, stores and returns `{scan_id, data:[{id, risk, category, categories, context,
    // confidence, corrected}], source:"llm"|"model", timestamp, owner_id, file_name, ...}`.
    // Errors: nothing to scan → Validation; too big → TooLarge; unreadable type → UnsupportedMediaType;
    // force_llm without provider → Unavailable (AI_SERVICE_UNAVAILABLE); provider errors as LlmProvider.
    Result<Json> scan(const QString& ownerId, const ScanInput& input);

    // `{data:[scan…], pagination:{current_page, total_pages, total_items, items_per_page, has_next,
    // has_previous}}`, newest first; own scans, or every scan for an admin. page ≥ 1, 1 ≤ limit ≤ 100.
    Result<Json> list(const QString& userId, bool isAdmin, int page = 1, int limit = 20) const;
    // One scan with its extracted `text`.
    Result<Json> get(const QString& userId, bool isAdmin, const QString& scanId) const;
    Status remove(const QString& userId, bool isAdmin, const QString& scanId);

    // Sets the categories of one item (`[]` = "not a risk"); the corrected sentence becomes training
    // data for train(). Returns the updated item. Unknown category names → Validation.
    Result<Json> correctItem(const QString& userId, bool isAdmin, const QString& scanId, const QString& itemId,
        const QStringList& categories);

    // Retrains from the shipped corpus plus every correction: 80/20 held-out evaluation, then a
    // model on all sentences saved in the data directory and used from now on. Returns
    // `{accuracy, f1_micro, meets_target, target, precision, recall, sentences, corrections,
    // held_out_sentences, per_category, trained_at}`; meets_target = f1_micro ≥ 0.85.
    Result<Json> train(const QString& userId = {});

    // `{origin: "shipped"|"retrained", trained_at, training_sentences, vocabulary, held_out}`.
    Json modelInfo() const;

    // For /health and the settings page, without any network call: `{provider: none|ai_service|openai,
    // configured: bool, url, model, timeout_s}` (the URL without user info; never the key).
    Json providerStatus() const;

    // The local model alone, nothing stored: items for `text` (used by the CLI's offline mode too).
    Result<Json> analyzeLocally(const QString& text) const;

    // Text of a document as the scan sees it (the GUI shows it with risky sentences highlighted).
    Result<QString> extractText(const QString& fileName, const QByteArray& bytes) const;

    // Plain-text rendering of a scan for `assay scan --format text`: one block per item,
    // "[Category 0.93] risk" then the sentence, or "No risks found.".
    static QString toText(const Json& scan);

    static constexpr double kTargetF1 = 0.85;
    QString retrainedModelPath() const;

private:
    Result<std::shared_ptr<const RiskModel>> model() const;
    ProviderConfig providerConfig() const;
    Result<StoredScan> ownedScan(const QString& userId, bool isAdmin, const QString& scanId, bool withText) const;

    Database& m_db;
    SettingsStore& m_settings;
    QString m_dataDir;
    EventBus* m_bus;
    ScanStore m_store;
    ApiKeyProvider m_apiKey;
    mutable QMutex m_mutex;
    mutable std::shared_ptr<const RiskModel> m_model;
    QMutex m_trainMutex;
};

} // namespace assay::scan
