// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QMutex>
#include <QObject>
#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>

namespace assay {

// One known setting: its default and a validator that returns an error message (empty = valid).
struct SettingSpec
{
    QString key;
    nlohmann::json defaultValue;
    QString description;
    std::function<QString(const nlohmann::json&)> validate;
    bool writeOnly = false; // secrets: accepted by PATCH, never returned by GET
};

// The table of every setting Assay knows (SPEC §4 /settings). Unknown keys are refused.
class SettingsSchema
{
public:
    static const SettingsSchema& standard();

    const SettingSpec* find(const QString& key) const;
    const std::map<QString, SettingSpec>& specs() const { return m_specs; }

    void add(SettingSpec spec);

    // Validators shared by the modules that declare settings.
    static std::function<QString(const nlohmann::json&)> boolean();
    static std::function<QString(const nlohmann::json&)> integer(qint64 min, qint64 max);
    static std::function<QString(const nlohmann::json&)> string(int maxLength = 4096);
    static std::function<QString(const nlohmann::json&)> oneOf(QStringList values);
    static std::function<QString(const nlohmann::json&)> stringList(int maxItems = 256);

private:
    std::map<QString, SettingSpec> m_specs;
};

// Persistent settings over the `settings` table, cached in memory, validated on write.
// Thread-safe: the API reads settings on every request. Emits changed() on writes.
class SettingsStore : public QObject
{
    Q_OBJECT
public:
    SettingsStore(Database& db, const SettingsSchema& schema = SettingsSchema::standard(), QObject* parent = nullptr);

    Status load();

    nlohmann::json value(const QString& key) const;
    bool boolValue(const QString& key) const;
    qint64 intValue(const QString& key) const;
    QString stringValue(const QString& key) const;
    QStringList stringListValue(const QString& key) const;

    // Every readable setting, defaults filled in; write-only ones are reported as `"set": bool`.
    nlohmann::json all() const;

    // Validates every key first; writes all or nothing. Unknown keys → Unprocessable.
    Status update(const nlohmann::json& changes);
    Status set(const QString& key, const nlohmann::json& value);

    const SettingsSchema& schema() const { return m_schema; }

signals:
    void changed(const QStringList& keys);

private:
    Database& m_db;
    const SettingsSchema& m_schema;
    mutable QMutex m_mutex;
    std::map<QString, nlohmann::json> m_values;
};

} // namespace assay
