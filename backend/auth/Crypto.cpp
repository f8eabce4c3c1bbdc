// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUuid>

#include <sodium.h>

#include <vector>

namespace assay::auth::crypto {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray randomBytes(int size)
{
    ensureSodium();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(size));
    return out;
}

QString base62(const QByteArray& bytes)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    // Repeated division of the big-endian number by 62; fixed width so every secret has the
    // same length: ceil(8 * n / log2(62)) digits.
    std::vector<quint8> number(bytes.begin(), bytes.end());
    const int digits = int((bytes.size() * 8 * 1000 + 5953) / 5954); // log2(62) ≈ 5.954
    QString out(digits, QLatin1Char('0'));
    for (int pos = digits - 1; pos >= 0; --pos) {
        quint32 remainder = 0;
        for (auto& b : number) {
            const quint32 acc = (remainder << 8) | b;
            b = quint8(acc / 62);
            remainder = acc % 62;
        }
        out[pos] = QLatin1Char(alphabet[remainder]);
    }
    return out;
}

QByteArray base64UrlEncode(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool base64UrlDecode(const QByteArray& text, QByteArray* out)
{
    for (char c : text) {
        const bool ok
            = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    if (text.size() % 4 == 1)
        return false;
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *out = decoded.decoded;
    return true;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    ensureSodium();
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace assay::auth::crypto
