// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionImport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace assay::metrics {

namespace {

using json::qstr;
using json::str;

// Where the LiteLLM shape keeps its fields: the top level, then these objects.
const char* const kContainers[] = {"attributes", "metadata", "usage", "spend_logs_metadata", "user_api_key_metadata"};

const Json* lookup(const Json& obj, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        auto it = obj.find(name);
        if (it != obj.end() && !it->is_null())
            return &*it;
    }
    for (const char* container : kContainers) {
        auto c = obj.find(container);
        if (c == obj.end() || !c->is_object())
            continue;
        for (const char* name : names) {
            auto it = c->find(name);
            if (it != c->end() && !it->is_null())
                return &*it;
        }
    }
    return nullptr;
}

std::optional<QString> asString(const Json* v)
{
    if (!v)
        return std::nullopt;
    if (v->is_string())
        return qstr(v->get<std::string>()).trimmed();
    if (v->is_number_integer())
        return QString::number(v->get<qint64>());
    return std::nullopt;
}

// A number, or a string holding one; `bad` set when present but not a number.
std::optional<double> asNumber(const Json* v, bool* bad)
{
    if (!v)
        return std::nullopt;
    if (v->is_number())
        return v->get<double>();
    if (v->is_string()) {
        const QString s = qstr(v->get<std::string>()).trimmed();
        if (s.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    *bad = true;
    return std::nullopt;
}

std::optional<bool> asBool(const Json* v, bool* bad)
{
    if (!v)
        return std::nullopt;
    if (v->is_boolean())
        return v->get<bool>();
    if (v->is_number()) {
        const double d = v->get<double>();
        if (d == 0 || d == 1)
            return d == 1;
    }
    if (v->is_string()) {
        const QString s = qstr(v->get<std::string>()).trimmed().toLower();
        if (s.isEmpty())
            return std::nullopt;
        if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1")
            || s == QLatin1String("accepted"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("0")
            || s == QLatin1String("rejected"))
            return false;
    }
    *bad = true;
    return std::nullopt;
}

std::optional<QDateTime> parseTime(const Json* v)
{
    if (!v)
        return std::nullopt;
    if (v->is_number()) {
        const double t = v->get<double>();
        if (t <= 0)
            return std::nullopt;
        // Epoch seconds or milliseconds (anything past year 5000 in seconds is milliseconds).
        const qint64 ms = t > 1e11 ? qint64(t) : qint64(t * 1000.0);
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    }
    if (!v->is_string())
        return std::nullopt;
    QString s = qstr(v->get<std::string>()).trimmed();
    if (s.size() >= 19 && s[10] == QLatin1Char(' '))
        s[10] = QLatin1Char('T');
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc()); // no offset given: the log's times are UTC
    return t.toUTC();
}

// `session-…` anywhere in the line's string values (trace ids, tags, metadata).
QString findSessionPattern(const Json& v, int depth = 0)
{
    static const QRegularExpression re(QStringLiteral("\\bsession[-_][A-Za-z0-9][A-Za-z0-9._:-]*"));
    if (v.is_string()) {
        const auto m = re.match(qstr(v.get<std::string>()));
        return m.hasMatch() ? m.captured(0) : QString();
    }
    if (depth > 3 || !(v.is_object() || v.is_array()))
        return {};
    for (const auto& item : v) {
        const QString s = findSessionPattern(item, depth + 1);
        if (!s.isEmpty())
            return s;
    }
    return {};
}

// RFC 4180 fields of one record starting at `pos`; advances `pos` past the record and counts
// the physical lines it spans (quoted fields may hold newlines).
QStringList csvRecord(const QString& text, qsizetype& pos, int& linesSpanned)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    linesSpanned = 1;
    while (pos < text.size()) {
        const QChar c = text[pos];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (pos + 1 < text.size() && text[pos + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++linesSpanned;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            ++pos;
            break;
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
        ++pos;
    }
    fields << field;
    return fields;
}

QString hashOf(const Json& canonical)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(canonical.dump()), QCryptographicHash::Sha256).toHex());
}

} // namespace

PriceTable PriceTable::builtIn()
{
    PriceTable t;
    QFile f(QStringLiteral(":/metrics/prices.json"));
    if (f.open(QIODevice::ReadOnly))
        if (auto doc = json::parse(f.readAll()); doc && doc->contains("models"))
            t.merge((*doc)["models"]);
    return t;
}

