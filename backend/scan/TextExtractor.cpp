// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextExtractor.h"

#include "core/Json.h"
#include "core/JsonDepth.h"
#include "core/Logging.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>
#include <poppler-qt6.h>

#include <memory>

namespace assay::scan {

namespace {

const QString kAccepted = QStringLiteral("txt, md, csv, json, html, pdf or docx");

bool looksBinary(const QByteArray& bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = quint8(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return n > 0 && control * 20 > n; // more than 5% control characters
}

// UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1 as a last resort.
QString decodeText(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
            QStringDecoder::Flag::Stateless);
        return QString(d.decode(bytes.mid(2)));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8.decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    if (!utf8.hasError())
        return s;
    return QString::fromLatin1(bytes);
}

bool isUtf16(const QByteArray& bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

QString decodeEntities(QString s)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    static const QHash<QString, QString> named {{QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")}, {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")}, {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")}, {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("mdash"), QStringLiteral("—")}, {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")}, {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("ldquo"), QStringLiteral("“")}, {QStringLiteral("euro"), QStringLiteral("€")},
        {QStringLiteral("pound"), QStringLiteral("£")}, {QStringLiteral("copy"), QStringLiteral("©")},
        {QStringLiteral("reg"), QStringLiteral("®")}, {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("bull"), QStringLiteral("•")}, {QStringLiteral("sect"), QStringLiteral("§")},
        {QStringLiteral("deg"), QStringLiteral("°")}};
    QString out;
    out.reserve(s.size());
    qsizetype last = 0;
    auto it = entity.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString rep = m.captured(0);
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code
                = name.at(1).toLower() == QLatin1Char('x') ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c32 = code;
                rep = QString::fromUcs4(&c32, 1);
            }
        } else if (named.contains(name)) {
            rep = named.value(name);
        }
        out += rep;
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

QString tidy(const QString& text)
{
    // Trailing spaces, more than one blank line, form feeds.
    QString s = text;
    s.replace(QLatin1Char('\f'), QLatin1Char('\n'));
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression trailing(QStringLiteral("[ \\t]+\\n"));
    static const QRegularExpression blanks(QStringLiteral("\\n{3,}"));
    s.replace(trailing, QStringLiteral("\n"));
    s.replace(blanks, QStringLiteral("\n\n"));
    return s.trimmed();
}

// Document order matters for sentences, so JSON is read with ordered objects.
void collectJsonStrings(const nlohmann::ordered_json& v, QStringList& out)
{
    if (v.is_string()) {
        const QString s = json::qstr(v.get<std::string>()).trimmed();
        if (!s.isEmpty())
            out << s;
    } else if (v.is_array() || v.is_object()) {
        for (const auto& item : v)
            collectJsonStrings(item, out);
    }
}

} // namespace

QString TextExtractor::formatName(Format format)
{
    switch (format) {
    case Format::Text:
        return QStringLiteral("txt");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Docx:
        return QStringLiteral("docx");
    }
    return QStringLiteral("txt");
}

Result<TextExtractor::Format> TextExtractor::detect(const QString& fileName, const QByteArray& bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool isPdf = bytes.startsWith("%PDF-");
    const bool isZip = bytes.startsWith("PK\x03\x04");
    if (suffix == QLatin1String("pdf") || isPdf) {
        if (!isPdf)
            return Error::unsupportedMediaType(
                QStringLiteral("%1 is named .pdf but is not a PDF document.").arg(QFileInfo(fileName).fileName()));
        return Format::Pdf;
    }
    if (suffix == QLatin1String("docx") || (isZip && bytes.contains("word/document.xml"))) {
        if (!isZip)
            return Error::unsupportedMediaType(
                QStringLiteral("%1 is named .docx but is not a Word document.").arg(QFileInfo(fileName).fileName()));
        return Format::Docx;
    }
    static const QStringList textual {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"),
        QStringLiteral("markdown"), QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("json"),
        QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml"), QStringLiteral("log"),
        QStringLiteral("")};
    if (!textual.contains(suffix) || isZip || (looksBinary(bytes) && !isUtf16(bytes)))
        return Error::unsupportedMediaType(
            QStringLiteral("Cannot read %1: upload %2.")
                .arg(suffix.isEmpty() ? QStringLiteral("this file type") : QStringLiteral(".%1 files").arg(suffix),
                    kAccepted));
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return Format::Csv;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix.startsWith(QLatin1String("htm")) || suffix == QLatin1String("xhtml"))
        return Format::Html;
    const QByteArray head = bytes.left(512).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html"))
        return Format::Html;
    return Format::Text;
}

