// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EmbeddedServer.h"
#include "audit/jobs/AuditService.h"
#include "services/Services.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/NewAuditDialog.h"
#include "ui/models/PagedJsonModel.h"
#include "ui/pages/AuditDetailView.h"
#include "ui/pages/AuditsPage.h"

#include "GitFixture.h"
#include "TestUtil.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstring>
#include <random>

using namespace assay;

// The audit flow as a user drives it, offscreen: Ctrl+N, fill the New audit dialog, watch the
// audit complete in the table (live, from the event bus), open it, read every tab, triage
// two findings and see the triage survive reopening.
class TestAuditsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_repo;

    static QByteArray randomToken(
        int n, const char* alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    {
        std::mt19937 rng(std::random_device {}());
        const size_t size = std::strlen(alphabet);
        QByteArray out;
        for (int i = 0; i < n; ++i)
            out += alphabet[rng() % size];
        return out;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("AssayTestAudits"));
        m_repo = m_dir.filePath(QStringLiteral("project"));
        GitFixture git(m_repo);
        git.write(QStringLiteral("LICENSE"), "MIT License\n\nCopyright (c) 2025 Example\n");
        git.write(QStringLiteral("src/app.py"), "# SPDX-License-Identifier: MIT\nprint('hello')\n");
        // Two fake credentials of well-known shapes, made at run time.
        git.write(QStringLiteral("config/settings.py"),
            "AWS_ACCESS_KEY_ID = \"AKIA" + randomToken(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
                + "\"\n"
                  "GITHUB_TOKEN = \"ghp_"
                + randomToken(36) + "\"\n");
        git.commit(QStringLiteral("init"), QStringLiteral("Dev"), QStringLiteral("dev@example.com"),
            QStringLiteral("2025-01-01T00:00:00Z"));
    }

    void newAuditToTriage()
    {
        auto services = Services::open(m_dir.filePath(QStringLiteral("data")));
        ASSAY_VERIFY_OK(services);
        (*services)->startJobs();
        api::EmbeddedServer server(**services);
        ui::MainWindow window(**services, server);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = window.findChild<ui::AuditsPage*>();
        QVERIFY(page);
        QCOMPARE(page->model()->rowCount(), 0);

        // Ctrl+N opens the dialog; fill it and start.
        bool dialogSeen = false;
        QTimer::singleShot(200, this, [&] {
            auto* dialog = qobject_cast<ui::NewAuditDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            dialog->setSource(m_repo);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(dialogSeen);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowAt(0).value("status", std::string()) == "completed", 30000);

        // Open it (double-click on the row): every tab has content.
        QVERIFY(page->isVisible());
        QTest::qWait(300); // let the last live reload settle
        const QRect cell = page->table()->visualRect(page->model()->index(0, 0));
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(page->table()->viewport(), Qt::LeftButton, {}, cell.center());
        ui::AuditDetailView* detail = page->detail();
        QTRY_VERIFY(detail->isVisible());
        QCOMPARE(detail->tabs()->count(), 5);
        QCOMPARE(detail->filesModel()->rowCount(), 3);
        QVERIFY2(detail->findingsModel()->rowCount() >= 2, "the two planted credentials are findings");
        QCOMPARE(detail->contributorsTable()->rowCount(), 1);
        QCOMPARE(detail->contributorsTable()->item(0, 1)->text(), QStringLiteral("dev@example.com"));
        bool secretsRedacted = true;
        for (int r = 0; r < detail->findingsModel()->rowCount(); ++r) {
            const auto& f = detail->findingsModel()->rowAt(r);
            if (f.value("type", std::string()) == "secret")
                secretsRedacted
                    = secretsRedacted && QString::fromStdString(f.value("evidence", std::string())).size() <= 5;
        }
        QVERIFY(secretsRedacted);

        // The Files tab previews the selected file from the audited folder.
        detail->tabs()->setCurrentIndex(1);
        QAbstractItemView* filesView = nullptr;
        for (auto* v : detail->findChildren<QAbstractItemView*>())
            if (v->model() == detail->filesModel())
                filesView = v;
        QVERIFY(filesView);
        filesView->setCurrentIndex(detail->filesModel()->index(0, 0));
        auto* viewer = detail->findChild<QPlainTextEdit*>();
        QVERIFY(viewer);
        const QString path = QString::fromStdString(detail->filesModel()->rowAt(0).value("path", std::string()));
        QFile original(QDir(m_repo).filePath(path));
        QVERIFY2(original.open(QIODevice::ReadOnly), qPrintable(path));
        const QString expected = QString::fromUtf8(original.readAll());
        QVERIFY(!expected.isEmpty());
        QTRY_COMPARE(viewer->toPlainText(), expected);

        // Triage the first two findings; reopen; the status stays.
        detail->tabs()->setCurrentIndex(2);
        auto* view = detail->findingsView();
        view->selectionModel()->select(
            QItemSelection(detail->findingsModel()->index(0, 0), detail->findingsModel()->index(1, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const std::string first = detail->findingsModel()->rowAt(0).value("id", std::string());
        const std::string second = detail->findingsModel()->rowAt(1).value("id", std::string());
        detail->triageSelected(QStringLiteral("false_positive"), QStringLiteral("test credentials"));
        detail->load(detail->auditId());
        int falsePositives = 0;
        for (int r = 0; r < detail->findingsModel()->rowCount(); ++r) {
            const auto& f = detail->findingsModel()->rowAt(r);
            if (f.value("id", std::string()) == first || f.value("id", std::string()) == second) {
                QCOMPARE(f.value("status", std::string()), std::string("false_positive"));
                QCOMPARE(f.value("note", std::string()), std::string("test credentials"));
                ++falsePositives;
            }
        }
        QCOMPARE(falsePositives, 2);
        window.close();
        (*services)->shutdown();
    }

    void millionFindingsOpenFast()
    {
        // A million findings stored for one audit; the model loads a page and scrolls lazily.
        auto services = Services::open(m_dir.filePath(QStringLiteral("big")));
        ASSAY_VERIFY_OK(services);
        Database& db = (*services)->database();
        const QString id = QStringLiteral("bigaudit");
        ASSAY_VERIFY_OK(execSql(db.connection(),
            QStringLiteral("INSERT INTO audits(id, owner_id, source, status, created_at, summary) "
                           "VALUES(?, 'local', '/big', 'completed', '2025-01-01T00:00:00Z', '{}')"),
            {id}));
        QElapsedTimer t;
        t.start();
        ASSAY_VERIFY_OK(db.transaction([&](QSqlDatabase& conn) -> Status {
            QSqlQuery q(conn);
            q.prepare(QStringLiteral(
                "INSERT INTO findings(id, audit_id, type, severity, severity_rank, rule_id, title, file, "
                "line, evidence, fingerprint, created_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"));
            static const char* severities[] = {"info", "low", "medium", "high", "critical"};
            for (int i = 0; i < 1000000; ++i) {
                const int s = i % 5;
                q.bindValue(0, QStringLiteral("f%1").arg(i));
                q.bindValue(1, id);
                q.bindValue(2, QStringLiteral("license"));
                q.bindValue(3, QLatin1String(severities[s]));
                q.bindValue(4, s);
                q.bindValue(5, QStringLiteral("rule"));
                q.bindValue(6, QStringLiteral("Finding %1").arg(i));
                q.bindValue(7, QStringLiteral("src/file%1.c").arg(i % 5000));
                q.bindValue(8, i % 300 + 1);
                q.bindValue(9, QStringLiteral(""));
                q.bindValue(10, QStringLiteral("fp%1").arg(i));
                q.bindValue(11, QStringLiteral("2025-01-01T00:00:00Z"));
                if (!q.exec())
                    return Error::internal(QStringLiteral("insert failed"));
            }
            return {};
        }));
        qInfo() << "inserted 1,000,000 findings in" << t.elapsed() << "ms";
        ui::AuditDetailView detail(**services);
        detail.resize(1100, 700);
        detail.show();
        t.restart();
        detail.load(id);
        detail.tabs()->setCurrentIndex(2);
        QApplication::processEvents();
        qInfo() << "opened the findings of a 1,000,000-finding audit in" << t.elapsed() << "ms";
        QCOMPARE(detail.findingsModel()->totalRows(), 1000000);
        QVERIFY(detail.findingsModel()->rowCount() < 1000);
        t.restart();
        for (int i = 0; i < 20; ++i) {
            detail.findingsView()->scrollToBottom();
            QApplication::processEvents();
        }
        qInfo() << "20 scrolls to the bottom (lazy fetches) took" << t.elapsed()
                << "ms; rows loaded:" << detail.findingsModel()->rowCount();
        QVERIFY(detail.findingsModel()->rowCount() > 200);
        t.restart();
        detail.findingsView()->sortByColumn(3, Qt::AscendingOrder); // sorted by SQL, not in memory
        QApplication::processEvents();
        qInfo() << "re-sorting by file took" << t.elapsed() << "ms";
        // Re-sorted from the first row by SQL: file order ascending.
        const auto& a = detail.findingsModel()->rowAt(0);
        const auto& b = detail.findingsModel()->rowAt(1);
        QCOMPARE(QString::fromStdString(a.value("file", std::string())), QStringLiteral("src/file0.c"));
        QVERIFY(a.value("line", 0) <= b.value("line", 0));
    }
};

QTEST_MAIN(TestAuditsPage)
#include "TestAuditsPage.moc"