void PriceTable::merge(const Json& overrides)
{
    if (!overrides.is_object())
        return;
    for (const auto& [model, price] : overrides.items()) {
        if (!price.is_object())
            continue;
        Price p;
        p.inputPerMTok = price.value("input", 0.0);
        p.outputPerMTok = price.value("output", p.inputPerMTok);
        m_prices[qstr(model).toLower()] = p;
    }
}

std::optional<PriceTable::Price> PriceTable::find(const QString& model) const
{
    QString name = model.trimmed().toLower();
    if (name.isEmpty())
        return std::nullopt;
    if (auto it = m_prices.find(name); it != m_prices.end())
        return it->second;
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0) {
        name = name.mid(slash + 1);
        if (auto it = m_prices.find(name); it != m_prices.end())
            return it->second;
    }
    const Price* best = nullptr;
    qsizetype bestLength = 0;
    for (const auto& [key, price] : m_prices)
        if (name.startsWith(key) && key.size() > bestLength) {
            best = &price;
            bestLength = key.size();
        }
    return best ? std::optional<Price>(*best) : std::nullopt;
}

double PriceTable::cost(const AiSession& s) const
{
    const auto p = find(s.model);
    if (!p)
        return 0;
    const qint64 split = s.inputTokens + s.outputTokens;
    const qint64 unsplit = std::max<qint64>(0, s.totalTokens - split);
    return (double(s.inputTokens) * p->inputPerMTok + double(s.outputTokens) * p->outputPerMTok
               + double(unsplit) * (p->inputPerMTok + p->outputPerMTok) / 2.0)
        / 1e6;
}

Result<AiSession> sessionFromJson(const Json& line, const PriceTable& prices)
{
    if (!line.is_object())
        return Error::validation(QStringLiteral("not a JSON object"));
    AiSession s;
    s.raw = line;
    s.contentHash = hashOf(line);

    const Json* timeField = lookup(line, {"timestamp", "start_time", "startTime", "created_at", "time"});
    if (!timeField)
        return Error::validation(QStringLiteral("missing timestamp (timestamp or start_time)"));
    auto t = parseTime(timeField);
    if (!t)
        return Error::validation(QStringLiteral("timestamp is not an ISO 8601 date-time"));
    s.startedAt = *t;

    s.model = asString(lookup(line, {"llm.model_name", "model", "model_name", "model_group"})).value_or(QString());
    if (s.model.isEmpty())
        return Error::validation(QStringLiteral("missing model (model or llm.model_name)"));

    s.sessionId = asString(lookup(line, {"session_id", "sessionId", "session.id", "session"})).value_or(QString());
    if (s.sessionId.isEmpty())
        s.sessionId = findSessionPattern(line);
    if (s.sessionId.isEmpty())
        s.sessionId = asString(lookup(line, {"litellm_call_id", "call_id", "request_id", "id"})).value_or(QString());
    if (s.sessionId.isEmpty())
        return Error::validation(QStringLiteral("missing session id (session_id or a session-… value)"));

    s.developerId
        = asString(lookup(line, {"developer_id", "user_id", "user", "developer", "user_api_key_user_id", "end_user"}))
              .value_or(QString());
    s.repo = asString(lookup(line, {"repo", "repository", "repo_slug"})).value_or(QString());

    bool bad = false;
    auto number = [&](std::initializer_list<const char*> names, const char* label) -> std::optional<double> {
        bool b = false;
        auto v = asNumber(lookup(line, names), &b);
        if (b && !bad) {
            bad = true;
            throw QString::fromLatin1(label);
        }
        return v;
    };
    try {
        if (auto v = number({"status_code", "http.status_code", "http_status", "status"}, "status_code")) {
            if (*v < 100 || *v > 599 || std::floor(*v) != *v)
                return Error::validation(QStringLiteral("status_code %1 is not an HTTP status").arg(*v));
            s.statusCode = int(*v);
        }
        if (auto v = number({"latency_ms", "duration_ms", "response_time_ms"}, "latency_ms")) {
            if (*v < 0)
                return Error::validation(QStringLiteral("latency_ms must not be negative"));
            s.latencyMs = *v;
        }
        auto tokens = [&](std::initializer_list<const char*> names, const char* label) -> qint64 {
            auto v = number(names, label);
            if (v && *v < 0)
                throw QStringLiteral("%1 must not be negative").arg(QLatin1String(label));
            return v ? qint64(std::llround(*v)) : 0;
        };
        s.inputTokens = tokens({"input_tokens", "prompt_tokens", "llm.token_count.prompt"}, "input_tokens");
        s.outputTokens = tokens({"output_tokens", "completion_tokens", "llm.token_count.completion"}, "output_tokens");
        s.totalTokens = tokens({"total_tokens", "llm.token_count.total"}, "total_tokens");
        if (s.totalTokens == 0)
            s.totalTokens = s.inputTokens + s.outputTokens;
        if (auto v = number({"diff_ratio"}, "diff_ratio")) {
            if (*v < 0 || *v > 1)
                return Error::validation(QStringLiteral("diff_ratio must be between 0 and 1"));
            s.diffRatio = *v;
        }
        if (auto v = number({"accepted_lines", "lines_accepted"}, "accepted_lines")) {
            if (*v < 0)
                return Error::validation(QStringLiteral("accepted_lines must not be negative"));
            s.acceptedLines = qint64(std::llround(*v));
        }
    } catch (const QString& field) {
        return Error::validation(
            field.contains(QLatin1Char(' ')) ? field : QStringLiteral("%1 is not a number").arg(field));
    }
    bool badBool = false;
    s.accepted = asBool(lookup(line, {"accepted", "accepted_flag", "is_accepted"}), &badBool);
    if (badBool)
        return Error::validation(QStringLiteral("accepted must be true or false"));
    s.cost = prices.cost(s);
    return s;
}

