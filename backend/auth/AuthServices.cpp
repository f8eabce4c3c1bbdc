// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthServices.h"

#include "core/Logging.h"
#include "storage/SettingsStore.h"

namespace assay::auth {

AuthServices::AuthServices(Database& db, SettingsStore& settings)
    : m_db(db)
    , m_settings(settings)
{ }

AuthServices::~AuthServices()
{
    if (m_tokens)
        m_tokens->flushUsage();
}

Result<std::unique_ptr<AuthServices>> AuthServices::create(
    Database& db, SettingsStore& settings, const QString& dataDir)
{
    return create(db, settings, dataDir, Options {});
}

Result<std::unique_ptr<AuthServices>> AuthServices::create(
    Database& db, SettingsStore& settings, const QString& dataDir, Options options)
{
    std::unique_ptr<AuthServices> s(new AuthServices(db, settings));
    KeyStore::Options keyOptions;
    keyOptions.backend = options.keyBackend;
    s->m_keys = std::make_unique<KeyStore>(dataDir, keyOptions);
    auto key = SessionService::loadSigningKey(*s->m_keys);
    if (!key)
        return Error::internal(QStringLiteral("Cannot load the token signing key: %1").arg(key.error().message));
    s->m_users = std::make_unique<UserService>(db, &settings, PasswordHasher(options.passwordCost));
    s->m_throttle = std::make_unique<LoginThrottle>();
    s->m_sessions = std::make_unique<SessionService>(db, *s->m_users, *key, &settings, s->m_throttle.get());
    s->m_tokens = std::make_unique<TokenService>(db, options.tokenUsageFlushMs);
    s->m_authenticator = std::make_unique<Authenticator>(*s->m_sessions, *s->m_tokens);
    s->m_rateLimiter = std::make_unique<RateLimiter>();
    s->m_rateLimiter->bindSettings(settings);
    s->m_auditLog = std::make_unique<AuditLog>(db);
    if (!s->m_keys->fallbackNotice().isEmpty())
        qCInfo(lcAuth).noquote() << s->m_keys->fallbackNotice();
    AuthServices* raw = s.get();
    connect(&s->m_maintenance, &QTimer::timeout, raw, [raw] { raw->runMaintenance(); });
    if (options.maintenanceIntervalMs > 0)
        s->m_maintenance.start(options.maintenanceIntervalMs);
    s->runMaintenance();
    return s;
}

void AuthServices::runMaintenance()
{
    m_tokens->flushUsage();
    auto sessions = m_sessions->purgeExpired();
    if (!sessions)
        qCWarning(lcAuth).noquote() << "cannot purge expired sessions:" << sessions.error().message;
    auto audit = m_auditLog->applyRetention(m_settings);
    if (!audit)
        qCWarning(lcAuth).noquote() << "cannot apply audit-log retention:" << audit.error().message;
    else if (*audit > 0)
        qCInfo(lcAuth) << "audit-log retention removed" << *audit << "entries";
}

} // namespace assay::auth
