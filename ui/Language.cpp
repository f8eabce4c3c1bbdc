// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace assay::ui {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");

struct Installed
{
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QString code = QStringLiteral("en");
};

Installed& installed()
{
    static Installed state;
    return state;
}

void removeInstalled()
{
    auto& s = installed();
    for (QTranslator* t : {s.app.data(), s.qt.data()})
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    s.app = nullptr;
    s.qt = nullptr;
    s.code = QStringLiteral("en");
}

} // namespace

QList<Language::Choice> Language::available()
{
    QList<Choice> out {{QStringLiteral("en"), QStringLiteral("English")}};
    const auto files = QDir(kResourceDir).entryList({QStringLiteral("assay_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(6, file.size() - 9); // assay_<code>.qm
        QString name = QLocale(code).nativeLanguageName();
        if (code.contains(QLatin1Char('_')))
            name = QStringLiteral("%1 (%2)").arg(name, QLocale(code).nativeTerritoryName());
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        out.append({code, name.isEmpty() ? code : name});
    }
    return out;
}

QString Language::apply(const QString& code)
{
    removeInstalled();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (code == QLatin1String("en") || (code.isEmpty() && locale.language() == QLocale::English)) {
        QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(QLocale::English));
        return installed().code;
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, QStringLiteral("assay"), QStringLiteral("_"), kResourceDir)) {
        delete translator;
        return installed().code;
    }
    QCoreApplication::installTranslator(translator);
    installed().app = translator;
    installed().code = QFileInfo(translator->filePath()).completeBaseName().mid(6);
    if (installed().code.isEmpty())
        installed().code = translator->language();
    // Qt's own strings (standard buttons, context menus) when the system has them installed.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().qt = qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(locale);
    return installed().code;
}

QString Language::current()
{
    return installed().code;
}

} // namespace assay::ui
