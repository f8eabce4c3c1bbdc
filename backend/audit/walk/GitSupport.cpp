// SPDX-License-Identifier: GPL-3.0-or-later
#include "GitSupport.h"

#include <QDir>
#include <QFile>

#include <mutex>

namespace assay::audit::git {

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

QString lastError(const QString& doing)
{
    const git_error* e = git_error_last();
    const QString detail = e && e->message ? QString::fromUtf8(e->message).trimmed() : QStringLiteral("unknown error");
    return QStringLiteral("%1: %2").arg(doing, detail);
}

Result<Repository> open(const QString& path)
{
    ensureInitialised();
    git_repository* repo = nullptr;
    if (git_repository_open_ext(&repo, QFile::encodeName(path).constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr)
        != 0)
        return Error::validation(lastError(QStringLiteral("%1 is not a git repository").arg(path)));
    return Repository(repo);
}

bool isRepository(const QString& path)
{
    // A work tree has .git; a bare repository has HEAD and objects/. Anything else is not one,
    // and needs no libgit2 (whose start-up costs ~20 ms).
    const QDir dir(path);
    if (!dir.exists(QStringLiteral(".git"))
        && !(dir.exists(QStringLiteral("HEAD")) && dir.exists(QStringLiteral("objects"))))
        return false;
    ensureInitialised();
    return git_repository_open_ext(nullptr, QFile::encodeName(path).constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr)
        == 0;
}

Result<Commit> resolveCommit(git_repository* repo, const QString& ref)
{
    const QByteArray spec = ref.isEmpty() ? QByteArray("HEAD") : ref.toUtf8();
    git_object* obj = nullptr;
    int rc = git_revparse_single(&obj, repo, spec.constData());
    if (rc != 0 && !ref.isEmpty()) {
        // Branches of a clone live under refs/remotes/origin.
        const QByteArray remote = "refs/remotes/origin/" + spec;
        rc = git_revparse_single(&obj, repo, remote.constData());
    }
    if (rc != 0) {
        if (ref.isEmpty())
            return Error::unprocessable(QStringLiteral("The repository has no commits yet."), {{"field", "ref"}});
        return Error::make(Error::Kind::Unprocessable,
            QStringLiteral("The ref '%1' does not exist in the repository (no such branch, tag or commit).").arg(ref),
            {{"field", "ref"}}, QStringLiteral("REF_NOT_FOUND"));
    }
    Object object(obj);
    git_object* peeled = nullptr;
    if (git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT) != 0)
        return Error::unprocessable(
            QStringLiteral("The ref '%1' does not point to a commit.").arg(ref), {{"field", "ref"}});
    return Commit(reinterpret_cast<git_commit*>(peeled));
}

QString oidHex(const git_oid* oid)
{
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, oid);
    return QString::fromLatin1(buf);
}

} // namespace assay::audit::git
