// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/AuthServices.h"
#include "services/Services.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;

// `assay user add`, `assay user passwd` and `assay token create` as a user runs them: the real
// binary on a temporary data directory, passwords on stdin; the results checked through the
// services.
class TestAuthCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run assay(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("ASSAY_BINARY"), args + QStringList {QStringLiteral("--data-dir"), m_dir.path()});
        if (!p.waitForStarted(10000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    }

    std::unique_ptr<Services> open()
    {
        Services::Options o;
        o.auth.keyBackend = auth::KeyStore::Backend::FileOnly;
        auto s = Services::open(m_dir.path(), o);
        return s ? std::move(*s) : nullptr;
    }

    static bool canLogin(Services& s, const QString& email, const QString& password)
    {
        auth::LoginRequest r;
        r.email = email;
        r.password = password;
        return s.auth().sessions().login(r, auth::RequestContext::desktop()).ok();
    }

private slots:
    void tokenNeedsAnAccount()
    {
        auto r = assay({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("ci")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("user add"));
        QVERIFY(r.out.isEmpty());
    }

    void userAddAndPasswd()
    {
        auto noRole = assay({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("a@example.com")}, "x\n");
        QCOMPARE(noRole.code, 2);
        auto shortPw = assay({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("a@example.com"),
                                 QStringLiteral("--role"), QStringLiteral("admin")},
            "short\n");
        QCOMPARE(shortPw.code, 2);
        QVERIFY(shortPw.err.contains("8"));
        auto noPw = assay({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("a@example.com"),
            QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(noPw.code, 2);

        auto add = assay(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("a@example.com"), QStringLiteral("--role"),
                QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("Ada")},
            "cli-Passw0rd-one\n");
        QCOMPARE(add.code, 0);
        QVERIFY(!add.out.contains("cli-Passw0rd-one") && !add.err.contains("cli-Passw0rd-one"));
        auto dup = assay({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("a@example.com"),
                             QStringLiteral("--role"), QStringLiteral("viewer")},
            "cli-Passw0rd-one\n");
        QCOMPARE(dup.code, 2);
        {
            auto s = open();
            QVERIFY(s);
            auto u = s->auth().users().findByEmail(QStringLiteral("a@example.com"));
            QVERIFY(u.ok());
            QCOMPARE(u->role, auth::Role::Admin);
            QCOMPARE(u->fullName, QStringLiteral("Ada"));
            QVERIFY(canLogin(*s, QStringLiteral("a@example.com"), QStringLiteral("cli-Passw0rd-one")));
        }
        auto passwd = assay(
            {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("a@example.com")}, "cli-Passw0rd-two\n");
        QCOMPARE(passwd.code, 0);
        auto unknown = assay({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("nobody@example.com")},
            "cli-Passw0rd-two\n");
        QCOMPARE(unknown.code, 2);
        auto s = open();
        QVERIFY(s);
        QVERIFY(!canLogin(*s, QStringLiteral("a@example.com"), QStringLiteral("cli-Passw0rd-one")));
        QVERIFY(canLogin(*s, QStringLiteral("a@example.com"), QStringLiteral("cli-Passw0rd-two")));
    }

    void tokenCreatePrintsTheSecretOnce()
    {
        auto bad = assay({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("ci"),
            QStringLiteral("--scopes"), QStringLiteral("read:everything")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("read:everything"));
        auto r = assay(
            {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("ci"), QStringLiteral("--scopes"),
                QStringLiteral("read:audits,write:audits"), QStringLiteral("--user"), QStringLiteral("a@example.com")});
        QCOMPARE(r.code, 0);
        const QByteArray secret = r.out.trimmed();
        QVERIFY(secret.startsWith("assay_"));
        QVERIFY(!r.err.contains(secret));
        QVERIFY(r.err.contains("not shown again"));
        auto s = open();
        QVERIFY(s);
        auto p = s->auth().authenticator().authenticate(
            QStringLiteral("Bearer ") + QString::fromLatin1(secret), QStringLiteral("127.0.0.1"));
        QVERIFY(p.ok());
        QCOMPARE(p->email, QStringLiteral("a@example.com"));
        QVERIFY(p->scopes.has(auth::Scope::WriteAudits));
        QVERIFY(!p->scopes.has(auth::Scope::Admin));
        // The one account is the default owner.
        auto again = assay({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("default")});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.trimmed() != secret);
    }
};

QTEST_GUILESS_MAIN(TestAuthCli)
#include "TestAuthCli.moc"
