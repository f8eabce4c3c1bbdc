// SPDX-License-Identifier: GPL-3.0-or-later
// OSV advisories as `assay vulndb import` and POST /api/v1/vulndb take them: the import itself
// (VulnDb::importData into a real SQLite database in the process's scratch directory, emptied
// after every input so that runs stay independent), then matching every record against the
// versions it names (OsvMatcher: ranges, events, version order per ecosystem), rating (CVSS) and
// the merge of aliases.
#include "FuzzSupport.h"

#include "audit/deps/Ecosystem.h"
#include "audit/deps/OsvMatcher.h"
#include "audit/deps/VulnDb.h"
#include "storage/Database.h"

#include <nlohmann/json.hpp>

#include <set>

using namespace assay::audit::deps;
using assay::audit::Dependency;
using assay::audit::Vulnerability;
using nlohmann::json;

namespace {

assay::Database& database()
{
    static assay::Database* db = [] {
        auto* d = new assay::Database(assay::fuzz::scratchDir() + QStringLiteral("/osv.db"));
        if (!d->open())
            assay::fuzz::fail("cannot open the scratch database");
        return d;
    }();
    return *db;
}

void clearDatabase()
{
    auto c = database().connection();
    for (const char* table : {"vuln_packages", "vuln_advisories", "vuln_imports"})
        if (!assay::execSql(c, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            assay::fuzz::fail("cannot empty the scratch database");
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string text(const json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The versions a record talks about (listed versions and range events), a few at most.
std::set<std::string> versionsOf(const json& affected)
{
    std::set<std::string> out {"0", "1.0.0"};
    if (const auto v = affected.find("versions"); v != affected.end() && v->is_array())
        for (const auto& s : *v)
            if (s.is_string() && out.size() < 12)
                out.insert(s.get<std::string>());
    if (const auto ranges = affected.find("ranges"); ranges != affected.end() && ranges->is_array())
        for (const auto& r : *ranges)
            if (r.is_object())
                if (const auto events = r.find("events"); events != r.end() && events->is_array())
                    for (const auto& e : *events)
                        if (e.is_object())
                            for (const auto& [k, v] : e.items())
                                if (v.is_string() && out.size() < 24)
                                    out.insert(v.get<std::string>());
    return out;
}

void matchRecord(const json& osv)
{
    (void)OsvMatcher::rate(osv);
    const auto affected = osv.find("affected");
    if (affected == osv.end() || !affected->is_array())
        return;
    std::vector<Vulnerability> found;
    QString lastEcosystem;
    for (const auto& a : *affected) {
        if (!a.is_object() || !a.contains("package") || !a["package"].is_object())
            continue;
        const std::string ecosystem = text(a["package"], "ecosystem");
        const std::string name = text(a["package"], "name");
        (void)OsvMatcher::mentions(osv, ecosystem, name);
        for (const std::string& version : versionsOf(a))
            if (const auto m = OsvMatcher::match(osv, ecosystem, name, version)) {
                Dependency dep;
                dep.name = q(name);
                dep.ecosystem = q(canonicalEcosystem(ecosystem));
                dep.version = q(version);
                found.push_back(OsvMatcher::toVulnerability(osv, dep, *m));
                lastEcosystem = dep.ecosystem;
            }
    }
    (void)VulnDb::mergeAliases(std::move(found), lastEcosystem);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    assay::fuzz::initialize();
    database();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 512 * 1024)
        return 0;
    const json parsed = json::parse(assay::fuzz::view(data, size), nullptr, false);
    if (!parsed.is_discarded()) {
        if (parsed.is_array()) {
            for (const auto& r : parsed)
                if (r.is_object())
                    matchRecord(r);
        } else if (parsed.is_object()) {
            matchRecord(parsed);
        }
    }

    VulnDb db(database());
    const auto summary = db.importData(assay::fuzz::bytes(data, size), QString());
    if (summary && summary->added > 0 && parsed.is_object()) {
        // What was stored is matched the same way as when an audit asks for it.
        if (const auto a = parsed.find("affected"); a != parsed.end() && a->is_array() && !a->empty()
            && (*a)[0].is_object() && (*a)[0].contains("package") && (*a)[0]["package"].is_object()) {
            Dependency dep;
            dep.ecosystem = q(text((*a)[0]["package"], "ecosystem"));
            dep.name = q(text((*a)[0]["package"], "name"));
            dep.version = QStringLiteral("1.0.0");
            (void)db.vulnerabilitiesFor(dep);
        }
    }
    clearDatabase();
    return 0;
}
