// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/TextExtractor.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include "TestUtil.h"

using namespace assay;
using namespace assay::scan;

namespace {

// A real PDF made with Qt's PDF writer (needs a QGuiApplication; CTest runs it offscreen).
QByteArray makePdf(const QStringList& lines)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(11);
        painter.setFont(font);
        int y = 60;
        for (const auto& line : lines) {
            painter.drawText(50, y, line);
            y += 20;
        }
    }
    return bytes;
}

// A minimal but valid Office Open XML word-processing package, zipped with libarchive.
QByteArray makeDocx(const QStringList& paragraphs)
{
    QByteArray document
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    for (const auto& p : paragraphs) {
        // Split each paragraph into two runs to check that runs are joined without a gap.
        const qsizetype half = p.size() / 2;
        document += "<w:p><w:r><w:t xml:space=\"preserve\">" + p.left(half).toHtmlEscaped().toUtf8()
            + "</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">"
            + p.mid(half).toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
    }
    document += "<w:sectPr/></w:body></w:document>";
    const QList<QPair<QByteArray, QByteArray>> files {
        {"[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
            "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
            "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></"
            "Types>"},
        {"_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"word/document.xml\"/></Relationships>"},
        {"word/document.xml", document},
    };
    QByteArray out(1 << 20, '\0');
    size_t used = 0;
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    for (const auto& [name, data] : files) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.constData());
        archive_entry_set_size(e, data.size());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_write_header(a, e);
        archive_write_data(a, data.constData(), size_t(data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    out.truncate(qsizetype(used));
    return out;
}

QString extractOk(const QString& name, const QByteArray& bytes)
{
    auto r = TextExtractor::extract(name, bytes, 25 * 1024 * 1024);
    if (!r)
        qWarning("%s: %s", qPrintable(name), qPrintable(r.error().message));
    return r ? *r : QString();
}

} // namespace

// Text extraction for every supported format, and the 400/413/415 errors (SPEC §8).
class TestTextExtractor : public QObject
{
    Q_OBJECT
private slots:
    void plainText()
    {
        QCOMPARE(extractOk(QStringLiteral("notes.txt"), "The budget may be exceeded.\r\n"),
            QStringLiteral("The budget may be exceeded."));
        // UTF-8 with BOM, and UTF-16 with BOM.
        QCOMPARE(extractOk(QStringLiteral("a.txt"),
                     "\xEF\xBB\xBF"
                     "Caf\xC3\xA9 costs rise."),
            QStringLiteral("Café costs rise."));
        const QString s = QStringLiteral("Delay likely.");
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
        QCOMPARE(extractOk(QStringLiteral("b.txt"), utf16), s);
        // No extension: sniffed as text.
        QCOMPARE(extractOk(QStringLiteral("README"), "Plain words."), QStringLiteral("Plain words."));
    }

    void markdown()
    {
        const QString text = extractOk(QStringLiteral("plan.md"),
            "# Project plan\n\nThe **vendor** may [terminate](https://x.test) early.\n\n"
            "```\ncode(); // not prose\n```\n\n| Risk | Owner |\n|---|---|\n"
            "| Costs may rise | Ann |\n- Item `one`\n");
        QVERIFY(text.contains(QStringLiteral("Project plan")));
        QVERIFY(text.contains(QStringLiteral("The vendor may terminate early.")));
        QVERIFY(!text.contains(QStringLiteral("code()")));
        QVERIFY(!text.contains(QStringLiteral("**")));
        QVERIFY(text.contains(QStringLiteral("Costs may rise")));
        QVERIFY(text.contains(QStringLiteral("- Item one")));
    }

    void csv()
    {
        const QString text = extractOk(QStringLiteral("register.csv"),
            "id,description,owner\n1,\"Supplier may fail, causing delays\",Ann\n"
            "2,\"Quote \"\"fixed\"\" price\",Bob\n");
        QVERIFY(text.contains(QStringLiteral("Supplier may fail, causing delays")));
        QVERIFY(text.contains(QStringLiteral("Quote \"fixed\" price")));
        QVERIFY(text.contains(QStringLiteral("\n\nAnn\n\n"))); // cells stay separate
    }

