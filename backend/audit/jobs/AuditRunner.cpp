// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditRunner.h"

#include "audit/history/GitHistory.h"
#include "audit/languages/LanguageTable.h"
#include "audit/walk/ArchiveExtractor.h"
#include "audit/walk/DirectoryTree.h"
#include "audit/walk/GitSupport.h"
#include "audit/walk/GitTree.h"
#include "core/Logging.h"
#include "core/Memory.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <cstring>
#include <future>
#include <thread>

namespace assay::audit {

namespace {

constexpr qint64 kSniffBytes = 8192;
// A worker's batch: files read before the detectors run over them (see the worker).
constexpr size_t kBatchFiles = 32;
constexpr size_t kBatchBytes = 256 * 1024;

Error cancelledError()
{
    return Error::make(
        Error::Kind::Conflict, QStringLiteral("The audit was cancelled."), {}, QStringLiteral("CANCELLED"));
}

bool insideAllowedRoots(const QString& path, const QStringList& roots)
{
    if (roots.isEmpty())
        return true;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (const auto& r : roots) {
        const QString root = QFileInfo(r).canonicalFilePath();
        if (!root.isEmpty() && (canonical == root || canonical.startsWith(root + QLatin1Char('/'))))
            return true;
    }
    return false;
}

QString displayName(const QString& source)
{
    QString s = source;
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    QString name = s.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), -1);
    if (name.endsWith(QLatin1String(".git")))
        name.chop(4);
    return name.isEmpty() ? s : name;
}

} // namespace

AuditRunner::AuditRunner(Database* database, std::vector<DetectorFactory> detectors)
    : m_database(database)
    , m_detectors(std::move(detectors))
{ }

QString AuditRunner::artefactDir(const QString& dataDir, const QString& auditId)
{
    return QDir(dataDir).filePath(QStringLiteral("artefacts/") + auditId);
}

