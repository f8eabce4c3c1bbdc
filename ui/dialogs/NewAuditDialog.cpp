// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewAuditDialog.h"

#include "audit/walk/GitRemote.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace assay::ui {

namespace {
bool isArchive(const QString& path)
{
    const QString p = path.toLower();
    return p.endsWith(QLatin1String(".zip")) || p.endsWith(QLatin1String(".tar.gz"))
        || p.endsWith(QLatin1String(".tgz")) || p.endsWith(QLatin1String(".tar.xz"))
        || p.endsWith(QLatin1String(".txz")) || p.endsWith(QLatin1String(".tar"));
}
} // namespace

NewAuditDialog::NewAuditDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New audit"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose what to audit. Nothing leaves this computer; git repositories are cloned into "
                                "Assay's data folder."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto row = [](QLineEdit* edit, QPushButton* button) {
        auto* h = new QHBoxLayout;
        h->addWidget(edit, 1);
        if (button)
            h->addWidget(button);
        return h;
    };
    m_folder = new QRadioButton(tr("&Folder on this computer"));
    m_folderPath = new QLineEdit;
    m_folderPath->setPlaceholderText(tr("/path/to/project"));
    m_folderPath->setAccessibleName(tr("Folder"));
    auto* browseFolder = new QPushButton(tr("Browse…"));
    m_git = new QRadioButton(tr("&Git repository"));
    m_url = new QLineEdit;
    m_url->setPlaceholderText(tr("https://host/org/repo.git"));
    m_url->setAccessibleName(tr("Git URL"));
    m_ref = new QLineEdit;
    m_ref->setPlaceholderText(tr("branch, tag or commit (optional)"));
    m_ref->setAccessibleName(tr("Ref"));
    m_archive = new QRadioButton(tr("&Archive (zip, tar.gz, tar.xz)"));
    m_archivePath = new QLineEdit;
    m_archivePath->setAccessibleName(tr("Archive"));
    auto* browseArchive = new QPushButton(tr("Browse…"));
    m_orgDomains = new QLineEdit;
    m_orgDomains->setPlaceholderText(tr("example.com, example.org"));
    m_orgDomains->setAccessibleName(tr("Organisation e-mail domains"));

    auto* form = new QFormLayout;
    form->addRow(m_folder);
    form->addRow(row(m_folderPath, browseFolder));
    form->addRow(m_git);
    form->addRow(row(m_url, nullptr));
    form->addRow(tr("Ref:"), m_ref);
    form->addRow(m_archive);
    form->addRow(row(m_archivePath, browseArchive));
    form->addRow(tr("Your organisation's e-mail domains:"), m_orgDomains);
    layout->addLayout(form);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("fieldError"));
    m_problem->setStyleSheet(QStringLiteral("color: #c53030;"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start audit"));
    layout->addWidget(m_buttons);
    m_folder->setChecked(true);

    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder to audit"), m_folderPath->text());
        if (!dir.isEmpty())
            setSource(dir);
    });
    connect(browseArchive, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Archive to audit"), {}, tr("Archives (*.zip *.tar.gz *.tgz *.tar.xz *.txz *.tar)"));
        if (!file.isEmpty())
            setSource(file);
    });
    for (auto* edit : {m_folderPath, m_url, m_ref, m_archivePath})
        connect(edit, &QLineEdit::textChanged, this, &NewAuditDialog::validate);
    connect(m_folderPath, &QLineEdit::textEdited, m_folder, [this] { m_folder->setChecked(true); });
    connect(m_url, &QLineEdit::textEdited, m_git, [this] { m_git->setChecked(true); });
    connect(m_archivePath, &QLineEdit::textEdited, m_archive, [this] { m_archive->setChecked(true); });
    for (auto* radio : {m_folder, m_git, m_archive})
        connect(radio, &QRadioButton::toggled, this, &NewAuditDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void NewAuditDialog::setSource(const QString& pathOrUrl)
{
    if (audit::GitRemote::looksLikeUrl(pathOrUrl)) {
        m_url->setText(pathOrUrl);
        m_git->setChecked(true);
    } else if (isArchive(pathOrUrl) && QFileInfo(pathOrUrl).isFile()) {
        m_archivePath->setText(pathOrUrl);
        m_archive->setChecked(true);
    } else {
        m_folderPath->setText(pathOrUrl);
        m_folder->setChecked(true);
    }
    validate();
}

void NewAuditDialog::validate()
{
    QString problem;
    if (m_folder->isChecked()) {
        const QFileInfo info(m_folderPath->text().trimmed());
        if (m_folderPath->text().trimmed().isEmpty())
            problem = tr("Choose a folder to audit.");
        else if (!info.exists())
            problem = tr("This folder does not exist.");
        else if (!info.isDir())
            problem = tr("This is a file, not a folder.");
        else if (!info.isReadable())
            problem = tr("Assay cannot read this folder (permission denied).");
    } else if (m_git->isChecked()) {
        if (!audit::GitRemote::looksLikeUrl(m_url->text().trimmed()))
            problem = tr("Enter a git URL (https://, ssh://, git@host:…, or file://).");
    } else {
        const QFileInfo info(m_archivePath->text().trimmed());
        if (!info.isFile())
            problem = tr("Choose a zip, tar.gz or tar.xz archive.");
        else if (!isArchive(info.fileName()))
            problem = tr("Assay reads zip, tar.gz and tar.xz archives.");
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

audit::AuditSubmission NewAuditDialog::submission() const
{
    audit::AuditSubmission s;
    s.interactive = true;
    if (m_folder->isChecked()) {
        s.repository = QFileInfo(m_folderPath->text().trimmed()).absoluteFilePath();
    } else if (m_git->isChecked()) {
        s.repository = m_url->text().trimmed();
        s.ref = m_ref->text().trimmed();
    } else {
        s.archivePath = m_archivePath->text().trimmed();
        s.archiveName = QFileInfo(s.archivePath).fileName();
    }
    QStringList domains;
    for (const auto& d : m_orgDomains->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        domains << d.trimmed();
    if (!domains.isEmpty())
        s.options["org_domains"] = json::toJson(domains);
    return s;
}

} // namespace assay::ui
