// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Paging.h"
#include "Principal.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <optional>

namespace assay {
class Database;
class EventBus;
} // namespace assay

namespace assay::auth {

// A personal API token as listed: never the secret, never its hash.
struct ApiTokenInfo
{
    QString id;
    QString userId;
    QString name;
    QString prefix; // first characters of the secret, to recognise it ("assay_Ab12Cd")
    Scopes scopes;
    QDateTime createdAt;
    QDateTime expiresAt; // invalid = never
    QDateTime lastUsedAt;
    QString lastUsedIp;
    QDateTime rotatedAt;
    QDateTime revokedAt;

    // "active" | "expired" | "revoked"
    QString status(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // {id, name, prefix, scopes, created_at, expires_at, last_used_at, last_used_ip, status, user_id}
    Json toJson() const;
};

// Returned once, at creation or rotation: the secret and the token's description.
struct IssuedToken
{
    QString secret;
    ApiTokenInfo info;

    Json toJson() const; // {token, token_info}
};

// Body of POST /tokens: {name, scopes[]?, expires_in_days?}. Missing scopes = the read scopes.
struct TokenRequest
{
    QString name;
    std::optional<Scopes> scopes;
    std::optional<int> expiresInDays;

    static Result<TokenRequest> fromJson(const Json& body);
};

// Personal API tokens for scripts and CI (SPEC §4 tokens, §10): `assay_` + base62 of 32 random
// bytes, shown once, stored as SHA-256 hex with a display prefix, looked up by hash and compared
// in constant time. A token acts with its owner's current role narrowed by its scopes.
// last_used_at / last_used_ip are kept in memory and written in batches (every few seconds, on
// flushUsage() and on destruction), never one write per request. Thread-safe.
class TokenService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPrefixLength = 12;
    static inline const QString kSecretPrefix = QStringLiteral("assay_");

    explicit TokenService(Database& db, int usageFlushMs = 5000, QObject* parent = nullptr);
    ~TokenService() override;

    // Creates a token for `ownerUserId` (empty = the actor). Only an admin may create tokens for
    // someone else; scopes must be within the owner's role (and the actor's, for a token actor).
    Result<IssuedToken> create(const Principal& actor, const TokenRequest& request, const QString& ownerUserId = {});
    // The actor's own tokens (an admin may pass another user's id), newest first.
    Result<Page<ApiTokenInfo>> list(const Principal& actor, PageRequest page, const QString& ownerUserId = {}) const;
    Result<ApiTokenInfo> get(const Principal& actor, const QString& id) const;
    // New secret, same id, name, scopes and expiry; the owner only.
    Result<IssuedToken> rotate(const Principal& actor, const QString& id);
    // Owner or admin; idempotent for an already revoked token.
    Status revoke(const Principal& actor, const QString& id);
    // Revokes every token of a user (account deactivated or deleted).
    Status revokeAllOf(const QString& userId);

    // Resolves a presented secret: Unauthorized with TOKEN_MALFORMED / UNKNOWN_TOKEN /
    // TOKEN_REVOKED / TOKEN_EXPIRED / USER_DEACTIVATED. Records the use (batched).
    Result<Principal> authenticate(const QString& secret, const QString& clientAddress);

    static bool looksLikeToken(const QString& bearer);

    // Writes pending last-used records now; returns how many tokens were updated.
    int flushUsage();
    int pendingUsageCount() const;

    // Injectable clock (tests).
    void setClock(std::function<QDateTime()> now);
    // Publishes {type:"token", action:"created"|"updated"|"deleted", data: token_info} (never the
    // secret) on channel "system", visible to the token's owner — the GUI's token page follows it.
    void setEventBus(EventBus* bus) { m_bus = bus; }

private:
    void publish(const QString& action, const ApiTokenInfo& info) const;

    Result<ApiTokenInfo> load(const QString& id) const;
    Result<IssuedToken> issueSecret(ApiTokenInfo info, bool rotation);

    struct Usage
    {
        QDateTime at;
        QString ip;
    };
    Database& m_db;
    mutable QMutex m_usageMutex;
    QHash<QString, Usage> m_pendingUsage;
    QTimer m_flushTimer;
    std::function<QDateTime()> m_now;
    EventBus* m_bus = nullptr;
};

} // namespace assay::auth
