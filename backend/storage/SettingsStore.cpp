// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include "core/Json.h"

#include <QSqlQuery>

namespace assay {

std::function<QString(const Json&)> SettingsSchema::boolean()
{
    return [](const Json& v) { return v.is_boolean() ? QString() : QStringLiteral("must be true or false"); };
}

std::function<QString(const Json&)> SettingsSchema::integer(qint64 min, qint64 max)
{
    return [min, max](const Json& v) {
        if (!v.is_number_integer())
            return QStringLiteral("must be a whole number");
        const auto n = v.get<qint64>();
        if (n < min || n > max)
            return QStringLiteral("must be between %1 and %2").arg(min).arg(max);
        return QString();
    };
}

std::function<QString(const Json&)> SettingsSchema::string(int maxLength)
{
    return [maxLength](const Json& v) {
        if (!v.is_string())
            return QStringLiteral("must be a string");
        if (int(v.get<std::string>().size()) > maxLength)
            return QStringLiteral("must be at most %1 characters").arg(maxLength);
        return QString();
    };
}

std::function<QString(const Json&)> SettingsSchema::oneOf(QStringList values)
{
    return [values](const Json& v) {
        if (!v.is_string() || !values.contains(json::qstr(v.get<std::string>())))
            return QStringLiteral("must be one of: %1").arg(values.join(QStringLiteral(", ")));
        return QString();
    };
}

std::function<QString(const Json&)> SettingsSchema::stringList(int maxItems)
{
    return [maxItems](const Json& v) {
        if (!v.is_array())
            return QStringLiteral("must be a list of strings");
        if (int(v.size()) > maxItems)
            return QStringLiteral("must have at most %1 items").arg(maxItems);
        for (const auto& item : v)
            if (!item.is_string() || item.get<std::string>().size() > 4096)
                return QStringLiteral("must be a list of strings");
        return QString();
    };
}

void SettingsSchema::add(SettingSpec spec)
{
    m_specs[spec.key] = std::move(spec);
}

const SettingSpec* SettingsSchema::find(const QString& key) const
{
    auto it = m_specs.find(key);
    return it == m_specs.end() ? nullptr : &it->second;
}

const SettingsSchema& SettingsSchema::standard()
{
    static const SettingsSchema schema = [] {
        SettingsSchema s;
        const auto mib = qint64(1024) * 1024;
        s.add({QStringLiteral("share_on_lan"), false, QStringLiteral("Serve the API on the LAN, not only on loopback"),
            boolean()});
        s.add({QStringLiteral("bind_address"), "127.0.0.1", QStringLiteral("Address the server listens on"),
            string(255)});
        s.add({QStringLiteral("port"), 8470, QStringLiteral("TCP port of the API"), integer(1, 65535)});
        s.add({QStringLiteral("max_json_body_bytes"), mib, QStringLiteral("Largest JSON request body"),
            integer(1024, 64 * mib)});
        s.add({QStringLiteral("max_upload_bytes"), 25 * mib, QStringLiteral("Largest upload (archives, documents)"),
            integer(1024, qint64(8) * 1024 * mib)});
        s.add({QStringLiteral("max_connections_per_ip"), 256,
            QStringLiteral("Open connections (HTTP and WebSocket) accepted from one address"), integer(1, 100000)});
        // Audits
        s.add({QStringLiteral("audit_workers"), 0, QStringLiteral("Audits run at once (0 = one per core)"), integer(0, 64)});
        s.add({QStringLiteral("requeue_interrupted"), true,
               QStringLiteral("Queue audits again that a crash interrupted"), boolean()});
        s.add({QStringLiteral("max_text_bytes"), 10 * mib, QStringLiteral("Largest file whose text is scanned"),
               integer(1024, qint64(1024) * mib)});
        s.add({QStringLiteral("history_max_commits"), 20000, QStringLiteral("Commits walked for authorship"),
               integer(0, 10000000)});
        s.add({QStringLiteral("secret_history_scan"), false,
               QStringLiteral("Also scan git history for secrets committed and later removed"), boolean()});
        s.add({QStringLiteral("allowed_roots"), Json::array(),
               QStringLiteral("Folders that may be audited by requests from the LAN"), stringList()});
        s.add({QStringLiteral("share_audits_with_team"), false,
               QStringLiteral("Every signed-in user may read every audit (otherwise owners and admins)"), boolean()});
        s.add({QStringLiteral("org_domains"), Json::array(), QStringLiteral("E-mail domains of the organisation"),
               stringList()});
        s.add({QStringLiteral("org_names"), Json::array(), QStringLiteral("Copyright holder names of the organisation"),
               stringList()});
        {
            SettingSpec credentials {QStringLiteral("git_credentials"), "",
                                     QStringLiteral("Git credentials per host, one 'HOST USER:SECRET' or 'HOST TOKEN' per line "
                                                    "(kept in the keychain)"),
                                     [](const Json& v) {
                                         if (!v.is_string())
                                             return QStringLiteral("must be a string");
                                         const QString text = QString::fromStdString(v.get<std::string>());
                                         for (const auto& raw : text.split(QLatin1Char('\n'))) {
                                             const QString line = raw.trimmed();
                                             if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                                                 continue;
                                             const qsizetype space = line.indexOf(QLatin1Char(' '));
                                             if (space <= 0 || line.mid(space + 1).trimmed().isEmpty())
                                                 return QStringLiteral("must have one 'HOST USER:SECRET' or 'HOST TOKEN' per line");
                                         }
                                         return QString();
                                     }};
            credentials.writeOnly = true;
            s.add(std::move(credentials));
        }
        // Reports and the policy gate (backend/reports, docs/REPORTS.md).
        s.add({QStringLiteral("default_policy"), "",
            QStringLiteral("Policy applied to audits started from the app or the API without one: a built-in pack "
                           "(ci-default, oss-release, ma-strict) or a policy file path; empty = none"),
            string(4096)});
        s.add({QStringLiteral("report_client"), "", QStringLiteral("Client named on report covers"), string(256)});
        s.add({QStringLiteral("report_prepared_by"), "", QStringLiteral("Author named on report covers"),
            string(256)});
        // Identity and LAN security (backend/auth, docs/SECURITY.md).
        s.add({QStringLiteral("open_registration"), false,
            QStringLiteral("Let anyone who can reach the API register a viewer account"), boolean()});
        s.add({QStringLiteral("rate_limit_per_minute"), 600,
            QStringLiteral("Requests per minute per credential (0 turns rate limiting off)"), integer(0, 1000000)});
        s.add({QStringLiteral("rate_limit_anonymous_per_minute"), 60,
            QStringLiteral("Requests per minute per address without credentials (0 = no limit)"), integer(0, 1000000)});
        s.add({QStringLiteral("cors_origins"), Json::array(),
            QStringLiteral("Origins allowed to call the API from a browser (none by default)"), stringList()});
        s.add({QStringLiteral("allowed_hosts"), Json::array(),
            QStringLiteral("Extra host names accepted in the Host header when shared on the LAN"), stringList()});
        s.add({QStringLiteral("trusted_proxies"), Json::array(),
            QStringLiteral("Proxy addresses whose X-Forwarded-For header is trusted"), stringList()});
        s.add({QStringLiteral("https_enabled"), false, QStringLiteral("Serve the API over HTTPS"), boolean()});
        s.add({QStringLiteral("tls_cert_path"), "", QStringLiteral("PEM certificate for HTTPS"), string(4096)});
        s.add({QStringLiteral("tls_key_path"), "", QStringLiteral("PEM private key for HTTPS"), string(4096)});
        s.add({QStringLiteral("audit_log_retention_days"), 90,
            QStringLiteral("Days audit-log entries are kept (0 = forever)"), integer(0, 36500)});
        s.add({QStringLiteral("access_token_minutes"), 30, QStringLiteral("Lifetime of access tokens in minutes"),
            integer(1, 1440)});
        s.add({QStringLiteral("refresh_token_days"), 7, QStringLiteral("Lifetime of refresh tokens in days"),
            integer(1, 365)});
        // Risk scans: optional LLM provider (backend/scan, docs/RISK_MODEL.md).
        s.add({QStringLiteral("ai_provider"), "none",
            QStringLiteral("LLM used for risk scans with force_llm: none, ai_service or openai"),
            oneOf({QStringLiteral("none"), QStringLiteral("ai_service"), QStringLiteral("openai")})});
        s.add({QStringLiteral("ai_url"), "",
            QStringLiteral("Base URL of the AI service or OpenAI-compatible server"), string(2048)});
        s.add({QStringLiteral("ai_model"), "", QStringLiteral("Model name for the OpenAI-compatible server"),
            string(256)});
        s.add({QStringLiteral("ai_timeout_s"), 60, QStringLiteral("Seconds to wait for the AI provider"),
            integer(1, 3600)});
        s.add({QStringLiteral("ai_api_key"), "", QStringLiteral("API key for the AI provider"), string(4096),
            true});
        // Licenses and provenance (backend/audit/licenses, docs/LICENSES.md).
        auto number = [](double min, double max) {
            return [min, max](const Json& v) {
                if (!v.is_number())
                    return QStringLiteral("must be a number");
                const double d = v.get<double>();
                return d < min || d > max ? QStringLiteral("must be between %1 and %2").arg(min).arg(max) : QString();
            };
        };
        s.add({QStringLiteral("license_risk_list"), Json::array(),
            QStringLiteral("SPDX ids or globs (GPL-*) raising a license finding; empty = the built-in list"),
            stringList()});
        s.add({QStringLiteral("declared_license"), "",
            QStringLiteral("The repository's own license when it has no LICENSE file (e.g. LicenseRef-Proprietary)"),
            string(512)});
        s.add({QStringLiteral("provenance_weights"), Json::object(),
            QStringLiteral("Overrides of the provenance signal weights (vendored_path, foreign_author, …)"),
            [](const Json& v) {
                if (!v.is_object())
                    return QStringLiteral("must be an object of signal weights");
                for (const auto& [k, w] : v.items())
                    if (!w.is_number() || w.get<double>() < 0 || w.get<double>() > 100)
                        return QStringLiteral("weight %1 must be a number between 0 and 100").arg(json::qstr(k));
                return QString();
            }});
        s.add({QStringLiteral("rewrite_days_per_kloc"), 10.0,
            QStringLiteral("Rewrite effort: person-days per 1000 lines of average complexity"), number(0, 1000)});
        s.add({QStringLiteral("rewrite_hourly_rate"), 100.0, QStringLiteral("Rewrite effort: cost of one hour"),
            number(0, 100000)});
        s.add({QStringLiteral("rewrite_hours_per_day"), 8.0, QStringLiteral("Rewrite effort: working hours per day"),
            number(1, 24)});
        // Metrics (SPEC §9, docs/METRICS.md).
        s.add({QStringLiteral("metrics_model_policy"), Json::array(),
            QStringLiteral("Models developers should use; empty = model_selection_accuracy is not computed"),
            stringList()});
        auto numberMap = [](const QString& what) {
            return [what](const Json& v) {
                if (!v.is_object())
                    return QStringLiteral("must be an object of %1").arg(what);
                for (const auto& [k, x] : v.items())
                    if (!x.is_number() || x.get<double>() < 0)
                        return QStringLiteral("%1 must be a non-negative number").arg(json::qstr(k));
                return QString();
            };
        };
        s.add({QStringLiteral("metrics_thresholds"), Json::object(),
            QStringLiteral("KPI thresholds by KPI name (e.g. {\"error_rate\": 5}); unset ones keep their default"),
            numberMap(QStringLiteral("KPI thresholds"))});
        s.add({QStringLiteral("metrics_model_prices"), Json::object(),
            QStringLiteral("Prices per million tokens by model: {\"model\": {\"input\": 2.5, \"output\": 10}}"),
            [](const Json& v) {
                if (!v.is_object())
                    return QStringLiteral("must be an object of model prices");
                for (const auto& [model, p] : v.items()) {
                    if (!p.is_object())
                        return QStringLiteral("%1 must be {input, output}").arg(json::qstr(model));
                    for (const char* k : {"input", "output"})
                        if (p.contains(k) && (!p[k].is_number() || p[k].get<double>() < 0))
                            return QStringLiteral("%1.%2 must be a non-negative number")
                                .arg(json::qstr(model), QLatin1String(k));
                }
                return QString();
            }});
        return s;
    }();
    return schema;
}

SettingsStore::SettingsStore(Database& db, const SettingsSchema& schema, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_schema(schema)
{ }

Status SettingsStore::load()
{
    auto q = execSql(m_db.connection(), QStringLiteral("SELECT key, value FROM settings"));
    if (!q)
        return q.error();
    QMutexLocker lock(&m_mutex);
    m_values.clear();
    while (q->next()) {
        auto parsed = json::parse(q->value(1).toString().toUtf8());
        if (parsed)
            m_values[q->value(0).toString()] = *parsed;
    }
    return {};
}

Json SettingsStore::value(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_values.find(key);
    if (it != m_values.end())
        return it->second;
    const SettingSpec* spec = m_schema.find(key);
    return spec ? spec->defaultValue : Json();
}

bool SettingsStore::boolValue(const QString& key) const
{
    const Json v = value(key);
    return v.is_boolean() && v.get<bool>();
}

qint64 SettingsStore::intValue(const QString& key) const
{
    const Json v = value(key);
    return v.is_number() ? v.get<qint64>() : 0;
}

QString SettingsStore::stringValue(const QString& key) const
{
    const Json v = value(key);
    return v.is_string() ? json::qstr(v.get<std::string>()) : QString();
}

QStringList SettingsStore::stringListValue(const QString& key) const
{
    return json::toStringList(value(key));
}

Json SettingsStore::all() const
{
    Json out = Json::object();
    for (const auto& [key, spec] : m_schema.specs()) {
        if (spec.writeOnly) {
            const Json v = value(key);
            out[json::str(key)] = {{"set", v.is_string() && !v.get<std::string>().empty()}};
        } else {
            out[json::str(key)] = value(key);
        }
    }
    return out;
}

Status SettingsStore::set(const QString& key, const Json& value)
{
    return update(Json {{json::str(key), value}});
}

Status SettingsStore::update(const Json& changes)
{
    if (!changes.is_object())
        return Error::validation(QStringLiteral("Settings must be a JSON object."));
    Json errors = Json::object();
    for (const auto& [key, value] : changes.items()) {
        const SettingSpec* spec = m_schema.find(json::qstr(key));
        if (!spec) {
            errors[key] = "unknown setting";
            continue;
        }
        if (spec->validate) {
            const QString problem = spec->validate(value);
            if (!problem.isEmpty())
                errors[key] = json::str(problem);
        }
    }
    if (!errors.empty()) {
        const auto first = errors.begin();
        return Error::unprocessable(QStringLiteral("Setting '%1' %2.")
                                        .arg(json::qstr(first.key()), json::qstr(first.value().get<std::string>())),
            {{"fields", errors}});
    }
    const QString now = json::nowIso();
    Status s = m_db.transaction([&](QSqlDatabase& db) -> Status {
        for (const auto& [key, value] : changes.items()) {
            auto q = execSql(db,
                QStringLiteral("INSERT INTO settings(key, value, updated_at) VALUES(?, ?, ?) ")
                    + Database::upsertClause(
                        QStringLiteral("key"), {QStringLiteral("value"), QStringLiteral("updated_at")}),
                {json::qstr(key), QString::fromUtf8(json::dump(value)), now});
            if (!q)
                return q.error();
        }
        return {};
    });
    if (!s)
        return s;
    QStringList keys;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto& [key, value] : changes.items()) {
            m_values[json::qstr(key)] = value;
            keys << json::qstr(key);
        }
    }
    emit changed(keys);
    return {};
}

} // namespace assay
