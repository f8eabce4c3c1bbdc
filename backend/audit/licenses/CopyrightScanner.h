// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/AuditModel.h"

#include <string_view>
#include <vector>

// Copyright statements in a file: "Copyright (c) 2019-2021 Acme Corp. All rights reserved.",
// "(C) 2004 Jane Doe <jane@example.org>", "© 2020 Foo". Splits years from holders and drops
// the template and prose uses of the word ("the copyright holders", "copyright law").
namespace assay::licenses {

class CopyrightScanner
{
public:
    static std::vector<audit::CopyrightHit> scan(std::string_view content);
};

} // namespace assay::licenses
