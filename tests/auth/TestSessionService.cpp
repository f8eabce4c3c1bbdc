// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthFixture.h"

#include "auth/KeyStore.h"

using namespace assay;
using namespace assay::auth;

// Login (both forms), access-token verification, refresh rotation and family revocation,
// logout denylist, lockout after failed logins, signing-key rotation.
class TestSessionService : public QObject
{
    Q_OBJECT
private slots:
    void loginRequestForms()
    {
        auto j = LoginRequest::fromJson(*json::parse(R"({"email":" Ann@Example.com ","password":"secret-pw"})"));
        ASSAY_VERIFY_OK(j);
        QCOMPARE(j->email, QStringLiteral("ann@example.com"));
        QCOMPARE(j->password, QStringLiteral("secret-pw"));
        auto form = LoginRequest::fromForm("grant_type=password&username=ann%40example.com&password=p%26ss+word%2B");
        ASSAY_VERIFY_OK(form);
        QCOMPARE(form->email, QStringLiteral("ann@example.com"));
        QCOMPARE(form->password, QStringLiteral("p&ss word+"));
        auto missing = LoginRequest::fromForm("username=ann%40example.com");
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::Validation);
        QVERIFY(missing.error().details["field"] == "password");
        auto noUser = LoginRequest::fromJson(*json::parse(R"({"password":"x"})"));
        QVERIFY(noUser.error().details["field"] == "email");
    }

    void loginIssuesAccessAndRefreshTokens()
    {
        AuthFixture f;
        QVERIFY(f.open());
        f.makeAdmin();
        auto pair = f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("admin-password-1")}, AuthFixture::remote());
        ASSAY_VERIFY_OK(pair);
        QCOMPARE(pair->expiresIn, 1800);
        const Json j = pair->toJson();
        QVERIFY(j["token_type"] == "bearer");
        QVERIFY(j["user"]["email"] == "admin@example.com");
        QVERIFY(!j["user"].contains("password_hash"));
        auto p
            = f.authenticator->authenticate(QStringLiteral("Bearer ") + pair->accessToken, QStringLiteral("1.2.3.4"));
        ASSAY_VERIFY_OK(p);
        QCOMPARE(p->role, Role::Admin);
        QCOMPARE(p->kind, Principal::Kind::Jwt);
        QCOMPARE(p->scopes, Scopes::all());
        QVERIFY(!p->tokenId.isEmpty());

        auto wrong = f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("wrong-password")}, AuthFixture::remote());
        QCOMPARE(wrong.error().kind, Error::Kind::Unauthorized);
        QCOMPARE(wrong.error().code, QStringLiteral("INVALID_CREDENTIALS"));
        auto unknown = f.sessions->login(
            {QStringLiteral("nobody@example.com"), QStringLiteral("wrong-password")}, AuthFixture::remote());
        QCOMPARE(unknown.error().code, QStringLiteral("INVALID_CREDENTIALS"));
        QCOMPARE(unknown.error().message, wrong.error().message); // no account enumeration
    }

    void accessTokenLifetimeFollowsSettings()
    {
        AuthFixture f;
        QVERIFY(f.open());
        f.makeAdmin();
        ASSAY_VERIFY_OK(f.settings->set(QStringLiteral("access_token_minutes"), 5));
        auto pair = f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("admin-password-1")}, AuthFixture::local());
        QCOMPARE(pair->expiresIn, 300);
        const QDateTime issued = QDateTime::currentDateTimeUtc();
        f.sessions->setClock([&] { return issued.addSecs(301); });
        auto expired = f.sessions->verifyAccessToken(pair->accessToken);
        QCOMPARE(expired.error().code, QStringLiteral("TOKEN_EXPIRED"));
        QVERIFY(expired.error().message.contains(QStringLiteral("expired")));
    }

    void refreshRotatesAndReuseRevokesTheFamily()
    {
        AuthFixture f;
        QVERIFY(f.open());
        f.makeAdmin();
        auto first = f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("admin-password-1")}, AuthFixture::remote());
        ASSAY_VERIFY_OK(first);
        auto second = f.sessions->refresh(first->refreshToken, AuthFixture::remote());
        ASSAY_VERIFY_OK(second);
        QVERIFY(second->refreshToken != first->refreshToken);
        QVERIFY(second->accessToken != first->accessToken);
        ASSAY_VERIFY_OK(f.sessions->verifyAccessToken(second->accessToken));
        // A second, independent login is a separate family and must survive.
        auto other = f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("admin-password-1")}, AuthFixture::local());
        ASSAY_VERIFY_OK(other);

        // Presenting the spent token again: refused, and the whole family is revoked.
        auto reuse = f.sessions->refresh(first->refreshToken, AuthFixture::remote(QStringLiteral("10.0.0.66")));
        QVERIFY(!reuse);
        QCOMPARE(reuse.error().code, QStringLiteral("REFRESH_TOKEN_REUSED"));
        auto afterReuse = f.sessions->refresh(second->refreshToken, AuthFixture::remote());
        QVERIFY(!afterReuse);
        QCOMPARE(afterReuse.error().code, QStringLiteral("REFRESH_TOKEN_REVOKED"));
        QCOMPARE(f.sessions->verifyAccessToken(second->accessToken).error().code, QStringLiteral("TOKEN_REVOKED"));
        ASSAY_VERIFY_OK(f.sessions->verifyAccessToken(other->accessToken));
        ASSAY_VERIFY_OK(f.sessions->refresh(other->refreshToken, AuthFixture::local()));

        QCOMPARE(f.sessions->refresh(QStringLiteral("made-up"), AuthFixture::local()).error().code,
            QStringLiteral("REFRESH_TOKEN_INVALID"));
        QCOMPARE(f.sessions->refresh(QString(), AuthFixture::local()).error().kind, Error::Kind::Validation);
    }

    void refreshTokensExpire()
    {
        AuthFixture f;
        QVERIFY(f.open());
        f.makeAdmin();
        auto pair = f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("admin-password-1")}, AuthFixture::local());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        f.sessions->setClock([&] { return now.addDays(7).addSecs(5); });
        QCOMPARE(f.sessions->refresh(pair->refreshToken, AuthFixture::local()).error().code,
            QStringLiteral("REFRESH_TOKEN_EXPIRED"));
        auto purged = f.sessions->purgeExpired();
        ASSAY_VERIFY_OK(purged);
        QVERIFY(*purged >= 1);
    }

    void logoutKillsAccessAndRefreshTokens()
    {
        AuthFixture f;
        QVERIFY(f.open());
        f.makeAdmin();
        auto pair = f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("admin-password-1")}, AuthFixture::local());
        auto p = f.sessions->verifyAccessToken(pair->accessToken);
        ASSAY_VERIFY_OK(p);
        ASSAY_VERIFY_OK(f.sessions->logout(*p, pair->refreshToken));
        auto after = f.authenticator->authenticate(QStringLiteral("Bearer ") + pair->accessToken, {});
        QVERIFY(!after);
        QCOMPARE(after.error().code, QStringLiteral("TOKEN_REVOKED"));
        QVERIFY(after.error().message.contains(QStringLiteral("revoked")));
        QCOMPARE(f.sessions->refresh(pair->refreshToken, AuthFixture::local()).error().code,
            QStringLiteral("REFRESH_TOKEN_REVOKED"));
        // The denylist row carries the expiry, so it can be purged afterwards.
        auto q = execSql(f.db->connection(),
            QStringLiteral("SELECT expires_at FROM revoked_access_tokens WHERE jti = ?"), {p->tokenId});
        QVERIFY(q && q->next());
        QCOMPARE(QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs).toSecsSinceEpoch(),
            p->expiresAt.toSecsSinceEpoch());
    }

    void roleChangesApplyAtOnceAndDeactivationEndsSessions()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin();
        f.makeUser(admin, QStringLiteral("ann@example.com"), Role::Analyst);
        auto pair = f.sessions->login(
            {QStringLiteral("ann@example.com"), QStringLiteral("user-password-1")}, AuthFixture::local());
        ASSAY_VERIFY_OK(pair);
        const QString annId = pair->user.id;
        ASSAY_VERIFY_OK(f.users->setRole(admin, annId, Role::Viewer));
        auto p = f.sessions->verifyAccessToken(pair->accessToken);
        ASSAY_VERIFY_OK(p);
        QCOMPARE(p->role, Role::Viewer);
        QVERIFY(!p->scopes.has(Scope::WriteAudits));
        ASSAY_VERIFY_OK(f.users->setActive(admin, annId, false));
        auto deactivated = f.sessions->verifyAccessToken(pair->accessToken);
        QVERIFY(!deactivated);
        QVERIFY(deactivated.error().code == QStringLiteral("USER_DEACTIVATED")
            || deactivated.error().code == QStringLiteral("TOKEN_REVOKED"));
        ASSAY_VERIFY_OK(f.users->setActive(admin, annId, true));
        QCOMPARE(f.sessions->refresh(pair->refreshToken, AuthFixture::local()).error().code,
            QStringLiteral("REFRESH_TOKEN_REVOKED"));
    }

    void tenFailuresLockTheAddressOut()
    {
        AuthFixture f;
        QVERIFY(f.open());
        f.makeAdmin();
        const QString attacker = QStringLiteral("192.168.1.66");
        for (int i = 0; i < 9; ++i) {
            auto r = f.sessions->login({QStringLiteral("admin@example.com"), QStringLiteral("guess-%1").arg(i)},
                AuthFixture::remote(attacker));
            QCOMPARE(r.error().code, QStringLiteral("INVALID_CREDENTIALS"));
        }
        auto tenth = f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("guess-10")}, AuthFixture::remote(attacker));
        QCOMPARE(tenth.error().kind, Error::Kind::RateLimited);
        // Even the right password is refused from that address now, with a clear message.
        auto banned = f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("admin-password-1")}, AuthFixture::remote(attacker));
        QCOMPARE(banned.error().kind, Error::Kind::RateLimited);
        QCOMPARE(banned.error().code, QStringLiteral("LOGIN_BANNED"));
        QVERIFY(banned.error().message.contains(attacker));
        QVERIFY(banned.error().details["retry_after"].get<qint64>() > 0);
        QCOMPARE(f.throttle->bannedAddresses().size(), 1);
        // Another address is unaffected; the GUI can lift the ban.
        ASSAY_VERIFY_OK(f.sessions->login({QStringLiteral("admin@example.com"), QStringLiteral("admin-password-1")},
            AuthFixture::remote(QStringLiteral("192.168.1.7"))));
        QVERIFY(f.throttle->unban(attacker));
        ASSAY_VERIFY_OK(f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("admin-password-1")}, AuthFixture::remote(attacker)));
    }

    void successResetsTheFailureCount()
    {
        AuthFixture f;
        QVERIFY(f.open());
        f.makeAdmin();
        const QString ip = QStringLiteral("10.1.1.1");
        for (int i = 0; i < 9; ++i)
            QVERIFY(!f.sessions->login(
                {QStringLiteral("admin@example.com"), QStringLiteral("nope-nope")}, AuthFixture::remote(ip)));
        QCOMPARE(f.throttle->failureCount(ip), 9);
        ASSAY_VERIFY_OK(f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("admin-password-1")}, AuthFixture::remote(ip)));
        QCOMPARE(f.throttle->failureCount(ip), 0);
        for (int i = 0; i < 9; ++i)
            QVERIFY(!f.sessions->login(
                {QStringLiteral("admin@example.com"), QStringLiteral("nope-nope")}, AuthFixture::remote(ip)));
        ASSAY_VERIFY_OK(f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("admin-password-1")}, AuthFixture::remote(ip)));
    }

    void signingKeyRotationInvalidatesAccessTokens()
    {
        AuthFixture f;
        QVERIFY(f.open());
        f.makeAdmin();
        KeyStore keys(f.dir.path(), {KeyStore::Backend::FileOnly, QStringLiteral("AssayTest"), 1000});
        auto key = SessionService::loadSigningKey(keys);
        ASSAY_VERIFY_OK(key);
        QCOMPARE(key->size(), 32);
        auto again = SessionService::loadSigningKey(keys);
        QCOMPARE(*again, *key); // made once, then reused
        auto pair = f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("admin-password-1")}, AuthFixture::local());
        ASSAY_VERIFY_OK(f.sessions->rotateSigningKey(keys));
        QCOMPARE(
            f.sessions->verifyAccessToken(pair->accessToken).error().code, QStringLiteral("TOKEN_INVALID_SIGNATURE"));
        auto stored = keys.get(QString::fromLatin1(KeyStore::kJwtSigningKey));
        QVERIFY(*stored != *key);
        auto refreshed = f.sessions->refresh(pair->refreshToken, AuthFixture::local());
        ASSAY_VERIFY_OK(refreshed);
        ASSAY_VERIFY_OK(f.sessions->verifyAccessToken(refreshed->accessToken));
    }

    void activeSessionsAndRevokingOne()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin(); // one session (the fixture's login)
        const Principal ann = f.makeUser(admin, QStringLiteral("ann@example.com"), Role::Analyst);
        RequestContext laptop = AuthFixture::remote(QStringLiteral("192.168.1.30"));
        laptop.userAgent = QStringLiteral("assay-cli/0.1");
        auto first = f.sessions->login({QStringLiteral("ann@example.com"), QStringLiteral("user-password-1")}, laptop);
        auto refreshed = f.sessions->refresh(first->refreshToken, laptop); // same session, rotated

        auto mine = f.sessions->activeSessions(ann);
        ASSAY_VERIFY_OK(mine);
        QCOMPARE(mine->size(), 2); // the fixture's login and the laptop
        // Timestamps have millisecond resolution: pick the laptop's session by address, not order.
        auto it = std::find_if(mine->begin(), mine->end(),
            [](const SessionInfo& s) { return s.ipAddress == QLatin1String("192.168.1.30"); });
        QVERIFY(it != mine->end());
        const SessionInfo latest = *it;
        QCOMPARE(latest.ipAddress, QStringLiteral("192.168.1.30"));
        QCOMPARE(latest.userAgent, QStringLiteral("assay-cli/0.1"));
        QVERIFY(latest.startedAt <= latest.lastSeenAt);
        QVERIFY(latest.toJson().dump().find(refreshed->refreshToken.toStdString()) == std::string::npos);
        QCOMPARE(f.sessions->activeSessions(admin)->size(), 3);
        QCOMPARE(f.sessions->activeSessions(ann, admin.userId).error().kind, Error::Kind::Forbidden);
        QCOMPARE(f.sessions->activeSessions(admin, ann.userId)->size(), 2);

        // Another user cannot end it; the owner (or an admin) can, and its access token dies.
        const Principal vic = f.makeUser(admin, QStringLiteral("vic@example.com"), Role::Viewer);
        QCOMPARE(f.sessions->revokeSession(vic, latest.id).error().kind, Error::Kind::NotFound);
        ASSAY_VERIFY_OK(f.sessions->revokeSession(admin, latest.id));
        QCOMPARE(f.sessions->verifyAccessToken(refreshed->accessToken).error().code, QStringLiteral("TOKEN_REVOKED"));
        QCOMPARE(f.sessions->activeSessions(ann)->size(), 1);
    }

    void authenticatorReasons()
    {
        AuthFixture f;
        QVERIFY(f.open());
        QCOMPARE(f.authenticator->authenticate(QString(), {}).error().code, QStringLiteral("MISSING_CREDENTIALS"));
        QCOMPARE(f.authenticator->authenticate(QStringLiteral("Basic YWI6Y2Q="), {}).error().code,
            QStringLiteral("TOKEN_MALFORMED"));
        QCOMPARE(f.authenticator->authenticate(QStringLiteral("Bearer nonsense"), {}).error().code,
            QStringLiteral("TOKEN_MALFORMED"));
        QCOMPARE(f.authenticator->authenticate(QStringLiteral("Bearer a.b.c"), {}).error().code,
            QStringLiteral("TOKEN_MALFORMED"));
        QCOMPARE(f.authenticator->authenticate(QStringLiteral("bearer assay_short"), {}).error().code,
            QStringLiteral("TOKEN_MALFORMED"));
        QCOMPARE(Authenticator::bearerToken(QStringLiteral("  BEARER   abc  ")), QStringLiteral("abc"));
        QCOMPARE(Authenticator::bearerToken(QStringLiteral("abc")), QStringLiteral("abc"));
    }
};

QTEST_GUILESS_MAIN(TestSessionService)
#include "TestSessionService.moc"
