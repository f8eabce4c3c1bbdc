// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"
#include "api/EmbeddedServer.h"
#include "auth/AuthServices.h"
#include "auth/TlsCertificates.h"
#include "services/Services.h"
#include "ui/pages/SharingPage.h"
#include "ui/pages/TokensPage.h"
#include "ui/pages/UsersPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;

// The identity pages offscreen, driven like a user would: add a user, create / copy / rotate /
// revoke a token (the secret shown once, never in the list), generate a certificate and see
// its fingerprint, switch LAN sharing, see a signed-in session and end it, lift a login ban.
class TestAuthPages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;

    template <typename T> static T* child(QWidget& w, const char* name)
    {
        auto* c = w.findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qWarning() << "no child" << name;
        return c;
    }
    // Screenshots for people to look at, when asked for (ASSAY_SCREENSHOT_DIR).
    static void shoot(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(50);
            w.grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
        }
    }
    static void click(QWidget& w, const char* name)
    {
        auto* b = child<QPushButton>(w, name);
        QVERIFY(b);
        QTest::mouseClick(b, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        Services::Options o;
        o.auth.keyBackend = auth::KeyStore::Backend::FileOnly;
        o.auth.passwordCost = auth::PasswordHasher::minimal();
        auto s = Services::open(m_dir.path(), o);
        ASSAY_VERIFY_OK(s);
        m_services = std::move(*s);
    }

    void usersPage()
    {
        ui::UsersPage page(*m_services);
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = child<QTableWidget>(page, "users");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 0);
        QTest::keyClicks(child<QLineEdit>(page, "newEmail"), QStringLiteral("dana@example.com"));
        QTest::keyClicks(child<QLineEdit>(page, "newName"), QStringLiteral("Dana"));
        auto* role = child<QComboBox>(page, "newRole");
        role->setCurrentIndex(role->findData(QStringLiteral("admin")));
        QTest::keyClicks(child<QLineEdit>(page, "newPassword"), QStringLiteral("gui-Passw0rd"));
        QTest::keyClicks(child<QLineEdit>(page, "newPasswordConfirm"), QStringLiteral("gui-Passw0rd-typo"));
        click(page, "addUser");
        QCOMPARE(table->rowCount(), 0); // the passwords differ
        QVERIFY(!child<QLabel>(page, "message")->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(page, "newPassword"), QStringLiteral("gui-Passw0rd"));
        QTest::keyClicks(child<QLineEdit>(page, "newPasswordConfirm"), QStringLiteral("gui-Passw0rd"));
        click(page, "addUser");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("dana@example.com"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("admin"));

        // A second user, then change their role and deactivate them.
        QTest::keyClicks(child<QLineEdit>(page, "newEmail"), QStringLiteral("eve@example.com"));
        QTest::keyClicks(child<QLineEdit>(page, "newPassword"), QStringLiteral("gui-Passw0rd-2"));
        QTest::keyClicks(child<QLineEdit>(page, "newPasswordConfirm"), QStringLiteral("gui-Passw0rd-2"));
        role->setCurrentIndex(role->findData(QStringLiteral("viewer")));
        click(page, "addUser");
        QCOMPARE(table->rowCount(), 2);
        int eve = table->item(0, 0)->text() == QLatin1String("eve@example.com") ? 0 : 1;
        table->selectRow(eve);
        auto* selectedRole = child<QComboBox>(page, "selectedRole");
        selectedRole->setCurrentIndex(selectedRole->findData(QStringLiteral("analyst")));
        click(page, "changeRole");
        auto u = m_services->auth().users().findByEmail(QStringLiteral("eve@example.com"));
        QVERIFY(u.ok());
        QCOMPARE(u->role, auth::Role::Analyst);
        click(page, "toggleActive");
        QVERIFY(!m_services->auth().users().findByEmail(QStringLiteral("eve@example.com"))->active);
        click(page, "toggleActive");
        QVERIFY(m_services->auth().users().findByEmail(QStringLiteral("eve@example.com"))->active);
        // The last admin cannot be demoted: the page says why.
        eve = table->item(0, 0)->text() == QLatin1String("eve@example.com") ? 0 : 1;
        table->selectRow(1 - eve);
        selectedRole->setCurrentIndex(selectedRole->findData(QStringLiteral("viewer")));
        click(page, "changeRole");
        QCOMPARE(m_services->auth().users().findByEmail(QStringLiteral("dana@example.com"))->role, auth::Role::Admin);
        QVERIFY(!child<QLabel>(page, "message")->text().isEmpty());
        shoot(page, QStringLiteral("users-page"));
    }

    void tokensPage()
    {
        ui::TokensPage page(*m_services);
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* owner = child<QComboBox>(page, "owner");
        QCOMPARE(owner->count(), 2);
        owner->setCurrentIndex(owner->findText(QStringLiteral("dana@example.com"), Qt::MatchStartsWith));
        QTest::keyClicks(child<QLineEdit>(page, "tokenName"), QStringLiteral("ci"));
        child<QCheckBox>(page, "scope:write:audits")->setChecked(true);
        click(page, "createToken");
        auto* secret = child<QLineEdit>(page, "secret");
        QVERIFY(secret->isVisible());
        const QString first = secret->text();
        QVERIFY(first.startsWith(QLatin1String("assay_")));
        click(page, "copySecret");
        QCOMPARE(QApplication::clipboard()->text(), first);
        auto* table = child<QTableWidget>(page, "tokens");
        QCOMPARE(table->rowCount(), 1);
        for (int c = 0; c < table->columnCount(); ++c)
            QVERIFY(!first.contains(table->item(0, c)->text().remove(QStringLiteral("…"))) || c == 1);
        QVERIFY(table->item(0, 2)->text().contains(QLatin1String("write:audits")));
        auto principal = m_services->auth().authenticator().authenticate(first, QStringLiteral("127.0.0.1"));
        QVERIFY(principal.ok());
        QCOMPARE(principal->email, QStringLiteral("dana@example.com"));
        shoot(page, QStringLiteral("tokens-page"));

        table->selectRow(0);
        click(page, "rotateToken");
        const QString second = secret->text();
        QVERIFY(second.startsWith(QLatin1String("assay_")) && second != first);
        QVERIFY(!m_services->auth().authenticator().authenticate(first, {}).ok());
        QVERIFY(m_services->auth().authenticator().authenticate(second, {}).ok());
        table->selectRow(0);
        click(page, "revokeToken");
        QVERIFY(!m_services->auth().authenticator().authenticate(second, {}).ok());
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("revoked"));
    }

    void sharingPage()
    {
        api::EmbeddedServer server(*m_services);
        ASSAY_VERIFY_OK(server.start(QHostAddress::LocalHost, 0));
        ui::SharingPage page(*m_services, server);
        page.resize(1000, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.shareUrls(), QStringList {QStringLiteral("http://127.0.0.1:%1").arg(server.port())});
        QVERIFY(child<QLabel>(page, "shareUrls")->text().contains(QString::number(server.port())));

        // HTTPS: a self-signed certificate, its fingerprint shown for teammates.
        click(page, "generateCertificate");
        const QString cert = m_services->settings().stringValue(QStringLiteral("tls_cert_path"));
        QVERIFY(QFile::exists(cert));
        auto fingerprint = auth::TlsCertificates::fingerprintSha256(cert);
        QVERIFY(fingerprint.ok());
        QCOMPARE(child<QLabel>(page, "fingerprint")->text(), *fingerprint);

        // Who is connected: a signed-in session, which the desktop user can end.
        auth::LoginRequest login;
        login.email = QStringLiteral("dana@example.com");
        login.password = QStringLiteral("gui-Passw0rd");
        auto pair = m_services->auth().sessions().login(
            login, auth::RequestContext::anonymous(QStringLiteral("192.168.1.40"), false));
        QVERIFY(pair.ok());
        page.refresh();
        auto* sessions = child<QTableWidget>(page, "sessions");
        QCOMPARE(sessions->rowCount(), 1);
        QCOMPARE(sessions->item(0, 1)->text(), QStringLiteral("192.168.1.40"));
        for (int i = 0; i < 10; ++i)
            m_services->auth().loginThrottle().recordFailure(QStringLiteral("10.9.9.9"));
        page.refresh();
        shoot(page, QStringLiteral("sharing-page"));
        m_services->auth().loginThrottle().unban(QStringLiteral("10.9.9.9"));
        page.refresh();
        sessions->selectRow(0);
        click(page, "endSession");
        QCOMPARE(sessions->rowCount(), 0);
        QVERIFY(!m_services->auth().sessions().verifyAccessToken(pair->accessToken).ok());

        // Banned addresses, and lifting a ban.
        for (int i = 0; i < 10; ++i)
            m_services->auth().loginThrottle().recordFailure(QStringLiteral("10.1.2.3"));
        page.refresh();
        auto* bans = child<QListWidget>(page, "bans");
        QCOMPARE(bans->count(), 1);
        QVERIFY(bans->item(0)->text().contains(QLatin1String("10.1.2.3")));
        bans->setCurrentRow(0);
        click(page, "unban");
        QCOMPARE(bans->count(), 0);
        QVERIFY(m_services->auth().loginThrottle().check(QStringLiteral("10.1.2.3")).ok());

        // The LAN switch saves the settings and asks for a restart on the chosen address.
        QSignalSpy restart(&page, &ui::SharingPage::restartRequested);
        child<QCheckBox>(page, "shareOnLan")->setChecked(true);
        auto* bind = child<QLineEdit>(page, "bindAddress");
        QVERIFY(bind->isEnabled());
        bind->setText(QStringLiteral("0.0.0.0"));
        child<QCheckBox>(page, "useHttps")->setChecked(true);
        click(page, "applyRestart");
        QCOMPARE(restart.size(), 1);
        QCOMPARE(restart.at(0).at(0).value<QHostAddress>(), QHostAddress(QHostAddress::AnyIPv4));
        QVERIFY(m_services->settings().boolValue(QStringLiteral("share_on_lan")));
        QVERIFY(m_services->settings().boolValue(QStringLiteral("https_enabled")));
        // Restart as the main window does: HTTPS on every interface, URLs of this machine's addresses.
        server.stop();
        ASSAY_VERIFY_OK(server.start(QHostAddress::AnyIPv4, 0));
        page.refresh();
        for (const QString& url : page.shareUrls())
            QVERIFY2(
                url.startsWith(QLatin1String("https://")) && !url.contains(QLatin1String("0.0.0.0")), qPrintable(url));
        // And back to this computer only.
        child<QCheckBox>(page, "shareOnLan")->setChecked(false);
        click(page, "applyRestart");
        QCOMPARE(restart.size(), 2);
        QCOMPARE(restart.at(1).at(0).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(!m_services->settings().boolValue(QStringLiteral("share_on_lan")));
        server.stop();
    }
};

QTEST_MAIN(TestAuthPages)
#include "TestAuthPages.moc"
