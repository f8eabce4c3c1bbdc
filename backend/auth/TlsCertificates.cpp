// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsCertificates.h"

#include "Crypto.h"
#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSaveFile>
#include <QSysInfo>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace assay::auth {

namespace {

template <typename T, void (*F)(T*)> struct Deleter
{
    void operator()(T* p) const { F(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
void bioFree(BIO* b)
{
    BIO_free(b);
}
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, bioFree>>;

Error tlsError(const QString& what)
{
    return Error::internal(QStringLiteral("Cannot make the certificate: %1.").arg(what));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

Status writeFile(const QString& path, const QByteArray& bytes, bool privateFile)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::internal(QStringLiteral("Cannot write %1.").arg(path));
    if (privateFile && !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return Error::internal(QStringLiteral("Cannot restrict the permissions of %1.").arg(path));
    f.write(bytes);
    if (!f.commit())
        return Error::internal(QStringLiteral("Cannot save %1.").arg(path));
    if (privateFile)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace

Result<TlsCertificates::Generated> TlsCertificates::generateSelfSigned(
    const QString& dir, const QStringList& hostNames, const QStringList& addresses, int validDays)
{
    if (validDays < 1 || validDays > 3650)
        return Error::validation(QStringLiteral("A certificate must be valid for 1 to 3650 days."));
    if (!QDir().mkpath(dir))
        return Error::internal(QStringLiteral("Cannot create the folder %1.").arg(dir));

    QStringList names;
    for (const QString& h : hostNames) {
        const QString n = h.trimmed().toLower();
        if (!n.isEmpty() && !names.contains(n) && QHostAddress(n).isNull())
            names << n;
    }
    if (!names.contains(QStringLiteral("localhost")))
        names << QStringLiteral("localhost");
    QStringList ips;
    for (const QString& a : addresses + QStringList {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}) {
        QHostAddress addr(a.trimmed());
        if (addr.isNull())
            return Error::validation(QStringLiteral("'%1' is not an IP address.").arg(a), {{"field", "addresses"}});
        if (!ips.contains(addr.toString()))
            ips << addr.toString();
    }

    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return tlsError(QStringLiteral("no EC key"));
    X509Ptr cert(X509_new());
    if (!cert)
        return tlsError(QStringLiteral("no certificate object"));
    X509_set_version(cert.get(), 2); // v3
    const QByteArray serial = crypto::randomBytes(16);
    BIGNUM* bn = BN_bin2bn(reinterpret_cast<const unsigned char*>(serial.constData()), serial.size(), nullptr);
    if (!bn)
        return tlsError(QStringLiteral("no serial"));
    BN_clear_bit(bn, 127); // positive
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validDays) * 86400);
    X509_set_pubkey(cert.get(), key.get());

    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = names.first().toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Assay"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name); // self-signed

    QStringList san;
    for (const QString& n : names)
        san << QStringLiteral("DNS:") + n;
    for (const QString& ip : ips)
        san << QStringLiteral("IP:") + ip;
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    const std::pair<int, QByteArray> extensions[] = {
        {NID_subject_alt_name, san.join(QLatin1Char(',')).toUtf8()},
        {NID_basic_constraints, QByteArrayLiteral("critical,CA:FALSE")},
        {NID_key_usage, QByteArrayLiteral("critical,digitalSignature")},
        {NID_ext_key_usage, QByteArrayLiteral("serverAuth")},
        {NID_subject_key_identifier, QByteArrayLiteral("hash")},
    };
    for (const auto& [nid, value] : extensions) {
        ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
        if (!ext || !X509_add_ext(cert.get(), ext.get(), -1))
            return tlsError(QStringLiteral("cannot add extension %1").arg(QString::fromLatin1(OBJ_nid2sn(nid))));
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return tlsError(QStringLiteral("signing failed"));

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || !PEM_write_bio_X509(certBio.get(), cert.get())
        || !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return tlsError(QStringLiteral("cannot encode PEM"));

    Generated out;
    out.certificatePath = QDir(dir).filePath(QStringLiteral("assay-cert.pem"));
    out.keyPath = QDir(dir).filePath(QStringLiteral("assay-key.pem"));
    Status s = writeFile(out.keyPath, bioBytes(keyBio.get()), true);
    if (!s)
        return s.error();
    const QByteArray certPem = bioBytes(certBio.get());
    s = writeFile(out.certificatePath, certPem, false);
    if (!s)
        return s.error();
    auto fp = fingerprintSha256(certPem);
    if (!fp)
        return fp.error();
    out.fingerprint = *fp;
    out.notAfter = QDateTime::currentDateTimeUtc().addDays(validDays);
    qCInfo(lcAuth).noquote() << "generated a self-signed certificate" << out.certificatePath << "SHA-256"
                             << out.fingerprint;
    return out;
}

Result<QString> TlsCertificates::fingerprintSha256(const QString& certificatePath)
{
    QFile f(certificatePath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("Cannot read the certificate %1.").arg(certificatePath));
    return fingerprintSha256(f.read(1024 * 1024));
}

Result<QString> TlsCertificates::fingerprintSha256(const QByteArray& pemOrDer)
{
    QByteArray der;
    const QByteArray begin = QByteArrayLiteral("-----BEGIN CERTIFICATE-----");
    const QByteArray end = QByteArrayLiteral("-----END CERTIFICATE-----");
    const qsizetype b = pemOrDer.indexOf(begin);
    if (b >= 0) {
        const qsizetype e = pemOrDer.indexOf(end, b);
        if (e < 0)
            return Error::validation(QStringLiteral("The certificate PEM is truncated."));
        const QByteArray body = pemOrDer.mid(b + begin.size(), e - b - begin.size()).simplified().replace(' ', "");
        auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return Error::validation(QStringLiteral("The certificate PEM is not valid base64."));
        der = decoded.decoded;
    } else {
        der = pemOrDer;
    }
    // Check it really is a certificate before fingerprinting it.
    const auto* start = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* p = start;
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    if (!cert)
        return Error::validation(QStringLiteral("The file is not an X.509 certificate."));
    der.truncate(qsizetype(p - start)); // the certificate itself, without trailing bytes
    const QByteArray digest = QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i < digest.size(); i += 2)
        pairs << QString::fromLatin1(digest.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

} // namespace assay::auth
