// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditModel.h"

#include "core/Json.h"
#include "core/Version.h"

#include <QCryptographicHash>

#include <cmath>

#include <map>

namespace assay::audit {

using assay::json::nullable;
using assay::json::str;
using assay::json::timeOrNull;
using nlohmann::json;

QString redactSecret(std::string_view secret)
{
    // First 4 characters (not bytes) and an ellipsis; nothing else of the value is ever kept.
    const QString s = QString::fromUtf8(secret.data(), qsizetype(secret.size()));
    return s.left(4) + QChar(0x2026);
}

QString fingerprint(const QStringList& parts)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const auto& p : parts) {
        h.addData(p.toUtf8());
        h.addData(QByteArrayView("\0", 1));
    }
    return QString::fromLatin1(h.result().toHex());
}

json toJson(const Finding& f)
{
    json j = {{"id", str(f.id)}, {"type", str(f.type)}, {"severity", str(f.severity)}, {"rule_id", str(f.ruleId)},
        {"title", str(f.title)}, {"file", f.file.isEmpty() ? json(nullptr) : json(str(f.file))},
        {"line", f.line > 0 ? json(f.line) : json(nullptr)}, {"evidence", str(f.evidence)},
        {"fingerprint", str(f.fingerprint)}, {"status", str(f.status)}};
    return j;
}

json toJson(const Dependency& d)
{
    return {{"name", str(d.name)}, {"version", nullable(d.version)}, {"ecosystem", str(d.ecosystem)},
        {"purl", str(d.purl)}, {"scope", str(d.scope)}, {"direct", d.direct}, {"manifest", str(d.manifest)},
        {"licenses", assay::json::toJson(d.licenses)}};
}

json toJson(const Vulnerability& v)
{
    return {{"id", str(v.id)}, {"aliases", assay::json::toJson(v.aliases)}, {"purl", str(v.purl)},
        {"installed_version", nullable(v.installedVersion)}, {"fixed_version", nullable(v.fixedVersion)},
        {"severity", str(v.severity)}, {"cvss", v.cvss ? json(*v.cvss) : json(nullptr)}, {"summary", str(v.summary)}};
}

json toJson(const Contributor& c)
{
    return {{"name", str(c.name)}, {"email", str(c.email)}, {"commits", c.commits}, {"lines_added", c.linesAdded},
        {"lines_removed", c.linesRemoved}, {"first_commit", timeOrNull(c.firstCommit)},
        {"last_commit", timeOrNull(c.lastCommit)}};
}

json toJson(const FileRecord& f)
{
    json j = {{"path", str(f.path)}, {"language", nullable(f.language.isEmpty() ? QString() : f.language)},
        {"lines", f.lines.total()}, {"license", f.license.isEmpty() ? json(nullptr) : json(str(f.license))},
        {"ip_class", str(f.ipClass)}, {"rationale", assay::json::toJson(f.rationale)},
        {"authors", assay::json::toJson(f.authors)}};
    // Rewriteability of foreground source files (licenses detector), read by the reports.
    if (f.rewriteability)
        j["rewriteability"] = f.rewriteability->toJson();
    return j;
}

namespace {

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

} // namespace

json Rewriteability::toJson() const
{
    json j = json::object();
    j["score"] = round2(score);
    j["complexity"] = round2(complexity);
    j["coupling"] = round2(coupling);
    j["license_risk"] = round2(licenseRisk);
    j["vulnerability"] = round2(vulnerability);
    j["fan_in"] = fanIn;
    j["fan_out"] = fanOut;
    j["effort_days"] = round2(effortDays);
    j["effort_cost"] = round2(effortCost);
    return j;
}

