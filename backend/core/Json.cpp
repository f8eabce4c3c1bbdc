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

void appendString(QByteArray& out, std::string_view utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto* end = p + utf8.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            const auto* run = p;
            while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
                ++p;
            out.append(reinterpret_cast<const char*>(run), qsizetype(p - run));
            continue;
        }
        if (c < 0x80) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xf];
            }
            ++p;
            continue;
        }
        // A multi-byte UTF-8 sequence. Invalid input is replaced as dump(replace) does: one
        // U+FFFD for a bad lead byte, or for the valid start of a sequence cut short (the byte
        // that cut it is then read again).
        int length = 0;
        unsigned char low = 0x80, high = 0xbf; // allowed range of the second byte
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            low = c == 0xe0 ? 0xa0 : 0x80; // no overlong forms
            high = c == 0xed ? 0x9f : 0xbf; // no surrogates
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            low = c == 0xf0 ? 0x90 : 0x80;
            high = c == 0xf4 ? 0x8f : 0xbf; // nothing above U+10FFFF
        }
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            ++p;
            continue;
        }
        int k = 1;
        while (k < length && p + k < end) {
            const unsigned char next = p[k];
            const bool ok = k == 1 ? next >= low && next <= high : (next & 0xc0) == 0x80;
            if (!ok)
                break;
            ++k;
        }
        if (k == length)
            out.append(reinterpret_cast<const char*>(p), length);
        else
            out += "\xEF\xBF\xBD";
        p += k;
    }
    out += '"';
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
