// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of every page of the desktop app on a populated data directory, for
// docs/screenshots and the README. Everything shown is made here and processed for real: a
// git repository with a few licenses, a planted fake credential and lockfiles is audited, a
// project report is risk-scanned and a month of AI-assistant sessions is imported.
//
//   QT_QPA_PLATFORM=offscreen assay-screenshots [output-dir]   (see scripts/screenshots)

#include "GitFixture.h"
#include "api/EmbeddedServer.h"
#include "audit/deps/VulnDb.h"
#include "audit/jobs/AuditService.h"
#include "auth/AuthServices.h"
#include "metrics/MetricsService.h"
#include "services/Services.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/WelcomeDialog.h"
#include "ui/models/PagedJsonModel.h"
#include "ui/pages/AuditDetailView.h"
#include "ui/pages/AuditsPage.h"
#include "ui/pages/RiskScansPage.h"
#include "ui/pages/SettingsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace assay;

namespace {

const char* const kProjectReport = R"(Project Falcon - status report, week 14

The payment provider has not yet signed the data processing agreement; without it we cannot go live in the EU, and the legal review may take another six weeks.
Two of the four backend developers leave at the end of the month and their replacements are not hired yet, so the migration milestone is likely to slip.
The fixed-price contract caps our budget at 480,000 EUR, but change requests already add 65,000 EUR that the customer has not approved.
Load tests show the order service failing above 300 requests per second, while the launch campaign expects peaks of 900.
The hosting vendor announced it will end support for the current database version in June, which forces an unplanned upgrade.
Security scanning found an outdated TLS library in the mobile app; a fix is planned but not scheduled.
The customer asked for an accessibility audit before acceptance, which is not in the plan.
)";

QByteArray randomToken(int length, const QByteArray& alphabet)
{
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out += alphabet.at(int(QRandomGenerator::global()->bounded(alphabet.size())));
    return out;
}

QByteArray lines(const QStringList& l)
{
    return l.join(QLatin1Char('\n')).toUtf8() + '\n';
}