Result<QString> TextExtractor::extract(const QString& fileName, const QByteArray& bytes, qint64 maxBytes)
{
    if (maxBytes > 0 && bytes.size() > maxBytes)
        return Error::tooLarge(
            QStringLiteral("The document is %1 bytes; the limit is %2 bytes.").arg(bytes.size()).arg(maxBytes));
    if (bytes.trimmed().isEmpty())
        return Error::validation(QStringLiteral("The document is empty."));
    auto format = detect(fileName, bytes);
    if (!format)
        return format.error();
    Result<QString> text = QString();
    switch (*format) {
    case Format::Text:
        text = decodeText(bytes);
        break;
    case Format::Markdown:
        text = markdownToText(decodeText(bytes));
        break;
    case Format::Csv:
        text = csvToText(decodeText(bytes));
        break;
    case Format::Json:
        text = jsonToText(bytes);
        break;
    case Format::Html:
        text = htmlToText(decodeText(bytes));
        break;
    case Format::Pdf:
        text = pdfToText(bytes);
        break;
    case Format::Docx:
        text = docxToText(bytes, maxBytes > 0 ? maxBytes * 20 : 0);
        break;
    }
    if (!text)
        return text;
    QString out = tidy(*text);
    if (out.isEmpty())
        return Error::validation(QStringLiteral("The %1 document contains no text.").arg(formatName(*format)));
    return out;
}

QString TextExtractor::htmlToText(const QString& html)
{
    QString s = html;
    static const QRegularExpression dropped(
        QStringLiteral("<(script|style|head|noscript|template|svg)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(
        QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression listItem(QStringLiteral("<li\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression block(
        QStringLiteral("</?(p|div|br|tr|h[1-6]|ul|ol|table|section|article|header|footer|blockquote|pre|dd|dt|"
                       "title|hr|nav|aside|main|figure|figcaption|address)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cell(QStringLiteral("</t[dh]\\s*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r]+"));
    s.replace(comments, QString());
    s.replace(dropped, QString());
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(listItem, QStringLiteral("\n- "));
    s.replace(cell, QStringLiteral("\n"));
    s.replace(block, QStringLiteral("\n\n"));
    s.replace(tag, QString());
    s = decodeEntities(s);
    s.replace(QChar(0xA0), QLatin1Char(' '));
    s.replace(spaces, QStringLiteral(" "));
    QStringList lines;
    for (const auto& line : s.split(QLatin1Char('\n')))
        lines << line.trimmed();
    return lines.join(QLatin1Char('\n'));
}

QString TextExtractor::markdownToText(const QString& markdown)
{
    QStringList out;
    bool fence = false;
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+"));
    static const QRegularExpression quote(QStringLiteral("^\\s*>\\s?"));
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\([^)]*\\)"));
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|\\*|_|~~|`)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression tableRule(QStringLiteral("^\\s*\\|?\\s*:?-{3,}"));
    static const QRegularExpression html(QStringLiteral("<[^>]+>"));
    for (QString line : markdown.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QStringLiteral("```")) || line.trimmed().startsWith(QStringLiteral("~~~"))) {
            fence = !fence;
            out << QString();
            continue;
        }
        if (fence)
            continue; // code is not prose
        if (tableRule.match(line).hasMatch())
            continue;
        const bool isHeading = heading.match(line).hasMatch();
        line.replace(heading, QString());
        line.replace(quote, QString());
        line.replace(image, QStringLiteral("\\1"));
        line.replace(link, QStringLiteral("\\1"));
        for (int pass = 0; pass < 2; ++pass)
            line.replace(emphasis, QStringLiteral("\\2"));
        line.replace(html, QString());
        if (line.trimmed().startsWith(QLatin1Char('|'))) {
            // Table rows: one cell per line.
            for (const auto& c : line.split(QLatin1Char('|'), Qt::SkipEmptyParts))
                if (!c.trimmed().isEmpty())
                    out << c.trimmed() << QString();
            continue;
        }
        if (isHeading) {
            out << QString() << line.trimmed() << QString();
            continue;
        }
        out << line;
    }
    return decodeEntities(out.join(QLatin1Char('\n')));
}

QString TextExtractor::csvToText(const QString& csv)
{
    // RFC 4180 fields (quotes, doubled quotes, embedded newlines); every non-empty cell becomes
    // its own paragraph so cells never run together into one sentence. Tab-separated works too.
    const QChar sep = csv.count(QLatin1Char('\t')) > csv.count(QLatin1Char(',')) ? QLatin1Char('\t') : QLatin1Char(',');
    QStringList out;
    QString field;
    bool quoted = false;
    auto endField = [&] {
        const QString f = field.trimmed();
        if (!f.isEmpty())
            out << f;
        field.clear();
    };
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true;
            field.clear();
        } else if (c == sep || c == QLatin1Char('\n')) {
            endField();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    endField();
    return out.join(QStringLiteral("\n\n"));
}

Result<QString> TextExtractor::jsonToText(const QByteArray& bytes)
{
    if (json::nestedDeeperThan(std::string_view(bytes.constData(), std::size_t(bytes.size()))))
        return Error::validation(QStringLiteral("The JSON document is nested too deeply."));
    const auto doc = nlohmann::ordered_json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded())
        return Error::validation(QStringLiteral("The JSON document is not valid JSON."));
    QStringList strings;
    collectJsonStrings(doc, strings);
    return strings.join(QStringLiteral("\n\n"));
}

