// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthFixture.h"

#include "auth/Permission.h"
#include "core/EventBus.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace assay;
using namespace assay::auth;

// Personal API tokens: format, shown once, listing without secrets, authentication, scope
// narrowing, rotation, revocation, expiry, ownership and batched last-use records.
class TestTokenService : public QObject
{
    Q_OBJECT
private:
    static TokenRequest request(
        const QString& name, std::optional<QStringList> scopes = std::nullopt, std::optional<int> days = std::nullopt)
    {
        TokenRequest r;
        r.name = name;
        if (scopes)
            r.scopes = *Scopes::parse(*scopes);
        r.expiresInDays = days;
        return r;
    }

private slots:
    void requestParsing()
    {
        auto ok = TokenRequest::fromJson(
            *json::parse(R"({"name":" ci ","scopes":["read:audits","write:scans"],"expires_in_days":30})"));
        ASSAY_VERIFY_OK(ok);
        QCOMPARE(ok->name, QStringLiteral("ci"));
        QCOMPARE(ok->scopes->names(), QStringList({QStringLiteral("read:audits"), QStringLiteral("write:scans")}));
        QCOMPARE(*ok->expiresInDays, 30);
        auto unknown = TokenRequest::fromJson(*json::parse(R"({"name":"x","scopes":["root"]})"));
        QCOMPARE(unknown.error().kind, Error::Kind::Unprocessable);
        QVERIFY(unknown.error().details["field"] == "scopes");
        QVERIFY(unknown.error().message.contains(QStringLiteral("root")));
        QVERIFY(
            TokenRequest::fromJson(*json::parse(R"({"name":"x","scopes":[]})")).error().details["field"] == "scopes");
        QVERIFY(TokenRequest::fromJson(*json::parse(R"({"scopes":["admin"]})")).error().details["field"] == "name");
        QVERIFY(TokenRequest::fromJson(*json::parse(R"({"name":"x","expires_in_days":0})")).error().details["field"]
            == "expires_in_days");
        QVERIFY(TokenRequest::fromJson(*json::parse(R"({"name":"x","expires_in_days":"7"})")).error().details["field"]
            == "expires_in_days");
    }

    void createListAuthenticate()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin();
        const Principal ann = f.makeUser(admin, QStringLiteral("ann@example.com"), Role::Analyst);
        auto created = f.tokens->create(ann,
            request(QStringLiteral("ci"), QStringList {QStringLiteral("read:audits"), QStringLiteral("write:audits")}));
        ASSAY_VERIFY_OK(created);
        static const QRegularExpression format(QStringLiteral("^assay_[0-9A-Za-z]{43}$"));
        QVERIFY2(format.match(created->secret).hasMatch(), qPrintable(created->secret));
        QCOMPARE(created->info.prefix, created->secret.left(12));
        const Json shown = created->toJson();
        QVERIFY(shown["token"] == created->secret.toStdString());
        QVERIFY(shown["token_info"]["status"] == "active");

        // Listing never contains the secret or its hash.
        auto list = f.tokens->list(ann, {});
        ASSAY_VERIFY_OK(list);
        QCOMPARE(list->items.size(), 1);
        const std::string dumped = list->toJson().dump();
        QVERIFY(dumped.find(created->secret.toStdString()) == std::string::npos);
        QVERIFY(dumped.find(created->secret.mid(12).toStdString()) == std::string::npos);
        QVERIFY(dumped.find("hash") == std::string::npos);
        QVERIFY(list->toJson()["data"][0]["prefix"] == created->info.prefix.toStdString());
        auto single = f.tokens->get(ann, created->info.id);
        ASSAY_VERIFY_OK(single);
        QVERIFY(single->toJson().dump().find(created->secret.toStdString()) == std::string::npos);

        // Using it: the owner's role narrowed by the token's scopes.
        auto p = f.authenticator->authenticate(QStringLiteral("Bearer ") + created->secret, QStringLiteral("10.0.0.9"));
        ASSAY_VERIFY_OK(p);
        QCOMPARE(p->kind, Principal::Kind::ApiToken);
        QCOMPARE(p->userId, ann.userId);
        QCOMPARE(p->role, Role::Analyst);
        QVERIFY(allows(*p, Permission::write(Scope::WriteAudits)));
        QVERIFY(!allows(*p, Permission::read(Scope::ReadScans)));
        QVERIFY(!allows(*p, Permission::admin()));
        QCOMPARE(authorize(*p, Permission::read(Scope::ReadScans)).error().code, QStringLiteral("INSUFFICIENT_SCOPE"));

        // A one-character change is an unknown token.
        QString wrong = created->secret;
        wrong[20] = wrong[20] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        QCOMPARE(f.authenticator->authenticate(QStringLiteral("Bearer ") + wrong, {}).error().code,
            QStringLiteral("UNKNOWN_TOKEN"));

