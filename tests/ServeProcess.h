// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <csignal>

// The real `assay` binary (ASSAY_BINARY, set by assay_add_test) as a child process, for tests
// that need a real server process: start `assay serve` on an ephemeral loopback port with its
// stderr in a log file, SIGKILL or stop it, run CLI subcommands, and talk HTTP to it.
namespace assay::test {

inline QString assayBinary()
{
    return qEnvironmentVariable("ASSAY_BINARY");
}

// Runs `assay args…` to completion with `input` on stdin; returns the exit code (-1 when it
// did not finish in time or crashed).
inline int runAssay(const QStringList& args, const QByteArray& input = {}, QByteArray* out = nullptr,
    QByteArray* err = nullptr, int timeoutMs = 120000, const QProcessEnvironment& env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(assayBinary(), args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(timeoutMs);
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// `assay serve --port 0 --data-dir DIR` (or the desktop app, which serves the API too, with
// `desktop`) with stderr appended to `logPath`.
class ServeProcess
{
public:
    QProcess process;
    quint16 port = 0;
    QString logPath;

    // Starts the server and waits until it reports its port; false when it did not.
    bool start(const QString& dataDir, const QString& log, const QString& workDir = {},
        const QProcessEnvironment& env = {}, bool desktop = false)
    {
        logPath = log;
        QFile f(logPath);
        const qint64 offset = f.exists() ? f.size() : 0;
        process.setStandardErrorFile(logPath, QIODevice::Append);
        process.setStandardOutputFile(QProcess::nullDevice());
        if (!workDir.isEmpty())
            process.setWorkingDirectory(workDir);
        if (!env.isEmpty())
            process.setProcessEnvironment(env);
        QStringList args {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), dataDir};
        if (!desktop)
            args.prepend(QStringLiteral("serve"));
        process.start(assayBinary(), args);
        if (!process.waitForStarted(10000))
            return false;
        static const QRegularExpression re(QStringLiteral("listening on [^:\\s]+:(\\d+)"));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            if (process.state() != QProcess::Running)
                return false;
            if (f.open(QIODevice::ReadOnly)) {
                f.seek(offset);
                const auto m = re.match(QString::fromUtf8(f.readAll()));
                f.close();
                if (m.hasMatch()) {
                    port = quint16(m.captured(1).toUInt());
                    return true;
                }
            }
            QThread::msleep(20);
        }
        return false;
    }

    bool alive() const { return process.state() == QProcess::Running; }

    void kill()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(10000);
    }

    // SIGTERM and wait; true when it exited normally with status 0.
    bool stop()
    {
        if (process.state() == QProcess::NotRunning)
            return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        process.terminate();
        if (!process.waitForFinished(20000)) {
            kill();
            return false;
        }
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    ~ServeProcess() { kill(); }
};

// A small HTTP client for 127.0.0.1:port with an optional bearer credential.
class HttpClient
{
public:
    quint16 port = 0;
    QByteArray bearer;

    struct Reply
    {
        int status = 0; // 0: no HTTP answer (connection error or timeout)
        bool timedOut = false;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        Json json() const
        {
            auto j = json::parse(body);
            return j ? *j : Json();
        }
    };

    // `target` is the encoded path and query, e.g. "/api/v1/audits?page=-1".
    Reply send(const QByteArray& method, const QByteArray& target, const QByteArray& body = {},
        const QByteArray& contentType = "application/json", int timeoutMs = 15000, bool withAuth = true)
    {
        QNetworkRequest req(QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(port) + target));
        req.setTransferTimeout(0);
        if (!contentType.isEmpty() && (!body.isEmpty() || method == "POST" || method == "PATCH" || method == "PUT"))
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (withAuth && !bearer.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkReply* reply = m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        if (!reply->isFinished())
            loop.exec();
        Reply r;
        if (!reply->isFinished()) {
            r.timedOut = true;
            reply->abort();
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            r.body = reply->readAll();
        r.error = reply->error();
        r.errorString = reply->errorString();
        delete reply;
        return r;
    }

    Reply get(const QByteArray& target) { return send("GET", target); }
    Reply post(const QByteArray& target, const Json& body) { return send("POST", target, json::dump(body)); }

    // A fresh connection pool (after the server restarted).
    void reset() { m_nam.clearConnectionCache(); }

private:
    QNetworkAccessManager m_nam;
};

// SPEC §4: {"error": {"code", "message", "details"?, "request_id"}}.
inline bool isErrorEnvelope(const Json& j)
{
    if (!j.is_object() || !j.contains("error") || !j["error"].is_object())
        return false;
    const Json& e = j["error"];
    return e.contains("code") && e["code"].is_string() && !e["code"].get<std::string>().empty() && e.contains("message")
        && e["message"].is_string() && e.contains("request_id") && e["request_id"].is_string();
}

// Creates an account with the CLI (`assay user add EMAIL --role ROLE`); true on success.
inline bool addUser(const QString& dataDir, const QString& email, const QString& role, const QByteArray& password)
{
    return runAssay({QStringLiteral("user"), QStringLiteral("add"), email, QStringLiteral("--role"), role,
                        QStringLiteral("--data-dir"), dataDir},
               password + '\n')
        == 0;
}

// An API token made with the CLI (`assay token create`), or empty.
inline QByteArray createToken(const QString& dataDir, const QString& email, const QString& scopes)
{
    QByteArray out;
    if (runAssay({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("test"), QStringLiteral("--user"),
                     email, QStringLiteral("--scopes"), scopes, QStringLiteral("--data-dir"), dataDir},
            {}, &out)
        != 0)
        return {};
    return out.trimmed();
}

} // namespace assay::test
