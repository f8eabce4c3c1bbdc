// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time host tool: compiles the SPDX license list fetched by scripts/setup.d/10-spdx-license-list.sh
// into the compact resource the license matcher embeds (one line per license with its normalised
// words, one line per exception id) and the full-text matcher's trigram index over those words
// (LicenseIndex.h), so that nothing is indexed at run time. Usage:
//   assay_spdx_gen <spdx-full.json> <license-deprecated.json> <exceptions.json> <exceptions-deprecated.json>
//                  <out.db> <out.idx>
#include "LicenseIndex.h"
#include "TextNormalizer.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <vector>

namespace {

nlohmann::json readJson(const char* path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(std::string("cannot read ") + path);
    return nlohmann::json::parse(in);
}

bool writeFile(const char* path, const std::string& bytes)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << bytes;
    if (!file)
        std::cerr << "cannot write " << path << '\n';
    return bool(file);
}

std::string clean(std::string s)
{
    for (char& c : s)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 7) {
        std::cerr << "usage: assay_spdx_gen spdx-full.json license-deprecated.json exceptions.json "
                     "exceptions-deprecated.json out.db out.idx\n";
        return 2;
    }
    try {
        const auto full = readJson(argv[1]);
        std::set<std::string> deprecated;
        for (const auto& id : readJson(argv[2]))
            deprecated.insert(id.get<std::string>());
        std::ostringstream out;
        out << "assay-spdx/1\n";
        std::size_t licenses = 0;
        std::vector<assay::licenses::TokenStream> texts;
        std::vector<assay::licenses::LicenseIndexInput> index;
        for (const auto& [id, entry] : full.items()) {
            // Ids such as GPL-2.0+ are deprecated too although the ids package lists only the bare forms.
            const bool isDeprecated
                = deprecated.count(id) || id.find('+') != std::string::npos || id.find("-with-") != std::string::npos;
            const std::string text = entry.value("licenseText", std::string());
            const auto words = assay::licenses::normalize(text);
            out << "L\t" << id << '\t' << (isDeprecated ? "d" : "") << (entry.value("osiApproved", false) ? "o" : "")
                << '\t' << clean(entry.value("name", id)) << '\t' << words.text << '\n';
            ++licenses;
            texts.push_back(words);
            index.push_back({id, isDeprecated, words.ids, {}});
        }
        for (std::size_t i = 0; i < index.size(); ++i)
            index[i].text = texts[i].text;
        std::size_t exceptions = 0;
        for (const auto& id : readJson(argv[3])) {
            out << "X\t" << id.get<std::string>() << "\t\n";
            ++exceptions;
        }
        for (const auto& id : readJson(argv[4]))
            out << "X\t" << id.get<std::string>() << "\td\n";
        if (!writeFile(argv[5], out.str()) || !writeFile(argv[6], assay::licenses::LicenseIndex::build(index)))
            return 1;
        std::cout << "assay_spdx_gen: " << licenses << " licenses, " << exceptions << " exceptions\n";
    } catch (const std::exception& e) {
        std::cerr << "assay_spdx_gen: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
