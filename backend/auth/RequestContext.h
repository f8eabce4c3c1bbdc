// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Principal.h"

#include <QString>

#include <optional>

namespace assay::auth {

// Where a call comes from, as the HTTP layer (or the GUI/CLI) knows it. Services use it for rules
// that depend on the caller's address (first admin only from this computer, login bans) and
// to record sessions. `local` is true for the GUI, the CLI and requests from a loopback address.
struct RequestContext
{
    std::optional<Principal> principal; // empty when anonymous
    QString ipAddress; // client address after trusted-proxy resolution
    QString userAgent;
    bool local = false;

    static RequestContext desktop() { return {Principal::localAdmin(), QStringLiteral("local"), {}, true}; }
    static RequestContext anonymous(QString ip, bool loopback, QString userAgent = {})
    {
        return {std::nullopt, std::move(ip), std::move(userAgent), loopback};
    }
};

} // namespace assay::auth
