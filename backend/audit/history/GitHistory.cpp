// SPDX-License-Identifier: GPL-3.0-or-later
#include "GitHistory.h"

#include "audit/walk/GitSupport.h"

#include <QTimeZone>

#include <map>

namespace assay::audit {

namespace {

struct Author
{
    Contributor c;
};

QDateTime commitTime(const git_signature* sig)
{
    return QDateTime::fromSecsSinceEpoch(sig->when.time, Qt::UTC);
}

} // namespace

Result<HistoryFacts> GitHistory::collect(
    const QString& repositoryPath, const QString& commit, qint64 maxCommits, const std::atomic<bool>& cancelled)
{
    auto repo = git::open(repositoryPath);
    if (!repo)
        return repo.error();
    auto head = git::resolveCommit(repo->get(), commit);
    if (!head)
        return head.error();
    git_mailmap* rawMailmap = nullptr;
    git_mailmap_from_repository(&rawMailmap, repo->get());
    git::Mailmap mailmap(rawMailmap);

    git_revwalk* rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repo->get()) != 0)
        return Error::internal(git::lastError(QStringLiteral("Cannot walk the history")));
    git::RevWalk walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TIME);
    git_revwalk_push(walk.get(), git_commit_id(head->get()));

    HistoryFacts facts;
    std::map<QString, Author> authors; // by lower-case e-mail
    QHash<QString, std::map<QString, qint64>> fileLines;
    git_diff_options diffOptions = GIT_DIFF_OPTIONS_INIT;
    diffOptions.context_lines = 0;

    git_oid oid;
    while (git_revwalk_next(&oid, walk.get()) == 0) {
        if (cancelled.load(std::memory_order_relaxed))
            return Error::make(
                Error::Kind::Conflict, QStringLiteral("The audit was cancelled."), {}, QStringLiteral("CANCELLED"));
        if (facts.commits >= maxCommits) {
            facts.truncated = true;
            continue; // keep counting commits cheaply without diffs
        }
        git_commit* rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo->get(), &oid) != 0)
            continue;
        git::Commit c(rawCommit);
        ++facts.commits;
        const git_signature* author = git_commit_author(c.get());
        const char* name = author->name;
        const char* email = author->email;
        const char* mappedName = nullptr;
        const char* mappedEmail = nullptr;
        if (mailmap && git_mailmap_resolve(&mappedName, &mappedEmail, mailmap.get(), name, email) == 0) {
            name = mappedName;
            email = mappedEmail;
        }
        const QString key = QString::fromUtf8(email).toLower();
        Author& a = authors[key];
        if (a.c.email.isEmpty()) {
            a.c.email = key;
            a.c.name = QString::fromUtf8(name);
        }
        ++a.c.commits;
        const QDateTime when = commitTime(author);
        if (!a.c.firstCommit.isValid() || when < a.c.firstCommit)
            a.c.firstCommit = when;
        if (!a.c.lastCommit.isValid() || when > a.c.lastCommit) {
            a.c.lastCommit = when;
            a.c.name = QString::fromUtf8(name); // the newest spelling of the name
        }

        git_tree* rawTree = nullptr;
        git_commit_tree(&rawTree, c.get());
        git::Tree tree(rawTree);
        git::Tree parentTree;
        if (git_commit_parentcount(c.get()) > 0) {
            git_commit* rawParent = nullptr;
            if (git_commit_parent(&rawParent, c.get(), 0) == 0) {
                git::Commit parent(rawParent);
                git_tree* pt = nullptr;
                git_commit_tree(&pt, parent.get());
                parentTree.reset(pt);
            }
        }
        git_diff* rawDiff = nullptr;
        if (git_diff_tree_to_tree(&rawDiff, repo->get(), parentTree.get(), tree.get(), &diffOptions) != 0)
            continue;
        git::Diff diff(rawDiff);
        const size_t deltas = git_diff_num_deltas(diff.get());
        for (size_t i = 0; i < deltas; ++i) {
            const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
            const QString path = QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
            if (!facts.lastAuthor.contains(path))
                facts.lastAuthor.insert(path, key);
            if (delta->flags & GIT_DIFF_FLAG_BINARY)
                continue;
            git_patch* rawPatch = nullptr;
            if (git_patch_from_diff(&rawPatch, diff.get(), i) != 0 || !rawPatch)
                continue;
            git::Patch patch(rawPatch);
            size_t context = 0, added = 0, removed = 0;
            git_patch_line_stats(&context, &added, &removed, patch.get());
            a.c.linesAdded += qint64(added);
            a.c.linesRemoved += qint64(removed);
            if (added > 0)
                fileLines[path][key] += qint64(added);
        }
    }

    for (auto& [key, a] : authors)
        facts.contributors.push_back(std::move(a.c));
    std::sort(facts.contributors.begin(), facts.contributors.end(), [](const Contributor& x, const Contributor& y) {
        return x.commits != y.commits ? x.commits > y.commits : x.email < y.email;
    });
    for (auto it = fileLines.begin(); it != fileLines.end(); ++it) {
        std::vector<std::pair<QString, qint64>> v(it->begin(), it->end());
        std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) {
            return x.second != y.second ? x.second > y.second : x.first < y.first;
        });
        QStringList emails;
        for (const auto& [e, n] : v)
            emails << e;
        facts.fileAuthors.insert(it.key(), emails);
    }
    return facts;
}

} // namespace assay::audit
