// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanService.h"
#include "services/Services.h"
#include "ui/models/ScanItemsModel.h"
#include "ui/pages/RiskScansPage.h"

#include "TestUtil.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::ui;

namespace {

const QString kReport
    = QStringLiteral("Status report, week 12.\n\n"
                     "The vendor may terminate the support contract without cause on 30 days' notice. "
                     "The go-live date will slip by six weeks because the data migration has not started. "
                     "The team had lunch together on Friday. "
                     "Late payment of any invoice incurs a penalty of 5% per month.");

} // namespace

// The Risk scans page offscreen, driven like a user: paste text, press Ctrl+Return, see the risks,
// select one and see its sentence highlighted, correct its categories, find the scan in the
// history, open a document, and see the LLM option only when a provider is configured.
class TestRiskScansPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<RiskScansPage> m_page;

    template <typename T> T* child(const char* name)
    {
        auto* w = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("AssayTest"));
        Services::Options options;
        options.auth.keyBackend = auth::KeyStore::Backend::FileOnly;
        auto s = Services::open(m_dir.path(), options);
        ASSAY_VERIFY_OK(s);
        m_services = std::move(*s);
        m_page = std::make_unique<RiskScansPage>(*m_services);
        m_page->resize(1180, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY(!m_page->isBusy());
    }

    void pasteScanSeeRows()
    {
        auto* text = child<QPlainTextEdit>("scanText");
        auto* useLlm = child<QCheckBox>("useLlmCheck");
        QVERIFY(text && useLlm);
        QVERIFY(!useLlm->isVisible()); // no provider configured
        QApplication::clipboard()->setText(kReport);
        text->setFocus();
        QTest::keySequence(text, QKeySequence::Paste);
        QCOMPARE(text->toPlainText(), kReport);

        QSignalSpy shown(m_page.get(), &RiskScansPage::scanShown);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_page->isBusy());
        QVERIFY(child<QProgressBar>("busyIndicator")->isVisible());
        QVERIFY(!child<QPushButton>("scanButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QTRY_VERIFY(!m_page->isBusy());

        ScanItemsModel* model = m_page->itemsModel();
        QVERIFY2(model->rowCount() >= 3, qPrintable(child<QLabel>("scanSummary")->text()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto& item = model->item(row);
            QVERIFY(!item.risk.isEmpty());
            QVERIFY(!item.categories.isEmpty());
            QVERIFY(item.confidence && *item.confidence > 0 && *item.confidence <= 1);
            QVERIFY(item.start >= 0);
            QCOMPARE(text->toPlainText().mid(item.start, item.end - item.start), item.context);
        }
        QVERIFY(child<QLabel>("scanSummary")->text().contains(QString::number(model->rowCount())));
        QCOMPARE(model->index(0, ScanItemsModel::ConfidenceColumn).data().toString(),
            QStringLiteral("%1%").arg(qRound(*model->item(0).confidence * 100)));

        // The scan is in the history, selected.
        auto* history = child<QListWidget>("historyList");
        QTRY_COMPARE(history->count(), 1);
        QCOMPARE(history->item(0)->data(Qt::UserRole).toString(), m_page->currentScanId());
        QVERIFY(history->item(0)->text().contains(QLatin1String("Pasted text")));
    }

    void selectingARowHighlightsItsSentence()
    {
        auto* table = child<QTableView>("resultsTable");
        auto* text = child<QPlainTextEdit>("scanText");
        ScanItemsModel* model = m_page->itemsModel();
        const int row = model->rowCount() - 1;
        const QRect rect = table->visualRect(model->index(row, ScanItemsModel::RiskColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), row);
        const auto& item = model->item(row);
        bool highlighted = false;
        for (const auto& s : text->extraSelections())
            if (s.cursor.selectionStart() == item.start && s.cursor.selectionEnd() == item.end)
                highlighted = s.format.background().color() == QColor(0xf6, 0xad, 0x55);
        QVERIFY(highlighted);
        QCOMPARE(text->textCursor().position(), item.start);
        QCOMPARE(text->extraSelections().size(), model->rowCount());
    }

    void correctACategory()
    {
        auto* table = child<QTableView>("resultsTable");
        ScanItemsModel* model = m_page->itemsModel();
        const int row = table->selectionModel()->selectedRows().value(0).row();
        const auto before = model->item(row);
        auto* save = child<QPushButton>("saveCorrectionButton");
        QVERIFY(!save->isEnabled()); // nothing changed yet
        // The chips show the item's categories; flip Compliance and save.
        auto* compliance = child<QPushButton>("category_Compliance");
        QCOMPARE(compliance->isChecked(), before.categories.contains(QStringLiteral("Compliance")));
        QTest::mouseClick(compliance, Qt::LeftButton);
        QVERIFY(save->isEnabled());
        QSignalSpy saved(m_page.get(), &RiskScansPage::correctionSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);

        QStringList expected = before.categories;
        if (expected.contains(QStringLiteral("Compliance")))
            expected.removeAll(QStringLiteral("Compliance"));
        else
            expected << QStringLiteral("Compliance");
        const auto& after = model->item(row);
        QVERIFY(after.corrected);
        QCOMPARE(QSet<QString>(after.categories.begin(), after.categories.end()),
            QSet<QString>(expected.begin(), expected.end()));
        QVERIFY(!save->isEnabled());
        // Stored through the service: the correction is training data now.
        auto stored = m_services->scans().get(QStringLiteral("local"), true, m_page->currentScanId());
        ASSAY_VERIFY_OK(stored);
        bool found = false;
        for (const auto& item : (*stored)["data"])
            if (json::qstr(item["id"].get<std::string>()) == after.id)
                found = item["corrected"].get<bool>();
        QVERIFY(found);
    }

    void emptyTextSaysSo()
    {
        auto* text = child<QPlainTextEdit>("scanText");
        text->clear();
        QTest::mouseClick(child<QPushButton>("scanButton"), Qt::LeftButton);
        auto* error = child<QLabel>("scanError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("Nothing to scan")));
    }

    void openADocumentAndRescanFromHistory()
    {
        const QString firstScan = m_page->currentScanId();
        const QString path = m_dir.filePath(QStringLiteral("plan.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Project plan\n\n- The budget has no contingency left for the second phase.\n"
                   "- The steering committee meets every Monday.\n");
        file.close();
        m_page->openDocument(path);
        auto* text = child<QPlainTextEdit>("scanText");
        QTRY_VERIFY(text->toPlainText().contains(QLatin1String("no contingency")));
        QVERIFY(!text->toPlainText().contains(QLatin1Char('#'))); // Markdown syntax removed
        QSignalSpy shown(m_page.get(), &RiskScansPage::scanShown);
        QTest::mouseClick(child<QPushButton>("scanButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QTRY_VERIFY(!m_page->isBusy());
        QVERIFY(m_page->itemsModel()->rowCount() >= 1);
        auto* history = child<QListWidget>("historyList");
        QTRY_COMPARE(history->count(), 2);
        QVERIFY(history->item(0)->text().contains(QLatin1String("plan.md")));

        // Back to the first scan from the history: its text and rows return.
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, history->visualItemRect(history->item(1)).center());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
        QTRY_VERIFY(!m_page->isBusy());
        QCOMPARE(m_page->currentScanId(), firstScan);
        QCOMPARE(text->toPlainText(), kReport);

        const QString shots = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            auto* table = child<QTableView>("resultsTable");
            table->selectRow(1);
            QTest::qWait(50);
            m_page->grab().save(shots + QStringLiteral("/risk-scans-page.png"));
        }
    }

    void llmOptionOnlyWithAProvider()
    {
        auto* useLlm = child<QCheckBox>("useLlmCheck");
        ASSAY_VERIFY_OK(m_services->settings().set(QStringLiteral("ai_provider"), "openai"));
        ASSAY_VERIFY_OK(m_services->settings().set(QStringLiteral("ai_url"), "http://127.0.0.1:9"));
        m_page->hide();
        m_page->show();
        QVERIFY(useLlm->isVisible());
        ASSAY_VERIFY_OK(m_services->settings().set(QStringLiteral("ai_provider"), "none"));
        m_page->hide();
        m_page->show();
        QVERIFY(!useLlm->isVisible());
        QTRY_VERIFY(!m_page->isBusy());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_services.reset();
    }
};

QTEST_MAIN(TestRiskScansPage)
#include "TestRiskScansPage.moc"
