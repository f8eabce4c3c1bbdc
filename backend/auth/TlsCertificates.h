// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace assay::auth {

// HTTPS material for LAN sharing (SPEC §10): a self-signed certificate made locally with
// OpenSSL's libcrypto (ECDSA P-256, SHA-256, SubjectAltName for the given names and addresses),
// and the SHA-256 fingerprint the GUI shows so teammates can verify what their browser sees.
class TlsCertificates
{
public:
    struct Generated
    {
        QString certificatePath; // PEM
        QString keyPath; // PEM, mode 0600
        QString fingerprint; // "AB:CD:…" SHA-256 of the DER certificate
        QDateTime notAfter;
    };

    // Writes `<dir>/assay-cert.pem` and `<dir>/assay-key.pem`. `hostNames` and `addresses` go into
    // the SubjectAltName (localhost and 127.0.0.1/::1 are always added); the common name is
    // the first host name.
    static Result<Generated> generateSelfSigned(
        const QString& dir, const QStringList& hostNames = {}, const QStringList& addresses = {}, int validDays = 825);

    // SHA-256 fingerprint of the first certificate of a PEM (or DER) file, as "AB:CD:…".
    static Result<QString> fingerprintSha256(const QString& certificatePath);
    static Result<QString> fingerprintSha256(const QByteArray& pemOrDer);
};

} // namespace assay::auth