ParsedSessions parseSessions(const QByteArray& data, ImportFormat format, const PriceTable& prices)
{
    ParsedSessions out;
    if (format == ImportFormat::Auto) {
        const QByteArray head = data.left(4096).trimmed();
        format = head.startsWith('{') || head.isEmpty() ? ImportFormat::JsonLines : ImportFormat::Csv;
    }
    if (format == ImportFormat::JsonLines) {
        qint64 lineNo = 0;
        qsizetype start = 0;
        while (start <= data.size()) {
            qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                end = data.size();
            ++lineNo;
            const QByteArray line = data.mid(start, end - start).trimmed();
            start = end + 1;
            if (line.isEmpty())
                continue;
            auto parsed = json::parse(line);
            if (!parsed) {
                out.rejected.push_back({lineNo, QStringLiteral("not valid JSON")});
                continue;
            }
            auto session = sessionFromJson(*parsed, prices);
            if (!session)
                out.rejected.push_back({lineNo, session.error().message});
            else
                out.sessions.emplace_back(lineNo, std::move(*session));
        }
        return out;
    }
    // CSV: the first record names the columns.
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    qsizetype pos = 0;
    int spanned = 0;
    const QStringList header = csvRecord(text, pos, spanned);
    qint64 lineNo = spanned;
    QStringList names;
    for (const auto& h : header)
        names << h.trimmed();
    // Without a time and a model column no row can be a session: say so once, on the header.
    auto hasAny = [&names](std::initializer_list<const char*> aliases) {
        for (const char* a : aliases)
            if (names.contains(QLatin1String(a), Qt::CaseSensitive))
                return true;
        return false;
    };
    if (!hasAny({"timestamp", "start_time", "startTime", "created_at", "time"})
        || !hasAny({"llm.model_name", "model", "model_name", "model_group"})) {
        out.rejected.push_back(
            {1, QStringLiteral("not JSON lines, and as CSV the header names no timestamp or no model column")});
        return out;
    }
    while (pos < text.size()) {
        const qint64 recordLine = lineNo + 1;
        const QStringList cells = csvRecord(text, pos, spanned);
        lineNo += spanned;
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue;
        if (cells.size() != names.size()) {
            out.rejected.push_back(
                {recordLine, QStringLiteral("%1 columns where the header has %2").arg(cells.size()).arg(names.size())});
            continue;
        }
        Json obj = Json::object();
        for (int i = 0; i < names.size(); ++i)
            if (!cells[i].trimmed().isEmpty() && !names[i].isEmpty())
                obj[str(names[i])] = str(cells[i].trimmed());
        auto session = sessionFromJson(obj, prices);
        if (!session)
            out.rejected.push_back({recordLine, session.error().message});
        else
            out.sessions.emplace_back(recordLine, std::move(*session));
    }
    return out;
}

} // namespace assay::metrics