namespace {

// The JSON of toJson(FileRecord) written straight into `out`, keys in the same (sorted) order:
// a large audit writes one of these per file, and building a json object each time dominated.
void appendString(std::string& out, const QString& s)
{
    // As json::dump() escapes (UTF-8 kept, control characters as \b \t \n \f \r or \u00xx).
    const QByteArray utf8 = s.toUtf8();
    out += '"';
    const char* p = utf8.constData();
    const char* const end = p + utf8.size();
    while (p < end) {
        const char* run = p;
        while (p < end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        out.append(run, size_t(p - run));
        if (p == end)
            break;
        const auto c = static_cast<unsigned char>(*p++);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\r':
            out += "\\r";
            break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out += '"';
}

// An empty string as null.
void appendStringOrNull(std::string& out, const QString& s)
{
    if (s.isEmpty())
        out += "null";
    else
        appendString(out, s);
}

void appendStringList(std::string& out, const QStringList& list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, list[i]);
    }
    out += ']';
}

// A number as json::dump() writes it ("0.5", "12.0", "3").
void appendNumber(std::string& out, double v)
{
    out += json(v).dump();
}

// A JSON object written straight into a string: key() adds the separator and `"key":`, and
// returns the string for the value. Keys go in the order toJson() would sort them.
class ObjectWriter
{
public:
    explicit ObjectWriter(std::string& out)
        : m_out(out)
    {
        m_out += '{';
    }
    ~ObjectWriter() { m_out += '}'; }
    ObjectWriter(const ObjectWriter&) = delete;
    ObjectWriter& operator=(const ObjectWriter&) = delete;

    std::string& key(const char* name)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\":";
        return m_out;
    }

private:
    std::string& m_out;
    bool m_first = true;
};

// Rewriteability::toJson() written straight into `out`.
void appendRewriteabilityJson(std::string& out, const Rewriteability& r)
{
    ObjectWriter o(out);
    appendNumber(o.key("complexity"), round2(r.complexity));
    appendNumber(o.key("coupling"), round2(r.coupling));
    appendNumber(o.key("effort_cost"), round2(r.effortCost));
    appendNumber(o.key("effort_days"), round2(r.effortDays));
    o.key("fan_in") += std::to_string(r.fanIn);
    o.key("fan_out") += std::to_string(r.fanOut);
    appendNumber(o.key("license_risk"), round2(r.licenseRisk));
    appendNumber(o.key("score"), round2(r.score));
    appendNumber(o.key("vulnerability"), round2(r.vulnerability));
}

void appendFileJson(std::string& out, const FileRecord& f)
{
    ObjectWriter o(out);
    appendStringList(o.key("authors"), f.authors);
    appendString(o.key("ip_class"), f.ipClass);
    appendStringOrNull(o.key("language"), f.language);
    appendStringOrNull(o.key("license"), f.license);
    o.key("lines") += std::to_string(f.lines.total());
    appendString(o.key("path"), f.path);
    appendStringList(o.key("rationale"), f.rationale);
    if (f.rewriteability)
        appendRewriteabilityJson(o.key("rewriteability"), *f.rewriteability);
}

// toJson(Finding) written straight into `out`.
void appendFindingJson(std::string& out, const Finding& f)
{
    ObjectWriter o(out);
    appendString(o.key("evidence"), f.evidence);
    appendStringOrNull(o.key("file"), f.file);
    appendString(o.key("fingerprint"), f.fingerprint);
    appendString(o.key("id"), f.id);
    o.key("line") += f.line > 0 ? std::to_string(f.line) : std::string("null");
    appendString(o.key("rule_id"), f.ruleId);
    appendString(o.key("severity"), f.severity);
    appendString(o.key("status"), f.status);
    appendString(o.key("title"), f.title);
    appendString(o.key("type"), f.type);
}

} // namespace

