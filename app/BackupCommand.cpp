// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "CommandLine.h"
#include "audit/walk/ArchiveExtractor.h"
#include "core/DataDir.h"
#include "core/Json.h"
#include "core/Version.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
#include <memory>
#include <optional>

namespace assay::app {

namespace {

constexpr const char* kFormat = "assay.backup/1";

void printError(const char* command, const QString& text)
{
    std::fprintf(stderr, "assay %s: %s\n", command, qPrintable(text));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("assay", text);
}

// A private connection to a database file, closed and removed when it goes out of scope.
class Connection
{
public:
    explicit Connection(const QString& path)
        : m_name(QStringLiteral("backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const { return m_open; }
    const QString& error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString& sql, QString* error = nullptr) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next()) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        return q.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// Whether a live process holds one of the data directory's audit-worker locks: `assay serve`
// and the desktop app take one while they run (QLockFile: a stale lock of a dead process is not
// held). Returns the holder's pid, or 0.
qint64 liveHolder(const QString& dataDir)
{
    const QDir run(QDir(dataDir).filePath(QStringLiteral("run")));
    for (const QString& name : run.entryList({QStringLiteral("*.lock")}, QDir::Files)) {
        QLockFile probe(run.filePath(name));
        probe.setStaleLockTime(0);
        qint64 pid = 0;
        QString host, app;
        if (!probe.getLockInfo(&pid, &host, &app))
            continue;
        if (probe.tryLock(0)) {
            probe.unlock(); // nobody held it; removes the stale file
            continue;
        }
        if (probe.error() == QLockFile::LockFailedError)
            return pid > 0 ? pid : 1;
    }
    return 0;
}

// Files of `root` (recursively) as paths relative to it.
QStringList filesUnder(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

// Writes a gzip-compressed tar of (archive name, file on disk) pairs.
Status writeTarGz(const QString& target, const QList<QPair<QString, QString>>& entries)
{
    std::unique_ptr<archive, decltype(&archive_write_free)> a(archive_write_new(), archive_write_free);
    archive_write_add_filter_gzip(a.get());
    archive_write_set_format_pax_restricted(a.get());
    if (archive_write_open_filename(a.get(), QFile::encodeName(target).constData()) != ARCHIVE_OK)
        return Error::internal(tr("Cannot write %1: %2").arg(target, QString::fromUtf8(archive_error_string(a.get()))));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const auto& [name, path] : entries) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::internal(tr("Cannot read %1: %2").arg(path, f.errorString()));
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), archive_entry_free);
        archive_entry_set_pathname(entry.get(), name.toUtf8().constData());
        archive_entry_set_size(entry.get(), f.size());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0600);
        archive_entry_set_mtime(entry.get(), QFileInfo(f).lastModified().toSecsSinceEpoch(), 0);
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK)
            return Error::internal(
                tr("Cannot write %1: %2").arg(target, QString::fromUtf8(archive_error_string(a.get()))));
        qint64 n = 0;
        while ((n = f.read(buffer.data(), buffer.size())) > 0)
            if (archive_write_data(a.get(), buffer.constData(), size_t(n)) != n)
                return Error::internal(
                    tr("Cannot write %1: %2").arg(target, QString::fromUtf8(archive_error_string(a.get()))));
        if (n < 0)
            return Error::internal(tr("Cannot read %1: %2").arg(path, f.errorString()));
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return Error::internal(tr("Cannot write %1: %2").arg(target, QString::fromUtf8(archive_error_string(a.get()))));
    return {};
}

bool parseArguments(QCommandLineParser& parser, const QStringList& arguments, const char* command)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addPositionalArgument(QString::fromLatin1(command), QString());
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Backup file (.tar.gz)"));
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")});
    if (!parser.parse(arguments)) {
        printError(command, parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() != 2) {
        printError(
            command, tr("give one backup file: 'assay %1 FILE [--data-dir DIR]'.").arg(QString::fromLatin1(command)));
        return false;
    }
    return true;
}

} // namespace

