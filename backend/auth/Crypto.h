// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Small cryptographic building blocks shared by the auth services (libsodium underneath):
// random secrets, encodings, digests and constant-time comparison.
namespace assay::auth::crypto {

// Initialises libsodium once (thread-safe); false only if the library cannot work at all.
bool ensureSodium();

QByteArray randomBytes(int size);
// Base62 (0-9A-Za-z) of a big-endian number: 32 random bytes give 43 characters.
QString base62(const QByteArray& bytes);
QByteArray base64UrlEncode(const QByteArray& bytes);
// Strict base64url without padding; false on any character outside the alphabet.
bool base64UrlDecode(const QByteArray& text, QByteArray* out);

QString sha256Hex(const QByteArray& bytes);
QByteArray hmacSha256(const QByteArray& key, const QByteArray& message);
// Constant-time equality (sodium_memcmp); different lengths are simply unequal.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

// A random UUID without braces, used as row id.
QString newId();

} // namespace assay::auth::crypto
