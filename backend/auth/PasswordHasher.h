// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <mutex>

#include "core/Result.h"

#include <QString>

namespace assay::auth {

// Argon2id password hashing through libsodium's crypto_pwhash_str (salt and parameters are kept
// in the encoded string), verified in constant time. Used by UserService and SessionService.
class PasswordHasher
{
public:
    struct Cost
    {
        unsigned long long opsLimit;
        size_t memLimit;
    };
    // libsodium's "interactive" Argon2id cost (64 MiB, 2 passes): the production default.
    static Cost interactive();
    // The smallest cost libsodium allows; only for tests, where hundreds of hashes are made.
    static Cost minimal();

    explicit PasswordHasher(Cost cost = interactive());

    static constexpr int kMinLength = 8;
    static constexpr int kMaxLength = 1024;
    // Validation error naming the field when the password is unacceptable.
    static Status validate(const QString& password, const QString& field = QStringLiteral("password"));

    Result<QString> hash(const QString& password) const;
    bool verify(const QString& password, const QString& encodedHash) const;
    // True when a stored hash was made with weaker parameters than this hasher's (rehash on login).
    bool needsRehash(const QString& encodedHash) const;
    // Spends the same time as verify() on a fixed dummy hash: used when the account does not
    // exist, so response times do not reveal which emails are registered.
    void burnVerify(const QString& password) const;

private:
    // Made on first use (an Argon2id hash costs ~0.1 s: not something every CLI start should pay);
    // shared by the copies of this hasher.
    struct Dummy
    {
        std::once_flag once;
        QString hash;
    };
    Cost m_cost;
    std::shared_ptr<Dummy> m_dummy = std::make_shared<Dummy>();
};

} // namespace assay::auth
