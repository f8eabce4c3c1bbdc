// SPDX-License-Identifier: GPL-3.0-or-later
// Uploaded archives (audit/walk ArchiveExtractor: zip, tar, tar.gz / .xz / .bz2 / .zst) unpacked
// for an audit. The input is written to a file in the process's scratch directory and unpacked
// next to it. Invariants: nothing is written outside the destination (the scratch directory
// holds only the input and the destination afterwards), the destination holds only regular files
// and folders, and a refused archive leaves nothing behind.
#include "FuzzSupport.h"

#include "audit/walk/ArchiveExtractor.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using assay::audit::ArchiveExtractor;
using assay::audit::ArchiveLimits;

ASSAY_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QString scratch = assay::fuzz::scratchDir();
    const QString input = scratch + QStringLiteral("/upload.archive");
    const QString destination = scratch + QStringLiteral("/unpacked");
    {
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            assay::fuzz::fail("cannot write the archive to the scratch directory");
    }
    ArchiveLimits limits; // small enough that a bomb is cheap to find, as the real checks apply
    limits.maxTotalBytes = 64 * 1024 * 1024;
    limits.maxEntries = 5000;
    const auto status = ArchiveExtractor::extract(input, destination, limits);

    const QStringList left = QDir(scratch).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString& name : left)
        if (name != QLatin1String("upload.archive") && name != QLatin1String("unpacked"))
            assay::fuzz::fail("the archive wrote outside its destination");
    if (!status && QFileInfo::exists(destination))
        assay::fuzz::fail("a refused archive left files behind");
    if (status) {
        const QString root = QFileInfo(destination).canonicalFilePath() + QLatin1Char('/');
        QDirIterator it(destination, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            if (info.isSymLink() || !(info.isFile() || info.isDir()))
                assay::fuzz::fail("the archive unpacked a link or a special file");
            if (!info.canonicalFilePath().startsWith(root))
                assay::fuzz::fail("an unpacked file is outside the destination");
        }
    }
    QDir(destination).removeRecursively();
    return 0;
}
