// SPDX-License-Identifier: GPL-3.0-or-later
#include "GitRemote.h"

#include "GitSupport.h"
#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QUrl>

namespace assay::audit {

namespace {

struct CallbackState
{
    const CredentialLookup* credentials = nullptr;
    const std::function<bool()>* cancelled = nullptr;
    int attempts = 0;
    bool authRequested = false;
};

int credentialCallback(
    git_credential** out, const char* url, const char* usernameFromUrl, unsigned int allowed, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    state->authRequested = true;
    if (++state->attempts > 1 || !state->credentials || !*state->credentials)
        return GIT_EUSER;
    const QString host = QUrl(QString::fromUtf8(url)).host();
    const auto creds = (*state->credentials)(host);
    if (!creds)
        return GIT_EUSER;
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        const QByteArray user = creds->username.isEmpty() ? QByteArray(usernameFromUrl ? usernameFromUrl : "git")
                                                          : creds->username.toUtf8();
        return git_credential_userpass_plaintext_new(out, user.constData(), creds->secret.toUtf8().constData());
    }
    return GIT_EUSER;
}

int transferProgress(const git_indexer_progress*, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    return (state->cancelled && *state->cancelled && (*state->cancelled)()) ? -1 : 0;
}

Error remoteError(const QString& url, const CallbackState& state)
{
    const git_error* e = git_error_last();
    const QString detail = e && e->message ? QString::fromUtf8(e->message) : QString();
    const QString lower = detail.toLower();
    if (state.authRequested || lower.contains(QLatin1String("authentication")) || lower.contains(QLatin1String("401"))
        || lower.contains(QLatin1String("403")))
        return Error::make(Error::Kind::Unprocessable,
            QStringLiteral("The repository %1 requires authentication; add credentials for its host in "
                           "Settings.")
                .arg(url),
            {{"field", "repository"}}, QStringLiteral("GIT_AUTH_REQUIRED"));
    if (lower.contains(QLatin1String("404")) || lower.contains(QLatin1String("not found"))
        || lower.contains(QLatin1String("does not appear to be a git repository"))
        || lower.contains(QLatin1String("could not find repository")))
        return Error::make(Error::Kind::Unprocessable, QStringLiteral("No git repository was found at %1.").arg(url),
            {{"field", "repository"}}, QStringLiteral("GIT_NOT_FOUND"));
    if (lower.contains(QLatin1String("resolve")) || lower.contains(QLatin1String("connect"))
        || lower.contains(QLatin1String("network")) || lower.contains(QLatin1String("timed out")))
        return Error::make(Error::Kind::Unprocessable,
            QStringLiteral("%1 cannot be reached: %2").arg(url, detail.trimmed()), {{"field", "repository"}},
            QStringLiteral("GIT_UNREACHABLE"));
    return Error::make(Error::Kind::Unprocessable, QStringLiteral("Cannot fetch %1: %2").arg(url, detail.trimmed()),
        {{"field", "repository"}}, QStringLiteral("GIT_FETCH_FAILED"));
}

} // namespace

bool GitRemote::looksLikeUrl(const QString& source)
{
    static const QStringList schemes {QStringLiteral("https://"), QStringLiteral("http://"), QStringLiteral("ssh://"),
        QStringLiteral("git://"), QStringLiteral("file://")};
    for (const auto& s : schemes)
        if (source.startsWith(s, Qt::CaseInsensitive))
            return true;
    // scp-like syntax: git@host:org/repo.git
    return source.contains(QLatin1Char('@')) && source.contains(QLatin1Char(':'))
        && !source.startsWith(QLatin1Char('/'));
}

std::optional<GitCredentials> GitRemote::credentialsFor(const QString& text, const QString& host)
{
    for (const auto& raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (space <= 0 || line.left(space).compare(host, Qt::CaseInsensitive) != 0)
            continue;
        const QString secret = line.mid(space + 1).trimmed();
        const qsizetype colon = secret.indexOf(QLatin1Char(':'));
        if (colon > 0)
            return GitCredentials {secret.left(colon), secret.mid(colon + 1)};
        return GitCredentials {QString(), secret};
    }
    return std::nullopt;
}

QString GitRemote::cachePathFor(const QString& url, const QString& cacheRoot)
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(cacheRoot).filePath(QString::fromLatin1(hash) + QStringLiteral(".git"));
}

Result<QString> GitRemote::fetch(const QString& url, const QString& cacheRoot, const CredentialLookup& credentials,
    const std::function<bool()>& cancelled)
{
    git::ensureInitialised();
    const QString path = cachePathFor(url, cacheRoot);
    QDir().mkpath(cacheRoot);
    CallbackState state;
    state.credentials = &credentials;
    state.cancelled = &cancelled;

    git_repository* raw = nullptr;
    if (QDir(path).exists() && git_repository_open_bare(&raw, QFile::encodeName(path).constData()) == 0) {
        git::Repository repo(raw);
        git_remote* rawRemote = nullptr;
        if (git_remote_lookup(&rawRemote, repo.get(), "origin") != 0)
            return Error::internal(git::lastError(QStringLiteral("The cached clone of %1 has no origin").arg(url)));
        git::Remote remote(rawRemote);
        git_fetch_options opts = GIT_FETCH_OPTIONS_INIT;
        opts.callbacks.credentials = credentialCallback;
        opts.callbacks.transfer_progress = transferProgress;
        opts.callbacks.payload = &state;
        opts.prune = GIT_FETCH_PRUNE;
        opts.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
        const char* refspecs[] = {"+refs/heads/*:refs/remotes/origin/*", "+refs/tags/*:refs/tags/*"};
        git_strarray specs = {const_cast<char**>(refspecs), 2};
        if (git_remote_fetch(remote.get(), &specs, &opts, "assay fetch") != 0)
            return remoteError(url, state);
        qCInfo(lcAudit) << "fetched" << url;
        return path;
    }
    QDir(path).removeRecursively();
    git_clone_options opts = GIT_CLONE_OPTIONS_INIT;
    opts.bare = 1;
    opts.fetch_opts.callbacks.credentials = credentialCallback;
    opts.fetch_opts.callbacks.transfer_progress = transferProgress;
    opts.fetch_opts.callbacks.payload = &state;
    opts.fetch_opts.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
    if (git_clone(&raw, url.toUtf8().constData(), QFile::encodeName(path).constData(), &opts) != 0) {
        Error e = remoteError(url, state);
        QDir(path).removeRecursively();
        return e;
    }
    git_repository_free(raw);
    qCInfo(lcAudit) << "cloned" << url;
    return path;
}

} // namespace assay::audit
