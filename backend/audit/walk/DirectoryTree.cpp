// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryTree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace assay::audit {

namespace {

QString readSmallFile(const QByteArray& path)
{
    QFile f(QString::fromLocal8Bit(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.read(1 << 20));
}

} // namespace

DirectoryTree::DirectoryTree(QString root, bool honourGitIgnore)
    : m_root(QDir(root).absolutePath())
    , m_honourGitIgnore(honourGitIgnore)
{
    char resolved[PATH_MAX];
    if (::realpath(QFile::encodeName(m_root).constData(), resolved))
        m_canonicalRoot = QByteArray(resolved);
    else
        m_canonicalRoot = QFile::encodeName(m_root);
}

Result<std::vector<SourceEntry>> DirectoryTree::list(const std::atomic<bool>& cancelled)
{
    QFileInfo info(m_root);
    if (!info.exists())
        return Error::validation(
            QStringLiteral("The folder %1 does not exist.").arg(m_root), {{"field", "repository"}});
    if (!info.isDir())
        return Error::validation(QStringLiteral("%1 is not a folder.").arg(m_root), {{"field", "repository"}});
    if (!info.isReadable() || ::access(QFile::encodeName(m_root).constData(), R_OK | X_OK) != 0)
        return Error::validation(
            QStringLiteral("The folder %1 cannot be read (permission denied).").arg(m_root), {{"field", "repository"}});

    std::vector<SourceEntry> out;
    GitIgnore ignore;
    m_skipped = 0;
    // Depth-first with an explicit stack: (absolute path, relative path).
    std::vector<std::pair<QByteArray, QString>> stack;
    stack.emplace_back(QFile::encodeName(m_root), QString());
    const QByteArray rootPrefix = m_canonicalRoot + '/';
    while (!stack.empty()) {
        if (cancelled.load(std::memory_order_relaxed))
            return Error::make(
                Error::Kind::Conflict, QStringLiteral("The audit was cancelled."), {}, QStringLiteral("CANCELLED"));
        auto [dirPath, relDir] = std::move(stack.back());
        stack.pop_back();
        if (m_honourGitIgnore) {
            const QByteArray gi = dirPath + "/.gitignore";
            if (::access(gi.constData(), R_OK) == 0)
                ignore.addRules(relDir, readSmallFile(gi));
        }
        DIR* dir = ::opendir(dirPath.constData());
        if (!dir) {
            ++m_skipped;
            continue;
        }
        std::vector<std::pair<QByteArray, QString>> subdirs;
        while (dirent* e = ::readdir(dir)) {
            const char* name = e->d_name;
            if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
                continue;
            if (std::strcmp(name, ".git") == 0)
                continue;
            const QByteArray abs = dirPath + '/' + name;
            const QString nameStr = QFile::decodeName(name);
            const QString rel = relDir.isEmpty() ? nameStr : relDir + QLatin1Char('/') + nameStr;
            unsigned char type = e->d_type;
            if (type == DT_UNKNOWN) {
                struct stat st;
                if (::lstat(abs.constData(), &st) != 0)
                    continue;
                type = S_ISDIR(st.st_mode) ? DT_DIR
                    : S_ISREG(st.st_mode)  ? DT_REG
                    : S_ISLNK(st.st_mode)  ? DT_LNK
                                           : DT_UNKNOWN;
            }
            if (type == DT_LNK) {
                // Follow only links that resolve inside the root; never out of it.
                char resolved[PATH_MAX];
                if (!::realpath(abs.constData(), resolved)) {
                    ++m_skipped;
                    continue;
                }
                const QByteArray target(resolved);
                if (!target.startsWith(rootPrefix) && target != m_canonicalRoot) {
                    ++m_skipped;
                    continue;
                }
                struct stat st;
                if (::stat(resolved, &st) != 0) {
                    ++m_skipped;
                    continue;
                }
                if (S_ISDIR(st.st_mode)) {
                    ++m_skipped; // a link to a folder inside the root is walked there, not twice
                    continue;
                }
                type = S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
            }
            if (type == DT_DIR) {
                if (m_honourGitIgnore && !ignore.isEmpty() && ignore.isIgnored(rel, true))
                    continue;
                subdirs.emplace_back(abs, rel);
            } else if (type == DT_REG) {
                if (m_honourGitIgnore && !ignore.isEmpty() && ignore.isIgnored(rel, false))
                    continue;
                SourceEntry entry;
                entry.path = rel;
                entry.absolutePath = QFile::decodeName(abs);
                out.push_back(std::move(entry));
            } else {
                ++m_skipped; // device files, sockets, FIFOs
            }
        }
        ::closedir(dir);
        // Reverse so that the walk visits folders in the order readdir gave them.
        for (auto it = subdirs.rbegin(); it != subdirs.rend(); ++it)
            stack.push_back(std::move(*it));
    }
    std::sort(out.begin(), out.end(), [](const SourceEntry& a, const SourceEntry& b) { return a.path < b.path; });
    return out;
}

Status DirectoryTree::read(const SourceEntry& entry, qint64 maxBytes, std::string& out, qint64& size) const
{
    out.clear();
    const QByteArray path = QFile::encodeName(entry.absolutePath);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    int fdToUse = fd;
    if (fd < 0 && errno == ELOOP)
        fdToUse = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK); // a link checked by list()
    if (fdToUse < 0)
        return Error::notFound(
            QStringLiteral("Cannot open %1: %2").arg(entry.path, QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st;
    if (::fstat(fdToUse, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fdToUse);
        return Error::validation(QStringLiteral("%1 is not a regular file.").arg(entry.path));
    }
    size = st.st_size;
    const qint64 want = std::min<qint64>(st.st_size, maxBytes);
    out.resize(size_t(want));
    qint64 got = 0;
    while (got < want) {
        const ssize_t n = ::read(fdToUse, out.data() + got, size_t(want - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    out.resize(size_t(got));
    ::close(fdToUse);
    return {};
}

} // namespace assay::audit
