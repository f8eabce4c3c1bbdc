// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/Crypto.h"
#include "auth/Jwt.h"
#include "auth/PasswordHasher.h"
#include "auth/Permission.h"
#include "core/Json.h"

#include <QSet>
#include <QTest>

#include "TestUtil.h"

using namespace assay;
using namespace assay::auth;

// Encodings, password hashing, JWT signing/verification, roles, scopes and the permission rule.
class TestAuthPrimitives : public QObject
{
    Q_OBJECT
private slots:
    void base62IsFixedWidthAndRoundTripsTheNumber()
    {
        QCOMPARE(crypto::base62(QByteArray(32, '\0')), QString(43, QLatin1Char('0')));
        QCOMPARE(crypto::base62(QByteArray::fromHex("ff")), QStringLiteral("47")); // 255 = 4*62 + 7
        QCOMPARE(crypto::base62(QByteArray::fromHex("0100")), QStringLiteral("048")); // 256 = 4*62 + 8, 3 digits
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString s = crypto::base62(crypto::randomBytes(32));
            QCOMPARE(s.size(), 43);
            for (QChar c : s)
                QVERIFY(c.isLetterOrNumber() && c.unicode() < 128);
            seen.insert(s);
        }
        QCOMPARE(seen.size(), 200);
    }

    void base64UrlIsStrict()
    {
        const QByteArray raw = QByteArray::fromHex("fbff00ee");
        const QByteArray enc = crypto::base64UrlEncode(raw);
        QVERIFY(!enc.contains('=') && !enc.contains('+') && !enc.contains('/'));
        QByteArray out;
        QVERIFY(crypto::base64UrlDecode(enc, &out));
        QCOMPARE(out, raw);
        QVERIFY(!crypto::base64UrlDecode("ab+c", &out));
        QVERIFY(!crypto::base64UrlDecode("abc=", &out));
        QVERIFY(!crypto::base64UrlDecode("a", &out));
    }

    void constantTimeEquals()
    {
        QVERIFY(crypto::constantTimeEquals("abc", "abc"));
        QVERIFY(!crypto::constantTimeEquals("abc", "abd"));
        QVERIFY(!crypto::constantTimeEquals("abc", "abcd"));
        QVERIFY(crypto::constantTimeEquals({}, {}));
    }

    void passwordsAreArgon2idAndVerified()
    {
        // One hash at the production cost, to check its parameters.
        PasswordHasher production;
        auto strong = production.hash(QStringLiteral("correct horse battery"));
        ASSAY_VERIFY_OK(strong);
        QVERIFY(strong->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(strong->contains(QStringLiteral("m=65536")));
        QVERIFY(production.verify(QStringLiteral("correct horse battery"), *strong));
        QVERIFY(!production.verify(QStringLiteral("correct horse batterY"), *strong));

        PasswordHasher fast(PasswordHasher::minimal());
        auto a = fast.hash(QStringLiteral("päßwörd-ünïcode"));
        auto b = fast.hash(QStringLiteral("päßwörd-ünïcode"));
        ASSAY_VERIFY_OK(a);
        ASSAY_VERIFY_OK(b);
        QVERIFY(*a != *b); // random salt
        QVERIFY(fast.verify(QStringLiteral("päßwörd-ünïcode"), *a));
        QVERIFY(!fast.verify(QStringLiteral("päßwörd-unicode"), *a));
        QVERIFY(!fast.verify(QStringLiteral("anything"), QStringLiteral("not a hash")));
        QVERIFY(!fast.verify(QStringLiteral("anything"), QString()));
        QVERIFY(production.needsRehash(*a)); // weaker than production: rehashed at next login
        QVERIFY(!production.needsRehash(*strong));
    }

    void passwordRulesNameTheField()
    {
        auto empty = PasswordHasher::validate(QString());
        QVERIFY(!empty);
        QCOMPARE(empty.error().kind, Error::Kind::Validation);
        QVERIFY(empty.error().details["field"] == "password");
        auto shortOne = PasswordHasher::validate(QStringLiteral("1234567"), QStringLiteral("new_password"));
        QVERIFY(!shortOne);
        QCOMPARE(shortOne.error().kind, Error::Kind::Unprocessable);
        QVERIFY(shortOne.error().details["field"] == "new_password");
        QVERIFY(shortOne.error().message.contains(QStringLiteral("new_password")));
        QVERIFY(shortOne.error().message.contains(QStringLiteral("8")));
        QVERIFY(PasswordHasher::validate(QStringLiteral("12345678")).ok());
        QVERIFY(!PasswordHasher::validate(QStringLiteral("        ")).ok());
    }

    void jwtRoundTrip()
    {
        Jwt jwt(crypto::randomBytes(32));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        AccessClaims c;
        c.subject = QStringLiteral("user-1");
        c.role = QStringLiteral("analyst");
        c.jti = QStringLiteral("jti-1");
        c.sessionId = QStringLiteral("family-1");
        c.issuedAt = now;
        c.expiresAt = now.addSecs(1800);
        const QByteArray token = jwt.sign(c);
        QCOMPARE(token.count('.'), 2);
        auto v = jwt.verify(token);
        ASSAY_VERIFY_OK(v);
        QCOMPARE(v->subject, c.subject);
        QCOMPARE(v->role, c.role);
        QCOMPARE(v->jti, c.jti);
        QCOMPARE(v->sessionId, c.sessionId);
        QCOMPARE(v->expiresAt.toSecsSinceEpoch(), c.expiresAt.toSecsSinceEpoch());

        // The payload carries the standard claims.
        QByteArray payload;
        QVERIFY(crypto::base64UrlDecode(token.split('.')[1], &payload));
        const Json p = *json::parse(payload);
        for (const char* claim : {"sub", "role", "jti", "exp", "iat", "type"})
            QVERIFY2(p.contains(claim), claim);
        QVERIFY(p["type"] == "access");
        QByteArray header;
        QVERIFY(crypto::base64UrlDecode(token.split('.')[0], &header));
        QVERIFY((*json::parse(header))["alg"] == "HS256");
    }

    void jwtRejections_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("expired") << "expired"
                                 << "TOKEN_EXPIRED";
        QTest::newRow("tampered payload") << "tampered"
                                          << "TOKEN_INVALID_SIGNATURE";
        QTest::newRow("other key") << "otherkey"
                                   << "TOKEN_INVALID_SIGNATURE";
        QTest::newRow("wrong type") << "refresh"
                                    << "TOKEN_WRONG_TYPE";
        QTest::newRow("alg none") << "none"
                                  << "TOKEN_MALFORMED";
        QTest::newRow("garbage") << "garbage"
                                 << "TOKEN_MALFORMED";
        QTest::newRow("two parts") << "twoparts"
                                   << "TOKEN_MALFORMED";
    }

    void jwtRejections()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        const QByteArray key = crypto::randomBytes(32);
        Jwt jwt(key);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        AccessClaims c;
        c.subject = QStringLiteral("u");
        c.role = QStringLiteral("admin");
        c.jti = QStringLiteral("j");
        c.issuedAt = now;
        c.expiresAt = now.addSecs(1800);
        QByteArray token;
        if (kind == QLatin1String("expired")) {
            c.issuedAt = now.addSecs(-3600);
            c.expiresAt = now.addSecs(-1);
            token = jwt.sign(c);
        } else if (kind == QLatin1String("tampered")) {
            token = jwt.sign(c);
            QList<QByteArray> parts = token.split('.');
            QByteArray payload;
            QVERIFY(crypto::base64UrlDecode(parts[1], &payload));
            payload.replace("\"admin\"", "\"viewer\"");
            parts[1] = crypto::base64UrlEncode(payload);
            token = parts.join('.');
        } else if (kind == QLatin1String("otherkey")) {
            token = Jwt(crypto::randomBytes(32)).sign(c);
        } else if (kind == QLatin1String("refresh")) {
            c.type = QStringLiteral("refresh");
            token = jwt.sign(c);
        } else if (kind == QLatin1String("none")) {
            const QList<QByteArray> parts = jwt.sign(c).split('.');
            token = crypto::base64UrlEncode(R"({"alg":"none","typ":"JWT"})") + '.' + parts[1] + '.';
        } else if (kind == QLatin1String("garbage")) {
            token = "not.a.jwt!";
        } else {
            token = "abc.def";
        }
        auto v = jwt.verify(token);
        QVERIFY(!v);
        QCOMPARE(v.error().kind, Error::Kind::Unauthorized);
        QCOMPARE(v.error().code, code);
        QVERIFY(!v.error().message.isEmpty());
    }

    void jwtClockAndKeyRotation()
    {
        Jwt jwt(QByteArray(32, 'a'));
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        jwt.setClock([&] { return t0; });
        AccessClaims c;
        c.subject = QStringLiteral("u");
        c.jti = QStringLiteral("j");
        c.issuedAt = t0;
        c.expiresAt = t0.addSecs(1800);
        const QByteArray token = jwt.sign(c);
        QVERIFY(jwt.verify(token).ok());
        jwt.setClock([&] { return t0.addSecs(1800); });
        QCOMPARE(jwt.verify(token).error().code, QStringLiteral("TOKEN_EXPIRED"));
        jwt.setClock([&] { return t0.addSecs(60); });
        jwt.setKey(QByteArray(32, 'b'));
        QCOMPARE(jwt.verify(token).error().code, QStringLiteral("TOKEN_INVALID_SIGNATURE"));
    }

    void rolesAndScopes()
    {
        QCOMPARE(parseRole(QStringLiteral(" Admin ")), Role::Admin);
        QVERIFY(!parseRole(QStringLiteral("root")));
        QCOMPARE(Scopes::all().names().join(QLatin1Char(' ')),
            QStringLiteral("read:audits write:audits read:scans write:scans read:metrics write:metrics admin"));
        QString unknown;
        QVERIFY(!Scopes::parse({QStringLiteral("read:audits"), QStringLiteral("delete:everything")}, &unknown));
        QCOMPARE(unknown, QStringLiteral("delete:everything"));
        QVERIFY(Scopes::forRole(Role::Viewer).has(Scope::ReadAudits));
        QVERIFY(!Scopes::forRole(Role::Viewer).has(Scope::WriteAudits));
        QVERIFY(Scopes::forRole(Role::Analyst).has(Scope::WriteScans));
        QVERIFY(!Scopes::forRole(Role::Analyst).has(Scope::Admin));
        QCOMPARE(Scopes::forRole(Role::Admin), Scopes::all());
    }

    void permissionTable_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<quint32>("scopes");
        QTest::addColumn<bool>("isToken");
        QTest::addColumn<int>("permission"); // 0 read audits, 1 write audits, 2 admin, 3 any user, 4 session only
        QTest::addColumn<bool>("allowed");
        const quint32 all = Scopes::all().bits();
        const quint32 viewer = Scopes::forRole(Role::Viewer).bits();
        const quint32 analyst = Scopes::forRole(Role::Analyst).bits();
        const quint32 readAudits = quint32(Scope::ReadAudits);
        QTest::newRow("viewer reads") << int(Role::Viewer) << viewer << false << 0 << true;
        QTest::newRow("viewer cannot write") << int(Role::Viewer) << viewer << false << 1 << false;
        QTest::newRow("viewer not admin") << int(Role::Viewer) << viewer << false << 2 << false;
        QTest::newRow("analyst writes") << int(Role::Analyst) << analyst << false << 1 << true;
        QTest::newRow("analyst not admin") << int(Role::Analyst) << analyst << false << 2 << false;
        QTest::newRow("admin admin") << int(Role::Admin) << all << false << 2 << true;
        QTest::newRow("admin token read-only cannot write") << int(Role::Admin) << readAudits << true << 1 << false;
        QTest::newRow("admin token read-only reads") << int(Role::Admin) << readAudits << true << 0 << true;
        QTest::newRow("admin token without admin scope") << int(Role::Admin) << readAudits << true << 2 << false;
        // A viewer's token can never exceed the viewer role, even if it somehow held write scopes.
        QTest::newRow("viewer token with write scope") << int(Role::Viewer) << all << true << 1 << false;
        QTest::newRow("any user") << int(Role::Viewer) << 0u << true << 3 << true;
        QTest::newRow("session only refuses tokens") << int(Role::Admin) << all << true << 4 << false;
        QTest::newRow("session only accepts jwt") << int(Role::Viewer) << viewer << false << 4 << true;
    }

    void permissionTable()
    {
        QFETCH(int, role);
        QFETCH(quint32, scopes);
        QFETCH(bool, isToken);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        Principal p;
        p.userId = QStringLiteral("u1");
        p.role = Role(role);
        p.scopes = Scopes(scopes);
        p.kind = isToken ? Principal::Kind::ApiToken : Principal::Kind::Jwt;
        const Permission perms[] = {Permission::read(Scope::ReadAudits), Permission::write(Scope::WriteAudits),
            Permission::admin(), Permission::anyUser(), Permission {Role::Viewer, std::nullopt, true}};
        QCOMPARE(allows(p, perms[permission]), allowed);
        auto s = authorize(p, perms[permission]);
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            QCOMPARE(s.error().kind, Error::Kind::Forbidden);
            QVERIFY(!s.error().message.isEmpty());
        }
    }

    void localAdminMayDoEverything()
    {
        const Principal p = Principal::localAdmin();
        QVERIFY(p.isLocal());
        QVERIFY(p.isAdmin());
        QVERIFY(allows(p, Permission::admin()));
        QVERIFY(allows(p, Permission::write(Scope::WriteMetrics)));
        QVERIFY(ownsOrAdmin(p, QStringLiteral("someone-else")));
        Principal viewer;
        viewer.userId = QStringLiteral("v");
        viewer.scopes = Scopes::forRole(Role::Viewer);
        QVERIFY(ownsOrAdmin(viewer, QStringLiteral("v")));
        QVERIFY(!ownsOrAdmin(viewer, QStringLiteral("w")));
        QVERIFY(!ownsOrAdmin(viewer, QString()));
    }
};

QTEST_GUILESS_MAIN(TestAuthPrimitives)
#include "TestAuthPrimitives.moc"
