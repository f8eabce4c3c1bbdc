// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanService.h"

#include "core/EventBus.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QFile>
#include <QFuture>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include "FakeHttpPeer.h"
#include "TestUtil.h"

using namespace assay;
using namespace assay::scan;

namespace {

const QString kRiskyText = QStringLiteral(
    "The Supplier may increase prices by up to 15% per year. The kick-off meeting took place on Monday. "
    "Integration with the payment gateway has not been tested, and the go-live date is likely to slip by six weeks.");

QString str(const Json& j, const char* key)
{
    return json::getString(j, key);
}

} // namespace

// ScanService end to end on a real SQLite file: local scans, storage and ownership, corrections
// and retraining, and the two LLM protocols against fake peers on loopback.
class TestScanService : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<ScanService> m_service;
    QList<Event> m_events;

    void configure(const QString& provider, const QString& url, int timeout = 10)
    {
        ASSAY_VERIFY_OK(m_settings->update({{"ai_provider", json::str(provider)}, {"ai_url", json::str(url)},
            {"ai_model", "test-model"}, {"ai_timeout_s", timeout}}));
    }

    Error scanError(const ScanInput& input)
    {
        auto r = m_service->scan(QStringLiteral("alice"), input);
        if (r.ok())
            return Error::internal(QStringLiteral("expected an error"));
        return r.error();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("assay.db")));
        ASSAY_VERIFY_OK(m_db->open());
        m_settings = std::make_unique<SettingsStore>(*m_db);
        ASSAY_VERIFY_OK(m_settings->load());
        m_bus = std::make_unique<EventBus>();
        m_events.clear();
        m_bus->subscribe(this, [this](const Event& e) { m_events << e; });
        m_service = std::make_unique<ScanService>(*m_db, *m_settings, m_dir->path(), m_bus.get());
    }

    void cleanup()
    {
        m_service.reset();
        m_bus.reset();
        m_settings.reset();
        m_db.reset();
        m_dir.reset();
    }

    void localScanIsStoredAndPublished()
    {
        auto r = m_service->scan(QStringLiteral("alice"), {kRiskyText, {}, {}, false});
        ASSAY_VERIFY_OK(r);
        const Json& scan = *r;
        QCOMPARE(str(scan, "source"), QStringLiteral("model"));
        QVERIFY(!str(scan, "scan_id").isEmpty());
        QVERIFY(str(scan, "timestamp").endsWith(QLatin1Char('Z')));
        const Json& data = scan.at("data");
        QCOMPARE(int(data.size()), 2); // the meeting sentence is not a risk
        QCOMPARE(str(data[0], "category"), QStringLiteral("Financial"));
        QVERIFY(kRiskyText.contains(str(data[1], "context")));
        QVERIFY(str(data[1], "context").contains(str(data[1], "risk")));
        for (const auto& item : data) {
            QVERIFY(!str(item, "id").isEmpty());
            QVERIFY(item.at("confidence").get<double>() > 0 && item.at("confidence").get<double>() <= 1);
        }
        QTRY_COMPARE(m_events.size(), 1);
        QCOMPARE(m_events[0].type, QStringLiteral("scan"));
        QCOMPARE(m_events[0].action, QStringLiteral("created"));
        QCOMPARE(m_events[0].ownerId, QStringLiteral("alice"));
        QCOMPARE(json::getString(m_events[0].data, "scan_id"), str(scan, "scan_id"));

        auto again = m_service->get(QStringLiteral("alice"), false, str(scan, "scan_id"));
        ASSAY_VERIFY_OK(again);
        QCOMPARE(again->at("data").size(), data.size());
        QCOMPARE(str(*again, "text"), kRiskyText);
        for (const auto& item : again->at("data")) {
            const int start = item.at("start").get<int>(), end = item.at("end").get<int>();
            QCOMPARE(kRiskyText.mid(start, end - start), str(item, "context"));
        }

        const QString text = ScanService::toText(scan);
        QVERIFY(text.contains(QStringLiteral("2 risks")));
        QVERIFY(text.contains(QStringLiteral("[Financial")));
        QVERIFY(text.contains(str(data[0], "risk")));
        QVERIFY(ScanService::toText({{"scan_id", "x"}, {"source", "model"}, {"data", Json::array()}})
                    .contains(QStringLiteral("No risks found.")));
    }

    void textWithoutRisksGivesEmptyData()
    {
        auto r = m_service->scan(QStringLiteral("alice"),
            {QStringLiteral("The meeting is on Tuesday. Minutes will be circulated. "
                            "There is no penalty for early repayment."),
                {}, {}, false});
        ASSAY_VERIFY_OK(r);
        QVERIFY(r->at("data").is_array());
        QCOMPARE(int(r->at("data").size()), 0);
    }

    void documentUploadsAndInputErrors()
    {
        auto html = m_service->scan(QStringLiteral("alice"),
            {{}, QStringLiteral("status.html"),
                "<html><body><p>Customs delays mean the turbines will arrive two months "
                "late.</p></body></html>",
                false});
        ASSAY_VERIFY_OK(html);
        QCOMPARE(str(*html, "file_name"), QStringLiteral("status.html"));
        QCOMPARE(int(html->at("data").size()), 1);
        QCOMPARE(str(html->at("data")[0], "category"), QStringLiteral("Schedule"));

        // Sentences wrapped over lines (and hyphenated) are still located in the stored text.
        const QByteArray wrapped = "Status report\n\nThe supplier has warned that the turbines will be\n"
                                   "delivered three months late because of a compo-\nnent shortage.\n";
        auto txt = m_service->scan(QStringLiteral("alice"), {{}, QStringLiteral("status.txt"), wrapped, false});
        ASSAY_VERIFY_OK(txt);
        QCOMPARE(int(txt->at("data").size()), 1);
        auto stored = m_service->get(QStringLiteral("alice"), false, str(*txt, "scan_id"));
        ASSAY_VERIFY_OK(stored);
        const QString text = str(*stored, "text");
        const Json item = stored->at("data")[0];
        QCOMPARE(str(item, "context"),
            QStringLiteral("The supplier has warned that the turbines will be delivered three "
                           "months late because of a component shortage."));
        QCOMPARE(text.mid(item.at("start").get<int>(), item.at("end").get<int>() - item.at("start").get<int>()),
            QStringLiteral("The supplier has warned that the turbines will be\ndelivered three months late "
                           "because of a compo-\nnent shortage."));

        QCOMPARE(scanError({QStringLiteral("   "), {}, {}, false}).kind, Error::Kind::Validation);
        QCOMPARE(scanError({{}, QStringLiteral("pic.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10), false}).kind,
            Error::Kind::UnsupportedMediaType);
        QCOMPARE(scanError({{}, QStringLiteral("empty.txt"), QByteArray(), false}).kind, Error::Kind::Validation);
        ASSAY_VERIFY_OK(m_settings->set(QStringLiteral("max_upload_bytes"), 1024));
        QCOMPARE(scanError({QString(2000, QLatin1Char('a')), {}, {}, false}).kind, Error::Kind::TooLarge);
        QCOMPARE(scanError({{}, QStringLiteral("big.txt"), QByteArray(2000, 'a'), false}).kind, Error::Kind::TooLarge);
    }

    void ownershipAndPagination()
    {
        QStringList aliceIds;
        for (int i = 0; i < 3; ++i) {
            auto r = m_service->scan(QStringLiteral("alice"), {kRiskyText, {}, {}, false});
            ASSAY_VERIFY_OK(r);
            aliceIds << str(*r, "scan_id");
        }
        auto bobs = m_service->scan(QStringLiteral("bob"), {kRiskyText, {}, {}, false});
        ASSAY_VERIFY_OK(bobs);

        // Another user's scan does not exist for bob; admins see everything.
        auto denied = m_service->get(QStringLiteral("bob"), false, aliceIds[0]);
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().kind, Error::Kind::NotFound);
        QCOMPARE(Error::httpStatus(denied.error().kind), 404);
        ASSAY_VERIFY_OK(m_service->get(QStringLiteral("root"), true, aliceIds[0]));
        auto removeDenied = m_service->remove(QStringLiteral("bob"), false, aliceIds[0]);
        QVERIFY(!removeDenied.ok());
        QCOMPARE(removeDenied.error().kind, Error::Kind::NotFound);
        auto correctDenied = m_service->correctItem(
            QStringLiteral("bob"), false, aliceIds[0], QStringLiteral("x"), {QStringLiteral("Legal")});
        QCOMPARE(correctDenied.error().kind, Error::Kind::NotFound);

        auto page1 = m_service->list(QStringLiteral("alice"), false, 1, 2);
        ASSAY_VERIFY_OK(page1);
        QCOMPARE(int(page1->at("data").size()), 2);
        const Json& p = page1->at("pagination");
        QCOMPARE(p.at("total_items").get<int>(), 3);
        QCOMPARE(p.at("total_pages").get<int>(), 2);
        QVERIFY(p.at("has_next").get<bool>());
        QVERIFY(!p.at("has_previous").get<bool>());
        auto page2 = m_service->list(QStringLiteral("alice"), false, 2, 2);
        ASSAY_VERIFY_OK(page2);
        QCOMPARE(int(page2->at("data").size()), 1);
        for (const auto& s : page1->at("data"))
            QVERIFY(aliceIds.contains(str(s, "scan_id")));
        auto bobList = m_service->list(QStringLiteral("bob"), false, 1, 20);
        QCOMPARE(bobList->at("pagination").at("total_items").get<int>(), 1);
        auto all = m_service->list(QStringLiteral("root"), true, 1, 20);
        QCOMPARE(all->at("pagination").at("total_items").get<int>(), 4);
        QVERIFY(!m_service->list(QStringLiteral("alice"), false, 0, 20).ok());
        QVERIFY(!m_service->list(QStringLiteral("alice"), false, 1, 101).ok());

        ASSAY_VERIFY_OK(m_service->remove(QStringLiteral("alice"), false, aliceIds[0]));
        QCOMPARE(m_service->get(QStringLiteral("alice"), false, aliceIds[0]).error().kind, Error::Kind::NotFound);
        QTRY_VERIFY(std::any_of(
            m_events.begin(), m_events.end(), [](const Event& e) { return e.action == QLatin1String("deleted"); }));
        ASSAY_VERIFY_OK(m_service->remove(QStringLiteral("root"), true, str(*bobs, "scan_id")));
    }

    void correctionsFeedRetraining()
    {
        auto r = m_service->scan(QStringLiteral("alice"), {kRiskyText, {}, {}, false});
        ASSAY_VERIFY_OK(r);
        const QString scanId = str(*r, "scan_id");
        const QString itemId = str(r->at("data")[0], "id");
        auto bad = m_service->correctItem(QStringLiteral("alice"), false, scanId, itemId, {QStringLiteral("Weather")});
        QCOMPARE(bad.error().kind, Error::Kind::Validation);
        auto missing = m_service->correctItem(QStringLiteral("alice"), false, scanId, QStringLiteral("nope"), {});
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        auto fixed = m_service->correctItem(
            QStringLiteral("alice"), false, scanId, itemId, {QStringLiteral("legal"), QStringLiteral("Financial")});
        ASSAY_VERIFY_OK(fixed);
        QCOMPARE(str(*fixed, "category"), QStringLiteral("Legal"));
        QCOMPARE(json::toStringList(fixed->at("categories")),
            QStringList({QStringLiteral("Legal"), QStringLiteral("Financial")}));
        QVERIFY(fixed->at("corrected").get<bool>());
        // A false positive: no category at all.
        ASSAY_VERIFY_OK(
            m_service->correctItem(QStringLiteral("alice"), false, scanId, str(r->at("data")[1], "id"), {}));
        auto stored = m_service->get(QStringLiteral("alice"), false, scanId);
        QVERIFY(stored->at("data")[0].at("corrected").get<bool>());

        QCOMPARE(str(m_service->modelInfo(), "origin"), QStringLiteral("shipped"));
        auto trained = m_service->train(QStringLiteral("root"));
        ASSAY_VERIFY_OK(trained);
        const double f1 = trained->at("f1_micro").get<double>();
        QVERIFY2(f1 >= 0.85, qPrintable(QString::number(f1)));
        QVERIFY(trained->at("accuracy").get<double>() > 0.5);
        QVERIFY(trained->at("meets_target").get<bool>());
        QCOMPARE(trained->at("corrections").get<int>(), 2);
        QVERIFY(QFile::exists(m_service->retrainedModelPath()));
        QCOMPARE(str(m_service->modelInfo(), "origin"), QStringLiteral("retrained"));

        // Another service on the same data directory (a restart) uses the retrained model.
        ScanService restarted(*m_db, *m_settings, m_dir->path());
        const Json info = restarted.modelInfo();
        QCOMPARE(str(info, "origin"), QStringLiteral("retrained"));
        ASSAY_VERIFY_OK(restarted.analyzeLocally(kRiskyText));
    }

    void forceLlmWithoutProviderIs503()
    {
        QCOMPARE(str(m_service->providerStatus(), "provider"), QStringLiteral("none"));
        QVERIFY(!m_service->providerStatus().at("configured").get<bool>());
        const Error e = scanError({kRiskyText, {}, {}, true});
        QCOMPARE(e.kind, Error::Kind::Unavailable);
        QCOMPARE(Error::httpStatus(e.kind), 503);
        QCOMPARE(e.code, QStringLiteral("AI_SERVICE_UNAVAILABLE"));
        QVERIFY(e.message.contains(QStringLiteral("no AI provider is configured")));
    }

    void aiServiceAnswers()
    {
        FakeHttpPeer peer;
        peer.body = R"({"data":[{"risk":"Price increases of up to 15% per year","category":"Financial",
                        "context":"The Supplier may increase prices by up to 15% per year.","confidence":0.93},
                       {"risk":"Untested payment integration","category":"Security","context":"Integration...",
                        "confidence":80}],"source":"llm"})";
        configure(QStringLiteral("ai_service"), peer.url());
        QVERIFY(m_service->providerStatus().at("configured").get<bool>());
        m_service->setApiKeyProvider([] { return QStringLiteral("sk-test-123"); });
        auto r = m_service->scan(QStringLiteral("alice"), {kRiskyText, {}, {}, true});
        ASSAY_VERIFY_OK(r);
        QCOMPARE(str(*r, "source"), QStringLiteral("llm"));
        QCOMPARE(int(r->at("data").size()), 2);
        QCOMPARE(str(r->at("data")[0], "risk"), QStringLiteral("Price increases of up to 15% per year"));
        QCOMPARE(str(r->at("data")[1], "category"), QStringLiteral("Technical")); // "Security" synonym
        QCOMPARE(r->at("data")[1].at("confidence").get<double>(), 0.8);
        QCOMPARE(peer.requests.size(), 1);
        const auto& req = peer.requests[0];
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/scan"));
        QVERIFY(req.headers.contains("content-type: multipart/form-data"));
        QVERIFY(req.headers.contains("authorization: bearer sk-test-123"));
        QVERIFY(req.body.contains("name=\"text\""));
        QVERIFY(req.body.contains("name=\"force_llm\""));
        QVERIFY(req.body.contains(kRiskyText.toUtf8()));
        // Stored like any scan.
        ASSAY_VERIFY_OK(m_service->get(QStringLiteral("alice"), false, str(*r, "scan_id")));

        // An uploaded document is forwarded as the `file` part.
        peer.body = R"({"data":[{"risk":"Odd","category":"Weather","context":"x"}],"source":"llm"})";
        auto file
            = m_service->scan(QStringLiteral("alice"), {{}, QStringLiteral("plan.md"), "# Plan\n\nCosts rise.", true});
        ASSAY_VERIFY_OK(file);
        QCOMPARE(str(file->at("data")[0], "category"), QStringLiteral("Other")); // unknown → Other
        QVERIFY(file->at("data")[0].at("confidence").is_null());
        QVERIFY(peer.requests[1].body.contains("name=\"file\"; filename=\"plan.md\""));
        QVERIFY(peer.requests[1].body.contains("# Plan"));

        // force_llm=false: the local model answers even with a provider configured.
        auto local = m_service->scan(QStringLiteral("alice"), {kRiskyText, {}, {}, false});
        QCOMPARE(str(*local, "source"), QStringLiteral("model"));
        QCOMPARE(peer.requests.size(), 2);
    }

    // The API and the GUI call the service from worker threads: the provider call waits in its
    // own event loop there while this thread keeps serving the fake peer.
    void llmScanOnWorkerThread()
    {
        FakeHttpPeer peer;
        peer.body = R"({"data":[{"risk":"Late delivery","category":"Schedule","context":"c","confidence":0.5}],
                        "source":"llm"})";
        configure(QStringLiteral("ai_service"), peer.url());
        QFuture<Result<Json>> f = QtConcurrent::run([this] {
            return m_service->scan(QStringLiteral("alice"), {kRiskyText, {}, {}, true});
        });
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 20000);
        const Result<Json> r = f.result();
        ASSAY_VERIFY_OK(r);
        QCOMPARE(str(*r, "source"), QStringLiteral("llm"));
        ASSAY_VERIFY_OK(m_service->get(QStringLiteral("alice"), false, str(*r, "scan_id")));
    }

    void openAiCompatibleAnswers()
    {
        FakeHttpPeer peer;
        const Json content = {{"data",
            {{{"risk", "go-live date likely to slip"}, {"category", "schedule"},
                {"context", "the go-live date is likely to slip by six weeks."}, {"confidence", 0.7}}}}};
        const Json reply = {{"id", "chatcmpl-1"}, {"object", "chat.completion"},
            {"choices",
                {{{"index", 0},
                    {"message", {{"role", "assistant"}, {"content", "```json\n" + content.dump() + "\n```"}}},
                    {"finish_reason", "stop"}}}}};
        peer.body = QByteArray::fromStdString(reply.dump());
        configure(QStringLiteral("openai"), peer.url() + QStringLiteral("/v1"));
        ASSAY_VERIFY_OK(m_settings->set(QStringLiteral("ai_api_key"), "sk-local"));
        auto r = m_service->scan(QStringLiteral("alice"), {kRiskyText, {}, {}, true});
        ASSAY_VERIFY_OK(r);
        QCOMPARE(str(*r, "source"), QStringLiteral("llm"));
        QCOMPARE(int(r->at("data").size()), 1);
        QCOMPARE(str(r->at("data")[0], "category"), QStringLiteral("Schedule"));
        QCOMPARE(peer.requests.size(), 1);
        QCOMPARE(peer.requests[0].path, QByteArray("/v1/chat/completions"));
        QVERIFY(peer.requests[0].headers.contains("authorization: bearer sk-local"));
        const auto body = json::parse(peer.requests[0].body);
        QVERIFY(body.has_value());
        QCOMPARE(str(*body, "model"), QStringLiteral("test-model"));
        QCOMPARE(body->at("messages").size(), size_t(2));
        QCOMPARE(str(body->at("messages")[1], "content"), kRiskyText);
        // The secret is never echoed by the settings.
        QVERIFY(m_settings->all().dump().find("sk-local") == std::string::npos);
    }

    void peerTimeoutIs503_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("ai_service") << QStringLiteral("ai_service");
        QTest::newRow("openai") << QStringLiteral("openai");
    }

    void peerTimeoutIs503()
    {
        QFETCH(QString, provider);
        FakeHttpPeer peer;
        peer.respond = false;
        configure(provider, peer.url(), 1);
        const Error e = scanError({kRiskyText, {}, {}, true});
        QCOMPARE(e.kind, Error::Kind::Unavailable);
        QCOMPARE(e.code, QStringLiteral("AI_SERVICE_UNAVAILABLE"));
        QVERIFY2(e.message.contains(QStringLiteral("1 seconds")), qPrintable(e.message));
        QCOMPARE(peer.requests.size(), 1);
    }

    void unreachablePeerIs503()
    {
        quint16 port = 0;
        {
            FakeHttpPeer closed; // take a free port, then close it
            port = quint16(QUrl(closed.url()).port());
        }
        configure(QStringLiteral("ai_service"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        const Error e = scanError({kRiskyText, {}, {}, true});
        QCOMPARE(e.kind, Error::Kind::Unavailable);
        QCOMPARE(e.code, QStringLiteral("AI_SERVICE_UNAVAILABLE"));
    }

    void peerErrorIs502_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("ai_service 500") << QStringLiteral("ai_service") << 500
                                        << QByteArray(R"({"detail":"model crashed"})")
                                        << QStringLiteral("model crashed");
        QTest::newRow("openai 500") << QStringLiteral("openai") << 500
                                    << QByteArray(R"({"error":{"message":"model overloaded","type":"server_error"}})")
                                    << QStringLiteral("model overloaded");
        QTest::newRow("ai_service malformed") << QStringLiteral("ai_service") << 200 << QByteArray("<html>oops</html>")
                                              << QStringLiteral("{data, source}");
        QTest::newRow("ai_service bad item")
            << QStringLiteral("ai_service") << 200 << QByteArray(R"({"data":[{"category":"Legal"}],"source":"llm"})")
            << QStringLiteral("item 1 has no `risk`");
        QTest::newRow("openai malformed") << QStringLiteral("openai") << 200 << QByteArray("{\"choices\": [")
                                          << QStringLiteral("not answer with valid JSON");
        QTest::newRow("openai prose") << QStringLiteral("openai") << 200
                                      << QByteArray(R"({"choices":[{"message":{"role":"assistant",)"
                                                    R"("content":"The main risks are delays."}}]})")
                                      << QStringLiteral("not answer with valid JSON");
    }

    void peerErrorIs502()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        FakeHttpPeer peer;
        peer.status = status;
        peer.body = body;
        configure(provider, peer.url());
        const Error e = scanError({kRiskyText, {}, {}, true});
        QCOMPARE(e.kind, Error::Kind::BadGateway);
        QCOMPARE(Error::httpStatus(e.kind), 502);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        // Nothing is stored for a failed scan.
        QCOMPARE(
            m_service->list(QStringLiteral("alice"), false, 1, 20)->at("pagination").at("total_items").get<int>(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScanService)
#include "TestScanService.moc"
