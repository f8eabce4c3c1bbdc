// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixture.h"
#include "TestUtil.h"
#include "audit/jobs/AuditRunner.h"
#include "reports/PolicyEngine.h"
#include "reports/ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <set>

#include <poppler-qt6.h>

using namespace assay;
using namespace assay::reports;

// Every report format generated from a fixture audit and checked structurally: JSON and SARIF
// and CycloneDX against their schemas, HTML parsed as XML, PDF through text extraction, CSV
// rows = files, the Markdown IP table; file names; and no raw secret in any output, neither
// from the fixture nor from a real audit of a folder with a secret planted at run time.
class TestReportWriter : public QObject
{
    Q_OBJECT
    Json m_audit;
    QTemporaryDir m_dir;
    ReportOptions m_options;

    QByteArray render(const QString& format, const Json* audit = nullptr)
    {
        auto out = ReportWriter::render(audit ? *audit : m_audit, format, m_options);
        if (!out) {
            qWarning("%s", qPrintable(out.error().message));
            return {};
        }
        return *out;
    }

    // ASSAY_REPORTS_KEEP=DIR keeps the rendered HTML and PDF there for a look.
    QString keepDir() const { return qEnvironmentVariable("ASSAY_REPORTS_KEEP", m_dir.path()); }

    static QString sourceDir()
    {
        return qEnvironmentVariable("ASSAY_SOURCE_DIR", QStringLiteral(ASSAY_TEST_SOURCE_DIR));
    }

