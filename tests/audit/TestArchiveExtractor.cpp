// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/walk/ArchiveExtractor.h"

#include "TestUtil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

using namespace assay;
using namespace assay::audit;

// Uploaded archives are unpacked safely: normal zip and tar.gz work; zip-slip entries,
// absolute paths and compression bombs are refused and leave nothing behind.
class TestArchiveExtractor : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Entry
    {
        QByteArray name;
        QByteArray data;
        qint64 zeros = 0; // instead of data: this many zero bytes, streamed
    };

    QString make(const QString& name, bool zip, const QList<Entry>& entries)
    {
        const QString path = m_dir.filePath(name);
        archive* a = archive_write_new();
        if (zip) {
            archive_write_set_format_zip(a);
        } else {
            archive_write_set_format_pax_restricted(a);
            archive_write_add_filter_gzip(a);
        }
        archive_write_open_filename(a, qPrintable(path));
        for (const auto& e : entries) {
            archive_entry* entry = archive_entry_new();
            archive_entry_set_pathname(entry, e.name.constData());
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_entry_set_size(entry, e.zeros ? e.zeros : e.data.size());
            archive_write_header(a, entry);
            if (e.zeros) {
                QByteArray chunk(1 << 20, '\0');
                for (qint64 left = e.zeros; left > 0; left -= chunk.size())
                    archive_write_data(a, chunk.constData(), size_t(std::min<qint64>(left, chunk.size())));
            } else {
                archive_write_data(a, e.data.constData(), size_t(e.data.size()));
            }
            archive_entry_free(entry);
        }
        archive_write_close(a);
        archive_write_free(a);
        return path;
    }

private slots:
    void zipAndTarGz()
    {
        for (bool zip : {true, false}) {
            const QString archive = make(zip ? QStringLiteral("ok.zip") : QStringLiteral("ok.tar.gz"), zip,
                {{"proj/src/a.c", "int a;\n"}, {"proj/README.md", "# x\n"}});
            const QString dest = m_dir.filePath(zip ? QStringLiteral("out-zip") : QStringLiteral("out-tgz"));
            ASSAY_VERIFY_OK(ArchiveExtractor::extract(archive, dest));
            QFile f(dest + QStringLiteral("/proj/src/a.c"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("int a;\n"));
        }
    }

    void zipSlipIsRefused()
    {
        const QString archive
            = make(QStringLiteral("slip.zip"), true, {{"ok.txt", "fine"}, {"../../evil.txt", "owned"}});
        const QString dest = m_dir.filePath(QStringLiteral("out-slip"));
        auto s = ArchiveExtractor::extract(archive, dest);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Unprocessable);
        QVERIFY(s.error().message.contains(QStringLiteral("outside")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("evil.txt"))));
        QVERIFY(!QDir(dest).exists()); // nothing left behind
    }

    void absolutePathIsRefused()
    {
        const QString archive = make(QStringLiteral("abs.tar.gz"), false, {{"/etc/passwd-x", "nope"}});
        auto s = ArchiveExtractor::extract(archive, m_dir.filePath(QStringLiteral("out-abs")));
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Unprocessable);
    }

    void bombIsRefused()
    {
        // 300 MB of zeros compress to a few hundred KB.
        const QString archive = make(QStringLiteral("bomb.zip"), true, {{"zeros.bin", {}, qint64(300) * 1024 * 1024}});
        QVERIFY(QFileInfo(archive).size() < 5 * 1024 * 1024);
        const QString dest = m_dir.filePath(QStringLiteral("out-bomb"));
        auto s = ArchiveExtractor::extract(archive, dest);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::TooLarge);
        QVERIFY(!QDir(dest).exists());
    }

    void tooManyEntries()
    {
        QList<Entry> entries;
        for (int i = 0; i < 30; ++i)
            entries.append({QByteArray("f") + QByteArray::number(i), "x"});
        const QString archive = make(QStringLiteral("many.zip"), true, entries);
        ArchiveLimits limits;
        limits.maxEntries = 20;
        auto s = ArchiveExtractor::extract(archive, m_dir.filePath(QStringLiteral("out-many")), limits);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::TooLarge);
    }

    void corruptArchive()
    {
        QFile f(m_dir.filePath(QStringLiteral("corrupt.zip")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is not really a zip");
        f.close();
        auto s = ArchiveExtractor::extract(f.fileName(), m_dir.filePath(QStringLiteral("out-corrupt")));
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Unprocessable);
    }
};

QTEST_GUILESS_MAIN(TestArchiveExtractor)
#include "TestArchiveExtractor.moc"