        // Other users cannot see it; admins can.
        const Principal viewer = f.makeUser(admin, QStringLiteral("vic@example.com"), Role::Viewer);
        QCOMPARE(f.tokens->get(viewer, created->info.id).error().kind, Error::Kind::NotFound);
        QCOMPARE(f.tokens->list(viewer, {}, ann.userId).error().kind, Error::Kind::Forbidden);
        ASSAY_VERIFY_OK(f.tokens->get(admin, created->info.id));
        QCOMPARE(f.tokens->list(admin, {}, ann.userId)->items.size(), 1);
        QCOMPARE(f.tokens->list(viewer, {})->items.size(), 0);
    }

    void scopesCannotExceedTheRole()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin();
        const Principal viewer = f.makeUser(admin, QStringLiteral("vic@example.com"), Role::Viewer);
        auto tooMuch
            = f.tokens->create(viewer, request(QStringLiteral("x"), QStringList {QStringLiteral("write:audits")}));
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.error().kind, Error::Kind::Unprocessable);
        QVERIFY(tooMuch.error().message.contains(QStringLiteral("write:audits")));
        auto defaults = f.tokens->create(viewer, request(QStringLiteral("read-only")));
        ASSAY_VERIFY_OK(defaults);
        QCOMPARE(defaults->info.scopes, Scopes::forRole(Role::Viewer));

        // A token may mint tokens only within its own scopes.
        auto adminToken
            = f.tokens->create(admin, request(QStringLiteral("narrow"), QStringList {QStringLiteral("read:audits")}));
        auto asToken = f.authenticator->authenticate(QStringLiteral("Bearer ") + adminToken->secret, {});
        ASSAY_VERIFY_OK(asToken);
        QVERIFY(!asToken->isAdmin());
        QCOMPARE(f.tokens->create(*asToken, request(QStringLiteral("wider"), QStringList {QStringLiteral("admin")}))
                     .error()
                     .kind,
            Error::Kind::Unprocessable);
        ASSAY_VERIFY_OK(
            f.tokens->create(*asToken, request(QStringLiteral("same"), QStringList {QStringLiteral("read:audits")})));

        // Admins create tokens for others (CLI `token create --user`); others cannot.
        ASSAY_VERIFY_OK(f.tokens->create(admin, request(QStringLiteral("for-vic")), viewer.userId));
        QCOMPARE(f.tokens->create(viewer, request(QStringLiteral("for-admin")), admin.userId).error().kind,
            Error::Kind::Forbidden);
        QCOMPARE(f.tokens->create(Principal::localAdmin(), request(QStringLiteral("nobody"))).error().kind,
            Error::Kind::Validation);

        // Demoting the owner narrows existing tokens at once.
        auto analystToken
            = f.tokens->create(admin, request(QStringLiteral("writer"), QStringList {QStringLiteral("write:scans")}));
        ASSAY_VERIFY_OK(f.users->setRole(admin, viewer.userId, Role::Analyst));
        const Principal promoted = f.principalFor(QStringLiteral("vic@example.com"), QStringLiteral("user-password-1"));
        auto vicWriter
            = f.tokens->create(promoted, request(QStringLiteral("w"), QStringList {QStringLiteral("write:scans")}));
        ASSAY_VERIFY_OK(vicWriter);
        ASSAY_VERIFY_OK(f.users->setRole(admin, viewer.userId, Role::Viewer));
        auto narrowed = f.authenticator->authenticate(QStringLiteral("Bearer ") + vicWriter->secret, {});
        ASSAY_VERIFY_OK(narrowed);
        QVERIFY(!narrowed->scopes.has(Scope::WriteScans));
        QVERIFY(!allows(*narrowed, Permission::write(Scope::WriteScans)));
        Q_UNUSED(analystToken);
    }

    void rotateKeepsIdAndScopes()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin();
        const Principal ann = f.makeUser(admin, QStringLiteral("ann@example.com"), Role::Analyst);
        auto created
            = f.tokens->create(ann, request(QStringLiteral("ci"), QStringList {QStringLiteral("write:scans")}, 30));
        auto rotated = f.tokens->rotate(ann, created->info.id);
        ASSAY_VERIFY_OK(rotated);
        QCOMPARE(rotated->info.id, created->info.id);
        QCOMPARE(rotated->info.scopes, created->info.scopes);
        QCOMPARE(rotated->info.expiresAt, created->info.expiresAt);
        QVERIFY(rotated->secret != created->secret);
        QCOMPARE(f.authenticator->authenticate(created->secret, {}).error().code, QStringLiteral("UNKNOWN_TOKEN"));
        ASSAY_VERIFY_OK(f.authenticator->authenticate(rotated->secret, {}));
        // Only the owner rotates; an admin revokes instead; others do not even see it.
        QCOMPARE(f.tokens->rotate(admin, created->info.id).error().kind, Error::Kind::Forbidden);
        const Principal vic = f.makeUser(admin, QStringLiteral("vic@example.com"), Role::Viewer);
        QCOMPARE(f.tokens->rotate(vic, created->info.id).error().kind, Error::Kind::NotFound);
    }

    void revokeAndExpiry()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin();
        const Principal ann = f.makeUser(admin, QStringLiteral("ann@example.com"), Role::Analyst);
        const Principal vic = f.makeUser(admin, QStringLiteral("vic@example.com"), Role::Viewer);
        auto a = f.tokens->create(ann, request(QStringLiteral("a")));
        auto b = f.tokens->create(ann, request(QStringLiteral("b")));
        QCOMPARE(f.tokens->revoke(vic, a->info.id).error().kind, Error::Kind::NotFound);
        ASSAY_VERIFY_OK(f.tokens->revoke(ann, a->info.id));
        ASSAY_VERIFY_OK(f.tokens->revoke(ann, a->info.id)); // idempotent
        ASSAY_VERIFY_OK(f.tokens->revoke(admin, b->info.id)); // admins may revoke anyone's
        auto revoked = f.authenticator->authenticate(a->secret, {});
        QCOMPARE(revoked.error().code, QStringLiteral("TOKEN_REVOKED"));
        QCOMPARE(f.tokens->get(ann, a->info.id)->status(), QStringLiteral("revoked"));
        QCOMPARE(f.tokens->rotate(ann, a->info.id).error().kind, Error::Kind::Conflict);

        auto expiring = f.tokens->create(ann, request(QStringLiteral("week"), std::nullopt, 7));
        ASSAY_VERIFY_OK(f.authenticator->authenticate(expiring->secret, {}));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        f.tokens->setClock([&] { return now.addDays(7).addSecs(1); });
        auto expired = f.authenticator->authenticate(expiring->secret, {});
        QCOMPARE(expired.error().code, QStringLiteral("TOKEN_EXPIRED"));
        QCOMPARE(f.tokens->get(ann, expiring->info.id)->status(now.addDays(8)), QStringLiteral("expired"));
        f.tokens->setClock([] { return QDateTime::currentDateTimeUtc(); });

        // Deactivated owner: the token stops working with a clear reason.
        auto c = f.tokens->create(ann, request(QStringLiteral("c")));
        ASSAY_VERIFY_OK(f.users->setActive(admin, ann.userId, false));
        QCOMPARE(f.authenticator->authenticate(c->secret, {}).error().code, QStringLiteral("USER_DEACTIVATED"));
    }

    void lastUseIsRecordedInBatches()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin();
        auto t = f.tokens->create(admin, request(QStringLiteral("ci")));
        for (int i = 0; i < 50; ++i)
            ASSAY_VERIFY_OK(f.tokens->authenticate(t->secret, QStringLiteral("10.0.0.%1").arg(i)));
        QCOMPARE(f.tokens->pendingUsageCount(), 1); // one pending record, not fifty writes
        auto q = execSql(
            f.db->connection(), QStringLiteral("SELECT last_used_at FROM api_tokens WHERE id = ?"), {t->info.id});
        QVERIFY(q && q->next() && q->value(0).isNull());
        q->finish();
        // The listing already shows the pending use.
        QCOMPARE(f.tokens->get(admin, t->info.id)->lastUsedIp, QStringLiteral("10.0.0.49"));
        QCOMPARE(f.tokens->flushUsage(), 1);
        QCOMPARE(f.tokens->pendingUsageCount(), 0);
        auto after = execSql(f.db->connection(),
            QStringLiteral("SELECT last_used_at, last_used_ip FROM api_tokens WHERE id = ?"), {t->info.id});
        QVERIFY(after && after->next());
        QVERIFY(!after->value(0).isNull());
        QCOMPARE(after->value(1).toString(), QStringLiteral("10.0.0.49"));
    }

    void eventsNeverCarryTheSecret()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin();
        EventBus bus;
        QList<Event> events;
        QObject context;
        bus.subscribe(&context, [&](const Event& e) { events << e; });
        f.tokens->setEventBus(&bus);
        auto t = f.tokens->create(admin, request(QStringLiteral("ci")));
        auto r = f.tokens->rotate(admin, t->info.id);
        ASSAY_VERIFY_OK(f.tokens->revoke(admin, t->info.id));
        QTRY_COMPARE(events.size(), 3);
        QCOMPARE(events[0].action, QStringLiteral("created"));
        QCOMPARE(events[1].action, QStringLiteral("updated"));
        QCOMPARE(events[2].action, QStringLiteral("deleted"));
        for (const Event& e : events) {
            QCOMPARE(e.type, QStringLiteral("token"));
            QCOMPARE(e.ownerId, admin.userId);
            const std::string dumped = e.toJson().dump();
            QVERIFY(dumped.find(t->secret.toStdString()) == std::string::npos);
            QVERIFY(dumped.find(r->secret.toStdString()) == std::string::npos);
        }
        QVERIFY(events[2].data["status"] == "revoked");
    }

    void flushTimerWritesOnItsOwn()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin();
        TokenService timed(*f.db, 50);
        auto t = timed.create(admin, request(QStringLiteral("ci")));
        ASSAY_VERIFY_OK(timed.authenticate(t->secret, QStringLiteral("10.9.9.9")));
        QTRY_COMPARE(timed.pendingUsageCount(), 0);
        auto q = execSql(
            f.db->connection(), QStringLiteral("SELECT last_used_ip FROM api_tokens WHERE id = ?"), {t->info.id});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("10.9.9.9"));
    }
};

QTEST_GUILESS_MAIN(TestTokenService)
#include "TestTokenService.moc"
