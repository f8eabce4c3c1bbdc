// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EmbeddedServer.h"
#include "services/Services.h"
#include "ui/MainWindow.h"

#include "TestUtil.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;

// The real main window offscreen: every page of SPEC §1 is in the sidebar, switching works,
// the embedded server starts and the status bar says where.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("AssayTest"));
    }

    void sidebarPagesAndServer()
    {
        QTemporaryDir dir;
        auto services = Services::open(dir.path());
        ASSAY_VERIFY_OK(services);
        api::EmbeddedServer server(**services);
        ui::MainWindow window(**services, server);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList expected {QStringLiteral("Dashboard"), QStringLiteral("Audits"), QStringLiteral("Risk scans"),
            QStringLiteral("Metrics"), QStringLiteral("Sharing"), QStringLiteral("API tokens"), QStringLiteral("Users"),
            QStringLiteral("Settings")};
        QCOMPARE(window.pageNames(), expected);
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        auto* stack = window.findChild<QStackedWidget*>();
        QVERIFY(stack);
        QCOMPARE(stack->count(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            // Click each page in the sidebar and see it shown, never blank.
            const QRect rect = sidebar->visualItemRect(sidebar->item(i));
            QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(window.currentPage(), i);
            QVERIFY(!stack->currentWidget()->findChildren<QLabel*>().isEmpty());
        }

        window.startServer(QHostAddress::LocalHost, 0);
        // Screenshots for people to look at (docs/screenshots), when asked for.
        const QString shots = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            window.resize(1180, 760);
            for (int i = 0; i < expected.size(); ++i) {
                window.showPage(i);
                QTest::qWait(50);
                window.grab().save(QStringLiteral("%1/%2.png")
                                       .arg(shots, expected[i].toLower().replace(QLatin1Char(' '), QLatin1Char('-'))));
            }
        }
        QCOMPARE(server.state(), ServerControl::State::Running);
        auto* status = window.statusBar()->findChild<QLabel*>(QStringLiteral("serverStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QString::number(server.port())), qPrintable(status->text()));

        QNetworkAccessManager nam;
        QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(server.url() + QStringLiteral("/health"))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;

        window.close();
        QCOMPARE(server.state(), ServerControl::State::Stopped);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
