// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>

// QVERIFY for Result/Status that prints the error's message when it fails.
#define ASSAY_VERIFY_OK(expr)                                                                                          \
    do {                                                                                                               \
        const auto& _r = (expr);                                                                                       \
        QVERIFY2(_r.ok(), _r.ok() ? "" : qPrintable(_r.error().message));                                              \
    } while (false)
