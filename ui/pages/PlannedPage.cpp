// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlannedPage.h"

#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace assay::ui {

PlannedPage::PlannedPage(
    const QString& title, const QString& summary, const QStringList& features, const QString& iconPath, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);

    auto* header = new QHBoxLayout;
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(iconPath).pixmap(32, 32));
    header->addWidget(icon);
    auto* heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("pageTitle"));
    header->addWidget(heading, 1);
    layout->addLayout(header);

    auto* lead = new QLabel(summary);
    lead->setWordWrap(true);
    lead->setObjectName(QStringLiteral("pageLead"));
    layout->addWidget(lead);

    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 16, 20, 16);
    auto* comingTitle = new QLabel(tr("What this page will hold"));
    comingTitle->setObjectName(QStringLiteral("cardTitle"));
    cardLayout->addWidget(comingTitle);
    for (const auto& f : features) {
        auto* item = new QLabel(QStringLiteral("•  ") + f);
        item->setWordWrap(true);
        cardLayout->addWidget(item);
    }
    auto* note = new QLabel(tr("This capability is being built; the API and the rest of the app already run."));
    note->setObjectName(QStringLiteral("muted"));
    note->setWordWrap(true);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(note);
    layout->addWidget(card);
    layout->addStretch(1);
    setAccessibleName(title);
}

} // namespace assay::ui
