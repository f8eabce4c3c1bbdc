// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/model/AuditModel.h"
#include "core/Json.h"

#include <QDateTime>

// A fixture audit shaped like a real one (built through AuditReport::toJson(), so the summary
// is computed the way the product computes it): foreground, third-party, background and
// unknown files across modules, license / secret / vulnerability findings, dependencies,
// vulnerabilities and contributors. The secret finding holds only redacted evidence. Names
// with markup and CSV metacharacters check escaping.
namespace assay::testing {

inline const char* kFixtureRedacted = "ghp_\u2026";

inline Json reportFixture()
{
    using namespace assay::audit;
    AuditReport r;
    r.id = QStringLiteral("3f1c2a9e-5b7d-4e21-9a8c-0d6b4f2e1a77");
    r.repository.source = QStringLiteral("/srv/git/acme-widgets");
    r.repository.root = QStringLiteral("/srv/git/acme-widgets");
    r.repository.commit = QStringLiteral("9fceb02d0ae598e95dc970b74767f19372d61af8");
    r.repository.ref = QStringLiteral("main");
    r.status = QStringLiteral("completed");
    r.startedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    r.finishedAt = r.startedAt.addSecs(42);
    r.filesScanned = 8;
    r.bytesScanned = 183422;
    r.commits = 57;

    auto file = [&](const QString& path, const QString& lang, qint64 code, const QString& license, const QString& ip,
                    QStringList rationale, QStringList authors, double score = -1) {
        FileRecord f;
        f.path = path;
        f.language = lang;
        f.lines.code = code;
        f.lines.comment = code / 5;
        f.lines.blank = code / 10;
        f.license = license;
        f.ipClass = ip;
        f.rationale = std::move(rationale);
        f.authors = std::move(authors);
        if (score >= 0) {
            audit::Rewriteability rw;
            rw.score = score;
            rw.effortDays = code / 100.0;
            f.rewriteability = rw;
        }
        r.files.push_back(std::move(f));
    };
    file(QStringLiteral("src/app/main.cpp"), QStringLiteral("C++"), 420, QStringLiteral("MIT"),
        QStringLiteral("foreground"), {QStringLiteral("authored by the organisation's domain acme.example")},
        {QStringLiteral("dev@acme.example")}, 72);
    file(QStringLiteral("src/app/engine.cpp"), QStringLiteral("C++"), 1300, QString(), QStringLiteral("foreground"),
        {QStringLiteral("authored by the organisation's domain acme.example")}, {QStringLiteral("lead@acme.example")},
        31);
    file(QStringLiteral("vendor/zlib/inflate.c"), QStringLiteral("C"), 900, QStringLiteral("Zlib"),
        QStringLiteral("third_party"), {QStringLiteral("vendored path"), QStringLiteral("license Zlib differs")},
        {QStringLiteral("dev@acme.example")});
    file(QStringLiteral("vendor/readline/readline.c"), QStringLiteral("C"), 600, QStringLiteral("GPL-3.0-only"),
        QStringLiteral("third_party"), {QStringLiteral("vendored path")}, {QStringLiteral("dev@acme.example")});
    file(QStringLiteral("lib/agpl/server.js"), QStringLiteral("JavaScript"), 150, QStringLiteral("AGPL-3.0-or-later"),
        QStringLiteral("third_party"), {QStringLiteral("SPDX tag AGPL-3.0-or-later")}, {QStringLiteral("x@other.org")});
    file(QStringLiteral("legacy/billing.c"), QStringLiteral("C"), 300, QStringLiteral("LGPL-2.1-only"),
        QStringLiteral("background"), {QStringLiteral("copyright Initech Ltd (another organisation)")},
        {QStringLiteral("old@initech.example")});
    file(QStringLiteral("config/settings.py"), QStringLiteral("Python"), 40, QString(), QStringLiteral("unknown"),
        {QStringLiteral("no provenance signal")}, {QStringLiteral("dev@acme.example")});
    file(QStringLiteral("docs/<b>notes</b>, \"draft\".md"), QStringLiteral("Markdown"), 12, QString(),
        QStringLiteral("unknown"), {QStringLiteral("no provenance signal & <i>no</i> author")},
        {QStringLiteral("dev@acme.example")});

    auto finding = [&](const QString& id, const QString& type, const QString& severity, const QString& rule,
                       const QString& title, const QString& path, int line, const QString& evidence) {
        Finding f;
        f.id = id;
        f.type = type;
        f.severity = severity;
        f.ruleId = rule;
        f.title = title;
        f.file = path;
        f.line = line;
        f.evidence = evidence;
        f.fingerprint = fingerprint({rule, path, QString::number(line)});
        r.findings.push_back(std::move(f));
    };
    finding(QStringLiteral("f-secret-1"), QStringLiteral("secret"), QStringLiteral("high"),
        QStringLiteral("github-pat"), QStringLiteral("GitHub personal access token"),
        QStringLiteral("config/settings.py"), 3, QString::fromUtf8(kFixtureRedacted));
    finding(QStringLiteral("f-lic-gpl"), QStringLiteral("license"), QStringLiteral("high"),
        QStringLiteral("license.risk-list"),
        QStringLiteral("File under GPL-3.0-only, which is on the license risk list"),
        QStringLiteral("vendor/readline/readline.c"), 1, QStringLiteral("GPL-3.0-only"));
    finding(QStringLiteral("f-lic-agpl"), QStringLiteral("license"), QStringLiteral("critical"),
        QStringLiteral("license.conflict"),
        QStringLiteral("AGPL-3.0-or-later conflicts with the repository's license MIT"),
        QStringLiteral("lib/agpl/server.js"), 1, QStringLiteral("AGPL-3.0-or-later"));
    finding(QStringLiteral("f-vuln-1"), QStringLiteral("vulnerability"), QStringLiteral("critical"),
        QStringLiteral("GHSA-j8r2-6x86-q33q"),
        QStringLiteral("requests 2.19.0: Unintended leak of Proxy-Authorization"), QStringLiteral("requirements.txt"),
        1, QStringLiteral("requests@2.19.0 is affected; fixed in 2.31.0"));
    finding(QStringLiteral("f-vuln-2"), QStringLiteral("vulnerability"), QStringLiteral("medium"),
        QStringLiteral("GHSA-x84v-xcm2-53pg"), QStringLiteral("requests 2.19.0: Insufficiently protected credentials"),
        QStringLiteral("requirements.txt"), 1, QStringLiteral("requests@2.19.0 is affected; fixed in 2.20.0"));

    Dependency d;
    d.name = QStringLiteral("requests");
    d.version = QStringLiteral("2.19.0");
    d.ecosystem = QStringLiteral("PyPI");
    d.purl = QStringLiteral("pkg:pypi/requests@2.19.0");
    d.manifest = QStringLiteral("requirements.txt");
    d.licenses = {QStringLiteral("Apache-2.0")};
    r.dependencies.push_back(d);
    d.name = QStringLiteral("mysql-connector");
    d.version = QStringLiteral("8.0.33");
    d.purl = QStringLiteral("pkg:pypi/mysql-connector@8.0.33");
    d.licenses = {QStringLiteral("GPL-2.0-only")};
    r.dependencies.push_back(d);

    Vulnerability v;
    v.id = QStringLiteral("GHSA-j8r2-6x86-q33q");
    v.aliases = {QStringLiteral("CVE-2023-32681")};
    v.purl = QStringLiteral("pkg:pypi/requests@2.19.0");
    v.installedVersion = QStringLiteral("2.19.0");
    v.fixedVersion = QStringLiteral("2.31.0");
    v.severity = QStringLiteral("critical");
    v.cvss = 9.1;
    v.summary = QStringLiteral("Unintended leak of Proxy-Authorization header");
    r.vulnerabilities.push_back(v);
    v.id = QStringLiteral("GHSA-x84v-xcm2-53pg");
    v.aliases = {QStringLiteral("CVE-2018-18074")};
    v.fixedVersion = QStringLiteral("2.20.0");
    v.severity = QStringLiteral("medium");
    v.cvss = 6.1;
    v.summary = QStringLiteral("Insufficiently protected credentials");
    r.vulnerabilities.push_back(v);

    Contributor c;
    c.name = QStringLiteral("Dana Developer");
    c.email = QStringLiteral("dev@acme.example");
    c.commits = 41;
    c.linesAdded = 5210;
    c.linesRemoved = 800;
    c.firstCommit = QDateTime(QDate(2024, 1, 2), QTime(10, 0), Qt::UTC);
    c.lastCommit = QDateTime(QDate(2026, 3, 1), QTime(17, 0), Qt::UTC);
    r.contributors.push_back(c);
    c.name = QStringLiteral("Olaf <Old> Contractor");
    c.email = QStringLiteral("old@initech.example");
    c.commits = 16;
    c.linesAdded = 900;
    c.linesRemoved = 20;
    r.contributors.push_back(c);
    return r.toJson();
}

} // namespace assay::testing
