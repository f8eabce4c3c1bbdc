// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AuditLog.h"
#include "auth/Authenticator.h"
#include "auth/LoginThrottle.h"
#include "auth/SessionService.h"
#include "auth/TokenService.h"
#include "auth/UserService.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "TestUtil.h"

// The auth services over a real SQLite file in a temporary directory, wired as the app does.
// Passwords use libsodium's minimal Argon2id cost so the suites stay fast.
struct AuthFixture
{
    QTemporaryDir dir;
    std::unique_ptr<assay::Database> db;
    std::unique_ptr<assay::SettingsStore> settings;
    std::unique_ptr<assay::auth::LoginThrottle> throttle;
    std::unique_ptr<assay::auth::UserService> users;
    std::unique_ptr<assay::auth::SessionService> sessions;
    std::unique_ptr<assay::auth::TokenService> tokens;
    std::unique_ptr<assay::auth::Authenticator> authenticator;

    bool open()
    {
        using namespace assay;
        using namespace assay::auth;
        if (!dir.isValid())
            return false;
        db = std::make_unique<Database>(dir.filePath(QStringLiteral("assay.db")));
        if (!db->open())
            return false;
        settings = std::make_unique<SettingsStore>(*db);
        if (!settings->load())
            return false;
        throttle = std::make_unique<LoginThrottle>();
        users = std::make_unique<UserService>(*db, settings.get(), PasswordHasher(PasswordHasher::minimal()));
        sessions = std::make_unique<SessionService>(*db, *users, QByteArray(32, 'k'), settings.get(), throttle.get());
        tokens = std::make_unique<TokenService>(*db, 0);
        authenticator = std::make_unique<Authenticator>(*sessions, *tokens);
        return true;
    }

    static assay::auth::RequestContext local()
    {
        return assay::auth::RequestContext::anonymous(QStringLiteral("127.0.0.1"), true);
    }
    static assay::auth::RequestContext remote(const QString& ip = QStringLiteral("192.168.1.50"))
    {
        return assay::auth::RequestContext::anonymous(ip, false, QStringLiteral("curl/8.0"));
    }

    static assay::auth::NewUser newUser(
        const QString& email, const QString& password, std::optional<assay::auth::Role> role = std::nullopt)
    {
        assay::auth::NewUser u;
        u.email = email;
        u.password = password;
        u.role = role;
        return u;
    }

    // Registers the first admin from loopback and returns its principal (via a real login).
    assay::auth::Principal makeAdmin(const QString& email = QStringLiteral("admin@example.com"),
        const QString& password = QStringLiteral("admin-password-1"))
    {
        auto u = users->registerUser(newUser(email, password), local());
        if (!u)
            qFatal("cannot register admin: %s", qPrintable(u.error().message));
        return principalFor(email, password);
    }

    assay::auth::Principal makeUser(const assay::auth::Principal& admin, const QString& email, assay::auth::Role role,
        const QString& password = QStringLiteral("user-password-1"))
    {
        auto u = users->createUser(admin, newUser(email, password, role));
        if (!u)
            qFatal("cannot create user: %s", qPrintable(u.error().message));
        return principalFor(email, password);
    }

    assay::auth::Principal principalFor(const QString& email, const QString& password)
    {
        auto pair = sessions->login({email, password}, local());
        if (!pair)
            qFatal("cannot log in: %s", qPrintable(pair.error().message));
        auto p = sessions->verifyAccessToken(pair->accessToken);
        if (!p)
            qFatal("cannot verify: %s", qPrintable(p.error().message));
        return *p;
    }
};
