// SPDX-License-Identifier: GPL-3.0-or-later
#include "Json.h"
#include "JsonDepth.h"

namespace assay::json {

QString getString(const Json& obj, const char* key, const QString& fallback)
{
    if (!obj.is_object())
        return fallback;
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string())
        return fallback;
    return qstr(it->get<std::string>());
}

Json nullable(const QString& s)
{
    return s.isNull() ? Json(nullptr) : Json(str(s));
}

Json toJson(const QStringList& list)
{
    Json out = Json::array();
    for (const auto& s : list)
        out.push_back(str(s));
    return out;
}

QStringList toStringList(const Json& array)
{
    QStringList out;
    if (!array.is_array())
        return out;
    for (const auto& v : array)
        if (v.is_string())
            out << qstr(v.get<std::string>());
    return out;
}

bool nestedDeeperThan(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

std::optional<Json> parse(const QByteArray& bytes)
{
    if (nestedDeeperThan(std::string_view(bytes.constData(), std::size_t(bytes.size()))))
        return std::nullopt;
    Json value = Json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded())
        return std::nullopt;
    return value;
}

QByteArray dump(const Json& value, int indent)
{
    const std::string s = value.dump(indent, ' ', false, Json::error_handler_t::replace);
    return QByteArray(s.data(), qsizetype(s.size()));
}

Json pageEnvelope(Json data, qint64 page, qint64 limit, qint64 totalItems)
{
    const qint64 totalPages = totalItems <= 0 || limit <= 0 ? 0 : (totalItems + limit - 1) / limit;
    return {{"data", std::move(data)},
        {"pagination",
            {{"current_page", page}, {"total_pages", totalPages}, {"total_items", totalItems},
                {"items_per_page", limit}, {"has_next", page < totalPages}, {"has_previous", page > 1}}}};
}

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString nowIso()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

Json timeOrNull(const QDateTime& t)
{
    return t.isValid() ? Json(str(isoUtc(t))) : Json(nullptr);
}

} // namespace assay::json
