// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QTest>

// Builds real git repositories for tests with the git command line: files, commits by chosen
// authors at chosen dates, .mailmap and .gitignore are just files.
class GitFixture
{
public:
    explicit GitFixture(const QString& path)
        : m_path(path)
    {
        QDir().mkpath(path);
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        git({QStringLiteral("config"), QStringLiteral("commit.gpgsign"), QStringLiteral("false")});
    }

    const QString& path() const { return m_path; }

    void write(const QString& relative, const QByteArray& content)
    {
        const QString full = QDir(m_path).filePath(relative);
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile f(full);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    // Commits everything as `name <email>` at `date` (ISO 8601).
    void commit(const QString& message, const QString& name, const QString& email, const QString& date)
    {
        git({QStringLiteral("add"), QStringLiteral("-A")});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), name);
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), email);
        env.insert(QStringLiteral("GIT_COMMITTER_NAME"), name);
        env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), email);
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), date);
        env.insert(QStringLiteral("GIT_COMMITTER_DATE"), date);
        git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message}, env);
    }

    QString git(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setWorkingDirectory(m_path);
        QProcessEnvironment e = env;
        e.insert(QStringLiteral("HOME"), m_path); // no user config leaks in
        e.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral("git"), args);
        p.waitForFinished(30000);
        if (p.exitCode() != 0)
            qWarning() << "git" << args << "failed:" << p.readAllStandardError();
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private:
    QString m_path;
};
