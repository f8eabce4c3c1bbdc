// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "Authenticator.h"
#include "KeyStore.h"
#include "LoginThrottle.h"
#include "PasswordHasher.h"
#include "RateLimiter.h"
#include "SessionService.h"
#include "TokenService.h"
#include "UserService.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace assay::auth {

// The auth module wired as the app uses it, built once at start-up on the main thread and handed
// to the API server, the GUI and the CLI: keystore → signing key → users, sessions, tokens,
// authenticator, rate limiter, login throttle, audit log; plus housekeeping (expired sessions,
// audit-log retention, batched token-use writes) on timers.
class AuthServices : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        KeyStore::Backend keyBackend = KeyStore::Backend::Auto;
        PasswordHasher::Cost passwordCost = PasswordHasher::interactive();
        int tokenUsageFlushMs = 5000;
        int maintenanceIntervalMs = 60 * 60 * 1000; // 0 = only on demand
    };

    static Result<std::unique_ptr<AuthServices>> create(Database& db, SettingsStore& settings, const QString& dataDir);
    static Result<std::unique_ptr<AuthServices>> create(
        Database& db, SettingsStore& settings, const QString& dataDir, Options options);
    ~AuthServices() override;

    KeyStore& keys() { return *m_keys; }
    UserService& users() { return *m_users; }
    SessionService& sessions() { return *m_sessions; }
    TokenService& tokens() { return *m_tokens; }
    Authenticator& authenticator() { return *m_authenticator; }
    RateLimiter& rateLimiter() { return *m_rateLimiter; }
    LoginThrottle& loginThrottle() { return *m_throttle; }
    AuditLog& auditLog() { return *m_auditLog; }

    // Purges expired refresh tokens / denylist rows, applies audit-log retention, flushes token
    // use. Runs at start and every maintenanceIntervalMs; callable any time.
    void runMaintenance();

private:
    AuthServices(Database& db, SettingsStore& settings);

    Database& m_db;
    SettingsStore& m_settings;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<AuditLog> m_auditLog;
    QTimer m_maintenance;
};

} // namespace assay::auth
