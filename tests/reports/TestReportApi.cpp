// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestBase.h"
#include "audit/jobs/AuditService.h"
#include "core/Json.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace assay;

// GET /api/v1/audits/{id}/report?format=… over the real server: every format with its
// Content-Type and attachment file name, 400 for an unknown format, and the policy of API audits
// (the submission's pack, the default_policy setting, an invalid inline policy that fails the
// gate instead of passing silently).
class TestReportApi : public QObject
{
    Q_OBJECT
    ApiFixture f;
    QString m_repo;
    QByteArray m_token;

    QString submit(const Json& body)
    {
        auto r = f.send("POST", QStringLiteral("/api/v1/audits"), json::dump(body));
        if (r.status != 201 && r.status != 202 && r.status != 200) {
            qWarning("submit: %d %s", r.status, r.body.constData());
            return {};
        }
        const QString id = json::qstr(r.json()["id"].get<std::string>());
        auto done = f.services->audits().waitFor(id, 60000);
        if (!done || json::getString(*done, "status") != QLatin1String("completed")) {
            qWarning("audit %s did not complete", qPrintable(id));
            return {};
        }
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        f.services->startJobs();
        m_repo = f.dir.filePath(QStringLiteral("billing-service"));
        QVERIFY(QDir().mkpath(m_repo + QStringLiteral("/src")));
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        m_token = "ghp_";
        for (int i = 0; i < 36; ++i)
            m_token += alphabet[QRandomGenerator::global()->bounded(62)];
        QFile a(m_repo + QStringLiteral("/src/client.py"));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("API_TOKEN = \"" + m_token + "\"\n\n\ndef call():\n    return API_TOKEN\n");
    }

    void everyFormat()
    {
        const QString id = submit({{"repository", json::str(m_repo)}, {"policy", "ci-default"}});
        QVERIFY(!id.isEmpty());
        const QString date = QDate::currentDate().toString(Qt::ISODate);
        const QList<std::tuple<QString, QByteArray, QString>> formats {
            {QStringLiteral("json"), "application/json", QStringLiteral("json")},
            {QStringLiteral("html"), "text/html; charset=utf-8", QStringLiteral("html")},
            {QStringLiteral("pdf"), "application/pdf", QStringLiteral("pdf")},
            {QStringLiteral("csv"), "text/csv; charset=utf-8", QStringLiteral("csv")},
            {QStringLiteral("md"), "text/markdown; charset=utf-8", QStringLiteral("md")},
            {QStringLiteral("sarif"), "application/sarif+json", QStringLiteral("sarif")},
            {QStringLiteral("cyclonedx"), "application/vnd.cyclonedx+json", QStringLiteral("cdx.json")},
            {QStringLiteral("spdx"), "application/spdx+json", QStringLiteral("spdx.json")}};
        for (const auto& [format, type, ext] : formats) {
            auto r = f.send("GET", QStringLiteral("/api/v1/audits/%1/report?format=%2").arg(id, format));
            QVERIFY2(r.status == 200, qPrintable(format + QStringLiteral(": ") + QString::fromUtf8(r.body.left(300))));
            QCOMPARE(r.headers.value("content-type"), type);
            // The date is the audit's finish date, which is today unless the test straddles midnight.
            const QByteArray disposition = r.headers.value("content-disposition");
            QVERIFY2(disposition.startsWith("attachment; filename=\"audit-billing-service-")
                    && disposition.endsWith("." + ext.toLatin1() + "\""),
                disposition.constData());
            QVERIFY(disposition.contains(date.toLatin1())
                || disposition.contains(QDate::currentDate().addDays(-1).toString(Qt::ISODate).toLatin1()));
            QVERIFY2(!r.body.contains(m_token) && !r.body.contains(m_token.mid(4, 16)), qPrintable(format));
            if (format == QLatin1String("pdf"))
                QVERIFY(r.body.startsWith("%PDF-"));
            if (format == QLatin1String("json")) {
                QCOMPARE(r.json()["policy"]["name"].get<std::string>(), std::string("ci-default"));
                QCOMPARE(r.json()["policy"]["passed"].get<bool>(), false);
            }
        }
        auto bad = f.send("GET", QStringLiteral("/api/v1/audits/%1/report?format=docx").arg(id));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json()["error"]["message"].get<std::string>().find("docx") != std::string::npos);
        QCOMPARE(f.send("GET", QStringLiteral("/api/v1/audits/%1/report").arg(id)).headers.value("content-type"),
            QByteArray("application/json"));
    }

    void defaultAndInvalidPolicies()
    {
        QVERIFY(f.services->settings().set(QStringLiteral("default_policy"), "oss-release").ok());
        QString id = submit({{"repository", json::str(m_repo)}});
        QVERIFY(!id.isEmpty());
        auto doc = f.send("GET", QStringLiteral("/api/v1/audits/%1/report?format=json").arg(id)).json();
        QCOMPARE(doc["policy"]["name"].get<std::string>(), std::string("oss-release"));
        QVERIFY(f.services->settings().set(QStringLiteral("default_policy"), "").ok());

        id = submit({{"repository", json::str(m_repo)},
            {"policy",
                {{"name", "inline"},
                    {"policies",
                        Json::array({{{"id", "x"}, {"action", "halt"}, {"when", {{"ip_class", "background"}}}}})}}}});
        QVERIFY(!id.isEmpty());
        doc = f.send("GET", QStringLiteral("/api/v1/audits/%1/report?format=json").arg(id)).json();
        QCOMPARE(doc["policy"]["passed"].get<bool>(), false);
        QCOMPARE(doc["policy"]["violations"][0]["policy_id"].get<std::string>(), std::string("invalid-policy"));
        QVERIFY(doc["policy"]["violations"][0]["message"].get<std::string>().find("policies[0].action")
            != std::string::npos);

        id = submit({{"repository", json::str(m_repo)}});
        QVERIFY(!id.isEmpty());
        doc = f.send("GET", QStringLiteral("/api/v1/audits/%1/report?format=json").arg(id)).json();
        QVERIFY(doc["policy"].is_null()); // no policy asked for, none by default
    }
};

QTEST_MAIN(TestReportApi)
#include "TestReportApi.moc"