json AuditReport::summaryJson() const
{
    LineCounts total;
    struct Lang
    {
        qint64 files = 0;
        LineCounts lines;
    };
    std::map<QString, Lang> languages;
    std::map<QString, qint64> licenses;
    std::map<QString, qint64> ip {{QStringLiteral("foreground"), 0}, {QStringLiteral("third_party"), 0},
        {QStringLiteral("background"), 0}, {QStringLiteral("unknown"), 0}};
    for (const auto& f : files) {
        total.code += f.lines.code;
        total.comment += f.lines.comment;
        total.blank += f.lines.blank;
        if (!f.language.isEmpty()) {
            auto& l = languages[f.language];
            ++l.files;
            l.lines.code += f.lines.code;
            l.lines.comment += f.lines.comment;
            l.lines.blank += f.lines.blank;
        }
        if (!f.license.isEmpty())
            ++licenses[f.license];
        ++ip[ip.count(f.ipClass) ? f.ipClass : QStringLiteral("unknown")];
    }
    json langs = json::array();
    std::vector<std::pair<QString, Lang>> sortedLangs(languages.begin(), languages.end());
    std::sort(sortedLangs.begin(), sortedLangs.end(), [](const auto& a, const auto& b) {
        return a.second.lines.code != b.second.lines.code ? a.second.lines.code > b.second.lines.code
                                                          : a.first < b.first;
    });
    for (const auto& [name, l] : sortedLangs)
        langs.push_back({{"name", str(name)}, {"files", l.files}, {"code", l.lines.code}, {"comment", l.lines.comment},
            {"blank", l.lines.blank}});
    json lics = json::array();
    std::vector<std::pair<QString, qint64>> sortedLics(licenses.begin(), licenses.end());
    std::sort(sortedLics.begin(), sortedLics.end(),
        [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    for (const auto& [spdx, n] : sortedLics)
        lics.push_back({{"spdx", str(spdx)}, {"files", n}});

    qint64 secrets = 0;
    for (const auto& f : findings)
        if (f.type == QLatin1String("secret"))
            ++secrets;
    json vulns = {{"critical", 0}, {"high", 0}, {"medium", 0}, {"low", 0}, {"unknown", 0}};
    for (const auto& v : vulnerabilities) {
        const std::string key = vulns.contains(str(v.severity)) ? str(v.severity) : std::string("unknown");
        vulns[key] = vulns[key].get<qint64>() + 1;
    }
    return {{"files_scanned", filesScanned}, {"bytes_scanned", bytesScanned}, {"commits", commits},
        {"contributors", qint64(contributors.size())},
        {"lines", {{"code", total.code}, {"comment", total.comment}, {"blank", total.blank}}}, {"languages", langs},
        {"licenses", lics},
        {"ip",
            {{"foreground", ip[QStringLiteral("foreground")]}, {"third_party", ip[QStringLiteral("third_party")]},
                {"background", ip[QStringLiteral("background")]}, {"unknown", ip[QStringLiteral("unknown")]}}},
        {"secrets", secrets}, {"dependencies", qint64(dependencies.size())}, {"vulnerabilities", vulns}};
}

bool AuditReport::writeJson(const std::function<bool(const char*, size_t)>& sink, int indent) const
{
    // The document without its big arrays, then each array element dumped on its own.
    AuditReport shell;
    shell.id = id;
    shell.repository = repository;
    shell.status = status;
    shell.startedAt = startedAt;
    shell.finishedAt = finishedAt;
    shell.options = options;
    shell.filesScanned = filesScanned;
    shell.bytesScanned = bytesScanned;
    shell.commits = commits;
    shell.policy = policy;
    json doc = shell.toJson();
    doc["summary"] = summaryJson();
    std::string pad;
    if (indent >= 0) {
        pad.push_back('\n');
        pad.append(size_t(indent), ' ');
    }
    std::string itemPad = pad;
    if (indent >= 0)
        itemPad.append(size_t(indent), ' ');
    std::string out = "{";
    bool firstKey = true;
    auto writeKey = [&](const std::string& key) {
        out += firstKey ? "" : ",";
        firstKey = false;
        out += pad + json(key).dump() + (indent >= 0 ? ": " : ":");
    };
    auto flush = [&]() {
        const bool ok = sink(out.data(), out.size());
        out.clear();
        return ok;
    };
    // An array written element by element: append(out, i) adds element i's JSON.
    auto writeArray
        = [&](const std::string& key, size_t count, const std::function<void(std::string&, size_t)>& append) {
              writeKey(key);
              if (count == 0) {
                  out += "[]";
                  return true;
              }
              out += "[";
              for (size_t i = 0; i < count; ++i) {
                  if (i)
                      out += ',';
                  out += itemPad;
                  append(out, i);
                  if (out.size() > (1 << 20) && !flush())
                      return false;
              }
              out += pad + "]";
              return true;
          };
    const auto dumped
        = [](const auto& items) { return [&items](std::string& o, size_t i) { o += audit::toJson(items[i]).dump(); }; };
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        const std::string& key = it.key();
        bool ok = true;
        if (key == "files")
            ok = writeArray(key, files.size(), [&](std::string& o, size_t i) { appendFileJson(o, files[i]); });
        else if (key == "findings")
            ok = writeArray(key, findings.size(), [&](std::string& o, size_t i) { appendFindingJson(o, findings[i]); });
        else if (key == "dependencies")
            ok = writeArray(key, dependencies.size(), dumped(dependencies));
        else if (key == "vulnerabilities")
            ok = writeArray(key, vulnerabilities.size(), dumped(vulnerabilities));
        else if (key == "contributors")
            ok = writeArray(key, contributors.size(), dumped(contributors));
        else {
            writeKey(key);
            std::string value = it.value().dump(indent);
            if (indent >= 0) // nested lines one level deeper
                for (size_t p = value.find('\n'); p != std::string::npos; p = value.find('\n', p + 1))
                    value.insert(p + 1, std::string(size_t(indent), ' '));
            out += value;
        }
        if (!ok)
            return false;
    }
    out += (indent >= 0 ? "\n}\n" : "}\n");
    return flush();
}

json AuditReport::toJson() const
{
    json filesJson = json::array();
    for (const auto& f : files)
        filesJson.push_back(audit::toJson(f));
    json findingsJson = json::array();
    for (const auto& f : findings)
        findingsJson.push_back(audit::toJson(f));
    json depsJson = json::array();
    for (const auto& d : dependencies)
        depsJson.push_back(audit::toJson(d));
    json vulnsJson = json::array();
    for (const auto& v : vulnerabilities)
        vulnsJson.push_back(audit::toJson(v));
    json contributorsJson = json::array();
    for (const auto& c : contributors)
        contributorsJson.push_back(audit::toJson(c));
    json violations = json::array();
    for (const auto& v : policy.violations)
        violations.push_back({{"policy_id", str(v.policyId)}, {"severity", str(v.severity)}, {"action", str(v.action)},
            {"message", str(v.message)}, {"finding_ids", assay::json::toJson(v.findingIds)}});
    const qint64 durationMs = (startedAt.isValid() && finishedAt.isValid()) ? startedAt.msecsTo(finishedAt) : 0;
    return {{"schema", "assay.audit/1"}, {"id", str(id)}, {"tool", {{"name", "assay"}, {"version", ASSAY_VERSION}}},
        {"repository",
            {{"source", str(repository.source)},
                {"ref", nullable(repository.ref.isEmpty() ? QString() : repository.ref)},
                {"commit", nullable(repository.commit.isEmpty() ? QString() : repository.commit)},
                {"root", str(repository.root)}}},
        {"status", str(status)}, {"started_at", timeOrNull(startedAt)}, {"finished_at", timeOrNull(finishedAt)},
        {"duration_ms", durationMs}, {"summary", summaryJson()}, {"files", filesJson}, {"findings", findingsJson},
        {"dependencies", depsJson}, {"vulnerabilities", vulnsJson}, {"contributors", contributorsJson},
        {"policy",
            policy.evaluated ? json {{"name", str(policy.name)}, {"passed", policy.passed}, {"violations", violations}}
                             : json(nullptr)}};
}

} // namespace assay::audit
