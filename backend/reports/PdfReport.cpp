// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReport.h"

#include "AuditView.h"
#include "HtmlReport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <cmath>
#include <memory>
#include <set>

namespace assay::reports {

namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 18.0;
constexpr double kHeaderMm = 10.0; // running header band inside the top margin
const QColor kBrand(0x1e, 0x3a, 0x5f);
const QColor kInk(0x0f, 0x17, 0x2a);
const QColor kMuted(0x47, 0x55, 0x69);
const QColor kLine(0xe2, 0xe8, 0xf0);

double mm(double v)
{
    return v * kDpi / 25.4;
}

const char* kStyleSheet = R"(
body { color: #0f172a; }
h2 { font-size: 15pt; color: #1e3a5f; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; color: #0f172a; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 6px; }
p.lead { color: #475569; }
p.empty { color: #64748b; }
table.grid { border-collapse: collapse; margin-bottom: 8px; }
table.grid th { background-color: #f1f5f9; color: #475569; font-size: 7pt; font-weight: 600;
  border-bottom: 1px solid #cbd5e1; }
table.grid td { font-size: 7.5pt; border-bottom: 0.5px solid #e2e8f0; }
td.card { background-color: #f8fafc; border: 1px solid #e2e8f0; }
span.value { font-size: 15pt; font-weight: 600; }
span.label { font-size: 6.5pt; color: #475569; }
code { font-family: "DejaVu Sans Mono"; font-size: 7pt; }
td.path { font-family: "DejaVu Sans Mono"; font-size: 7pt; }
span.redacted { font-family: "DejaVu Sans Mono"; background-color: #f1f5f9; }
)";

QImage ipChart(const AuditView& view, int size)
{
    QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    auto lines = view.ipLines();
    qint64 total = 0;
    for (const auto& [k, v] : lines)
        total += v;
    if (total == 0) {
        lines = view.ipFiles();
        for (const auto& [k, v] : lines)
            total += v;
    }
    const double ring = size * 0.14;
    const QRectF rect(ring, ring, size - 2 * ring, size - 2 * ring);
    p.setPen(QPen(kLine, ring, Qt::SolidLine, Qt::FlatCap));
    p.drawEllipse(rect);
    int start = 90 * 16;
    for (const char* ip : {"foreground", "third_party", "background", "unknown"}) {
        const qint64 v = lines[QLatin1String(ip)];
        if (total <= 0 || v <= 0)
            continue;
        const int span = -int(std::lround(360.0 * 16.0 * double(v) / double(total)));
        p.setPen(QPen(QColor(HtmlReport::ipColor(QLatin1String(ip))), ring, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(rect, start, span);
        start += span;
    }
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(size * 0.13));
    f.setWeight(QFont::DemiBold);
    p.setFont(f);
    p.setPen(kInk);
    const double fg = view.ipPercentage(QStringLiteral("foreground"));
    p.drawText(QRectF(0, size * 0.36, size, size * 0.18), Qt::AlignCenter,
        QStringLiteral("%1%").arg(fg, 0, 'f', fg > 0 && fg < 10 ? 1 : 0));
    f.setPixelSize(int(size * 0.055));
    f.setWeight(QFont::Normal);
    p.setFont(f);
    p.setPen(kMuted);
    p.drawText(QRectF(0, size * 0.54, size, size * 0.1), Qt::AlignCenter, QStringLiteral("foreground"));
    return img;
}

QImage licenseChart(const AuditView& view, int scale)
{
    const Json licenses = view.summary().value("licenses", Json::array());
    const int rows = std::min<int>(12, int(licenses.size()));
    const int w = 560 * scale, rowH = 22 * scale, h = std::max(1, rows) * rowH + 8 * scale;
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(11 * scale);
    p.setFont(f);
    qint64 max = 1;
    for (int i = 0; i < rows; ++i)
        max = std::max(max, AuditView::integer(licenses[std::size_t(i)], "files"));
    const int labelW = 170 * scale, barW = 320 * scale;
    for (int i = 0; i < rows; ++i) {
        const Json& l = licenses[std::size_t(i)];
        const QString spdx = AuditView::string(l, "spdx");
        const qint64 files = AuditView::integer(l, "files");
        const int y = 4 * scale + i * rowH;
        p.setPen(kInk);
        p.drawText(QRectF(0, y, labelW - 8 * scale, 16 * scale), Qt::AlignRight | Qt::AlignVCenter,
            p.fontMetrics().elidedText(spdx, Qt::ElideRight, labelW - 10 * scale));
        const QString cat = coarseCategory(licenseCategory(spdx));
        QColor c(0x94, 0xa3, 0xb8);
        if (cat == QLatin1String("permissive"))
            c = QColor(0x16, 0xa3, 0x4a);
        else if (cat == QLatin1String("weak-copyleft"))
            c = QColor(0xd9, 0x77, 0x06);
        else if (cat == QLatin1String("strong-copyleft"))
            c = QColor(0xdc, 0x26, 0x26);
        else if (cat == QLatin1String("proprietary"))
            c = QColor(0x7c, 0x3a, 0xed);
        const double bw = std::max(2.0 * scale, double(barW) * double(files) / double(max));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRectF(labelW, y + 1 * scale, bw, 14 * scale), 2 * scale, 2 * scale);
        p.setPen(kMuted);
        p.drawText(QRectF(labelW + bw + 6 * scale, y, 80 * scale, 16 * scale), Qt::AlignLeft | Qt::AlignVCenter,
            QString::number(files));
    }
    return img;
}

void drawFooter(QPainter& p, const QRectF& page, int pageNo, int pages, const QString& repo)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(7);
    p.setFont(f);
    p.setPen(QPen(kLine, mm(0.2)));
    const double y = page.height() - mm(kMarginMm) + mm(5);
    p.drawLine(QPointF(mm(kMarginMm), y), QPointF(page.width() - mm(kMarginMm), y));
    p.setPen(kMuted);
    const QRectF band(mm(kMarginMm), y + mm(1.5), page.width() - 2 * mm(kMarginMm), mm(6));
    p.drawText(band, Qt::AlignLeft | Qt::AlignTop,
        QStringLiteral("Not legal advice — technical findings for review by qualified counsel."));
    p.drawText(band, Qt::AlignRight | Qt::AlignTop, QStringLiteral("Page %1 of %2").arg(pageNo).arg(pages));
    if (!repo.isEmpty()) {
        const QRectF head(mm(kMarginMm), mm(kMarginMm) - mm(kHeaderMm), page.width() - 2 * mm(kMarginMm), mm(6));
        p.drawText(head, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("Code audit report — %1").arg(repo));
        p.drawText(head, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("Assay"));
        p.setPen(QPen(kLine, mm(0.2)));
        p.drawLine(QPointF(mm(kMarginMm), head.bottom() + mm(1.5)),
            QPointF(page.width() - mm(kMarginMm), head.bottom() + mm(1.5)));
    }
}

void drawCover(QPainter& p, const QRectF& page, const AuditView& view, const ReportOptions& options)
{
    const double left = mm(kMarginMm) + mm(4);
    const double width = page.width() - 2 * left;
    p.fillRect(QRectF(0, 0, page.width(), page.height() * 0.42), kBrand);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(9);
    f.setLetterSpacing(QFont::PercentageSpacing, 115);
    p.setFont(f);
    p.setPen(QColor(255, 255, 255, 190));
    p.drawText(QRectF(left, mm(34), width, mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("ASSAY  ·  CODE AUDIT REPORT"));
    f = QFont(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(30);
    f.setWeight(QFont::DemiBold);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(
        QRectF(left, mm(46), width, mm(40)), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, view.repositoryName());
    f.setPointSizeF(11);
    f.setWeight(QFont::Normal);
    p.setFont(f);
    p.setPen(QColor(255, 255, 255, 210));
    p.drawText(QRectF(left, mm(88), width, mm(20)), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        QStringLiteral("Intellectual-property, license, dependency and secret audit of the source code"));

    // Policy verdict badge.
    const Json& policy = view.policy();
    if (policy.is_object()) {
        const bool passed = policy.value("passed", true);
        const QString text
            = QStringLiteral("Policy %1: %2")
                  .arg(AuditView::string(policy, "name"), passed ? QStringLiteral("PASSED") : QStringLiteral("FAILED"));
        QFont b(QStringLiteral("DejaVu Sans"));
        b.setPointSizeF(10);
        b.setWeight(QFont::DemiBold);
        p.setFont(b);
        const double tw = p.fontMetrics().horizontalAdvance(text) + mm(8);
        const QRectF badge(left, mm(108), tw, mm(9));
        p.setPen(Qt::NoPen);
        p.setBrush(passed ? QColor(0xdc, 0xfc, 0xe7) : QColor(0xfe, 0xe2, 0xe2));
        p.drawRoundedRect(badge, mm(1.2), mm(1.2));
        p.setPen(passed ? QColor(0x15, 0x80, 0x3d) : QColor(0xb9, 0x1c, 0x1c));
        p.drawText(badge, Qt::AlignCenter, text);
    }

    // Engagement and repository facts.
    std::vector<std::pair<QString, QString>> rows;
    auto add = [&](const QString& k, const QString& v) {
        if (!v.isEmpty())
            rows.emplace_back(k, v);
    };
    add(QStringLiteral("Client"), options.client);
    add(QStringLiteral("Prepared by"), options.preparedBy);
    add(QStringLiteral("Repository"), view.repositorySource());
    add(QStringLiteral("Commit"), view.commit());
    add(QStringLiteral("Ref"), view.ref());
    add(QStringLiteral("Audit date"), view.date());
    add(QStringLiteral("Audit id"), AuditView::string(view.doc(), "id"));
    add(QStringLiteral("Report generated"),
        options.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    add(QStringLiteral("Tool"), QStringLiteral("Assay %1").arg(view.toolVersion()));
    double y = page.height() * 0.42 + mm(16);
    QFont label(QStringLiteral("DejaVu Sans"));
    label.setPointSizeF(7.5);
    label.setLetterSpacing(QFont::PercentageSpacing, 110);
    QFont value(QStringLiteral("DejaVu Sans"));
    value.setPointSizeF(10.5);
    for (const auto& [k, v] : rows) {
        p.setFont(label);
        p.setPen(kMuted);
        p.drawText(QRectF(left, y, mm(42), mm(7)), Qt::AlignLeft | Qt::AlignVCenter, k.toUpper());
        p.setFont(value);
        p.setPen(kInk);
        QRectF valueRect(left + mm(44), y, width - mm(44), mm(14));
        const QRectF used = p.boundingRect(valueRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, v);
        p.drawText(QRectF(valueRect.left(), y + mm(0.6), valueRect.width(), used.height()),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, v);
        y += std::max(mm(9), used.height() + mm(3));
        p.setPen(QPen(kLine, mm(0.2)));
        p.drawLine(QPointF(left, y - mm(1.5)), QPointF(left + width, y - mm(1.5)));
    }

    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7.5);
    p.setFont(small);
    p.setPen(kMuted);
    p.drawText(QRectF(left, page.height() - mm(kMarginMm) - mm(16), width, mm(16)),
        Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
        QStringLiteral("Not legal advice. This report was produced automatically from the repository's contents at the "
                       "commit shown. Its license, ownership and vulnerability conclusions are technical signals for "
                       "review by qualified counsel and engineers, not a legal opinion. Confidential."));
}

void drawToc(QPainter& p, const QRectF& page, const std::vector<std::pair<QString, int>>& entries)
{
    const double left = mm(kMarginMm);
    const double width = page.width() - 2 * left;
    QFont title(QStringLiteral("DejaVu Sans"));
    title.setPointSizeF(18);
    title.setWeight(QFont::DemiBold);
    p.setFont(title);
    p.setPen(kBrand);
    p.drawText(QRectF(left, mm(kMarginMm) + mm(4), width, mm(12)), Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("Contents"));
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(11);
    p.setFont(f);
    double y = mm(kMarginMm) + mm(24);
    int i = 1;
    for (const auto& [name, pageNo] : entries) {
        const QString label = QStringLiteral("%1.  %2").arg(i++).arg(name);
        const QString number = QString::number(pageNo);
        const QRectF row(left, y, width, mm(9));
        p.setPen(kInk);
        p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, label);
        p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, number);
        // Dotted leader between the name and the page number.
        const double from = left + p.fontMetrics().horizontalAdvance(label) + mm(3);
        const double to = left + width - p.fontMetrics().horizontalAdvance(number) - mm(3);
        p.setPen(QPen(QColor(0x94, 0xa3, 0xb8), mm(0.35), Qt::DotLine));
        if (to > from)
            p.drawLine(QPointF(from, y + mm(6.2)), QPointF(to, y + mm(6.2)));
        y += mm(10);
    }
}

// The HTML with `page-break-before` on the h2/h3 headings whose indexes (in document order)
// are in `breaks`.
QString withBreaks(const QString& html, const std::set<int>& breaks)
{
    if (breaks.empty())
        return html;
    QString out;
    out.reserve(html.size() + int(breaks.size()) * 40);
    static const QRegularExpression heading(QStringLiteral("<h([23])>"));
    qsizetype last = 0;
    int index = 0;
    auto it = heading.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        out += breaks.count(index) ? QStringLiteral("<h%1 style=\"page-break-before: always\">").arg(m.captured(1))
                                   : m.captured();
        last = m.capturedEnd();
        ++index;
    }
    out += QStringView(html).mid(last);
    return out;
}

} // namespace

Result<QByteArray> PdfReport::render(const Json& audit, const ReportOptions& options)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::unavailable(QStringLiteral("PDF reports need Qt's graphical subsystem for fonts; this process "
                                                 "runs without it (start it with QT_QPA_PLATFORM=offscreen)."),
            QStringLiteral("PDF_UNAVAILABLE"));
    const AuditView view(audit);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QStringLiteral("Code audit report — %1").arg(view.repositoryName()));
        writer.setCreator(QStringLiteral("Assay %1").arg(view.toolVersion()));
        const QRectF page(0, 0, writer.width(), writer.height());
        const double contentW = page.width() - 2 * mm(kMarginMm);
        const double contentH = page.height() - 2 * mm(kMarginMm) - mm(2);

        const QString html = QStringLiteral("<html><body>%1</body></html>")
                                 .arg(HtmlReport::body(audit, options, HtmlReport::Flavour::Print));
        const QImage ipImage = ipChart(view, 660);
        const QImage licenseImage = licenseChart(view, 3);
        auto layout = [&](const std::set<int>& breaks) {
            auto doc = std::make_unique<QTextDocument>();
            doc->documentLayout()->setPaintDevice(&writer);
            QFont base(QStringLiteral("DejaVu Sans"));
            base.setPointSizeF(8.5);
            doc->setDefaultFont(base);
            doc->setDocumentMargin(0);
            doc->setDefaultStyleSheet(QString::fromLatin1(kStyleSheet));
            doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:ip")), ipImage);
            doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:licenses")), licenseImage);
            doc->setHtml(withBreaks(html, breaks));
            doc->setPageSize(QSizeF(contentW, contentH));
            return doc;
        };
        // A heading in the last lines of a page starts the next page instead (QTextDocument has
        // no keep-with-next): lay out, move the first stranded heading, lay out again.
        std::set<int> breaks;
        std::unique_ptr<QTextDocument> docPtr = layout(breaks);
        for (int pass = 0; pass < 16; ++pass) {
            int index = 0, stranded = -1;
            for (QTextBlock b = docPtr->begin(); b.isValid() && stranded < 0; b = b.next()) {
                const int level = b.blockFormat().headingLevel();
                if (level < 2 || level > 3)
                    continue;
                const double offset = std::fmod(docPtr->documentLayout()->blockBoundingRect(b).top(), contentH);
                if (!breaks.count(index) && offset > contentH * (level == 2 ? 0.80 : 0.86))
                    stranded = index;
                ++index;
            }
            if (stranded < 0)
                break;
            breaks.insert(stranded);
            docPtr = layout(breaks);
        }
        QTextDocument& doc = *docPtr;
        const int contentPages = doc.pageCount();

        // Page of each section heading, after the cover and the contents page.
        constexpr int kFrontPages = 2;
        std::vector<std::pair<QString, int>> toc;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() != 2)
                continue;
            const double top = doc.documentLayout()->blockBoundingRect(b).top();
            toc.emplace_back(b.text().trimmed(), kFrontPages + 1 + int(top / contentH));
        }
        const int pages = kFrontPages + contentPages;

        QPainter p(&writer);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        drawCover(p, page, view, options);
        writer.newPage();
        drawToc(p, page, toc);
        drawFooter(p, page, 2, pages, view.repositoryName());
        for (int i = 0; i < contentPages; ++i) {
            writer.newPage();
            p.save();
            p.translate(mm(kMarginMm), mm(kMarginMm) + mm(2) - i * contentH);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = QRectF(0, i * contentH, contentW, contentH);
            p.setClipRect(ctx.clip);
            ctx.palette.setColor(QPalette::Text, kInk);
            doc.documentLayout()->draw(&p, ctx);
            p.restore();
            drawFooter(p, page, kFrontPages + 1 + i, pages, view.repositoryName());
        }
        p.end();
    }
    buffer.close();
    if (out.isEmpty())
        return Error::internal(QStringLiteral("The PDF report could not be written."));
    return out;
}

} // namespace assay::reports
