// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

// Small bridges between Qt strings/times and nlohmann::json, used by every module that writes JSON.
namespace assay {
using Json = nlohmann::json;
}

namespace assay::json {

inline std::string str(const QString& s)
{
    return s.toStdString();
}
inline QString qstr(const std::string& s)
{
    return QString::fromStdString(s);
}

// The string at `key`, or `fallback` when missing or not a string.
QString getString(const Json& obj, const char* key, const QString& fallback = {});
// The string at `key` or null; json null when the QString is null.
Json nullable(const QString& s);
Json toJson(const QStringList& list);
QStringList toStringList(const Json& array);

// Parses `bytes`; std::nullopt on malformed input (never throws).
std::optional<Json> parse(const QByteArray& bytes);
QByteArray dump(const Json& value, int indent = -1);
// Appends `utf8` as a JSON string literal (quoted and escaped as dump() writes it; invalid UTF-8
// becomes U+FFFD), for responses written as text without building a Json value first.
void appendString(QByteArray& out, std::string_view utf8);

// SPEC §4 pagination: {data, pagination:{current_page, total_pages, total_items, items_per_page,
// has_next, has_previous}} — the one envelope every paginated list returns.
Json pageEnvelope(Json data, qint64 page, qint64 limit, qint64 totalItems);

// ISO 8601 UTC with a trailing `Z` and milliseconds, as SPEC §4 asks.
QString isoUtc(const QDateTime& t);
QString nowIso();
Json timeOrNull(const QDateTime& t);

} // namespace assay::json