// A small web shop: its own MIT code, a vendored GPL parser, an Apache-licensed helper, an
// LGPL script, a fake AWS key in a settings file, and npm and pip lockfiles.
void makeRepository(const QString& path)
{
    GitFixture git(path);
    git.write(QStringLiteral("LICENSE"),
        "MIT License\n\nCopyright (c) 2024 Acme GmbH\n\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy\n"
        "of this software and associated documentation files (the \"Software\"), to deal\n"
        "in the Software without restriction, including without limitation the rights\n"
        "to use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n"
        "copies of the Software, and to permit persons to whom the Software is\n"
        "furnished to do so, subject to the following conditions:\n\n"
        "The above copyright notice and this permission notice shall be included in all\n"
        "copies or substantial portions of the Software.\n\n"
        "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n"
        "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n"
        "FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\n"
        "AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n"
        "LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\n"
        "OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\n"
        "SOFTWARE.\n");
    git.write(QStringLiteral("README.md"), "# Acme web shop\n\nOrders, carts and payments for the Acme store.\n");
    QStringList cart {QStringLiteral("// SPDX-License-Identifier: MIT"),
        QStringLiteral("// Copyright (c) 2024 Acme GmbH"), QString(), QStringLiteral("#include \"cart.h\""), QString(),
        QStringLiteral("namespace shop {"), QString()};
    for (int i = 0; i < 40; ++i)
        cart
            << QStringLiteral("int Cart::line%1(int quantity) const { return quantity * price(%1) + tax(%1); }").arg(i);
    cart << QStringLiteral("} // namespace shop");
    git.write(QStringLiteral("src/cart.cpp"), lines(cart));
    git.write(QStringLiteral("src/cart.h"),
        lines({QStringLiteral("// SPDX-License-Identifier: MIT"), QStringLiteral("#pragma once"),
            QStringLiteral("namespace shop {"), QStringLiteral("class Cart {"), QStringLiteral("public:"),
            QStringLiteral("    int price(int item) const;"), QStringLiteral("    int tax(int item) const;"),
            QStringLiteral("};"), QStringLiteral("} // namespace shop")}));
    git.commit(QStringLiteral("Cart"), QStringLiteral("Anna Berger"), QStringLiteral("anna@acme.example"),
        QStringLiteral("2024-03-04T09:12:00Z"));

    QStringList parser {QStringLiteral("/* minijson - a tiny JSON parser"),
        QStringLiteral(" * Copyright (C) 2019 Parser Works Ltd."), QStringLiteral(" *"),
        QStringLiteral(" * SPDX-License-Identifier: GPL-2.0-only"), QStringLiteral(" */"), QString(),
        QStringLiteral("#include <stddef.h>"), QString()};
    for (int i = 0; i < 60; ++i)
        parser
            << QStringLiteral("static int mj_token_%1(const char *s, size_t n) { return n > %1 ? s[%1] : -1; }").arg(i);
    git.write(QStringLiteral("vendor/minijson/minijson.c"), lines(parser));
    QStringList helper {QStringLiteral("# SPDX-License-Identifier: Apache-2.0"),
        QStringLiteral("# Copyright 2021 Cloud Tools Inc."), QString()};
    for (int i = 0; i < 25; ++i)
        helper << QStringLiteral("def retry_%1(call):\n    return call() or call()\n").arg(i);
    git.write(QStringLiteral("tools/retry.py"), lines(helper));
    git.write(QStringLiteral("web/static/slider.js"),
        lines({QStringLiteral("/*! slider.js | SPDX-License-Identifier: LGPL-2.1-or-later */"),
            QStringLiteral("export function slide(el, by) { el.scrollLeft += by; }")}));
    git.commit(QStringLiteral("Vendor the JSON parser and helpers"), QStringLiteral("Chris Contractor"),
        QStringLiteral("chris.dev@gmail.com"), QStringLiteral("2024-05-17T15:40:00Z"));

    // A fake credential of a well-known shape, made at run time (never a real key).
    git.write(QStringLiteral("config/settings.py"),
        "DEBUG = False\nAWS_REGION = \"eu-central-1\"\nAWS_ACCESS_KEY_ID = \"AKIA"
            + randomToken(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "\"\n");
    git.write(QStringLiteral("package.json"),
        R"({"name": "acme-webshop", "version": "1.4.0", "dependencies": {"lodash": "4.17.15", "express": "4.18.2"}})");
    const Json lock = {{"name", "acme-webshop"}, {"version", "1.4.0"}, {"lockfileVersion", 3}, {"requires", true},
        {"packages",
            {{"",
                 {{"name", "acme-webshop"}, {"version", "1.4.0"},
                     {"dependencies", {{"lodash", "4.17.15"}, {"express", "4.18.2"}}}}},
                {"node_modules/lodash",
                    {{"version", "4.17.15"}, {"resolved", "https://registry.npmjs.org/lodash/-/lodash-4.17.15.tgz"},
                        {"license", "MIT"}}},
                {"node_modules/express",
                    {{"version", "4.18.2"}, {"resolved", "https://registry.npmjs.org/express/-/express-4.18.2.tgz"},
                        {"license", "MIT"}}}}}};
    git.write(QStringLiteral("package-lock.json"), QByteArray::fromStdString(lock.dump(2)));
    git.write(QStringLiteral("requirements.txt"), "django==3.2.4\nrequests==2.31.0\n");
    git.commit(QStringLiteral("Settings and dependencies"), QStringLiteral("Anna Berger"),
        QStringLiteral("anna@acme.example"), QStringLiteral("2024-06-02T11:05:00Z"));
}

// Two advisories for the lockfiles above, in OSV format (made up for the screenshots).
QByteArray advisories()
{
    const Json list = Json::array(
        {{{"schema_version", "1.6.0"}, {"id", "GHSA-demo-lodash-0001"}, {"modified", "2024-01-01T00:00:00Z"},
             {"summary", "Command injection in template (demo advisory)"}, {"aliases", {"CVE-2021-23337"}},
             {"severity", {{{"type", "CVSS_V3"}, {"score", "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H"}}}},
             {"affected",
                 {{{"package", {{"ecosystem", "npm"}, {"name", "lodash"}}},
                     {"ranges",
                         {{{"type", "ECOSYSTEM"}, {"events", {{{"introduced", "0"}}, {{"fixed", "4.17.21"}}}}}}}}}}},
            {{"schema_version", "1.6.0"}, {"id", "PYSEC-demo-django-0001"}, {"modified", "2024-01-01T00:00:00Z"},
                {"summary", "SQL injection in QuerySet.order_by (demo advisory)"}, {"aliases", {"CVE-2021-35042"}},
                {"database_specific", {{"severity", "HIGH"}}},
                {"affected",
                    {{{"package", {{"ecosystem", "PyPI"}, {"name", "django"}}},
                        {"ranges",
                            {{{"type", "ECOSYSTEM"},
                                {"events", {{{"introduced", "3.2"}}, {{"fixed", "3.2.5"}}}}}}}}}}}});
    return QByteArray::fromStdString(list.dump());
}

// Thirty days of AI-assistant sessions by four developers, ending today.
QByteArray sessions()
{
    QByteArray log;
    const QDate today = QDate::currentDate();
    int id = 0;
    for (int d = 29; d >= 0; --d) {
        const int count = 2 + (d * 7) % 5;
        for (int i = 0; i < count; ++i) {
            const QString model = i % 3 == 0 ? QStringLiteral("gpt-4o") : QStringLiteral("gpt-4o-mini");
            const int tokens = 1800 + 450 * ((d + i) % 7);
            log += QStringLiteral(
                       R"({"timestamp":"%1T%2:15:00Z","model":"%3","developer_id":"dev%4@acme.example","session_id":"s-%5","status_code":%6,"latency_ms":%7,"usage":{"input_tokens":%8,"output_tokens":%9},"accepted":%10,"accepted_lines":%11})")
                       .arg(today.addDays(-d).toString(Qt::ISODate))
                       .arg(8 + i, 2, 10, QLatin1Char('0'))
                       .arg(model)
                       .arg(i % 4)
                       .arg(++id)
                       .arg((d + i) % 17 == 0 ? 500 : 200)
                       .arg(900 + 120 * ((d * 3 + i) % 9))
                       .arg(tokens * 2 / 3)
                       .arg(tokens / 3)
                       .arg((d + i) % 3 ? QStringLiteral("true") : QStringLiteral("false"))
                       .arg(4 + (d + i) % 20)
                       .toUtf8()
                + '\n';
        }
    }
    return log;
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(100);
    }
    return true;
}

} // namespace

