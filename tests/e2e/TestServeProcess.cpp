// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Json.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace assay;

// The real `assay` binary as a child process: the CLI basics, `assay serve` answering and
// stopping cleanly on SIGTERM/SIGINT (WAL checkpointed, database reopens without "locked"),
// and the desktop app serving the API while its window is open.
class TestServeProcess : public QObject
{
    Q_OBJECT

    QString binary() const { return qEnvironmentVariable("ASSAY_BINARY"); }

    // Starts `assay args…` and returns the port it reports listening on.
    quint16 startAndWaitForPort(QProcess& p, const QStringList& args)
    {
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(binary(), args);
        if (!p.waitForStarted(10000))
            return 0;
        static const QRegularExpression re(QStringLiteral("listening on [^:\\s]+:(\\d+)"));
        QByteArray err;
        for (int i = 0; i < 100; ++i) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
            const auto m = re.match(QString::fromUtf8(err));
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
        }
        qWarning() << "no port reported:" << err;
        return 0;
    }

    QByteArray get(quint16 port, const QString& path, int* status)
    {
        QNetworkAccessManager nam;
        QNetworkReply* reply
            = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path))));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        delete reply;
        return body;
    }

private slots:
    void initTestCase() { QVERIFY2(QFileInfo(binary()).isExecutable(), "ASSAY_BINARY is not set by CTest"); }

    void versionAndHelp()
    {
        QProcess p;
        p.start(binary(), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("assay "));

        p.start(binary(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray help = p.readAllStandardOutput();
        for (const char* command : {"serve", "audit", "scan", "user", "token", "vulndb", "metrics"})
            QVERIFY2(help.contains(QByteArray("  ") + command), command);

        p.start(binary(), {QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().isEmpty());

        p.start(binary(), {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("nope")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
    }

    void serveAnswersAndStopsCleanly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void serveAnswersAndStopsCleanly()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        QProcess p;
        const quint16 port = startAndWaitForPort(p,
            {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                dir.path()});
        QVERIFY(port != 0);
        int status = 0;
        const QByteArray health = get(port, QStringLiteral("/health"), &status);
        QCOMPARE(status, 200);
        QVERIFY(health.contains("\"status\":\"ok\""));
        get(port, QStringLiteral("/api/v1/nope"), &status);
        QCOMPARE(status, 404);

        ::kill(pid_t(p.processId()), signal);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        // The WAL was checkpointed into the main file.
        const QFileInfo wal(dir.filePath(QStringLiteral("assay.db-wal")));
        QVERIFY(!wal.exists() || wal.size() == 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(dir.filePath(QStringLiteral("assay.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QVERIFY(q.value(0).toInt() >= 1);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // A restart on the same data directory works at once.
        QProcess again;
        const quint16 port2 = startAndWaitForPort(again,
            {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                dir.path()});
        QVERIFY(port2 != 0);
        again.terminate();
        QVERIFY(again.waitForFinished(15000));
        QCOMPARE(again.exitCode(), 0);
    }

    void busyPortIsAClearError()
    {
        QTemporaryDir dir;
        QProcess first;
        const quint16 port = startAndWaitForPort(first,
            {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                dir.path()});
        QVERIFY(port != 0);
        QTemporaryDir dir2;
        QProcess second;
        second.start(binary(),
            {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port), QStringLiteral("--data-dir"),
                dir2.path()});
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitCode(), 3);
        QVERIFY(second.readAllStandardError().contains("already in use"));
        first.terminate();
        QVERIFY(first.waitForFinished(15000));
    }

    void desktopAppServesTheApi()
    {
        QTemporaryDir dir;
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        gui.setProcessEnvironment(env);
        const quint16 port = startAndWaitForPort(
            gui, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(port != 0);
        int status = 0;
        get(port, QStringLiteral("/health"), &status);
        QCOMPARE(status, 200);
        gui.terminate();
        QVERIFY(gui.waitForFinished(15000));
        QCOMPARE(gui.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServeProcess)
#include "TestServeProcess.moc"
