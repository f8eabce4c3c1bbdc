// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

// Fake credentials of the right shape, generated at run time from a prefix and a random
// alphabet: the test sources hold no realistic-looking credential, and none of these is real.
namespace secretsamples {

inline const QString kUpper = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
inline const QString kLower = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
inline const QString kDigits = QStringLiteral("0123456789");
inline const QString kHex = QStringLiteral("0123456789abcdef");
inline const QString kAlnum = kUpper + kLower + kDigits;
inline const QString kUrlSafe = kAlnum + QStringLiteral("_-");
inline const QString kBase64 = kAlnum + QStringLiteral("+/");
inline const QString kBase32 = kUpper + QStringLiteral("234567");

class Gen
{
public:
    explicit Gen(quint32 seed)
        : m_rng(seed)
    { }

    QString pick(const QString& alphabet, int n)
    {
        QString s;
        s.reserve(n);
        for (int i = 0; i < n; ++i)
            s += alphabet[int(m_rng.bounded(quint32(alphabet.size())))];
        return s;
    }
    // Mixed-class random value that passes for a generated password or key.
    QString password(int n)
    {
        QString s = pick(kUpper, 1) + pick(kLower, 1) + pick(kDigits, 1);
        return s + pick(kAlnum + QStringLiteral("!#%^*_+-"), n - 3);
    }
    // A password as it appears inside a URL (unreserved characters and percent escapes).
    QString urlPassword(int n)
    {
        return pick(kUpper, 1) + pick(kLower, 1) + pick(kDigits, 1) + pick(kAlnum + QStringLiteral("-_.~"), n - 6)
            + QStringLiteral("%21");
    }
    int between(int lo, int hi) { return lo + int(m_rng.bounded(quint32(hi - lo + 1))); }
    QString uuid()
    {
        return pick(kHex, 8) + u'-' + pick(kHex, 4) + u'-' + pick(kHex, 4) + u'-' + pick(kHex, 4) + u'-'
            + pick(kHex, 12);
    }
    // A PEM block with a random base64 body.
    QString pem(const QString& label, int lines = 12)
    {
        QString s = QStringLiteral("-----BEGIN ") + label + QStringLiteral("-----\n");
        for (int i = 0; i < lines; ++i)
            s += pick(kBase64, 64) + u'\n';
        return s + pick(kBase64, 20) + QStringLiteral("==\n-----END ") + label + QStringLiteral("-----");
    }
    QString jwt()
    {
        const QByteArray header = QJsonDocument(QJsonObject {{QStringLiteral("alg"), QStringLiteral("HS256")},
                                                    {QStringLiteral("typ"), QStringLiteral("JWT")}})
                                      .toJson(QJsonDocument::Compact);
        const QByteArray payload = QJsonDocument(QJsonObject {{QStringLiteral("sub"), pick(kAlnum, 12)},
                                                     {QStringLiteral("iat"), between(1600000000, 1700000000)}})
                                       .toJson(QJsonDocument::Compact);
        const auto enc = [](const QByteArray& b) {
            return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        return enc(header) + u'.' + enc(payload) + u'.' + pick(kUrlSafe, 43);
    }

private:
    QRandomGenerator m_rng;
};

} // namespace secretsamples
