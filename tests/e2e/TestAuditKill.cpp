// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Json.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <csignal>

using namespace assay;

// Crash safety of audits: `assay serve` is SIGKILLed while it audits a 30,000-file tree; on
// restart the audit is found interrupted, queued again and completes with every file, and
// the database passes PRAGMA integrity_check.
class TestAuditKill : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    quint16 start(QProcess& p)
    {
        p.start(qEnvironmentVariable("ASSAY_BINARY"),
            {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                m_dir.filePath(QStringLiteral("data"))});
        if (!p.waitForStarted(10000))
            return 0;
        static const QRegularExpression re(QStringLiteral("listening on [^:\\s]+:(\\d+)"));
        QByteArray err;
        for (int i = 0; i < 200; ++i) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
            const auto m = re.match(QString::fromUtf8(err));
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
        }
        return 0;
    }

    // The API requires a credential: an analyst account and an API token made with the CLI,
    // as a user would (`assay user add`, `assay token create`).
    QByteArray m_token;
    QByteArray makeToken()
    {
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QProcess add;
        add.start(qEnvironmentVariable("ASSAY_BINARY"),
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("e2e@example.com"), QStringLiteral("--role"),
                QStringLiteral("analyst"), QStringLiteral("--data-dir"), data});
        add.write("e2e-Passw0rd-kill\n");
        add.closeWriteChannel();
        if (!add.waitForFinished(30000) || add.exitCode() != 0)
            return {};
        QProcess token;
        token.start(qEnvironmentVariable("ASSAY_BINARY"),
            {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("e2e"), QStringLiteral("--user"),
                QStringLiteral("e2e@example.com"), QStringLiteral("--scopes"),
                QStringLiteral("read:audits,write:audits"), QStringLiteral("--data-dir"), data});
        token.closeWriteChannel();
        if (!token.waitForFinished(30000) || token.exitCode() != 0)
            return {};
        return token.readAllStandardOutput().trimmed();
    }

    Json request(quint16 port, const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        auto j = json::parse(reply->readAll());
        delete reply;
        return j ? *j : Json();
    }

private slots:
    void killMidRunThenRecover()
    {
        const QString tree = m_dir.filePath(QStringLiteral("tree"));
        const QByteArray content = QByteArray("// generated test file\nint value() { return 42; }\n\n").repeated(4);
        for (int d = 0; d < 100; ++d) {
            const QString folder = QStringLiteral("%1/pkg%2").arg(tree).arg(d);
            QDir().mkpath(folder);
            for (int i = 0; i < 300; ++i) {
                QFile f(QStringLiteral("%1/file%2.cpp").arg(folder).arg(i));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(content);
            }
        }

        m_token = makeToken();
        QVERIFY(m_token.startsWith("assay_"));
        QProcess first;
        const quint16 port = start(first);
        QVERIFY(port);
        const Json created = request(
            port, "POST", QStringLiteral("/api/v1/audits"), json::dump(Json {{"repository", json::str(tree)}}));
        const QString id = QString::fromStdString(created.value("id", std::string()));
        QVERIFY2(!id.isEmpty(), created.dump().c_str());
        QElapsedTimer t;
        t.start();
        QString status;
        while (t.elapsed() < 20000) {
            status = QString::fromStdString(
                request(port, "GET", QStringLiteral("/api/v1/audits/") + id).value("status", std::string()));
            if (status == QLatin1String("running"))
                break;
            QThread::msleep(10);
        }
        QCOMPARE(status, QStringLiteral("running"));
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);

        QProcess second;
        const quint16 port2 = start(second);
        QVERIFY(port2);
        Json row;
        t.restart();
        while (t.elapsed() < 120000) {
            row = request(port2, "GET", QStringLiteral("/api/v1/audits/") + id);
            if (row.value("status", std::string()) == "completed" || row.value("status", std::string()) == "failed")
                break;
            QThread::msleep(100);
        }
        QCOMPARE(QString::fromStdString(row.value("status", std::string())), QStringLiteral("completed"));
        QCOMPARE(row["summary"]["files_scanned"].get<int>(), 30000);
        second.terminate();
        QVERIFY(second.waitForFinished(15000));

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("data/assay.db")));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(
                q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_files WHERE audit_id = '%1'").arg(id)) && q.next());
            QCOMPARE(q.value(0).toInt(), 30000);
            QVERIFY(q.exec(QStringLiteral("SELECT attempts FROM audits WHERE id = '%1'").arg(id)) && q.next());
            QCOMPARE(q.value(0).toInt(), 2); // killed once, then completed
        }
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestAuditKill)
#include "TestAuditKill.moc"