Result<QString> TextExtractor::pdfToText(const QByteArray& bytes)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc)
        return Error::validation(QStringLiteral("The PDF document could not be read; it may be damaged."));
    if (doc->isLocked())
        return Error::unprocessable(QStringLiteral("The PDF document is password-protected."));
    QStringList pages;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (page)
            pages << page->text(QRectF());
    }
    return pages.join(QStringLiteral("\n\n"));
}

Result<QString> TextExtractor::docxToText(const QByteArray& bytes, qint64 maxBytes)
{
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), &archive_read_free);
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return Error::validation(QStringLiteral("The Word document could not be opened; it may be damaged."));
    QByteArray xml;
    bool found = false;
    archive_entry* entry = nullptr;
    int r = ARCHIVE_OK;
    while ((r = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        if (qstrcmp(archive_entry_pathname(entry), "word/document.xml") != 0) {
            archive_read_data_skip(a.get());
            continue;
        }
        found = true;
        char buf[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a.get(), buf, sizeof buf)) > 0) {
            xml.append(buf, qsizetype(n));
            if (maxBytes > 0 && xml.size() > maxBytes)
                return Error::tooLarge(QStringLiteral("The Word document expands to more text than allowed."));
        }
        if (n < 0)
            return Error::validation(QStringLiteral("The Word document is damaged: %1.")
                                         .arg(QString::fromUtf8(archive_error_string(a.get()))));
        break;
    }
    if (!found)
        return r == ARCHIVE_OK || r == ARCHIVE_EOF
            ? Error::unsupportedMediaType(QStringLiteral("The archive is not a Word (.docx) document."))
            : Error::validation(QStringLiteral("The Word document could not be read; it may be damaged."));

    // WordprocessingML: text runs <w:t>, tabs <w:tab/>, breaks <w:br/>, paragraphs <w:p>.
    QXmlStreamReader reader(xml);
    QString text;
    bool inText = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == QLatin1String("t"))
                inText = true;
            else if (name == QLatin1String("tab"))
                text += QLatin1Char('\t');
            else if (name == QLatin1String("br") || name == QLatin1String("cr"))
                text += QLatin1Char('\n');
        } else if (reader.isEndElement()) {
            const auto name = reader.name();
            if (name == QLatin1String("t"))
                inText = false;
            else if (name == QLatin1String("p"))
                text += QStringLiteral("\n\n");
            else if (name == QLatin1String("tc"))
                text += QStringLiteral("\n\n");
        } else if (reader.isCharacters() && inText) {
            text += reader.text();
        }
    }
    if (reader.hasError())
        return Error::validation(
            QStringLiteral("The Word document's text is not valid XML: %1.").arg(reader.errorString()));
    return text;
}

} // namespace assay::scan