Status AuditRunner::validateSource(const AuditRequest& request)
{
    if (!request.archivePath.isEmpty())
        return {};
    if (request.source.trimmed().isEmpty())
        return Error::validation(
            QStringLiteral("'repository' is required: a folder path or a git URL."), {{"field", "repository"}});
    if (GitRemote::looksLikeUrl(request.source)) {
        if (!request.allowedRoots.isEmpty() && request.source.startsWith(QLatin1String("file://"), Qt::CaseInsensitive)
            && !insideAllowedRoots(QUrl(request.source).toLocalFile(), request.allowedRoots))
            return Error::forbidden(QStringLiteral("This server only audits folders under its allowed roots."));
        return {};
    }
    const QFileInfo info(request.source);
    if (!info.isAbsolute())
        return Error::validation(
            QStringLiteral("The folder path must be absolute: %1").arg(request.source), {{"field", "repository"}});
    if (!info.exists())
        return Error::validation(
            QStringLiteral("The folder %1 does not exist.").arg(request.source), {{"field", "repository"}});
    if (!info.isDir())
        return Error::validation(QStringLiteral("%1 is not a folder.").arg(request.source), {{"field", "repository"}});
    if (!info.isReadable())
        return Error::validation(
            QStringLiteral("The folder %1 cannot be read (permission denied).").arg(request.source),
            {{"field", "repository"}});
    if (QDir::cleanPath(request.source).split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return Error::validation(QStringLiteral("The folder path must not contain '..'."), {{"field", "repository"}});
    if (!insideAllowedRoots(request.source, request.allowedRoots))
        return Error::forbidden(
            QStringLiteral("%1 is outside the folders this server may audit (allowed roots).").arg(request.source));
    return {};
}

Result<AuditReport> AuditRunner::run(const AuditRequest& request,
    const std::function<void(const AuditProgress&)>& progress, const std::atomic<bool>& cancelled) const
{
    auto report = [&](int percent, const QString& stage, qint64 done = 0, qint64 total = 0, qint64 eta = -1) {
        if (progress)
            progress(AuditProgress {percent, stage, done, total, eta});
    };
    const auto cancelledFn = [&cancelled] { return cancelled.load(); };
    const ThroughputAllocation allocation; // see core/Memory.h

    AuditReport out;
    out.id = request.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.id;
    out.options = request.options;
    out.startedAt = QDateTime::currentDateTimeUtc();
    out.status = QStringLiteral("running");
    out.repository.source
        = request.archivePath.isEmpty() ? request.source : QStringLiteral("upload:") + request.archiveName;
    out.repository.ref = request.ref;
    out.repository.name = displayName(request.archivePath.isEmpty() ? request.source : request.archiveName);

    if (auto s = validateSource(request); !s)
        return s.error();

    // 1. Resolve the source to a tree.
    report(1, QStringLiteral("preparing"));
    std::unique_ptr<SourceTree> tree;
    QString historyRepo; // repository to walk for authorship, when there is one
    QString historyCommit;
    if (!request.archivePath.isEmpty()) {
        const QString dest = QDir(artefactDir(request.dataDir, out.id)).filePath(QStringLiteral("source"));
        if (auto s = ArchiveExtractor::extract(request.archivePath, dest, {}, cancelledFn); !s)
            return s.error();
        // An archive holding one top folder is audited from inside it.
        QString root = dest;
        const auto entries = QDir(dest).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (entries.size() == 1 && QFileInfo(QDir(dest).filePath(entries.first())).isDir())
            root = QDir(dest).filePath(entries.first());
        tree = std::make_unique<DirectoryTree>(root);
    } else if (GitRemote::looksLikeUrl(request.source)) {
        auto path = GitRemote::fetch(request.source, QDir(request.dataDir).filePath(QStringLiteral("cache/git")),
            request.gitCredentials, cancelledFn);
        if (!path)
            return path.error();
        QString ref = request.ref;
        if (ref.isEmpty()) {
            auto repo = git::open(*path);
            if (repo && git::resolveCommit(repo->get(), QStringLiteral("refs/remotes/origin/HEAD")))
                ref = QStringLiteral("refs/remotes/origin/HEAD");
        }
        auto gitTree = std::make_unique<GitTree>(*path, ref);
        if (auto s = gitTree->resolve(); !s)
            return s.error();
        historyRepo = *path;
        historyCommit = gitTree->commitId();
        tree = std::move(gitTree);
    } else if (!request.ref.isEmpty()) {
        if (!git::isRepository(request.source))
            return Error::validation(
                QStringLiteral("A ref was given but %1 is not a git repository.").arg(request.source),
                {{"field", "ref"}});
        auto gitTree = std::make_unique<GitTree>(request.source, request.ref);
        if (auto s = gitTree->resolve(); !s)
            return s.error();
        historyRepo = request.source;
        historyCommit = gitTree->commitId();
        tree = std::move(gitTree);
    } else {
        tree = std::make_unique<DirectoryTree>(request.source);
        if (git::isRepository(request.source)) {
            auto repo = git::open(request.source);
            if (repo) {
                auto head = git::resolveCommit(repo->get(), {});
                if (head) {
                    historyRepo = request.source;
                    historyCommit = git::oidHex(git_commit_id(head->get()));
                }
            }
        }
    }
    out.repository.root = tree->root();
    out.repository.commit = historyCommit;
    if (cancelled)
        return cancelledError();

    // 2. List, on a thread of its own while this one sets the detectors up (compiled rule
    // databases and indexes load meanwhile instead of after the walk).
    report(4, QStringLiteral("listing"));
    auto listing = std::async(std::launch::async, [&tree, &cancelled] { return tree->list(cancelled); });

    // 3. Read every file once; each detector that wants it scans it.
    DetectorSetup setup;
    setup.root = tree->root();
    setup.options = request.options;
    setup.database = m_database;
    if (m_database)
        setup.cacheDir = QFileInfo(m_database->path()).absolutePath() + QStringLiteral("/cache");
    std::vector<std::unique_ptr<Detector>> detectors;
    for (const auto& factory : m_detectors)
        if (request.detectors.isEmpty() || request.detectors.contains(factory.name)
            || factory.name == QLatin1String("languages"))
            if (auto d = factory.make(setup))
                detectors.push_back(std::move(d));
    auto listed = listing.get();
    if (!listed)
        return listed.error();
    std::vector<SourceEntry>& entries = *listed;
    const qint64 total = qint64(entries.size());
    QStringList rootFiles;
    for (const auto& e : entries)
        if (!e.path.contains(QLatin1Char('/')))
            rootFiles << e.path;
    for (const auto& d : detectors)
        d->prepare(rootFiles);

    std::vector<FileRecord> records(entries.size());
    std::vector<FileResult> results(entries.size());
    std::atomic<qint64> next {0};
    std::atomic<qint64> done {0};
    std::atomic<qint64> bytes {0};
    const LanguageTable& languages = LanguageTable::instance();
    const qint64 cap = request.options.maxTextBytes;
    // Each worker reads a batch of files, then runs the detectors over it one detector at a
    // time: a detector's tables (compiled rule databases, indexes) stay in the processor's caches
    // across the batch instead of being evicted by the next file's other detectors.
    auto worker = [&] {
        struct Slot
        {
            qint64 index = -1;
            std::string buffer;
            FileView view;
        };
        std::vector<Slot> batch(kBatchFiles);
        while (!cancelled.load(std::memory_order_relaxed)) {
            size_t count = 0;
            size_t batchBytes = 0;
            while (count < kBatchFiles && batchBytes < kBatchBytes) {
                const qint64 i = next.fetch_add(1);
                if (i >= total)
                    break;
                const SourceEntry& entry = entries[size_t(i)];
                FileRecord& record = records[size_t(i)];
                record.path = entry.path;
                Slot& slot = batch[count];
                std::string& buffer = slot.buffer;
                qint64 size = 0;
                Status read = tree->read(entry, cap, buffer, size);
                if (!read) {
                    record.textScanned = false;
                    record.rationale << QStringLiteral("unreadable: ") + read.error().message;
                    done.fetch_add(1);
                    continue;
                }
                record.size = size;
                bytes.fetch_add(size, std::memory_order_relaxed);
                const std::string_view head(buffer.data(), std::min<size_t>(buffer.size(), kSniffBytes));
                record.binary = std::memchr(head.data(), 0, head.size()) != nullptr;
                const bool overCap = size > cap;
                record.textScanned = !record.binary && !overCap;
                const Language* language = languages.detect(entry.path, head);
                record.language = language ? language->name : QString();
                record.vendored = languages.isVendored(entry.path);
                record.generated = !record.binary && languages.isGenerated(entry.path, head);
                FileView& view = slot.view;
                view.path = entry.path;
                view.absolutePath = entry.absolutePath;
                view.language = record.language;
                view.size = size;
                view.binary = record.binary;
                view.vendored = record.vendored;
                view.generated = record.generated;
                view.content = record.textScanned ? std::string_view(buffer) : std::string_view();
                if (record.binary)
                    record.language.clear();
                slot.index = i;
                batchBytes += view.content.size();
                ++count;
            }
            if (count == 0)
                break;
            // Every detector is offered every file; files over the text cap come without bytes
            // (a detector that needs them, e.g. for a large lockfile, reads absolutePath itself).
            for (const auto& d : detectors)
                for (size_t k = 0; k < count; ++k)
                    if (d->wants(batch[k].view))
                        d->scan(batch[k].view, results[size_t(batch[k].index)]);
            for (size_t k = 0; k < count; ++k)
                if (batch[k].buffer.capacity() > kBatchBytes) // a large file's buffer is not kept
                    std::string().swap(batch[k].buffer);
            done.fetch_add(qint64(count), std::memory_order_relaxed);
        }
    };
    const int workers = request.workers > 0 ? request.workers : std::max(1, QThread::idealThreadCount());
    std::vector<std::thread> threads;
    QElapsedTimer clock;
    clock.start();
    for (int w = 0; w < workers; ++w)
        threads.emplace_back(worker);
    while (true) {
        const qint64 d = done.load();
        if (d >= total || cancelled.load())
            break;
        const qint64 elapsed = clock.elapsed();
        const qint64 eta = d > 0 ? (elapsed * (total - d) / d) / 1000 : -1;
        report(5 + int(75 * d / std::max<qint64>(total, 1)), QStringLiteral("scanning"), d, total, eta);
        // Short naps: progress needs ~10 per second, and a small audit should not wait a whole nap.
        for (int nap = 0; nap < 10 && done.load() < total && !cancelled.load(); ++nap)
            QThread::msleep(10);
    }
    for (auto& t : threads)
        t.join();
    if (cancelled)
        return cancelledError();
    report(80, QStringLiteral("scanning"), total, total, 0);

    // 4. Merge what the detectors found per file.
    out.filesScanned = total;
    out.bytesScanned = bytes.load();
    out.files.reserve(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        FileRecord& r = records[i];
        FileResult& res = results[i];
        if (res.lines)
            r.lines = *res.lines;
        if (res.license) {
            r.license = res.license->expression;
            r.licenseConfidence = res.license->confidence;
        }
        r.licenseEvidence = std::move(res.licenseEvidence);
        r.copyrights = std::move(res.copyrights);
        if (!res.extra.empty())
            r.extra = std::move(res.extra);
        for (auto& f : res.findings) {
            if (f.file.isEmpty())
                f.file = r.path;
            out.findings.push_back(std::move(f));
        }
        for (auto& dep : res.dependencies) {
            if (dep.manifest.isEmpty())
                dep.manifest = r.path;
            out.dependencies.push_back(std::move(dep));
        }
        out.files.push_back(std::move(r));
    }
    records.clear();
    results.clear();

    // 5. Authorship from git history.
    if (!historyRepo.isEmpty()) {
        report(82, QStringLiteral("history"));
        auto history = GitHistory::collect(historyRepo, historyCommit, request.historyMaxCommits, cancelled);
        if (!history) {
            if (cancelled)
                return cancelledError();
            qCWarning(lcAudit) << "history unavailable:" << history.error().message;
        } else {
            out.commits = history->commits;
            out.contributors = std::move(history->contributors);
            for (auto& f : out.files) {
                auto it = history->fileAuthors.find(f.path);
                if (it != history->fileAuthors.end())
                    f.authors = *it;
                else if (auto last = history->lastAuthor.find(f.path); last != history->lastAuthor.end())
                    f.authors = {*last};
            }
        }
    }
    if (cancelled)
        return cancelledError();

    // 6. Repository-level conclusions.
    report(92, QStringLiteral("analysing"));
    DetectorContext context {request.options, m_database, cancelledFn};
    for (const auto& d : detectors) {
        d->finish(out, context);
        if (cancelled)
            return cancelledError();
    }
    for (auto& f : out.findings) {
        if (f.id.isEmpty())
            f.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (f.fingerprint.isEmpty())
            f.fingerprint = fingerprint({f.type, f.ruleId, f.file, QString::number(f.line), f.title});
    }
    out.finishedAt = QDateTime::currentDateTimeUtc();
    out.status = QStringLiteral("completed");
    return out;
}

} // namespace assay::audit