    void json()
    {
        const QString text = extractOk(
            QStringLiteral("risks.json"), R"({"title":"Status","items":[{"text":"Testing is late."},{"n":3}]})");
        QCOMPARE(text, QStringLiteral("Status\n\nTesting is late."));
        auto bad = TextExtractor::extract(QStringLiteral("x.json"), "{not json", 1 << 20);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::Validation);
        // Found by tests/fuzz: a document nested 100 000 deep overflowed the stack of the walk over
        // its strings (a crash of the server); now refused like any unreadable document.
        const QByteArray deep = QByteArray(100000, '[') + "\"x\"" + QByteArray(100000, ']');
        auto tooDeep = TextExtractor::extract(QStringLiteral("deep.json"), deep, 1 << 20);
        QVERIFY(!tooDeep.ok());
        QCOMPARE(tooDeep.error().kind, Error::Kind::Validation);
        const QByteArray nested = QByteArray(400, '{').replace("{", "{\"k\":") + "\"deep text\"" + QByteArray(400, '}');
        QCOMPARE(extractOk(QStringLiteral("nested.json"), nested), QStringLiteral("deep text"));
    }

    void html()
    {
        const QString text = extractOk(QStringLiteral("page.html"),
            "<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style></head><body>"
            "<script>var risk = 'ignored';</script><h1>Status</h1><p>Costs &amp; fees may rise by 5&#37;"
            "&nbsp;next&#x20;year.</p><ul><li>First item</li><li>Second item</li></ul></body></html>");
        QVERIFY(text.contains(QStringLiteral("Status")));
        QVERIFY(text.contains(QStringLiteral("Costs & fees may rise by 5% next year.")));
        QVERIFY(text.contains(QStringLiteral("- First item")));
        QVERIFY(!text.contains(QStringLiteral("ignored")));
        QVERIFY(!text.contains(QStringLiteral("color")));
        QVERIFY(!text.contains(QLatin1Char('<')));
    }

    void pdfMadeByTheTest()
    {
        const QByteArray pdf = makePdf({QStringLiteral("The supplier may terminate the contract."),
            QStringLiteral("Late delivery incurs a penalty of 5%.")});
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString text = extractOk(QStringLiteral("contract.pdf"), pdf);
        QVERIFY2(text.contains(QStringLiteral("The supplier may terminate the contract.")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("penalty of 5%")));
        // Damaged PDF → 400; a non-PDF named .pdf → 415.
        auto damaged = TextExtractor::extract(QStringLiteral("x.pdf"), "%PDF-1.4\ngarbage", 1 << 20);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().kind, Error::Kind::Validation);
        auto fake = TextExtractor::extract(QStringLiteral("x.pdf"), "hello", 1 << 20);
        QVERIFY(!fake.ok());
        QCOMPARE(fake.error().kind, Error::Kind::UnsupportedMediaType);
    }

    void docxMadeByTheTest()
    {
        const QByteArray docx = makeDocx({QStringLiteral("The landlord may increase the rent by 10% each year."),
            QStringLiteral("Tenants & guests must follow the rules.")});
        QVERIFY(docx.startsWith("PK\x03\x04"));
        const QString text = extractOk(QStringLiteral("lease.docx"), docx);
        QCOMPARE(text,
            QStringLiteral("The landlord may increase the rent by 10% each year.\n\n"
                           "Tenants & guests must follow the rules."));
        // Sniffed without the extension too.
        QCOMPARE(extractOk(QStringLiteral("upload"), docx), text);
        auto notWord = TextExtractor::extract(QStringLiteral("x.docx"), "plain text", 1 << 20);
        QVERIFY(!notWord.ok());
        QCOMPARE(notWord.error().kind, Error::Kind::UnsupportedMediaType);
    }

    void unsupportedTypesAre415_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png") << QStringLiteral("image.png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("exe") << QStringLiteral("setup.exe") << QByteArray("MZ\x90\0\x03\0\0\0", 8);
        QTest::newRow("binary-no-ext") << QStringLiteral("blob") << QByteArray("\x01\x02\0\0\xff\xfe\0\x03", 8);
        QTest::newRow("xlsx") << QStringLiteral("sheet.xlsx") << QByteArray("PK\x03\x04xl/workbook.xml", 19);
        QTest::newRow("doc") << QStringLiteral("old.doc") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    }

    void unsupportedTypesAre415()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        auto r = TextExtractor::extract(name, bytes, 1 << 20);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::UnsupportedMediaType);
        QCOMPARE(Error::httpStatus(r.error().kind), 415);
    }

    void emptyIs400AndTooLargeIs413()
    {
        auto empty = TextExtractor::extract(QStringLiteral("a.txt"), "  \n ", 1024);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().kind, Error::Kind::Validation);
        auto noText = TextExtractor::extract(QStringLiteral("a.html"), "<html><body><p> </p></body></html>", 1024);
        QVERIFY(!noText.ok());
        QCOMPARE(noText.error().kind, Error::Kind::Validation);
        auto big = TextExtractor::extract(QStringLiteral("a.txt"), QByteArray(2048, 'a'), 1024);
        QVERIFY(!big.ok());
        QCOMPARE(big.error().kind, Error::Kind::TooLarge);
        QCOMPARE(Error::httpStatus(big.error().kind), 413);
    }
};

QTEST_MAIN(TestTextExtractor)
#include "TestTextExtractor.moc"
