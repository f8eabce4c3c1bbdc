// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerControl.h"

namespace assay {

QString ServerControl::url() const
{
    QHostAddress a = address();
    QString host = a.toString();
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6)
        host = QStringLiteral("127.0.0.1");
    if (a.protocol() == QAbstractSocket::IPv6Protocol && a != QHostAddress::Any)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

} // namespace assay
