// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <git2.h>

#include <QString>

#include <memory>

namespace assay::audit::git {

// libgit2 is initialised once per process, before the first use from any thread.
void ensureInitialised();

// The last libgit2 error as one sentence, prefixed with what we were doing.
QString lastError(const QString& doing);

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const
    {
        if (p)
            Free(p);
    }
};
using Repository = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using Object = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using Commit = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using Tree = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using Blob = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;
using RevWalk = std::unique_ptr<git_revwalk, Deleter<git_revwalk, git_revwalk_free>>;
using Diff = std::unique_ptr<git_diff, Deleter<git_diff, git_diff_free>>;
using Patch = std::unique_ptr<git_patch, Deleter<git_patch, git_patch_free>>;
using Mailmap = std::unique_ptr<git_mailmap, Deleter<git_mailmap, git_mailmap_free>>;
using Remote = std::unique_ptr<git_remote, Deleter<git_remote, git_remote_free>>;

Result<Repository> open(const QString& path);
// Whether `path` is inside a git work tree or is a repository.
bool isRepository(const QString& path);
// Resolves a branch, tag or commit (or HEAD when empty) to a commit.
Result<Commit> resolveCommit(git_repository* repo, const QString& ref);
QString oidHex(const git_oid* oid);

} // namespace assay::audit::git
