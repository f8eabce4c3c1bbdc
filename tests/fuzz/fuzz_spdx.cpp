// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX license expressions as files and package metadata state them (LICENSE tags, package.json,
// Cargo.toml …): lenient and strict parsing, normalisation of single ids, combination.
// Invariant: the canonical form of a parsed expression parses again to the same canonical form.
#include "FuzzSupport.h"

#include "audit/licenses/SpdxExpression.h"

#include <QStringList>

using assay::licenses::SpdxExpression;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    assay::fuzz::initialize();
    (void)SpdxExpression::normalizeId(QStringLiteral("MIT")); // loads the SPDX list once, not in the first run
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 256 * 1024)
        return 0; // a package.json "license" field can be long, but not this long
    const QString text = QString::fromUtf8(assay::fuzz::bytes(data, size));
    for (const bool strict : {false, true}) {
        const auto parsed = SpdxExpression::parse(text, strict);
        if (!parsed)
            continue;
        const QString canonical = parsed->toString();
        (void)parsed->licenseIds();
        (void)parsed->exceptionIds();
        if (!parsed->isEmpty()) {
            const auto again = SpdxExpression::parse(canonical, false);
            if (!again)
                qFatal("the canonical form \"%s\" of an SPDX expression does not parse: %s", qUtf8Printable(canonical),
                    qUtf8Printable(again.error().message));
            if (again->toString() != canonical)
                qFatal("the canonical form of an SPDX expression is not stable: \"%s\" -> \"%s\"",
                    qUtf8Printable(canonical), qUtf8Printable(again->toString()));
        }
    }
    (void)SpdxExpression::normalizeId(text);
    (void)SpdxExpression::combineAnd(text.split(QLatin1Char('\n')));
    return 0;
}
