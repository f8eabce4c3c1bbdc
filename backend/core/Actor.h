// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace assay {

// Who is asking, as services see it: the user behind a JWT or an API token, or the desktop
// user in-process. The auth module maps its Principal onto this; services check ownership
// and roles with it and never depend on how the caller authenticated.
struct Actor
{
    QString userId;
    QString email;
    QString role; // admin | analyst | viewer

    bool isAdmin() const { return role == QLatin1String("admin"); }
    bool atLeast(const QString& minimum) const { return rank(role) >= rank(minimum); }

    static int rank(const QString& role)
    {
        if (role == QLatin1String("admin"))
            return 3;
        if (role == QLatin1String("analyst"))
            return 2;
        if (role == QLatin1String("viewer"))
            return 1;
        return 0;
    }
    // The built-in local administrator: the desktop user and the CLI.
    static Actor localAdmin()
    {
        return {QStringLiteral("local"), QStringLiteral("local@assay"), QStringLiteral("admin")};
    }
};

} // namespace assay
