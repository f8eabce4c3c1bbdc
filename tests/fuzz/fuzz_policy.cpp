// SPDX-License-Identifier: GPL-3.0-or-later
// Policy files (reports/PolicyEngine: YAML or JSON, `assay audit --policy FILE`, an API
// submission's inline policy) and their condition strings (PolicyExpression). A parsed policy
// set is evaluated against a realistic audit document (tests/reports/ReportFixture.h).
// Input: a policy document; or `=` followed by a condition, parsed and evaluated on its own.
#include "FuzzSupport.h"

#include "reports/PolicyEngine.h"
#include "reports/ReportFixture.h"

using namespace assay::reports;

namespace {

const assay::Json& audit()
{
    static const assay::Json doc = assay::testing::reportFixture();
    return doc;
}

const assay::Json& facts()
{
    static const assay::Json f = PolicyEngine::facts(audit());
    return f;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    assay::fuzz::initialize();
    facts();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0;
    if (size > 0 && data[0] == '=') {
        static const QStringList known = PolicyEngine::factNames();
        const auto expr = PolicyExpression::parse(QString::fromUtf8(assay::fuzz::bytes(data + 1, size - 1)), known);
        if (expr)
            (void)expr->evaluate(facts());
        return 0;
    }
    const QByteArray text = assay::fuzz::bytes(data, size);
    if (const auto set = PolicySet::parse(text, QStringLiteral("policy.yaml"))) {
        (void)set->evaluate(audit());
        assay::Json copy = audit();
        (void)PolicyEngine::apply(*set, copy);
    }
    // The same document as an inline API submission (fromOption's object form; its string form
    // names a file or pack and is not outside input).
    const assay::Json inline_ = assay::Json::parse(assay::fuzz::view(data, size), nullptr, false);
    if (!inline_.is_discarded() && inline_.is_object())
        if (const auto set = PolicySet::fromJson(inline_))
            (void)set->evaluate(audit());
    return 0;
}