int runBackup(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, arguments, "backup"))
        return ExitUsage;
    const QString dataDir = DataDir::resolve(parser.value(QStringLiteral("data-dir")));
    const QString dbPath = DataDir::databasePath(dataDir);
    if (!QFileInfo(dbPath).isFile()) {
        printError("backup", tr("there is no Assay database in %1.").arg(dataDir));
        return ExitUsage;
    }
    const QString target = QFileInfo(parser.positionalArguments().at(1)).absoluteFilePath();
    if (QFileInfo(target).isDir()) {
        printError("backup", tr("%1 is a folder; give the name of the backup file to write.").arg(target));
        return ExitUsage;
    }
    // The copy is staged next to the target, so a full disk there fails before anything is replaced.
    QTemporaryDir staging(QFileInfo(target).absolutePath() + QStringLiteral("/.assay-backup-XXXXXX"));
    if (!staging.isValid()) {
        printError(
            "backup", tr("cannot write into %1: %2").arg(QFileInfo(target).absolutePath(), staging.errorString()));
        return ExitRuntime;
    }
    const QString snapshot = staging.filePath(QStringLiteral("assay.db"));
    QStringList auditIds;
    int schema = 0;
    {
        Connection live(dbPath);
        if (!live.isOpen()) {
            printError("backup", tr("cannot open %1: %2").arg(dbPath, live.error()));
            return ExitRuntime;
        }
        // VACUUM INTO reads one consistent snapshot (a read transaction) while others keep writing.
        QSqlQuery q(live.db());
        if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
            printError("backup", tr("cannot copy the database: %1").arg(q.lastError().text()));
            return ExitRuntime;
        }
        q.addBindValue(snapshot);
        if (!q.exec()) {
            printError("backup", tr("cannot copy the database: %1").arg(q.lastError().text()));
            return ExitRuntime;
        }
    }
    {
        Connection copy(snapshot);
        QString error;
        const QVariant version = copy.scalar(QStringLiteral("PRAGMA user_version"), &error);
        if (!copy.isOpen() || !version.isValid()) {
            printError("backup", tr("the copy of the database cannot be read: %1").arg(error));
            return ExitRuntime;
        }
        schema = version.toInt();
        QSqlQuery q(copy.db());
        if (q.exec(QStringLiteral("SELECT id FROM audits ORDER BY id")))
            while (q.next())
                auditIds << q.value(0).toString();
    }
    // Artefacts of the audits in the copy (an audit that finished after the copy was taken is not
    // in it, and neither are its files).
    QList<QPair<QString, QString>> entries;
    entries << qMakePair(QStringLiteral("manifest.json"), staging.filePath(QStringLiteral("manifest.json")));
    entries << qMakePair(QStringLiteral("assay.db"), snapshot);
    int artefactFiles = 0;
    const QDir artefacts(QDir(dataDir).filePath(QStringLiteral("artefacts")));
    for (const QString& id : auditIds) {
        const QString dir = artefacts.filePath(id);
        if (id.isEmpty() || id.contains(QLatin1Char('/')) || !QFileInfo(dir).isDir())
            continue;
        for (const QString& rel : filesUnder(dir)) {
            entries << qMakePair(QStringLiteral("artefacts/%1/%2").arg(id, rel), QDir(dir).filePath(rel));
            ++artefactFiles;
        }
    }
    const Json manifest {{"format", kFormat}, {"schema_version", schema}, {"assay_version", ASSAY_VERSION},
        {"created_at", json::nowIso().toStdString()}, {"audits", auditIds.size()}, {"artefact_files", artefactFiles}};
    {
        QFile m(entries.first().second);
        if (!m.open(QIODevice::WriteOnly) || m.write(json::dump(manifest, 2)) < 0 || !m.flush()) {
            printError("backup", tr("cannot write the manifest: %1").arg(m.errorString()));
            return ExitRuntime;
        }
    }
    const QString part = staging.filePath(QStringLiteral("backup.tar.gz"));
    if (Status s = writeTarGz(part, entries); !s) {
        printError("backup", s.error().message);
        return ExitRuntime;
    }
    QFile::remove(target);
    if (!QFile::rename(part, target)) {
        // Another filesystem than the staging folder's (should not happen: staged beside it).
        if (!QFile::copy(part, target)) {
            printError("backup", tr("cannot write %1.").arg(target));
            QFile::remove(target);
            return ExitRuntime;
        }
    }
    std::printf("%s\n",
        qPrintable(tr("Backed up %1 audits and %2 artefact files (schema version %3) to %4 (%5 bytes).")
                       .arg(auditIds.size())
                       .arg(artefactFiles)
                       .arg(schema)
                       .arg(target)
                       .arg(QFileInfo(target).size())));
    return ExitOk;
}

