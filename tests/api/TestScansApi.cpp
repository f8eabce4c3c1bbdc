// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestBase.h"
#include "scan/ScanService.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>

#include <archive.h>
#include <archive_entry.h>

using namespace assay;

// Compares JSON values (QCOMPARE cannot print nlohmann::json), showing both on failure.
#define JCOMPARE(actual, expected)                                                                                     \
    QVERIFY2(Json(actual) == Json(expected),                                                                           \
        qPrintable(                                                                                                    \
            QStringLiteral("%1 != %2")                                                                                 \
                .arg(QString::fromStdString(Json(actual).dump()), QString::fromStdString(Json(expected).dump()))))

namespace {

const QString kContract
    = QStringLiteral("Master services agreement, section 7.\n\n"
                     "The Supplier may terminate this agreement without cause on 30 days' notice. "
                     "Late payment of any invoice incurs a penalty of 5% per month on the overdue amount. "
                     "The go-live date will slip by six weeks because the data migration has not started. "
                     "The parties met in Brussels on Tuesday.");

QByteArray makePdf(const QStringList& lines)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        QPainter painter(&writer);
        int y = 60;
        for (const auto& line : lines) {
            painter.drawText(50, y, line);
            y += 20;
        }
    }
    return bytes;
}

// A minimal WordprocessingML package zipped with libarchive.
QByteArray makeDocx(const QStringList& paragraphs)
{
    QByteArray document
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    for (const auto& p : paragraphs)
        document += "<w:p><w:r><w:t xml:space=\"preserve\">" + p.toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
    document += "</w:body></w:document>";
    const QList<QPair<QByteArray, QByteArray>> files {
        {"[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "
            "PartName=\"/word/document.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            "</Types>"},
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

struct Part
{
    QByteArray name;
    QByteArray data;
    QByteArray fileName; // empty: a plain field
};

QByteArray multipart(const QList<Part>& parts, const QByteArray& boundary)
{
    QByteArray body;
    for (const auto& p : parts) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name + "\"";
        if (!p.fileName.isEmpty())
            body += "; filename=\"" + p.fileName + "\"\r\nContent-Type: application/octet-stream";
        body += "\r\n\r\n" + p.data + "\r\n";
    }
    return body + "--" + boundary + "--\r\n";
}

} // namespace

// The risk-scan API end to end on the real server with real accounts: scans of JSON text and of
// uploaded documents (txt, docx and pdf made here), validation (400/413/415), ownership (404 for
// another user's scan, 403 for a viewer), history, a correction, retraining (admin only), and
// force_llm without a provider (503). Also `assay scan` when the binary is built.
class TestScansApi : public QObject
{
    Q_OBJECT
    ApiFixture f;
    QHash<QByteArray, QByteArray> m_tokens;
    QString m_aliceScan;

    ApiFixture::Reply as(const QByteArray& user, const QByteArray& method, const QString& path,
        const QByteArray& body = {}, const QByteArray& type = "application/json")
    {
        return f.send(method, path, body, type, ApiFixture::bearer(m_tokens.value(user, f.adminToken)));
    }

    ApiFixture::Reply post(const QByteArray& user, const QList<Part>& parts)
    {
        const QByteArray boundary = "----assayscanboundary7MA4YWxk";
        return as(user, "POST", QStringLiteral("/api/v1/scans"), multipart(parts, boundary),
            "multipart/form-data; boundary=" + boundary);
    }

    static void verifyItems(const Json& data)
    {
        static const QStringList categories {QStringLiteral("Financial"), QStringLiteral("Schedule"),
            QStringLiteral("Technical"), QStringLiteral("Legal"), QStringLiteral("Operational"),
            QStringLiteral("Compliance"), QStringLiteral("Other")};
        QVERIFY(data.is_array());
        for (const auto& item : data) {
            QVERIFY(!item["risk"].get<std::string>().empty());
            QVERIFY(categories.contains(json::qstr(item["category"].get<std::string>())));
            QVERIFY(!item["context"].get<std::string>().empty());
            // The risk phrase comes from its sentence.
            QVERIFY2(json::qstr(item["context"].get<std::string>())
                         .contains(json::qstr(item["risk"].get<std::string>()), Qt::CaseInsensitive),
                item.dump().c_str());
            const double c = item["confidence"].get<double>();
            QVERIFY(c >= 0.0 && c <= 1.0);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        m_tokens["alice"] = f.userToken(QStringLiteral("alice@example.com"), auth::Role::Analyst);
        m_tokens["bob"] = f.userToken(QStringLiteral("bob@example.com"), auth::Role::Analyst);
        m_tokens["viewer"] = f.userToken(QStringLiteral("viewer@example.com"), auth::Role::Viewer);
        for (const auto& t : std::as_const(m_tokens))
            QVERIFY(!t.isEmpty());
    }

    void scanJsonText()
    {
        auto r
            = as("alice", "POST", QStringLiteral("/api/v1/scans"), json::dump(Json {{"text", json::str(kContract)}}));
        QCOMPARE(r.status, 201);
        const Json j = r.json();
        QVERIFY(!j["scan_id"].get<std::string>().empty());
        JCOMPARE(j["source"], "model");
        QVERIFY(json::qstr(j["timestamp"].get<std::string>()).endsWith(QLatin1Char('Z')));
        verifyItems(j["data"]);
        QVERIFY2(j["data"].size() >= 3, r.body.constData());
        // The neutral sentence yields no item.
        for (const auto& item : j["data"])
            QVERIFY(!json::qstr(item["context"].get<std::string>()).contains(QLatin1String("Brussels")));
        bool legal = false;
        for (const auto& item : j["data"])
            for (const auto& c : item["categories"])
                legal = legal || c == "Legal";
        QVERIFY(legal);
        m_aliceScan = json::qstr(j["scan_id"].get<std::string>());
    }

    void textWithoutRisksGivesEmptyData()
    {
        auto r = as("alice", "POST", QStringLiteral("/api/v1/scans"),
            json::dump(Json {{"text", "The project is on track and within budget. The audit found no issues."}}));
        QCOMPARE(r.status, 201);
        QVERIFY(r.json()["data"].is_array());
        QCOMPARE(r.json()["data"].size(), size_t(0));
    }

    void multipartTextTxtDocxPdf()
    {
        auto text = post("alice", {{"text", kContract.toUtf8(), {}}, {"force_llm", "false", {}}});
        QCOMPARE(text.status, 201);
        QVERIFY(!text.json()["data"].empty());

        auto txt = post("alice", {{"file", kContract.toUtf8(), "contract.txt"}});
        QCOMPARE(txt.status, 201);
        JCOMPARE(txt.json()["file_name"], "contract.txt");
        verifyItems(txt.json()["data"]);
        QVERIFY(!txt.json()["data"].empty());

        const QStringList paragraphs {QStringLiteral("Lease agreement for the premises at 4 Mill Lane."),
            QStringLiteral("The landlord may increase the rent by 10% each year without notice."),
            QStringLiteral("The tenant is liable for all structural repairs, including the roof.")};
        auto docx = post("alice", {{"file", makeDocx(paragraphs), "lease.docx"}});
        QCOMPARE(docx.status, 201);
        JCOMPARE(docx.json()["file_name"], "lease.docx");
        verifyItems(docx.json()["data"]);
        QVERIFY2(!docx.json()["data"].empty(), docx.body.constData());

        auto pdf = post("alice", {{"file", makePdf(paragraphs), "lease.pdf"}});
        QCOMPARE(pdf.status, 201);
        verifyItems(pdf.json()["data"]);
        QVERIFY2(!pdf.json()["data"].empty(), pdf.body.constData());

        // The stored scan keeps the extracted text, with the sentence offsets for highlighting.
        auto got = as("alice", "GET",
            QStringLiteral("/api/v1/scans/%1").arg(json::qstr(docx.json()["scan_id"].get<std::string>())));
        QCOMPARE(got.status, 200);
        const QString stored = json::qstr(got.json()["text"].get<std::string>());
        QVERIFY(stored.contains(QLatin1String("landlord may increase the rent")));
        for (const auto& item : got.json()["data"]) {
            QVERIFY(item["start"].is_number_integer());
            const int start = item["start"].get<int>();
            const int end = item["end"].get<int>();
            QCOMPARE(stored.mid(start, end - start), json::qstr(item["context"].get<std::string>()));
        }
    }

    void emptyInputIs400()
    {
        QCOMPARE(
            as("alice", "POST", QStringLiteral("/api/v1/scans"), json::dump(Json {{"text", "   \n "}})).status, 400);
        QCOMPARE(as("alice", "POST", QStringLiteral("/api/v1/scans"), "{}").status, 400);
        QCOMPARE(as("alice", "POST", QStringLiteral("/api/v1/scans"), json::dump(Json {{"text", 42}})).status, 400);
        QCOMPARE(post("alice", {{"file", QByteArray(), "empty.txt"}}).status, 400);
        QCOMPARE(post("alice", {{"force_llm", "false", {}}}).status, 400);
        QCOMPARE(post("alice", {{"text", "x", {}}, {"force_llm", "maybe", {}}}).status, 400);
        auto unknown = as("alice", "POST", QStringLiteral("/api/v1/scans"),
            json::dump(Json {{"text", "The budget may overrun."}, {"colour", "red"}}));
        QCOMPARE(unknown.status, 400);
        JCOMPARE(unknown.json()["error"]["details"]["field"], "colour");
    }

    void unsupportedTypesAre415()
    {
        QByteArray binary("\x7f"
                          "ELF\x02\x01\x01",
            7);
        binary += QByteArray(2048, '\0');
        auto r = post("alice", {{"file", binary, "tool.bin"}});
        QCOMPARE(r.status, 415);
        JCOMPARE(r.json()["error"]["code"], "UNSUPPORTED_MEDIA_TYPE");
        QCOMPARE(
            post("alice", {{"file", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(512, '\1'), "x.png"}}).status, 415);
        QCOMPARE(post("alice", {{"file", "just text", "fake.pdf"}}).status, 415);
        QCOMPARE(as("alice", "POST", QStringLiteral("/api/v1/scans"), "<scan/>", "application/xml").status, 415);
    }

    void overTheUploadLimitIs413()
    {
        QVERIFY(f.services->settings().set(QStringLiteral("max_upload_bytes"), 4096).ok());
        auto big = post("alice", {{"file", QByteArray(64 * 1024, 'a'), "big.txt"}});
        QCOMPARE(big.status, 413);
        // JSON text under the JSON limit but over the upload limit is refused by the service.
        auto text
            = as("alice", "POST", QStringLiteral("/api/v1/scans"), json::dump(Json {{"text", std::string(8000, 'a')}}));
        QCOMPARE(text.status, 413);
        QVERIFY(f.services->settings().set(QStringLiteral("max_upload_bytes"), 25 * 1024 * 1024).ok());
    }

    void ownershipAndRoles()
    {
        QVERIFY(!m_aliceScan.isEmpty());
        const QString path = QStringLiteral("/api/v1/scans/%1").arg(m_aliceScan);
        QCOMPARE(as("alice", "GET", path).status, 200);
        auto other = as("bob", "GET", path);
        QCOMPARE(other.status, 404);
        JCOMPARE(other.json()["error"]["code"], "NOT_FOUND");
        QCOMPARE(as("bob", "DELETE", path).status, 404);
        const std::string itemId = as("alice", "GET", path).json()["data"][0]["id"].get<std::string>();
        QCOMPARE(as("bob", "PATCH", path + QStringLiteral("/items/") + json::qstr(itemId),
                     json::dump(Json {{"categories", {"Other"}}}))
                     .status,
            404);
        QCOMPARE(as("admin", "GET", path).status, 200); // admins see every scan

        auto viewer = as("viewer", "POST", QStringLiteral("/api/v1/scans"),
            json::dump(Json {{"text", "The budget may overrun by 20%."}}));
        QCOMPARE(viewer.status, 403);
        QCOMPARE(as("viewer", "GET", path).status, 404);
        auto viewerList = as("viewer", "GET", QStringLiteral("/api/v1/scans"));
        QCOMPARE(viewerList.status, 200);
        JCOMPARE(viewerList.json()["pagination"]["total_items"], 0);
        QCOMPARE(
            as("alice", "POST", QStringLiteral("/api/v1/scans"), json::dump(Json {{"text", "x"}}), "application/json")
                .status,
            201); // an analyst may scan (a one-word text is simply without risks)
        QCOMPARE(f.send("GET", QStringLiteral("/api/v1/scans"), {}, "application/json", ApiFixture::anonymous()).status,
            401);
    }

    void listIsPaginatedAndOwn()
    {
        auto all = as("alice", "GET", QStringLiteral("/api/v1/scans?limit=100"));
        QCOMPARE(all.status, 200);
        const int total = all.json()["pagination"]["total_items"].get<int>();
        QVERIFY(total >= 6);
        for (const auto& s : all.json()["data"]) {
            JCOMPARE(s["owner_id"], all.json()["data"][0]["owner_id"]);
            QVERIFY(!s.contains("text"));
        }
        auto page2 = as("alice", "GET", QStringLiteral("/api/v1/scans?page=2&limit=2"));
        QCOMPARE(page2.status, 200);
        const Json p = page2.json()["pagination"];
        JCOMPARE(p["current_page"], 2);
        JCOMPARE(p["items_per_page"], 2);
        JCOMPARE(p["total_items"], total);
        JCOMPARE(p["has_previous"], true);
        QCOMPARE(page2.json()["data"].size(), size_t(2));
        JCOMPARE(page2.json()["data"][0]["scan_id"], all.json()["data"][2]["scan_id"]); // newest first
        QCOMPARE(as("alice", "GET", QStringLiteral("/api/v1/scans?limit=500")).status, 400);
        QCOMPARE(as("alice", "GET", QStringLiteral("/api/v1/scans?sort_order=asc")).status, 400);
        JCOMPARE(as("bob", "GET", QStringLiteral("/api/v1/scans")).json()["pagination"]["total_items"], 0);
        QVERIFY(as("admin", "GET", QStringLiteral("/api/v1/scans")).json()["pagination"]["total_items"].get<int>()
            >= total);
    }

    void correctAnItem()
    {
        const QString path = QStringLiteral("/api/v1/scans/%1").arg(m_aliceScan);
        const Json item = as("alice", "GET", path).json()["data"][0];
        const QString itemPath = path + QStringLiteral("/items/") + json::qstr(item["id"].get<std::string>());
        auto r = as("alice", "PATCH", itemPath, json::dump(Json {{"categories", {"compliance", "Legal"}}}));
        QCOMPARE(r.status, 200);
        JCOMPARE(r.json()["corrected"], true);
        JCOMPARE(r.json()["categories"], Json({"Compliance", "Legal"}));
        JCOMPARE(r.json()["category"], "Compliance");
        JCOMPARE(r.json()["model_categories"], item["categories"]);
        // The correction is stored with the scan.
        const Json again = as("alice", "GET", path).json()["data"][0];
        JCOMPARE(again["categories"], Json({"Compliance", "Legal"}));
        // "Not a risk".
        auto none = as("alice", "PATCH", itemPath, json::dump(Json {{"categories", Json::array()}}));
        QCOMPARE(none.status, 200);
        JCOMPARE(none.json()["categories"], Json::array());

        QCOMPARE(as("alice", "PATCH", itemPath, json::dump(Json {{"categories", {"Weather"}}})).status, 400);
        QCOMPARE(as("alice", "PATCH", itemPath, json::dump(Json {{"categories", "Legal"}})).status, 400);
        QCOMPARE(as("alice", "PATCH", itemPath, json::dump(Json {{"categories", {1}}})).status, 400);
        QCOMPARE(
            as("alice", "PATCH", path + QStringLiteral("/items/nope"), json::dump(Json {{"categories", {"Legal"}}}))
                .status,
            404);
        QCOMPARE(as("viewer", "PATCH", itemPath, json::dump(Json {{"categories", {"Legal"}}})).status, 403);
        // Put it back so that retraining sees a real risk label for this sentence.
        QCOMPARE(as("alice", "PATCH", itemPath, json::dump(Json {{"categories", item["categories"]}})).status, 200);
    }

    void trainIsAdminOnly()
    {
        QCOMPARE(as("alice", "POST", QStringLiteral("/api/v1/scans/model/train")).status, 403);
        auto r = as("admin", "POST", QStringLiteral("/api/v1/scans/model/train"));
        QCOMPARE(r.status, 200);
        const Json j = r.json();
        QVERIFY(j["accuracy"].is_number());
        QVERIFY(j["f1_micro"].is_number());
        QVERIFY(j["meets_target"].is_boolean());
        QCOMPARE(j["meets_target"].get<bool>(), j["f1_micro"].get<double>() >= 0.85);
        QVERIFY2(j["f1_micro"].get<double>() >= 0.85, r.body.constData());
        QVERIFY(j["corrections"].get<int>() >= 1);
        QVERIFY(QFileInfo::exists(f.services->scans().retrainedModelPath()));
        // The retrained model answers the next scan.
        auto after
            = as("alice", "POST", QStringLiteral("/api/v1/scans"), json::dump(Json {{"text", json::str(kContract)}}));
        QCOMPARE(after.status, 201);
        QVERIFY(!after.json()["data"].empty());
    }

    void forceLlmWithoutProviderIs503()
    {
        auto r = as("alice", "POST", QStringLiteral("/api/v1/scans"),
            json::dump(Json {{"text", json::str(kContract)}, {"force_llm", true}}));
        QCOMPARE(r.status, 503);
        JCOMPARE(r.json()["error"]["code"], "AI_SERVICE_UNAVAILABLE");
        QVERIFY(json::qstr(r.json()["error"]["message"].get<std::string>()).contains(QLatin1String("configured")));
        QCOMPARE(post("alice", {{"text", kContract.toUtf8(), {}}, {"force_llm", "true", {}}}).status, 503);
        QCOMPARE(
            as("alice", "POST", QStringLiteral("/api/v1/scans"), json::dump(Json {{"text", "x"}, {"force_llm", "yes"}}))
                .status,
            400);
    }

    void deleteScan()
    {
        const QString path = QStringLiteral("/api/v1/scans/%1").arg(m_aliceScan);
        auto r = as("alice", "DELETE", path);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(as("alice", "GET", path).status, 404);
        QCOMPARE(as("alice", "DELETE", path).status, 404);
    }

    void openApiDocumentsTheRoutes()
    {
        auto r = f.send("GET", QStringLiteral("/api/v1/openapi.json"));
        QCOMPARE(r.status, 200);
        const Json paths = r.json()["paths"];
        QVERIFY(paths.contains("/api/v1/scans"));
        QVERIFY(paths["/api/v1/scans"].contains("post"));
        QVERIFY(paths["/api/v1/scans"]["post"].contains("requestBody"));
        QVERIFY(paths.contains("/api/v1/scans/{id}/items/{item_id}"));
        QVERIFY(paths.contains("/api/v1/scans/model/train"));
    }

    // `assay scan` in-process on its own data directory (exit codes of SPEC §7).
    void commandLine()
    {
        const QString binary = qEnvironmentVariable("ASSAY_BINARY");
        if (binary.isEmpty() || !QFileInfo(binary).isExecutable())
            QSKIP("the assay binary is not built in this tree");
        QTemporaryDir data;
        auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            QProcess p;
            p.start(binary,
                QStringList {QStringLiteral("scan")} + args + QStringList {QStringLiteral("--data-dir"), data.path()});
            p.waitForStarted();
            if (!input.isEmpty())
                p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
        };
        auto [code, out, err] = run({QStringLiteral("--text"), kContract});
        QCOMPARE(code, 0);
        auto j = json::parse(out);
        QVERIFY2(j && (*j)["data"].size() >= 3, out.constData());
        JCOMPARE((*j)["source"], "model");

        std::tie(code, out, err)
            = run({QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("text")}, kContract.toUtf8());
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("[Legal") || out.contains("Legal"), out.constData());

        std::tie(code, out, err) = run({});
        QCOMPARE(code, 2);
        QVERIFY(!err.isEmpty() && err.count('\n') == 1);
        std::tie(code, out, err) = run({QStringLiteral("--text"), QStringLiteral("  ")});
        QCOMPARE(code, 2);
        std::tie(code, out, err) = run({QStringLiteral("--text"), kContract, QStringLiteral("--force-llm")});
        QCOMPARE(code, 3);
        QVERIFY(err.contains("no AI provider"));
        std::tie(code, out, err)
            = run({QStringLiteral("--text"), kContract, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(code, 2);
    }

    void cleanupTestCase() { f.server->stop(); }
};

QTEST_MAIN(TestScansApi)
#include "TestScansApi.moc"
