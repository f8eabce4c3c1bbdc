// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "DesktopPrefs.h"
#include "Icons.h"
#include "Language.h"
#include "Style.h"
#include "core/Version.h"
#include "dialogs/WelcomeDialog.h"
#include "models/PagedJsonModel.h"
#include "pages/AuditsPage.h"
#include "pages/DashboardPage.h"
#include "pages/MetricsPage.h"
#include "pages/RiskScansPage.h"
#include "pages/SettingsPage.h"
#include "pages/SharingPage.h"
#include "pages/TokensPage.h"
#include "pages/UsersPage.h"
#include "services/ServerControl.h"
#include "services/Services.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTimer>
#include <QVBoxLayout>

namespace assay::ui {

namespace {

// A port the system says is free right now, for the "port in use" dialog.
quint16 findFreePort(const QHostAddress& address, quint16 preferred)
{
    for (quint16 p = preferred + 1; p < preferred + 50 && p != 0; ++p) {
        QTcpServer probe;
        if (probe.listen(address, p))
            return p;
    }
    QTcpServer probe;
    return probe.listen(address, 0) ? probe.serverPort() : 0;
}

// A page title as the sidebar and the View menu show it.
QString pageTitle(int index)
{
    switch (index) {
    case 0:
        return MainWindow::tr("Dashboard");
    case 1:
        return MainWindow::tr("Audits");
    case 2:
        return MainWindow::tr("Risk scans");
    case 3:
        return MainWindow::tr("Metrics");
    case 4:
        return MainWindow::tr("Sharing");
    case 5:
        return MainWindow::tr("API tokens");
    case 6:
        return MainWindow::tr("Users");
    case 7:
        return MainWindow::tr("Settings");
    default:
        return {};
    }
}

// Audits shorter than this finish while the user is still looking: no notification.
constexpr qint64 kLongAuditMs = 10000;

} // namespace

MainWindow::MainWindow(Services& services, ServerControl& server, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_server(server)
    , m_prefs(std::make_unique<DesktopPrefs>(services.dataDir()))
{
    setMinimumSize(900, 600);
    ui::applyTheme(themeFromString(m_prefs->theme()));
    applyStyle(this);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* side = new QWidget;
    side->setObjectName(QStringLiteral("sidePanel"));
    side->setFixedWidth(210);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 16, 0, 12);
    sideLayout->setSpacing(8);
    auto* brand = new QHBoxLayout;
    brand->setContentsMargins(20, 0, 12, 8);
    auto* logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/assay.svg")).pixmap(28, 28));
    m_brand = new QLabel;
    m_brand->setObjectName(QStringLiteral("brand"));
    brand->addWidget(logo);
    brand->addWidget(m_brand, 1);
    sideLayout->addLayout(brand);
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    sideLayout->addWidget(m_sidebar, 1);
    m_version = new QLabel;
    m_version->setObjectName(QStringLiteral("sideFooter"));
    m_version->setContentsMargins(20, 0, 0, 0);
    sideLayout->addWidget(m_version);
    m_pages = new QStackedWidget;
    layout->addWidget(side);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    addPage(QStringLiteral("dashboard"), QStringLiteral(":/icons/dashboard.svg"), new DashboardPage(services));
    m_audits = new AuditsPage(services);
    addPage(QStringLiteral("audits"), QStringLiteral(":/icons/audits.svg"), m_audits);
    connect(m_audits, &AuditsPage::auditFinished, this, &MainWindow::notifyAuditFinished);
    addPage(QStringLiteral("risk-scans"), QStringLiteral(":/icons/scans.svg"), new RiskScansPage(services));
    addPage(QStringLiteral("metrics"), QStringLiteral(":/icons/metrics.svg"), new MetricsPage(services));
    auto* sharing = new SharingPage(services, server);
    connect(sharing, &SharingPage::restartRequested, this, [this](const QHostAddress& address, quint16 port) {
        m_server.stop();
        startServer(address, port);
    });
    addPage(QStringLiteral("sharing"), QStringLiteral(":/icons/sharing.svg"), sharing);
    addPage(QStringLiteral("tokens"), QStringLiteral(":/icons/tokens.svg"), new TokensPage(services));
    addPage(QStringLiteral("users"), QStringLiteral(":/icons/users.svg"), new UsersPage(services));
    m_settings = new SettingsPage(services, *m_prefs);
    addPage(QStringLiteral("settings"), QStringLiteral(":/icons/settings.svg"), m_settings);
    connect(m_settings, &SettingsPage::themeChanged, this, &MainWindow::applyTheme);
    connect(m_settings, &SettingsPage::languageChanged, this, [](const QString& code) { Language::apply(code); });
    tintIcons();

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    setAcceptDrops(true);
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAudit = m_fileMenu->addAction(QString(), this, [this] {
        showPage(1);
        m_audits->newAudit();
    });
    m_newAudit->setShortcut(QKeySequence::New);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_sidebar->count(); ++i) {
        auto* a = m_viewMenu->addAction(QString(), this, [this, i] { showPage(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions << a;
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Assay"),
            tr("<h3>Assay %1</h3><p>Offline code IP audits, document risk scans and engineering "
               "metrics.</p><p>Licensed under the GNU General Public License, version 3 or later.</p>")
                .arg(QStringLiteral(ASSAY_VERSION)));
    });

    m_serverStatus = new QLabel;
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    statusBar()->addPermanentWidget(m_serverStatus);
    connect(&m_server, &ServerControl::stateChanged, this, [this] {
        updateServerStatus();
        updateTray();
    });
    retranslateUi();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Assay"));
    m_brand->setText(tr("Assay"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_version->setText(tr("Version %1").arg(QStringLiteral(ASSAY_VERSION)));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        m_sidebar->item(i)->setText(pageTitle(i));
        m_pages->widget(i)->setAccessibleName(pageTitle(i));
    }
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions[i]->setText(pageTitle(i));
    m_fileMenu->setTitle(tr("&File"));
    m_newAudit->setText(tr("&New audit…"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Assay"));
    if (m_trayMenu) {
        const auto actions = m_trayMenu->actions();
        actions.value(0)->setText(tr("Show Assay"));
        actions.value(1)->setText(tr("Stop sharing"));
        actions.value(3)->setText(tr("Quit"));
    }
    updateServerStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_trayForNotice)
        updateTray();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyTheme(const QString& theme)
{
    ui::applyTheme(themeFromString(theme));
    applyStyle(this);
    tintIcons();
}

void MainWindow::tintIcons()
{
    const ShellColours colours = shellColours();
    for (int i = 0; i < m_sidebar->count() && i < m_pageIcons.size(); ++i) {
        QIcon icon = Icons::tinted(m_pageIcons[i], colours.sideIcon);
        const QIcon selected = Icons::tinted(m_pageIcons[i], colours.sideSelectedIcon);
        for (const auto& size : selected.availableSizes())
            icon.addPixmap(selected.pixmap(size), QIcon::Selected);
        m_sidebar->item(i)->setIcon(icon);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    showPage(1);
    // Let the drop finish before the dialog opens.
    QTimer::singleShot(0, this, [this, path = urls.first().toLocalFile()] { m_audits->newAudit(path); });
}

WelcomeDialog* MainWindow::showWelcomeIfFirstRun()
{
    if (m_prefs->welcomeShown())
        return nullptr;
    m_prefs->setWelcomeShown(true);
    // A data directory that already holds audits is not a first run.
    if (m_audits->model()->totalRows() > 0)
        return nullptr;
    auto* welcome = new WelcomeDialog(this);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &QDialog::accepted, this, [this] {
        showPage(1);
        // After the welcome has closed, so the New audit dialog is the only one open.
        QTimer::singleShot(0, this, [this] { m_audits->newAudit(); });
    });
    welcome->open();
    return welcome;
}

void MainWindow::notifyAuditFinished(const QString& repository, const QString& status, qint64 durationMs)
{
    if (isActiveWindow() || durationMs < kLongAuditMs || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    ensureTray();
    if (!m_tray->isVisible()) {
        // Shown for the notice only, until the window is active again.
        m_trayForNotice = true;
        m_trayMenu->actions().value(1)->setEnabled(false);
        m_tray->show();
    }
    const QString message = status == QLatin1String("completed") ? tr("The audit of %1 has completed.").arg(repository)
        : status == QLatin1String("cancelled")                   ? tr("The audit of %1 was cancelled.").arg(repository)
                                                                 : tr("The audit of %1 has failed.").arg(repository);
    m_tray->showMessage(tr("Assay"), message,
        status == QLatin1String("failed") ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void MainWindow::ensureTray()
{
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/assay.svg")), this);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    m_trayMenu = new QMenu(this);
    m_trayMenu->addAction(QString(), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_trayMenu->addAction(QString(), this, &MainWindow::stopSharing);
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(QString(), this, &QWidget::close);
    m_tray->setContextMenu(m_trayMenu);
    m_tray->setToolTip(tr("Assay"));
    retranslateUi();
}

void MainWindow::updateTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    const bool sharing = m_server.state() == ServerControl::State::Running && !m_server.address().isLoopback();
    if (sharing) {
        ensureTray();
        m_trayForNotice = false;
        m_trayMenu->actions().value(1)->setEnabled(true);
        m_tray->setToolTip(tr("Assay is sharing its API at %1").arg(m_server.url()));
        m_tray->show();
        return;
    }
    if (m_trayForNotice && !isActiveWindow())
        return; // a notice is still waiting to be seen
    m_trayForNotice = false;
    if (m_tray)
        m_tray->hide();
}

void MainWindow::stopSharing()
{
    const quint16 port = m_server.port();
    if (auto s = m_services.updateSettings({{"share_on_lan", false}}); !s) {
        QMessageBox::warning(this, tr("Stop sharing"), s.error().message);
        return;
    }
    m_server.stop();
    startServer(QHostAddress::LocalHost, port);
}

void MainWindow::addPage(const QString& key, const QString& iconPath, QWidget* page)
{
    auto* item = new QListWidgetItem(m_sidebar);
    item->setSizeHint(QSize(180, 40));
    item->setData(Qt::UserRole, key);
    m_pageIcons << iconPath;
    page->setObjectName(key);
    m_pages->addWidget(page);
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (int i = 0; i < m_sidebar->count(); ++i)
        names << m_sidebar->item(i)->text();
    return names;
}

void MainWindow::showPage(int index)
{
    m_sidebar->setCurrentRow(index);
}
int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::startServer(const QHostAddress& address, quint16 port)
{
    m_bind = address;
    auto started = m_server.start(address, port);
    while (!started) {
        const quint16 free = findFreePort(address, port);
        QMessageBox box(QMessageBox::Warning, tr("The API server could not start"),
            tr("%1\n\nAssay works without it, but scripts and teammates cannot reach this app until it "
               "runs.")
                .arg(started.error().message),
            QMessageBox::NoButton, this);
        QPushButton* useFree = free ? box.addButton(tr("Use port %1").arg(free), QMessageBox::AcceptRole) : nullptr;
        QPushButton* choose = box.addButton(tr("Choose a port…"), QMessageBox::ActionRole);
        box.addButton(tr("Continue without the server"), QMessageBox::RejectRole);
        box.exec();
        if (useFree && box.clickedButton() == useFree) {
            port = free;
        } else if (box.clickedButton() == choose) {
            bool ok = false;
            const int p = QInputDialog::getInt(
                this, tr("Choose a port"), tr("Port for the Assay API:"), port, 1, 65535, 1, &ok);
            if (!ok)
                break;
            port = quint16(p);
        } else {
            break;
        }
        started = m_server.start(address, port);
    }
    updateServerStatus();
}

void MainWindow::updateServerStatus()
{
    switch (m_server.state()) {
    case ServerControl::State::Running:
        m_serverStatus->setText(tr("● API running at %1").arg(m_server.url()));
        m_serverStatus->setProperty("state", QStringLiteral("running"));
        break;
    case ServerControl::State::Stopped:
        m_serverStatus->setText(tr("○ API stopped"));
        m_serverStatus->setProperty("state", QStringLiteral("stopped"));
        break;
    case ServerControl::State::Failed:
        m_serverStatus->setText(tr("○ API not running: %1").arg(m_server.lastError()));
        m_serverStatus->setProperty("state", QStringLiteral("failed"));
        break;
    }
    m_serverStatus->style()->unpolish(m_serverStatus);
    m_serverStatus->style()->polish(m_serverStatus);
}

void MainWindow::restoreState()
{
    QSettings& s = m_prefs->store();
    const QByteArray geometry = s.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1180, 760);
    for (int p = 0; p < m_pages->count(); ++p) {
        QWidget* page = m_pages->widget(p);
        const QString group = QStringLiteral("pages/%1/").arg(page->objectName());
        const auto splitters = page->findChildren<QSplitter*>();
        for (int i = 0; i < splitters.size(); ++i) {
            const QByteArray state = s.value(group + QStringLiteral("splitter%1").arg(i)).toByteArray();
            if (!state.isEmpty())
                splitters[i]->restoreState(state);
            connect(splitters[i], &QSplitter::splitterMoved, this,
                [w = splitters[i]] { w->setProperty("assayTouched", true); });
        }
        const auto headers = page->findChildren<QHeaderView*>();
        int n = 0;
        for (QHeaderView* header : headers) {
            if (header->orientation() != Qt::Horizontal)
                continue;
            const QString key = group + QStringLiteral("header%1").arg(n++);
            const QByteArray state = s.value(key).toByteArray();
            // Only onto the same columns: tables filled later (dependencies) change their count.
            if (!state.isEmpty() && s.value(key + QStringLiteral("-columns")).toInt() == header->count()
                && header->count() > 0)
                header->restoreState(state);
            connect(
                header, &QHeaderView::sectionResized, this, [header] { header->setProperty("assayTouched", true); });
        }
    }
    const int page = s.value(QStringLiteral("window/page"), 0).toInt();
    showPage(page >= 0 && page < m_sidebar->count() ? page : 0);
}

void MainWindow::saveState()
{
    QSettings& s = m_prefs->store();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/page"), currentPage());
    // Splitters and columns that were on screen or moved; ones never shown keep what they had.
    const auto laidOut = [](const QWidget* w) { return w->isVisible() || w->property("assayTouched").toBool(); };
    for (int p = 0; p < m_pages->count(); ++p) {
        QWidget* page = m_pages->widget(p);
        const QString group = QStringLiteral("pages/%1/").arg(page->objectName());
        const auto splitters = page->findChildren<QSplitter*>();
        for (int i = 0; i < splitters.size(); ++i)
            if (laidOut(splitters[i]))
                s.setValue(group + QStringLiteral("splitter%1").arg(i), splitters[i]->saveState());
        int n = 0;
        for (QHeaderView* header : page->findChildren<QHeaderView*>()) {
            if (header->orientation() != Qt::Horizontal)
                continue;
            const QString key = group + QStringLiteral("header%1").arg(n++);
            if (header->count() > 0 && laidOut(header)) {
                s.setValue(key, header->saveState());
                s.setValue(key + QStringLiteral("-columns"), header->count());
            }
        }
    }
    s.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    m_server.stop();
    event->accept();
}

} // namespace assay::ui
