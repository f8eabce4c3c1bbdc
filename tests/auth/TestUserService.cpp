// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthFixture.h"

using namespace assay;
using namespace assay::auth;

// Registration rules (first admin, closed/open registration), validation, administration and the
// last-admin guard, over a real SQLite file.
class TestUserService : public QObject
{
    Q_OBJECT
private slots:
    void firstUserBecomesAdminOnlyFromThisComputer()
    {
        AuthFixture f;
        QVERIFY(f.open());
        QVERIFY(!f.users->hasUsers());
        QVERIFY(f.users->needsFirstAdmin());
        auto remote = f.users->registerUser(
            AuthFixture::newUser(QStringLiteral("eve@example.com"), QStringLiteral("stranger-pass")),
            AuthFixture::remote());
        QVERIFY(!remote);
        QCOMPARE(remote.error().kind, Error::Kind::Forbidden);
        QCOMPARE(remote.error().code, QStringLiteral("FIRST_ADMIN_LOCAL_ONLY"));
        QVERIFY(!f.users->hasUsers());

        auto first = f.users->registerUser(
            AuthFixture::newUser(QStringLiteral("  Boss@Example.COM "), QStringLiteral("boss-password")),
            AuthFixture::local());
        ASSAY_VERIFY_OK(first);
        QCOMPARE(first->role, Role::Admin);
        QCOMPARE(first->email, QStringLiteral("boss@example.com"));
        QVERIFY(f.users->hasAdmin());
        const Json j = first->toJson();
        QVERIFY(!j.contains("password_hash") && !j.contains("password"));
        QVERIFY(j["role"] == "admin");
    }

    void laterRegistrationIsClosedUnlessOpened()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin();
        const auto req = AuthFixture::newUser(QStringLiteral("bob@example.com"), QStringLiteral("bob-password"));
        auto closed = f.users->registerUser(req, AuthFixture::local());
        QVERIFY(!closed);
        QCOMPARE(closed.error().kind, Error::Kind::Forbidden);
        QCOMPARE(closed.error().code, QStringLiteral("REGISTRATION_CLOSED"));

        ASSAY_VERIFY_OK(f.settings->set(QStringLiteral("open_registration"), true));
        auto wantsAdmin = f.users->registerUser(
            AuthFixture::newUser(QStringLiteral("bob@example.com"), QStringLiteral("bob-password"), Role::Admin),
            AuthFixture::remote());
        QVERIFY(!wantsAdmin);
        QCOMPARE(wantsAdmin.error().kind, Error::Kind::Forbidden);
        auto open = f.users->registerUser(req, AuthFixture::remote());
        ASSAY_VERIFY_OK(open);
        QCOMPARE(open->role, Role::Viewer);

        auto dup = f.users->registerUser(
            AuthFixture::newUser(QStringLiteral("BOB@example.com"), QStringLiteral("other-password")),
            AuthFixture::remote());
        QVERIFY(!dup);
        QCOMPARE(dup.error().kind, Error::Kind::Conflict);

