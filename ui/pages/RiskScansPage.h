// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"
#include "core/Result.h"

#include <QThreadPool>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace assay {
class Services;
}

namespace assay::ui {

class ScanItemsModel;

// Risk scans (issue 8): paste text or open a document, scan it with the local model (or the
// configured LLM), read the risks as a table with category chips and each sentence highlighted
// in the text, correct an item's categories (training data for the model), and go back to
// past scans. Every ScanService call runs on the page's own worker pool, never on the GUI thread.
class RiskScansPage : public QWidget
{
    Q_OBJECT
public:
    explicit RiskScansPage(Services& services, QWidget* parent = nullptr);
    ~RiskScansPage() override;

    // Loads a document's text into the editor (extracted off the GUI thread); the next scan
    // sends the document itself unless the text is edited first.
    void openDocument(const QString& path);
    // Scans what the editor holds (or the opened document).
    void startScan();
    // Shows a stored scan (from the history list).
    void showScan(const QString& scanId);
    // Saves the checked categories of the selected item as its correction.
    void saveCorrection();
    void refreshHistory();

    bool isBusy() const { return m_busy > 0; }
    QString currentScanId() const { return m_scanId; }
    ScanItemsModel* itemsModel() const { return m_model; }

signals:
    // Emitted when a scan is shown (after scanning or picking it from the history).
    void scanShown(const QString& scanId);
    void correctionSaved(const QString& itemId);
    void failed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    using Job = std::function<Result<Json>()>;
    using Done = std::function<void(const Result<Json>&)>;
    // Runs `job` on the worker pool and `done` back on the GUI thread, with the busy indicator.
    void run(Job job, Done done);
    void setBusy(bool busy);
    void showError(const QString& message);
    void clearError();
    void chooseDocument();
    void displayScan(const Json& scan);
    void onTextEdited();
    void onSelectionChanged();
    void updateHighlights();
    void updateCorrectionBar();
    void onChipToggled();
    void deleteSelectedScan();
    void refreshProvider();

    Services& m_services;
    QString m_userId;
    QThreadPool m_pool;
    int m_busy = 0;

    QPlainTextEdit* m_text = nullptr;
    QLabel* m_source = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_scan = nullptr;
    QCheckBox* m_useLlm = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    ScanItemsModel* m_model = nullptr;
    QWidget* m_correction = nullptr;
    QList<QPushButton*> m_categoryButtons;
    QPushButton* m_saveCorrection = nullptr;
    QListWidget* m_history = nullptr;
    QPushButton* m_deleteScan = nullptr;

    QString m_scanId;
    bool m_textIsScan = false; // the editor holds exactly the shown scan's text (offsets valid)
    bool m_settingText = false;
    QString m_fileName; // opened document, sent as is while the text is unedited
    QByteArray m_fileBytes;
};

} // namespace assay::ui
