// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeDialog.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace assay::ui {

WelcomeDialog::WelcomeDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Assay"));
    setAccessibleName(tr("Welcome to Assay"));
    setMinimumWidth(520);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(14);
    auto* head = new QHBoxLayout;
    auto* logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/assay.svg")).pixmap(48, 48));
    auto* title = new QLabel(tr("Welcome to Assay"));
    title->setObjectName(QStringLiteral("pageTitle"));
    head->addWidget(logo);
    head->addSpacing(8);
    head->addWidget(title, 1);
    layout->addLayout(head);

    auto* what = new QLabel(tr("Assay tells you what a code base is made of: which licenses its files carry, "
                               "which parts came from elsewhere, which secrets were committed and which "
                               "dependencies have known vulnerabilities."));
    what->setWordWrap(true);
    layout->addWidget(what);
    auto* offline = new QLabel(tr("Everything runs on this computer. Nothing is uploaded; your code and "
                                  "results stay in the data directory."));
    offline->setWordWrap(true);
    layout->addWidget(offline);
    auto* how = new QLabel(tr("Start with a folder or a git repository: Assay audits it in the background and "
                              "shows the results as soon as it is done. You can also drop a folder or an "
                              "archive on the window at any time."));
    how->setWordWrap(true);
    how->setObjectName(QStringLiteral("muted"));
    layout->addWidget(how);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    m_notNow = new QPushButton(tr("Not now"));
    m_notNow->setObjectName(QStringLiteral("welcomeNotNow"));
    m_audit = new QPushButton(tr("Audit a folder…"));
    m_audit->setObjectName(QStringLiteral("welcomeAudit"));
    m_audit->setDefault(true);
    m_audit->setAutoDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_notNow);
    buttons->addWidget(m_audit);
    layout->addLayout(buttons);
    connect(m_audit, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_notNow, &QPushButton::clicked, this, &QDialog::reject);
    setTabOrder(m_audit, m_notNow);
    m_audit->setFocus();
}

} // namespace assay::ui