int runRestore(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, arguments, "restore"))
        return ExitUsage;
    const QString source = QFileInfo(parser.positionalArguments().at(1)).absoluteFilePath();
    if (!QFileInfo(source).isFile()) {
        printError("restore", tr("there is no backup file %1.").arg(source));
        return ExitUsage;
    }
    auto prepared = DataDir::prepare(parser.value(QStringLiteral("data-dir")));
    if (!prepared) {
        printError("restore", prepared.error().message);
        return ExitRuntime;
    }
    const QString dataDir = *prepared;
    if (const qint64 pid = liveHolder(dataDir)) {
        printError("restore",
            tr("Assay (process %1) is using %2; stop the server or close the desktop app, then restore.")
                .arg(pid)
                .arg(dataDir));
        return ExitRuntime;
    }

    // Unpacked inside the data directory, so the final moves are renames on one filesystem.
    QTemporaryDir staging(QDir(dataDir).filePath(QStringLiteral(".restore-XXXXXX")));
    if (!staging.isValid()) {
        printError("restore", tr("cannot write into %1: %2").arg(dataDir, staging.errorString()));
        return ExitRuntime;
    }
    audit::ArchiveLimits limits;
    limits.maxTotalBytes = qint64(1) << 42; // a backup is as large as the data it holds
    limits.maxRatio = 1e9;
    limits.maxEntries = 10000000;
    if (Status s = audit::ArchiveExtractor::extract(source, staging.path(), limits); !s) {
        printError("restore", tr("%1 is not a readable Assay backup: %2").arg(source, s.error().message));
        return ExitUsage;
    }
    QFile manifestFile(staging.filePath(QStringLiteral("manifest.json")));
    const std::optional<Json> manifest
        = manifestFile.open(QIODevice::ReadOnly) ? json::parse(manifestFile.readAll()) : std::nullopt;
    if (!manifest || !manifest->is_object() || manifest->value("format", std::string()) != kFormat
        || !QFileInfo(staging.filePath(QStringLiteral("assay.db"))).isFile()) {
        printError("restore", tr("%1 is not an Assay backup (made by 'assay backup').").arg(source));
        return ExitUsage;
    }
    const QString stagedDb = staging.filePath(QStringLiteral("assay.db"));
    int schema = 0;
    {
        Connection copy(stagedDb);
        QString error;
        const QVariant check
            = copy.isOpen() ? copy.scalar(QStringLiteral("PRAGMA integrity_check"), &error) : QVariant();
        if (!copy.isOpen() || check.toString() != QLatin1String("ok")) {
            printError("restore",
                tr("the database in %1 is damaged (%2); nothing was changed.")
                    .arg(source, check.isValid() ? check.toString() : error));
            return ExitUsage;
        }
        schema = copy.scalar(QStringLiteral("PRAGMA user_version")).toInt();
    }
    const int latest = Database::latestSchemaVersion();
    if (schema > latest) {
        printError("restore",
            tr("the backup is from a newer Assay (schema version %1; this version knows up to %2). Restore it with "
               "that version or a newer one; nothing was changed.")
                .arg(schema)
                .arg(latest));
        return ExitUsage;
    }

    // Keep what is replaced: DATA_DIR/pre-restore-<time>/ (database with its WAL, artefacts).
    const QString keep = QDir(dataDir).filePath(QStringLiteral("pre-restore-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    const QString dbPath = DataDir::databasePath(dataDir);
    const QStringList current {QStringLiteral("assay.db"), QStringLiteral("assay.db-wal"),
        QStringLiteral("assay.db-shm"), QStringLiteral("artefacts")};
    QStringList moved;
    bool keptAnything = false;
    for (const QString& name : current) {
        const QString from = QDir(dataDir).filePath(name);
        if (!QFileInfo::exists(from))
            continue;
        if (!keptAnything && !QDir().mkpath(keep)) {
            printError("restore", tr("cannot create %1; nothing was changed.").arg(keep));
            return ExitRuntime;
        }
        keptAnything = true;
        if (!QFile::rename(from, QDir(keep).filePath(name))) {
            // Put back what was already moved: the data directory stays as it was.
            for (const QString& back : moved)
                QFile::rename(QDir(keep).filePath(back), QDir(dataDir).filePath(back));
            printError("restore", tr("cannot move %1 aside; nothing was changed.").arg(from));
            return ExitRuntime;
        }
        moved << name;
    }
    const QString stagedArtefacts = staging.filePath(QStringLiteral("artefacts"));
    if (!QFile::rename(stagedDb, dbPath)
        || (QFileInfo(stagedArtefacts).isDir()
            && !QFile::rename(stagedArtefacts, QDir(dataDir).filePath(QStringLiteral("artefacts"))))) {
        QFile::remove(dbPath);
        QDir(QDir(dataDir).filePath(QStringLiteral("artefacts"))).removeRecursively();
        for (const QString& back : moved)
            QFile::rename(QDir(keep).filePath(back), QDir(dataDir).filePath(back));
        printError("restore", tr("cannot move the restored files into %1; nothing was changed.").arg(dataDir));
        return ExitRuntime;
    }
    // An older schema is migrated now (Database::open keeps a copy of the file before it does).
    Database db(dbPath);
    if (Status s = db.open(); !s) {
        printError("restore", tr("the restored database cannot be opened: %1").arg(s.error().message));
        return ExitRuntime;
    }
    db.checkpoint();
    const int audits = manifest->value("audits", 0);
    QString message = tr("Restored %1 audits from %2 (made %3 by Assay %4).")
                          .arg(audits)
                          .arg(source, QString::fromStdString(manifest->value("created_at", std::string())),
                              QString::fromStdString(manifest->value("assay_version", std::string())));
    if (schema < latest)
        message += QLatin1Char(' ') + tr("Its schema was migrated from version %1 to %2.").arg(schema).arg(latest);
    if (keptAnything)
        message += QLatin1Char(' ') + tr("The replaced data is kept in %1.").arg(keep);
    std::printf("%s\n", qPrintable(message));
    return ExitOk;
}

} // namespace assay::app