    // Runs tests/tools/validate_json_schema.py; returns its complaint, empty when valid.
    QString validate(const QByteArray& document, const QString& schema, const QStringList& extra = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("doc-%1.json").arg(QRandomGenerator::global()->generate()));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(path);
        f.write(document);
        f.close();
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
            QStringList {sourceDir() + QStringLiteral("/tests/tools/validate_json_schema.py"), schema, path} + extra);
        if (!p.waitForFinished(120000))
            return QStringLiteral("validator timed out");
        return p.exitCode() == 0 ? QString()
                                 : QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).left(2000);
    }

    static QList<QStringList> parseCsv(const QString& text)
    {
        QList<QStringList> rows;
        QStringList row;
        QString cell;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                        cell += c;
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                row << cell;
                cell.clear();
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                row << cell;
                rows << row;
                row.clear();
                cell.clear();
                ++i;
            } else {
                cell += c;
            }
        }
        if (!cell.isEmpty() || !row.isEmpty())
            rows << (row << cell);
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_audit = testing::reportFixture();
        auto policy = PolicySet::load(QStringLiteral("ma-strict"));
        ASSAY_VERIFY_OK(policy);
        PolicyEngine::apply(*policy, m_audit);
        m_options.client = QStringLiteral("Globex & Partners");
        m_options.preparedBy = QStringLiteral("R. Auditor");
        m_options.generatedAt = QDateTime(QDate(2026, 3, 15), QTime(8, 0), Qt::UTC);
    }

    void fileNamesAndTypes()
    {
        QCOMPARE(ReportWriter::fileName(m_audit, QStringLiteral("pdf")),
            QStringLiteral("audit-acme-widgets-2026-03-14.pdf"));
        QCOMPARE(ReportWriter::fileName(m_audit, QStringLiteral("sarif")),
            QStringLiteral("audit-acme-widgets-2026-03-14.sarif"));
        QCOMPARE(ReportWriter::fileName(m_audit, QStringLiteral("cyclonedx")),
            QStringLiteral("audit-acme-widgets-2026-03-14.cdx.json"));
        QCOMPARE(ReportWriter::fileName(m_audit, QStringLiteral("spdx")),
            QStringLiteral("audit-acme-widgets-2026-03-14.spdx.json"));
        for (const auto& f : {"json", "html", "csv", "md"})
            QCOMPARE(ReportWriter::fileName(m_audit, QLatin1String(f)),
                QStringLiteral("audit-acme-widgets-2026-03-14.") + QLatin1String(f));
        Json odd = m_audit;
        odd["repository"]["source"] = "https://git.example.com/team/My Repo\";rm.git";
        QCOMPARE(
            ReportWriter::fileName(odd, QStringLiteral("html")), QStringLiteral("audit-My_Repo_rm-2026-03-14.html"));
        QCOMPARE(ReportWriter::contentType(QStringLiteral("pdf")), QByteArray("application/pdf"));
        QCOMPARE(ReportWriter::contentType(QStringLiteral("sarif")), QByteArray("application/sarif+json"));
        QVERIFY(!ReportWriter::render(m_audit, QStringLiteral("xml"), m_options));
    }

    void json()
    {
        const QByteArray out = render(QStringLiteral("json"));
        const auto doc = json::parse(out);
        QVERIFY(doc);
        QCOMPARE((*doc)["files"].size(), m_audit["files"].size());
        QCOMPARE((*doc)["policy"]["name"].get<std::string>(), std::string("ma-strict"));
        const QString problem = validate(out, sourceDir() + QStringLiteral("/docs/schema/audit.schema.json"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void html()
    {
        const QByteArray out = render(QStringLiteral("html"));
        QVERIFY(out.startsWith("<!DOCTYPE html>"));
        // Self-contained: no scripts, no external stylesheets, images or fonts.
        for (const char* forbidden : {"<script", "<link", "src=\"http", "url(", "@import"})
            QVERIFY2(!out.contains(forbidden), forbidden);
        QXmlStreamReader xml(out);
        QStringList sections;
        int fileRows = 0, svgs = 0;
        bool inFiles = false, sawEscapedPath = false, sawClient = false;
        QString currentSection;
        int depthTbody = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("section")) {
                    currentSection = xml.attributes().value(QLatin1String("id")).toString();
                    sections << currentSection;
                    inFiles = currentSection == QLatin1String("files");
                }
                if (name == QLatin1String("svg"))
                    ++svgs;
                if (name == QLatin1String("tbody"))
                    ++depthTbody;
                if (name == QLatin1String("tr") && inFiles && depthTbody > 0)
                    ++fileRows;
                QVERIFY2(name != QLatin1String("b") || currentSection != QLatin1String("files"),
                    "markup from a file name was not escaped");
            } else if (xml.isEndElement() && xml.name() == QLatin1String("tbody")) {
                --depthTbody;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("section")) {
                currentSection.clear();
                inFiles = false;
            } else if (xml.isCharacters()) {
                if (xml.text().contains(QLatin1String("docs/<b>notes</b>, \"draft\".md")))
                    sawEscapedPath = true;
                if (xml.text() == QLatin1String("Globex & Partners"))
                    sawClient = true;
            }
        }
        QVERIFY2(
            !xml.hasError(), qPrintable(QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber())));
        QCOMPARE(sections,
            (QStringList {QStringLiteral("summary"), QStringLiteral("ip"), QStringLiteral("licenses"),
                QStringLiteral("dependencies"), QStringLiteral("secrets"), QStringLiteral("findings"),
                QStringLiteral("contributors"), QStringLiteral("policy"), QStringLiteral("files")}));
        QCOMPARE(fileRows, int(m_audit["files"].size()));
        QVERIFY(svgs >= 2); // IP donut and license bars
        QVERIFY(sawEscapedPath);
        QVERIFY(sawClient);
        QVERIFY(out.contains("Not legal advice"));
        QVERIFY(out.contains("GHSA-j8r2-6x86-q33q"));
        QVERIFY(out.contains("Policy ma-strict: failed"));
        QVERIFY(out.contains("no-network-copyleft"));
        QVERIFY(out.contains("Olaf &lt;Old&gt; Contractor"));
        QFile f(QDir(keepDir()).filePath(QStringLiteral("report.html")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(out);
    }

    void pdf()
    {
        const QByteArray out = render(QStringLiteral("pdf"));
        QVERIFY(out.startsWith("%PDF-"));
        {
            QFile f(QDir(keepDir()).filePath(QStringLiteral("report.pdf")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(out);
        }
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(out);
        QVERIFY(doc && !doc->isLocked());
        const int pages = doc->numPages();
        QVERIFY(pages >= 4);
        // NFKC folds the typographic ligatures (ﬁ, ﬂ) text extraction reports.
        auto text = [&](int i) {
            return std::unique_ptr<Poppler::Page>(doc->page(i))
                ->text(QRectF())
                .normalized(QString::NormalizationForm_KC);
        };
        const QString cover = text(0);
        for (const char* s : {"acme-widgets", "9fceb02d0ae598e95dc970b74767f19372d61af8", "2026-03-14",
                 "Globex & Partners", "R. Auditor", "Not legal advice", "FAILED"})
            QVERIFY2(cover.contains(QString::fromUtf8(s)), s);
        const QString toc = text(1);
        QVERIFY(toc.contains(QLatin1String("Contents")));
        // Every contents entry points at the page that holds its heading.
        const QStringList titles {QStringLiteral("Summary"), QStringLiteral("IP composition"),
            QStringLiteral("Licenses"), QStringLiteral("Dependencies and vulnerabilities"), QStringLiteral("Secrets"),
            QStringLiteral("License findings"), QStringLiteral("Contributors"), QStringLiteral("Policy result"),
            QStringLiteral("Files")};
        for (const auto& title : titles) {
            const QRegularExpression entry(
                QStringLiteral("%1\\s*[.\\s]*\\s(\\d+)").arg(QRegularExpression::escape(title)));
            const auto m = entry.match(toc);
            QVERIFY2(m.hasMatch(), qPrintable(title + QStringLiteral(" in: ") + toc));
            const int page = m.captured(1).toInt();
            QVERIFY2(page >= 3 && page <= pages, qPrintable(title));
            QVERIFY2(
                text(page - 1).contains(title), qPrintable(QStringLiteral("%1 not on page %2").arg(title).arg(page)));
        }
        QString all;
        for (int i = 2; i < pages; ++i) {
            const QString t = text(i);
            QVERIFY2(t.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)), qPrintable(t.right(200)));
            QVERIFY(t.contains(QLatin1String("Not legal advice")));
            all += t;
        }
        for (const char* s : {"vendor/readline/readline.c", "GHSA-j8r2-6x86-q33q", "Dana Developer", "ma-strict",
                 "mysql-connector", "GPL-3.0-only"})
            QVERIFY2(all.contains(QString::fromUtf8(s)), s);
    }

    void csv()
    {
        const QByteArray out = render(QStringLiteral("csv"));
        const auto rows = parseCsv(QString::fromUtf8(out));
        QCOMPARE(rows.size(), qsizetype(m_audit["files"].size()) + 1);
        QCOMPARE(rows[0].first(), QStringLiteral("path"));
        for (const auto& row : rows)
            QCOMPARE(row.size(), rows[0].size());
        QStringList paths;
        for (const auto& row : rows.mid(1))
            paths << row[0];
        QVERIFY(paths.contains(QStringLiteral("docs/<b>notes</b>, \"draft\".md"))); // quoted and unquoted intact
        const int secretCol = int(rows[0].indexOf(QStringLiteral("secret_findings")));
        for (const auto& row : rows.mid(1))
            if (row[0] == QLatin1String("config/settings.py"))
                QCOMPARE(row[secretCol], QStringLiteral("1"));
        QVERIFY(out.contains("\r\n"));
    }

    void markdown()
    {
        const QString out = QString::fromUtf8(render(QStringLiteral("md")));
        QVERIFY(out.contains(QLatin1String("| module | origin | license | rewriteable | score | notes |")));
        QStringList tableRows;
        bool inTable = false;
        for (const auto& line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("| module |")))
                inTable = true;
            else if (inTable && line.startsWith(QLatin1Char('|')) && !line.startsWith(QLatin1String("|---")))
                tableRows << line;
            else if (inTable && !line.startsWith(QLatin1Char('|')))
                break;
        }
        // Modules are top-level folders: src, vendor, lib, legacy, config, docs; then the totals row.
        QCOMPARE(tableRows.size(), 7);
        QVERIFY(tableRows.last().startsWith(QLatin1String("| **Total** | 6 modules")));
        for (const auto& row : tableRows.mid(0, 6))
            QCOMPARE(row.count(QLatin1Char('|')) - row.count(QStringLiteral("\\|")), 7);
        const QString src = tableRows.filter(QStringLiteral("| src |")).value(0);
        QVERIFY2(src.contains(QLatin1String("| foreground |")) && src.contains(QLatin1String("| partly | 41 |")),
            qPrintable(src)); // lines-weighted: (72·546 + 31·1690) / 2236
        const QString vendor = tableRows.filter(QStringLiteral("| vendor |")).value(0);
        QVERIFY2(
            vendor.contains(QLatin1String("third-party")) && vendor.contains(QLatin1String("n/a")), qPrintable(vendor));
        QVERIFY(out.contains(QLatin1String("## Totals by origin")));
        QVERIFY(out.contains(QLatin1String("Not legal advice")));
    }

    void sarif()
    {
        const QByteArray out = render(QStringLiteral("sarif"));
        const QString schema = sourceDir() + QStringLiteral("/.cache/schemas/sarif-2.1.0.schema.json");
        QVERIFY2(QFile::exists(schema), "the SARIF schema is missing: run scripts/setup.d/50-sarif-schema.sh");
        const QString problem = validate(out, schema);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto log = json::parse(out);
        QVERIFY(log);
        QCOMPARE((*log)["version"].get<std::string>(), std::string("2.1.0"));
        const Json& run = (*log)["runs"][0];
        const std::size_t violations = m_audit["policy"]["violations"].size();
        QCOMPARE(run["results"].size(), m_audit["findings"].size() + violations);
        std::set<std::string> ruleIds;
        for (const auto& r : run["tool"]["driver"]["rules"]) {
            ruleIds.insert(r["id"].get<std::string>());
            QVERIFY(r.contains("shortDescription") && r.contains("defaultConfiguration"));
        }
        int located = 0;
        for (const auto& r : run["results"]) {
            QVERIFY(ruleIds.count(r["ruleId"].get<std::string>()));
            QVERIFY(run["tool"]["driver"]["rules"][r["ruleIndex"].get<std::size_t>()]["id"] == r["ruleId"]);
            if (r.contains("locations")) {
                const Json& loc = r["locations"][0]["physicalLocation"];
                QVERIFY(!loc["artifactLocation"]["uri"].get<std::string>().empty());
                QVERIFY(loc["region"]["startLine"].get<int>() >= 1);
                ++located;
            }
        }
        QCOMPARE(located, int(m_audit["findings"].size()));
    }

    void sboms()
    {
        const QByteArray cdx = render(QStringLiteral("cyclonedx"));
        const auto bom = json::parse(cdx);
        QVERIFY(bom);
        QCOMPARE((*bom)["bomFormat"].get<std::string>(), std::string("CycloneDX"));
        QCOMPARE((*bom)["components"].size(), std::size_t(2));
        const QString cache = sourceDir() + QStringLiteral("/.cache/schemas/");
        if (QFile::exists(cache + QStringLiteral("bom-1.5.schema.json"))) {
            const QString problem = validate(cdx, cache + QStringLiteral("bom-1.5.schema.json"),
                {cache + QStringLiteral("spdx.schema.json"), cache + QStringLiteral("jsf-0.82.schema.json")});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const auto spdx = json::parse(render(QStringLiteral("spdx")));
        QVERIFY(spdx);
        QCOMPARE((*spdx)["spdxVersion"].get<std::string>(), std::string("SPDX-2.3"));
        QVERIFY((*spdx)["packages"].size() >= 2);
    }

    void noRawSecretFromStoredEvidence()
    {
        // A document whose secret evidence holds more than the redacted form (an old or foreign
        // audit.json) is re-redacted before any writer sees it.
        const QString raw = QStringLiteral("ghp_") + QString::number(QRandomGenerator::global()->generate64(), 36)
            + QStringLiteral("Zq9");
        Json leaky = m_audit;
        for (auto& f : leaky["findings"])
            if (f["type"] == "secret") {
                f["evidence"] = json::str(raw);
                f["details"] = {{"match", json::str(raw)}};
            }
        for (const auto& format : ReportWriter::formats()) {
            const QByteArray out = render(format, &leaky);
            QVERIFY2(!out.isEmpty(), qPrintable(format));
            QVERIFY2(!out.contains(raw.toUtf8()) && !out.contains(raw.mid(4).toUtf8()), qPrintable(format));
            if (format == QLatin1String("pdf")) {
                auto doc = Poppler::Document::loadFromData(out);
                QString all;
                for (int i = 0; i < doc->numPages(); ++i)
                    all += std::unique_ptr<Poppler::Page>(doc->page(i))->text(QRectF());
                QVERIFY(!all.contains(raw.mid(4)));
                QVERIFY(all.contains(QLatin1String("ghp_")));
            }
        }
    }

    void noRawSecretFromARealAudit()
    {
        // A real audit of a folder with a token built at run time.
        const QString root = m_dir.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/src")));
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        QString token = QStringLiteral("ghp_");
        for (int i = 0; i < 36; ++i)
            token += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
        QFile f(root + QStringLiteral("/src/deploy.py"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("import os\n\nGITHUB_TOKEN = \"" + token.toUtf8() + "\"\n\ndef main():\n    print(os.getcwd())\n");
        f.close();
        audit::AuditRequest request;
        request.source = root;
        request.dataDir = m_dir.filePath(QStringLiteral("data"));
        request.detectors = {QStringLiteral("secrets")};
        audit::AuditRunner runner;
        std::atomic<bool> cancelled {false};
        auto report = runner.run(
            request, [](const audit::AuditProgress&) {}, cancelled);
        ASSAY_VERIFY_OK(report);
        Json doc = report->toJson();
        bool found = false;
        for (const auto& x : doc["findings"])
            found = found || x["type"] == "secret";
        QVERIFY2(found, "the planted token was not detected, so this check would prove nothing");
        PolicyEngine::apply(*PolicySet::load(QStringLiteral("ci-default")), doc);
        QCOMPARE(doc["policy"]["passed"].get<bool>(), false);
        for (const auto& format : ReportWriter::formats()) {
            auto out = ReportWriter::render(doc, format, m_options);
            ASSAY_VERIFY_OK(out);
            QVERIFY2(!out->contains(token.toUtf8()) && !out->contains(token.mid(4, 12).toUtf8()), qPrintable(format));
        }
    }
};

QTEST_MAIN(TestReportWriter)
#include "TestReportWriter.moc"