        // An admin caller may register anyone, with a role, even while registration is closed.
        ASSAY_VERIFY_OK(f.settings->set(QStringLiteral("open_registration"), false));
        RequestContext ctx = AuthFixture::remote();
        ctx.principal = admin;
        auto byAdmin = f.users->registerUser(
            AuthFixture::newUser(QStringLiteral("ann@example.com"), QStringLiteral("ann-password"), Role::Analyst),
            ctx);
        ASSAY_VERIFY_OK(byAdmin);
        QCOMPARE(byAdmin->role, Role::Analyst);
    }

    void requestValidationNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("kind");
        QTest::newRow("missing email") << QByteArray(R"({"password":"longenough"})") << "email"
                                       << int(Error::Kind::Validation);
        QTest::newRow("bad email") << QByteArray(R"({"email":"not-an-email","password":"longenough"})") << "email"
                                   << int(Error::Kind::Unprocessable);
        QTest::newRow("email with space") << QByteArray(R"({"email":"a b@example.com","password":"longenough"})")
                                          << "email" << int(Error::Kind::Unprocessable);
        QTest::newRow("short password") << QByteArray(R"({"email":"a@example.com","password":"short"})") << "password"
                                        << int(Error::Kind::Unprocessable);
        QTest::newRow("missing password")
            << QByteArray(R"({"email":"a@example.com"})") << "password" << int(Error::Kind::Validation);
        QTest::newRow("password not string") << QByteArray(R"({"email":"a@example.com","password":12345678})")
                                             << "password" << int(Error::Kind::Validation);
        QTest::newRow("bad role") << QByteArray(R"({"email":"a@example.com","password":"longenough","role":"root"})")
                                  << "role" << int(Error::Kind::Unprocessable);
    }

    void requestValidationNamesTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(int, kind);
        auto r = NewUser::fromJson(*json::parse(body));
        QVERIFY(!r);
        QCOMPARE(int(r.error().kind), kind);
        QCOMPARE(json::qstr(r.error().details.value("field", std::string())), field);
        QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
    }

    void adminManagesUsers()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin();
        const Principal analyst = f.makeUser(admin, QStringLiteral("ann@example.com"), Role::Analyst);
        for (int i = 0; i < 25; ++i)
            ASSAY_VERIFY_OK(f.users->createUser(admin,
                AuthFixture::newUser(
                    QStringLiteral("user%1@example.com").arg(i), QStringLiteral("password-%1").arg(i))));

        // Only admins manage users.
        auto denied = f.users->createUser(
            analyst, AuthFixture::newUser(QStringLiteral("x@example.com"), QStringLiteral("password-x")));
        QCOMPARE(denied.error().kind, Error::Kind::Forbidden);
        QCOMPARE(f.users->list(analyst, {}).error().kind, Error::Kind::Forbidden);

        auto page1 = f.users->list(admin, {1, 10});
        ASSAY_VERIFY_OK(page1);
        QCOMPARE(page1->totalItems, 27);
        QCOMPARE(page1->items.size(), 10);
        QCOMPARE(page1->totalPages(), 3);
        auto page3 = f.users->list(admin, {3, 10});
        QCOMPARE(page3->items.size(), 7);
        const Json envelope = page3->toJson();
        QVERIFY(envelope["pagination"]["has_next"] == false);
        QVERIFY(envelope["pagination"]["has_previous"] == true);
        QVERIFY(envelope["data"].size() == 7u);
        auto search = f.users->list(admin, {1, 100}, QStringLiteral("user1"));
        QCOMPARE(search->totalItems, 11); // user1, user10..user19
        auto underscore = f.users->list(admin, {1, 100}, QStringLiteral("_"));
        QCOMPARE(underscore->totalItems, 0); // LIKE wildcards are escaped

        // Role change, deactivation, reset password.
        auto promoted = f.users->setRole(admin, analyst.userId, Role::Admin);
        ASSAY_VERIFY_OK(promoted);
        QCOMPARE(promoted->role, Role::Admin);
        auto demoted = f.users->setRole(admin, analyst.userId, Role::Viewer);
        QCOMPARE(demoted->role, Role::Viewer);
        auto patch = UserPatch::fromJson(*json::parse(R"({"full_name":"Ann A.","is_active":false})"));
        ASSAY_VERIFY_OK(patch);
        auto deactivated = f.users->update(admin, analyst.userId, *patch);
        ASSAY_VERIFY_OK(deactivated);
        QVERIFY(!deactivated->active);
        QCOMPARE(deactivated->fullName, QStringLiteral("Ann A."));
        auto login = f.sessions->login(
            {QStringLiteral("ann@example.com"), QStringLiteral("user-password-1")}, AuthFixture::local());
        QCOMPARE(login.error().code, QStringLiteral("USER_DEACTIVATED"));
        ASSAY_VERIFY_OK(f.users->setActive(admin, analyst.userId, true));
        auto weak = f.users->resetPassword(admin, analyst.userId, QStringLiteral("short"));
        QCOMPARE(weak.error().kind, Error::Kind::Unprocessable);
        ASSAY_VERIFY_OK(f.users->resetPassword(admin, analyst.userId, QStringLiteral("brand-new-password")));
        QVERIFY(!f.sessions->login(
            {QStringLiteral("ann@example.com"), QStringLiteral("user-password-1")}, AuthFixture::local()));
        ASSAY_VERIFY_OK(f.sessions->login(
            {QStringLiteral("ann@example.com"), QStringLiteral("brand-new-password")}, AuthFixture::local()));
        auto unknownField = UserPatch::fromJson(*json::parse(R"({"password_hash":"x"})"));
        QCOMPARE(unknownField.error().kind, Error::Kind::Unprocessable);

        ASSAY_VERIFY_OK(f.users->remove(admin, analyst.userId));
        QCOMPARE(f.users->findById(analyst.userId).error().kind, Error::Kind::NotFound);
        QCOMPARE(f.users->remove(admin, analyst.userId).error().kind, Error::Kind::NotFound);
    }

    void lastAdminCannotBeRemoved()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin();
        QCOMPARE(f.users->setRole(admin, admin.userId, Role::Viewer).error().kind, Error::Kind::Conflict);
        QCOMPARE(f.users->setActive(admin, admin.userId, false).error().kind, Error::Kind::Conflict);
        QCOMPARE(f.users->remove(admin, admin.userId).error().kind, Error::Kind::Conflict);
        const Principal second = f.makeUser(admin, QStringLiteral("second@example.com"), Role::Admin);
        ASSAY_VERIFY_OK(f.users->setRole(second, admin.userId, Role::Analyst));
        QVERIFY(f.users->hasAdmin());
    }

    void meAndOwnPassword()
    {
        AuthFixture f;
        QVERIFY(f.open());
        const Principal admin = f.makeAdmin();
        auto me = f.users->me(admin);
        ASSAY_VERIFY_OK(me);
        QCOMPARE(me->email, QStringLiteral("admin@example.com"));
        QVERIFY(me->lastLoginAt.isValid());
        QVERIFY(!f.users->me(Principal::localAdmin()));
        auto wrong
            = f.users->changePassword(admin, QStringLiteral("not-the-password"), QStringLiteral("new-password-9"));
        QVERIFY(wrong.error().details["field"] == "current_password");
        ASSAY_VERIFY_OK(
            f.users->changePassword(admin, QStringLiteral("admin-password-1"), QStringLiteral("new-password-9")));
        ASSAY_VERIFY_OK(f.sessions->login(
            {QStringLiteral("admin@example.com"), QStringLiteral("new-password-9")}, AuthFixture::local()));
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"
