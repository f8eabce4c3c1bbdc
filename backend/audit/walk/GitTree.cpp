// SPDX-License-Identifier: GPL-3.0-or-later
#include "GitTree.h"

#include "GitSupport.h"

#include <QThreadStorage>

#include <cstring>
#include <map>

namespace assay::audit {

namespace {

// libgit2 repositories are not shared between threads: each reader thread opens its own.
struct ThreadRepositories
{
    std::map<QString, git::Repository> repos;
};
QThreadStorage<ThreadRepositories*> t_repos;

git_repository* threadRepository(const QString& path)
{
    if (!t_repos.hasLocalData())
        t_repos.setLocalData(new ThreadRepositories);
    auto& repos = t_repos.localData()->repos;
    auto it = repos.find(path);
    if (it != repos.end())
        return it->second.get();
    auto opened = git::open(path);
    if (!opened)
        return nullptr;
    git_repository* raw = opened->get();
    repos.emplace(path, std::move(*opened));
    return raw;
}

struct WalkState
{
    std::vector<SourceEntry>* out;
    qint64 skipped = 0;
    const std::atomic<bool>* cancelled;
};

int walkCallback(const char* root, const git_tree_entry* entry, void* payload)
{
    auto* state = static_cast<WalkState*>(payload);
    if (state->cancelled->load(std::memory_order_relaxed))
        return -1;
    const git_filemode_t mode = git_tree_entry_filemode(entry);
    if (mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE) {
        SourceEntry e;
        e.path = QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry));
        const git_oid* oid = git_tree_entry_id(entry);
        e.blobId = QByteArray(reinterpret_cast<const char*>(oid->id), GIT_OID_RAWSZ);
        state->out->push_back(std::move(e));
    } else if (mode == GIT_FILEMODE_LINK || mode == GIT_FILEMODE_COMMIT) {
        ++state->skipped; // symbolic links and submodules
    }
    return 0;
}

} // namespace

GitTree::GitTree(QString repositoryPath, QString ref)
    : m_path(std::move(repositoryPath))
    , m_ref(std::move(ref))
{ }

Status GitTree::resolve()
{
    auto repo = git::open(m_path);
    if (!repo)
        return repo.error();
    auto commit = git::resolveCommit(repo->get(), m_ref);
    if (!commit)
        return commit.error();
    m_commit = git::oidHex(git_commit_id(commit->get()));
    return {};
}

Result<std::vector<SourceEntry>> GitTree::list(const std::atomic<bool>& cancelled)
{
    if (m_commit.isEmpty())
        if (auto s = resolve(); !s)
            return s.error();
    auto repo = git::open(m_path);
    if (!repo)
        return repo.error();
    auto commit = git::resolveCommit(repo->get(), m_commit);
    if (!commit)
        return commit.error();
    git_tree* rawTree = nullptr;
    if (git_commit_tree(&rawTree, commit->get()) != 0)
        return Error::internal(git::lastError(QStringLiteral("Cannot read the tree of %1").arg(m_commit)));
    git::Tree tree(rawTree);
    std::vector<SourceEntry> out;
    WalkState state {&out, 0, &cancelled};
    if (git_tree_walk(tree.get(), GIT_TREEWALK_PRE, walkCallback, &state) != 0 && cancelled.load())
        return Error::make(
            Error::Kind::Conflict, QStringLiteral("The audit was cancelled."), {}, QStringLiteral("CANCELLED"));
    m_skipped = state.skipped;
    std::sort(out.begin(), out.end(), [](const SourceEntry& a, const SourceEntry& b) { return a.path < b.path; });
    return out;
}

Status GitTree::read(const SourceEntry& entry, qint64 maxBytes, std::string& out, qint64& size) const
{
    out.clear();
    git_repository* repo = threadRepository(m_path);
    if (!repo)
        return Error::internal(QStringLiteral("Cannot open the repository %1.").arg(m_path));
    git_oid oid;
    std::memcpy(oid.id, entry.blobId.constData(), GIT_OID_RAWSZ);
    git_blob* raw = nullptr;
    if (git_blob_lookup(&raw, repo, &oid) != 0)
        return Error::notFound(git::lastError(QStringLiteral("Cannot read %1").arg(entry.path)));
    git::Blob blob(raw);
    size = qint64(git_blob_rawsize(blob.get()));
    const qint64 want = std::min(size, maxBytes);
    out.assign(static_cast<const char*>(git_blob_rawcontent(blob.get())), size_t(want));
    return {};
}

} // namespace assay::audit
