// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHasher.h"

#include "Crypto.h"
#include "core/Json.h"

#include <sodium.h>

namespace assay::auth {

PasswordHasher::Cost PasswordHasher::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Cost PasswordHasher::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(cost)
{
    crypto::ensureSodium();
}

Status PasswordHasher::validate(const QString& password, const QString& field)
{
    const Json details {{"field", json::str(field)}};
    if (password.isEmpty())
        return Error::validation(QStringLiteral("The field '%1' is required.").arg(field), details);
    if (password.size() < kMinLength)
        return Error::unprocessable(
            QStringLiteral("The field '%1' must be at least %2 characters long.").arg(field).arg(kMinLength), details);
    if (password.size() > kMaxLength)
        return Error::unprocessable(
            QStringLiteral("The field '%1' must be at most %2 characters long.").arg(field).arg(kMaxLength), details);
    if (password.trimmed().isEmpty())
        return Error::unprocessable(QStringLiteral("The field '%1' cannot be only spaces.").arg(field), details);
    return {};
}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    if (!crypto::ensureSodium())
        return Error::internal(QStringLiteral("The cryptography library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), m_cost.opsLimit, m_cost.memLimit) != 0)
        return Error::internal(QStringLiteral("Not enough memory to hash the password."));
    QString encoded = QString::fromLatin1(out);
    sodium_memzero(out, sizeof out);
    return encoded;
}

bool PasswordHasher::verify(const QString& password, const QString& encodedHash) const
{
    const QByteArray stored = encodedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& encodedHash) const
{
    const QByteArray stored = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_cost.opsLimit, m_cost.memLimit) != 0;
}

void PasswordHasher::burnVerify(const QString& password) const
{
    std::call_once(m_dummy->once, [this] {
        auto dummy = hash(QString::fromLatin1(crypto::randomBytes(16).toHex()));
        if (dummy)
            m_dummy->hash = *dummy;
    });
    if (!m_dummy->hash.isEmpty())
        (void)verify(password, m_dummy->hash);
}

} // namespace assay::auth
