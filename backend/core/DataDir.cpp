// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace assay {

QString DataDir::resolve(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return QDir(explicitPath).absolutePath();
    const QString env = qEnvironmentVariable("ASSAY_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<QString> DataDir::prepare(const QString& explicitPath)
{
    const QString path = resolve(explicitPath);
    if (path.isEmpty())
        return Error::internal(QStringLiteral("No data directory could be determined; pass --data-dir."));
    QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Error::validation(QStringLiteral("The data directory %1 exists but is not a folder.").arg(path));
    if (!info.exists()) {
        if (!QDir().mkpath(path))
            return Error::internal(QStringLiteral("Cannot create the data directory %1.").arg(path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!QFileInfo(path).isWritable())
        return Error::validation(QStringLiteral("The data directory %1 is not writable.").arg(path));
    return path;
}

QString DataDir::databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("assay.db"));
}

} // namespace assay
