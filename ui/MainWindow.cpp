// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Icons.h"
#include "Style.h"
#include "core/Version.h"
#include "pages/AuditsPage.h"
#include "pages/DashboardPage.h"
#include "pages/MetricsPage.h"
#include "pages/PlannedPage.h"
#include "pages/RiskScansPage.h"
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
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
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

} // namespace

MainWindow::MainWindow(Services& services, ServerControl& server, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_server(server)
{
    setWindowTitle(tr("Assay"));
    setMinimumSize(900, 600);
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
    auto* name = new QLabel(tr("Assay"));
    name->setObjectName(QStringLiteral("brand"));
    brand->addWidget(logo);
    brand->addWidget(name, 1);
    sideLayout->addLayout(brand);
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(20, 20));
    sideLayout->addWidget(m_sidebar, 1);
    auto* version = new QLabel(tr("Version %1").arg(QStringLiteral(ASSAY_VERSION)));
    version->setObjectName(QStringLiteral("sideFooter"));
    version->setContentsMargins(20, 0, 0, 0);
    sideLayout->addWidget(version);
    m_pages = new QStackedWidget;
    layout->addWidget(side);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    addPage(tr("Dashboard"), QStringLiteral(":/icons/dashboard.svg"), new DashboardPage(services));
    m_audits = new AuditsPage(services);
    addPage(tr("Audits"), QStringLiteral(":/icons/audits.svg"), m_audits);
    connect(m_audits, &AuditsPage::auditFinished, this, &MainWindow::notifyAuditFinished);
    addPage(tr("Risk scans"), QStringLiteral(":/icons/scans.svg"), new RiskScansPage(services));
    addPage(tr("Metrics"), QStringLiteral(":/icons/metrics.svg"), new MetricsPage(services));
    auto* sharing = new SharingPage(services, server);
    connect(sharing, &SharingPage::restartRequested, this, [this](const QHostAddress& address, quint16 port) {
        m_server.stop();
        startServer(address, port);
    });
    addPage(tr("Sharing"), QStringLiteral(":/icons/sharing.svg"), sharing);
    addPage(tr("API tokens"), QStringLiteral(":/icons/tokens.svg"), new TokensPage(services));
    addPage(tr("Users"), QStringLiteral(":/icons/users.svg"), new UsersPage(services));
    addPage(tr("Settings"), QStringLiteral(":/icons/settings.svg"),
        new PlannedPage(tr("Settings"), tr("Where Assay keeps its data and how it works for your organisation."),
            {tr("Data directory: %1").arg(services.dataDir()),
                tr("Organisation e-mail domains and names for provenance"),
                tr("Workers, size limits, AI provider, theme and language")},
            QStringLiteral(":/icons/settings.svg")));

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    setAcceptDrops(true);
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* newAudit = fileMenu->addAction(tr("&New audit…"), this, [this] {
        showPage(1);
        m_audits->newAudit();
    });
    newAudit->setShortcut(QKeySequence::New);
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        auto* a = viewMenu->addAction(m_sidebar->item(i)->text(), this, [this, i] { showPage(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Assay"), this, [this] {
        QMessageBox::about(this, tr("About Assay"),
            tr("<h3>Assay %1</h3><p>Offline code IP audits, document risk scans and engineering "
               "metrics.</p><p>Licensed under the GNU General Public License, version 3 or later.</p>")
                .arg(QStringLiteral(ASSAY_VERSION)));
    });

    m_serverStatus = new QLabel;
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    statusBar()->addPermanentWidget(m_serverStatus);
    connect(&m_server, &ServerControl::stateChanged, this, &MainWindow::updateServerStatus);
    updateServerStatus();
    restoreState();
}

MainWindow::~MainWindow() = default;

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

void MainWindow::notifyAuditFinished(const QString& repository, const QString& status)
{
    if (isActiveWindow() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
    }
    const QString message = status == QLatin1String("completed")
        ? tr("The audit of %1 has completed.").arg(repository)
        : tr("The audit of %1 has %2.").arg(repository, status);
    m_tray->showMessage(tr("Assay"), message);
}

void MainWindow::addPage(const QString& name, const QString& iconPath, QWidget* page)
{
    QIcon icon = Icons::tinted(iconPath, QColor(0xcb, 0xd5, 0xe0));
    const QIcon selected = Icons::tinted(iconPath, Qt::white);
    for (const auto& size : selected.availableSizes())
        icon.addPixmap(selected.pixmap(size), QIcon::Selected);
    auto* item = new QListWidgetItem(icon, name, m_sidebar);
    item->setSizeHint(QSize(180, 40));
    page->setObjectName(name);
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
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    if (s.value(QStringLiteral("window/geometry")).isNull())
        resize(1180, 760);
    const int page = s.value(QStringLiteral("window/page"), 0).toInt();
    showPage(page >= 0 && page < m_sidebar->count() ? page : 0);
}

void MainWindow::saveState()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/page"), currentPage());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    m_server.stop();
    event->accept();
}

} // namespace assay::ui
