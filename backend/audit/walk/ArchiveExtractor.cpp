// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveExtractor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace assay::audit {

namespace {

struct ArchiveDeleter
{
    void operator()(archive* a) const { archive_read_free(a); }
};

bool safeRelativePath(const QString& path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\'))
        || (path.size() > 1 && path[1] == QLatin1Char(':')))
        return false;
    const auto parts = QStringView(path).split(QRegularExpression(QStringLiteral("[/\\\\]")));
    for (const auto& p : parts)
        if (p == QLatin1String(".."))
            return false;
    return true;
}

} // namespace

Status ArchiveExtractor::extract(const QString& archivePath, const QString& destination, const ArchiveLimits& limits,
    const std::function<bool()>& cancelled)
{
    const qint64 archiveSize = QFileInfo(archivePath).size();
    std::unique_ptr<archive, ArchiveDeleter> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_gnutar(a.get());
    archive_read_support_filter_gzip(a.get());
    archive_read_support_filter_xz(a.get());
    archive_read_support_filter_bzip2(a.get());
    archive_read_support_filter_zstd(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(archivePath).constData(), 1 << 16) != ARCHIVE_OK)
        return Error::unprocessable(
            QStringLiteral("The archive cannot be read: %1").arg(QString::fromUtf8(archive_error_string(a.get()))),
            {{"field", "archive"}});
    QDir dest(destination);
    if (!dest.mkpath(QStringLiteral(".")))
        return Error::internal(QStringLiteral("Cannot create %1.").arg(destination));
    auto fail = [&](Error e) {
        QDir(destination).removeRecursively();
        return e;
    };

    qint64 entries = 0;
    qint64 total = 0;
    std::vector<char> buffer(1 << 16);
    archive_entry* entry = nullptr;
    while (true) {
        const int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
            return fail(Error::unprocessable(
                QStringLiteral("The archive is corrupt: %1").arg(QString::fromUtf8(archive_error_string(a.get()))),
                {{"field", "archive"}}));
        if (cancelled && cancelled())
            return fail(Error::make(
                Error::Kind::Conflict, QStringLiteral("The audit was cancelled."), {}, QStringLiteral("CANCELLED")));
        if (++entries > limits.maxEntries)
            return fail(Error::make(Error::Kind::TooLarge,
                QStringLiteral("The archive has more than %1 entries.").arg(limits.maxEntries), {{"field", "archive"}},
                QStringLiteral("ARCHIVE_TOO_LARGE")));
        const char* rawName = archive_entry_pathname_utf8(entry);
        if (!rawName)
            rawName = archive_entry_pathname(entry);
        const QString name = QString::fromUtf8(rawName ? rawName : "");
        if (!safeRelativePath(name))
            return fail(Error::unprocessable(
                QStringLiteral("The archive entry '%1' would be written outside the folder (absolute path or '..'); "
                               "the archive is refused.")
                    .arg(name.left(200)),
                {{"field", "archive"}, {"entry", name.left(200).toStdString()}}));
        const mode_t type = archive_entry_filetype(entry);
        if (type == AE_IFDIR) {
            dest.mkpath(name);
            continue;
        }
        if (type != AE_IFREG)
            continue; // links, devices, FIFOs: not unpacked
        const QString target = dest.filePath(name);
        QDir().mkpath(QFileInfo(target).absolutePath());
        // The real parent must still be inside the destination (no symlinked folders exist, but be sure).
        if (!QFileInfo(target).absoluteFilePath().startsWith(dest.absolutePath() + QLatin1Char('/')))
            return fail(
                Error::unprocessable(QStringLiteral("The archive entry '%1' escapes the folder.").arg(name.left(200)),
                    {{"field", "archive"}}));
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return fail(Error::internal(QStringLiteral("Cannot write %1.").arg(target)));
        while (true) {
            const la_ssize_t n = archive_read_data(a.get(), buffer.data(), buffer.size());
            if (n == 0)
                break;
            if (n < 0)
                return fail(Error::unprocessable(
                    QStringLiteral("The archive is corrupt: %1").arg(QString::fromUtf8(archive_error_string(a.get()))),
                    {{"field", "archive"}}));
            total += n;
            const bool bomb
                = total > 16 * 1024 * 1024 && archiveSize > 0 && double(total) / double(archiveSize) > limits.maxRatio;
            if (total > limits.maxTotalBytes || bomb)
                return fail(Error::make(Error::Kind::TooLarge,
                    bomb ? QStringLiteral("The archive expands far beyond its size (a compression bomb); "
                                          "it is refused.")
                         : QStringLiteral("The archive unpacks to more than %1 bytes.").arg(limits.maxTotalBytes),
                    {{"field", "archive"}}, QStringLiteral("ARCHIVE_TOO_LARGE")));
            if (out.write(buffer.data(), n) != n)
                return fail(Error::internal(QStringLiteral("Cannot write %1 (disk full?).").arg(target)));
        }
    }
    return {};
}

} // namespace assay::audit
