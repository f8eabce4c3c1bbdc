// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/TlsCertificates.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestUtil.h"

#include <sys/stat.h>

using namespace assay;
using namespace assay::auth;

// Self-signed certificate generation for LAN HTTPS, checked with an independent tool (the openssl
// command, when installed) and by fingerprint.
class TestTlsCertificates : public QObject
{
    Q_OBJECT
private:
    static QString openssl() { return QStandardPaths::findExecutable(QStringLiteral("openssl")); }

    static QString run(const QStringList& args)
    {
        QProcess p;
        p.start(openssl(), args);
        if (!p.waitForFinished(20000) || p.exitCode() != 0)
            return QStringLiteral("<failed: %1>").arg(QString::fromLocal8Bit(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void generatesAUsableSelfSignedCertificate()
    {
        QTemporaryDir dir;
        auto gen = TlsCertificates::generateSelfSigned(dir.filePath(QStringLiteral("tls")),
            {QStringLiteral("assay.lan"), QStringLiteral("build-box")}, {QStringLiteral("192.168.1.20")}, 365);
        ASSAY_VERIFY_OK(gen);
        QVERIFY(QFile::exists(gen->certificatePath));
        QVERIFY(QFile::exists(gen->keyPath));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(gen->keyPath).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        static const QRegularExpression fp(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
        QVERIFY2(fp.match(gen->fingerprint).hasMatch(), qPrintable(gen->fingerprint));
        QCOMPARE(*TlsCertificates::fingerprintSha256(gen->certificatePath), gen->fingerprint);
        QVERIFY(gen->notAfter > QDateTime::currentDateTimeUtc().addDays(364));

        if (openssl().isEmpty())
            QSKIP("the openssl command is not installed: no independent check");
        const QString text
            = run({QStringLiteral("x509"), QStringLiteral("-in"), gen->certificatePath, QStringLiteral("-noout"),
                QStringLiteral("-text"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        QVERIFY2(text.contains(QStringLiteral("DNS:assay.lan")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("DNS:build-box")));
        QVERIFY(text.contains(QStringLiteral("DNS:localhost")));
        QVERIFY(text.contains(QStringLiteral("IP Address:192.168.1.20")));
        QVERIFY(text.contains(QStringLiteral("IP Address:127.0.0.1")));
        QVERIFY(text.contains(QStringLiteral("CN = assay.lan")));
        QVERIFY(text.contains(QStringLiteral("TLS Web Server Authentication")));
        QVERIFY(text.contains(QStringLiteral("ecdsa-with-SHA256")));
        QVERIFY2(text.contains(QStringLiteral("Fingerprint=") + gen->fingerprint), qPrintable(text));
        // The key matches the certificate, and the certificate verifies against itself.
        const QString certKey = run({QStringLiteral("x509"), QStringLiteral("-in"), gen->certificatePath,
            QStringLiteral("-noout"), QStringLiteral("-pubkey")});
        const QString keyPub
            = run({QStringLiteral("pkey"), QStringLiteral("-in"), gen->keyPath, QStringLiteral("-pubout")});
        QVERIFY(certKey.startsWith(QStringLiteral("-----BEGIN PUBLIC KEY-----")));
        QCOMPARE(certKey, keyPub);
    }

    void fingerprintRejectsNonCertificates()
    {
        QCOMPARE(TlsCertificates::fingerprintSha256(QByteArrayLiteral("hello")).error().kind, Error::Kind::Validation);
        QCOMPARE(TlsCertificates::fingerprintSha256(
                     QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"))
                     .error()
                     .kind,
            Error::Kind::Validation);
        QCOMPARE(TlsCertificates::fingerprintSha256(QStringLiteral("/nonexistent/cert.pem")).error().kind,
            Error::Kind::NotFound);
        QTemporaryDir dir;
        QCOMPARE(TlsCertificates::generateSelfSigned(dir.path(), {}, {QStringLiteral("not-an-ip")}).error().kind,
            Error::Kind::Validation);
    }
};

QTEST_GUILESS_MAIN(TestTlsCertificates)
#include "TestTlsCertificates.moc"
