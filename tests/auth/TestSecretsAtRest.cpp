// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthFixture.h"

#include "auth/AuditLog.h"
#include "auth/Crypto.h"
#include "auth/KeyStore.h"

#include <QDir>
#include <QFile>

using namespace assay;
using namespace assay::auth;

// SPEC §10 / issue 3 acceptance: after real use of every auth feature, the database files
// (main file and WAL) contain neither a password nor a token secret in clear — not as UTF-8,
// not as UTF-16 — and neither does the log of what happened.
class TestSecretsAtRest : public QObject
{
    Q_OBJECT
private:
    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QList<QByteArray> encodings(const QString& secret)
    {
        QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
        return {secret.toUtf8(), utf16};
    }

private slots:
    void databaseHoldsNoClearSecrets()
    {
        AuthFixture f;
        QVERIFY(f.open());
        QStringList secrets;
        const QString adminPw = QStringLiteral("Adm1n-Pa55word-Unique-7f3a");
        const QString annPw = QStringLiteral("Ann-Secret-Pa55-c0ffee-91");
        const QString annNewPw = QStringLiteral("Ann-Reset-Pa55-deadbeef-42");
        const QString wrongPw = QStringLiteral("Wrong-Guess-Pa55-5eed-13");
        secrets << adminPw << annPw << annNewPw << wrongPw;

        const Principal admin = f.makeAdmin(QStringLiteral("admin@example.com"), adminPw);
        const Principal ann = f.makeUser(admin, QStringLiteral("ann@example.com"), Role::Analyst, annPw);
        ASSAY_VERIFY_OK(f.users->resetPassword(admin, ann.userId, annNewPw));
        QVERIFY(!f.sessions->login({QStringLiteral("ann@example.com"), wrongPw}, AuthFixture::remote()));

        auto pair = f.sessions->login({QStringLiteral("ann@example.com"), annNewPw}, AuthFixture::remote());
        ASSAY_VERIFY_OK(pair);
        secrets << pair->refreshToken << pair->accessToken;
        auto rotated = f.sessions->refresh(pair->refreshToken, AuthFixture::remote());
        ASSAY_VERIFY_OK(rotated);
        secrets << rotated->refreshToken << rotated->accessToken;
        auto p = f.sessions->verifyAccessToken(rotated->accessToken);
        ASSAY_VERIFY_OK(p);
        ASSAY_VERIFY_OK(f.sessions->logout(*p, rotated->refreshToken));

        TokenRequest req;
        req.name = QStringLiteral("ci");
        auto token = f.tokens->create(ann, req);
        ASSAY_VERIFY_OK(token);
        secrets << token->secret;
        ASSAY_VERIFY_OK(f.tokens->authenticate(token->secret, QStringLiteral("10.0.0.3")));
        auto again = f.tokens->rotate(ann, token->info.id);
        ASSAY_VERIFY_OK(again);
        secrets << again->secret;
        ASSAY_VERIFY_OK(f.tokens->authenticate(again->secret, QStringLiteral("10.0.0.4")));
        QCOMPARE(f.tokens->flushUsage(), 1);

        // Secrets kept by the keystore live in secrets.key (or the keychain), never in the database.
        KeyStore keys(f.dir.path(), {KeyStore::Backend::FileOnly, QStringLiteral("AssayTest"), 1000});
        const QByteArray signingKey = *SessionService::loadSigningKey(keys);

        AuditLog log(*f.db);
        RequestContext ctx = AuthFixture::remote();
        ctx.principal = ann;
        AuditEntry e = AuditEntry::from(ctx, QStringLiteral("token.create"), QStringLiteral("success"));
        e.resourceType = QStringLiteral("token");
        e.resourceId = token->info.id;
        e.actionDescription = QStringLiteral("created API token %1 (%2)").arg(token->info.name, token->info.prefix);
        ASSAY_VERIFY_OK(log.record(e));

        // The stored forms are really there (the scan below is not vacuous)...
        const QByteArray dbFile = readAll(f.db->path());
        const QByteArray wal = readAll(f.db->path() + QStringLiteral("-wal"));
        const QByteArray all = dbFile + wal;
        QVERIFY(all.size() > 4096);
        QVERIFY(all.contains("$argon2id$"));
        QVERIFY(all.contains(crypto::sha256Hex(again->secret.toLatin1()).toLatin1()));
        QVERIFY(all.contains("ann@example.com"));
        // ...and the secrets are not, in any encoding.
        for (const QString& secret : secrets)
            for (const QByteArray& form : encodings(secret))
                QVERIFY2(!all.contains(form), qPrintable(QStringLiteral("found in clear: %1…").arg(secret.left(8))));
        // The random part of a token without its prefix, and the JWT signing key, are absent too.
        QVERIFY(!all.contains(again->secret.mid(TokenService::kPrefixLength).toUtf8()));
        QVERIFY(!all.contains(signingKey));
        QVERIFY(!all.contains(signingKey.toBase64()));
        QVERIFY(!all.contains(QByteArray(32, 'k'))); // the fixture's signing key
    }
};

QTEST_GUILESS_MAIN(TestSecretsAtRest)
#include "TestSecretsAtRest.moc"
