// SPDX-License-Identifier: GPL-3.0-or-later
#include "GitHistoryScanner.h"

#include "SecretDetector.h"

#include <QDateTime>
#include <QTimeZone>

#include <git2.h>

#include <map>
#include <memory>
#include <set>
#include <string>

namespace assay::audit {

namespace {

template <typename T, void (*Free)(T*)> struct GitPtr
{
    T* p = nullptr;
    GitPtr() = default;
    GitPtr(const GitPtr&) = delete;
    GitPtr& operator=(const GitPtr&) = delete;
    ~GitPtr()
    {
        if (p)
            Free(p);
    }
    T** out() { return &p; }
    T* get() const { return p; }
};

using Repo = GitPtr<git_repository, git_repository_free>;
using Walk = GitPtr<git_revwalk, git_revwalk_free>;
using Commit = GitPtr<git_commit, git_commit_free>;
using Tree = GitPtr<git_tree, git_tree_free>;
using Diff = GitPtr<git_diff, git_diff_free>;
using TreeEntry = GitPtr<git_tree_entry, git_tree_entry_free>;
using Blob = GitPtr<git_blob, git_blob_free>;

struct LibGit
{
    LibGit() { git_libgit2_init(); }
    ~LibGit() { git_libgit2_shutdown(); }
};

QString gitError(const QString& what)
{
    const git_error* e = git_error_last();
    return QStringLiteral("%1 (%2).")
        .arg(what, e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("libgit2"));
}

// The lines one commit added, per file, with their line numbers in the new version.
struct AddedLines
{
    std::string text;
    std::vector<int> lineNumbers;
};

int onLine(const git_diff_delta* delta, const git_diff_hunk*, const git_diff_line* line, void* payload)
{
    if (line->origin != GIT_DIFF_LINE_ADDITION || !delta->new_file.path)
        return 0;
    auto& files = *static_cast<std::map<std::string, AddedLines>*>(payload);
    auto& added = files[delta->new_file.path];
    std::string_view s(line->content, line->content_len);
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    added.text.append(s);
    added.text.push_back('\n');
    added.lineNumbers.push_back(line->new_lineno);
    return 0;
}

struct Seen
{
    Finding finding;
    QString commit;
    QDateTime when;
};

} // namespace

Result<HistoryScanResult> scanGitHistory(
    const QString& root, const SecretDetector& detector, const HistoryScanOptions& options)
{
    LibGit libgit;
    Repo repo;
    if (git_repository_open_ext(repo.out(), root.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0)
        return Error::validation(gitError(QStringLiteral("%1 is not a git repository").arg(root)));
    Walk walk;
    if (git_revwalk_new(walk.out(), repo.get()) != 0)
        return Error::internal(gitError(QStringLiteral("The commit history cannot be walked")));
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push_head(walk.get()) != 0)
        return Error::validation(gitError(QStringLiteral("The repository has no HEAD commit")));

    HistoryScanResult result;
    std::map<QString, Seen> seen; // fingerprint -> the oldest commit that added it
    git_oid oid;
    while (git_revwalk_next(&oid, walk.get()) == 0) {
        if (result.commitsScanned >= options.maxCommits || (options.cancelled && options.cancelled()))
            break;
        ++result.commitsScanned;
        Commit commit;
        Tree tree, parentTree;
        if (git_commit_lookup(commit.out(), repo.get(), &oid) != 0 || git_commit_tree(tree.out(), commit.get()) != 0)
            continue;
        if (git_commit_parentcount(commit.get()) > 0) {
            Commit parent;
            if (git_commit_parent(parent.out(), commit.get(), 0) == 0)
                git_commit_tree(parentTree.out(), parent.get());
        }
        git_diff_options diffOptions;
        git_diff_options_init(&diffOptions, GIT_DIFF_OPTIONS_VERSION);
        diffOptions.context_lines = 0;
        Diff diff;
        if (git_diff_tree_to_tree(diff.out(), repo.get(), parentTree.get(), tree.get(), &diffOptions) != 0)
            continue;
        std::map<std::string, AddedLines> files;
        git_diff_foreach(diff.get(), nullptr, nullptr, nullptr, onLine, &files);

        char hex[GIT_OID_HEXSZ + 1] = {};
        git_oid_tostr(hex, sizeof hex, &oid);
        const QString commitId = QString::fromLatin1(hex);
        const QDateTime when = QDateTime::fromSecsSinceEpoch(git_commit_time(commit.get()), QTimeZone::utc());
        for (auto& [path, added] : files) {
            const QString file = QString::fromStdString(path);
            if (detector.ignore().ignoresPath(file) || file == u".assayignore")
                continue;
            for (auto& f : detector.findingsFor(added.text, file)) {
                if (f.line >= 1 && size_t(f.line) <= added.lineNumbers.size())
                    f.line = added.lineNumbers[size_t(f.line - 1)];
                // The walk goes from new to old: a later visit is an older commit.
                seen[f.fingerprint] = Seen {std::move(f), commitId, when};
            }
            // Drop the added text as soon as it is scanned.
            std::string().swap(added.text);
        }
    }

    // Which of those secrets are still in HEAD (those are the ordinary scan's business).
    std::set<QString> inHead;
    std::set<QString> filesToCheck;
    for (const auto& [fp, s] : seen)
        filesToCheck.insert(s.finding.file);
    Commit head;
    Tree headTree;
    git_oid headOid;
    if (git_reference_name_to_id(&headOid, repo.get(), "HEAD") == 0
        && git_commit_lookup(head.out(), repo.get(), &headOid) == 0
        && git_commit_tree(headTree.out(), head.get()) == 0) {
        for (const auto& file : filesToCheck) {
            TreeEntry entry;
            if (git_tree_entry_bypath(entry.out(), headTree.get(), file.toUtf8().constData()) != 0)
                continue;
            Blob blob;
            if (git_blob_lookup(blob.out(), repo.get(), git_tree_entry_id(entry.get())) != 0
                || git_blob_is_binary(blob.get()))
                continue;
            const std::string_view content(
                static_cast<const char*>(git_blob_rawcontent(blob.get())), size_t(git_blob_rawsize(blob.get())));
            for (const auto& f : detector.findingsFor(content, file))
                inHead.insert(f.fingerprint);
        }
    }
    for (auto& [fp, s] : seen) {
        if (inHead.count(fp))
            continue;
        Finding f = std::move(s.finding);
        f.title += QStringLiteral(" (removed, still in git history)");
        f.details["commit"] = s.commit.toStdString();
        f.details["commit_time"] = s.when.toString(Qt::ISODate).toStdString();
        f.details["removed"] = true;
        result.findings.push_back(std::move(f));
    }
    return result;
}

} // namespace assay::audit