class Screenshots : public QObject
{
    Q_OBJECT
public:
    explicit Screenshots(QString out)
        : m_out(std::move(out))
    { }

private:
    void save(QWidget* w, const QString& name)
    {
        QTest::qWait(150);
        const QImage image = w->grab().toImage().convertToFormat(QImage::Format_RGB888);
        const QString path = QDir(m_out).filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(path, "PNG", 9), qPrintable(path));
        std::printf("%s (%lld KB)\n", qPrintable(path), QFileInfo(path).size() / 1024);
    }

    QString m_out;
    QTemporaryDir m_tmp;

private slots:
    void pages()
    {
        QVERIFY(m_tmp.isValid());
        QDir().mkpath(m_out);
        const QString repo = m_tmp.filePath(QStringLiteral("acme-webshop"));
        makeRepository(repo);

        Services::Options options;
        options.auth.keyBackend = auth::KeyStore::Backend::FileOnly;
        auto opened = Services::open(m_tmp.filePath(QStringLiteral("data")), options);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        Services& services = **opened;
        QVERIFY(services
                    .updateSettings({{"org_domains", {"acme.example"}}, {"org_names", {"Acme GmbH"}},
                        {"report_client", "Acme GmbH"}})
                    .ok());
        QVERIFY(audit::deps::VulnDb(services.database()).importData(advisories(), QStringLiteral("demo.json")).ok());
        QVERIFY(services.metrics().importSessions(Actor::localAdmin(), sessions(), metrics::ImportFormat::Auto).ok());
        services.startJobs();

        api::EmbeddedServer server(services);
        ui::MainWindow window(services, server);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startServer(QHostAddress::LocalHost, 0);

        // The welcome, as a first start shows it.
        {
            ui::WelcomeDialog welcome(&window);
            welcome.show();
            QVERIFY(QTest::qWaitForWindowExposed(&welcome));
            save(&welcome, QStringLiteral("welcome"));
        }

        // A real audit of the repository.
        audit::AuditSubmission submission;
        submission.repository = repo;
        submission.interactive = true;
        auto submitted = services.audits().submit(Actor::localAdmin(), submission);
        QVERIFY2(submitted, submitted ? "" : qPrintable(submitted.error().message));
        const QString auditId = json::qstr(submitted->value("id", std::string()));
        QVERIFY(waitFor(
            [&] {
                auto row = services.audits().get(Actor::localAdmin(), auditId);
                return row && (*row)["status"] != "queued" && (*row)["status"] != "running";
            },
            120000));
        QCOMPARE(json::qstr(services.audits().get(Actor::localAdmin(), auditId)->value("status", std::string())),
            QStringLiteral("completed"));

        // A risk scan of a project report, through the page as a user runs it.
        window.showPage(2);
        auto* scans = window.findChild<ui::RiskScansPage*>();
        auto* text = scans->findChild<QPlainTextEdit*>(QStringLiteral("scanText"));
        QVERIFY(waitFor([&] { return !scans->isBusy(); }, 60000)); // the risk model loads first
        text->setPlainText(QString::fromUtf8(kProjectReport));
        scans->findChild<QPushButton*>(QStringLiteral("scanButton"))->click();
        QVERIFY(scans->isBusy());
        QVERIFY(waitFor([&] { return !scans->currentScanId().isEmpty() && !scans->isBusy(); }, 60000));

        window.showPage(0);
        QTest::qWait(500);
        save(&window, QStringLiteral("dashboard"));
        window.showPage(1);
        auto* audits = window.findChild<ui::AuditsPage*>();
        audits->refresh();
        save(&window, QStringLiteral("audits"));

        audits->openAudit(auditId);
        ui::AuditDetailView* detail = audits->detail();
        const char* tabs[]
            = {"audit-summary", "audit-files", "audit-findings", "audit-dependencies", "audit-contributors"};
        for (int i = 0; i < detail->tabs()->count() && i < 5; ++i) {
            detail->tabs()->setCurrentIndex(i);
            if (i == 1) {
                // The vendored GPL file: its license lines highlighted in the viewer.
                QTableView* files = detail->tabs()->widget(1)->findChild<QTableView*>();
                for (int r = 0; r < detail->filesModel()->rowCount(); ++r)
                    if (detail->filesModel()->rowAt(r).value("path", std::string()) == "vendor/minijson/minijson.c")
                        files->selectRow(r);
            }
            save(&window, QString::fromLatin1(tabs[i]));
        }

        window.showPage(2);
        save(&window, QStringLiteral("risk-scans"));
        window.showPage(3);
        save(&window, QStringLiteral("metrics"));
        window.showPage(4);
        save(&window, QStringLiteral("sharing"));
        window.showPage(5);
        save(&window, QStringLiteral("api-tokens"));
        window.showPage(7);
        save(&window, QStringLiteral("settings"));

        // Dark mode.
        auto* theme = window.settingsPage()->findChild<QComboBox*>(QStringLiteral("theme"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        window.showPage(0);
        save(&window, QStringLiteral("dashboard-dark"));
        window.showPage(1);
        detail->tabs()->setCurrentIndex(2);
        save(&window, QStringLiteral("audit-findings-dark"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("system")));
        window.close();
        services.shutdown();
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (out.isEmpty())
        out = qEnvironmentVariable("ASSAY_SOURCE_DIR", QStringLiteral(".")) + QStringLiteral("/docs/screenshots");
    Screenshots shots(out);
    char* args[] = {argv[0]};
    return QTest::qExec(&shots, 1, args);
}

#include "Screenshots.moc"
