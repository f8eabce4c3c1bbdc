// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditView.h"

#ifdef ASSAY_HAVE_LICENSES
#include "audit/licenses/LicensePolicy.h"
#endif

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace assay::reports {

using assay::json::qstr;

namespace {

const Json kEmptyArray = Json::array();
const Json kEmptyObject = Json::object();
const Json kNull = nullptr;

const Json* member(const Json& doc, const char* key, const Json& fallback)
{
    if (!doc.is_object())
        return &fallback;
    const auto it = doc.find(key);
    if (it == doc.end() || it->type() != fallback.type())
        return &fallback;
    return &*it;
}

const QStringList kIpClasses {QStringLiteral("foreground"), QStringLiteral("third_party"), QStringLiteral("background"),
    QStringLiteral("unknown")};

} // namespace

int severityRank(const QString& severity)
{
    const QString s = normalizeSeverity(severity);
    if (s == QLatin1String("critical"))
        return 5;
    if (s == QLatin1String("high"))
        return 4;
    if (s == QLatin1String("medium"))
        return 3;
    if (s == QLatin1String("low"))
        return 2;
    if (s == QLatin1String("info"))
        return 0;
    return 1;
}

QString normalizeSeverity(const QString& severity)
{
    const QString s = severity.trimmed().toLower();
    if (s == QLatin1String("moderate"))
        return QStringLiteral("medium");
    if (s == QLatin1String("informational") || s == QLatin1String("none") || s == QLatin1String("note"))
        return QStringLiteral("info");
    if (s == QLatin1String("error"))
        return QStringLiteral("high");
    if (s == QLatin1String("warning"))
        return QStringLiteral("medium");
    static const QStringList known {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
        QStringLiteral("low"), QStringLiteral("info")};
    return known.contains(s) ? s : QStringLiteral("unknown");
}

QStringList licenseIds(const QString& expression)
{
    QStringList ids;
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9.+:_-]+"));
    auto it = token.globalMatch(expression);
    bool afterWith = false;
    while (it.hasNext()) {
        const QString t = it.next().captured();
        const QString upper = t.toUpper();
        if (upper == QLatin1String("AND") || upper == QLatin1String("OR")) {
            afterWith = false;
            continue;
        }
        if (upper == QLatin1String("WITH")) {
            afterWith = true;
            continue;
        }
        if (afterWith) { // the exception id
            afterWith = false;
            continue;
        }
        if (!ids.contains(t))
            ids << t;
    }
    return ids;
}

QString licenseCategory(const QString& expression)
{
    if (expression.trimmed().isEmpty())
        return QStringLiteral("none");
#ifdef ASSAY_HAVE_LICENSES
    static const licenses::LicensePolicy policy = licenses::LicensePolicy::load();
    const auto c = policy.expressionCategory(expression);
    return c == licenses::LicenseCategory::None ? QStringLiteral("unknown") : licenses::categoryName(c);
#else
    return QStringLiteral("unknown");
#endif
}

QString coarseCategory(const QString& category)
{
    if (category == QLatin1String("public-domain") || category == QLatin1String("permissive"))
        return QStringLiteral("permissive");
    if (category == QLatin1String("network-copyleft") || category == QLatin1String("strong-copyleft"))
        return QStringLiteral("strong-copyleft");
    if (category == QLatin1String("weak-copyleft"))
        return category;
    if (category == QLatin1String("non-commercial") || category == QLatin1String("proprietary"))
        return QStringLiteral("proprietary");
    if (category == QLatin1String("none"))
        return category;
    return QStringLiteral("unknown");
}

bool pathGlobMatch(const QString& pattern, const QString& path)
{
    // Translate to a regular expression once per pattern.
    QString rx;
    rx.reserve(pattern.size() * 2 + 4);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('*')) {
            if (i + 1 < pattern.size() && pattern[i + 1] == QLatin1Char('*')) {
                ++i;
                if (i + 1 < pattern.size() && pattern[i + 1] == QLatin1Char('/')) {
                    ++i;
                    rx += QStringLiteral("(?:.*/)?"); // "**/" — zero or more folders
                } else {
                    rx += QStringLiteral(".*");
                }
            } else {
                rx += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            rx += QStringLiteral("[^/]");
        } else {
            rx += QRegularExpression::escape(QString(c));
        }
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(rx));
    if (re.match(path).hasMatch())
        return true;
    if (!pattern.contains(QLatin1Char('/')) && re.match(path.section(QLatin1Char('/'), -1)).hasMatch())
        return true;
    // "vendor" or "vendor/" names a folder and everything under it.
    QString folder = pattern;
    while (folder.endsWith(QLatin1Char('/')))
        folder.chop(1);
    return !folder.contains(QLatin1Char('*')) && path.startsWith(folder + QLatin1Char('/'));
}

AuditView::AuditView(const Json& audit)
    : m_doc(audit)
    , m_files(member(audit, "files", kEmptyArray))
    , m_findings(member(audit, "findings", kEmptyArray))
    , m_dependencies(member(audit, "dependencies", kEmptyArray))
    , m_vulnerabilities(member(audit, "vulnerabilities", kEmptyArray))
    , m_contributors(member(audit, "contributors", kEmptyArray))
    , m_summary(member(audit, "summary", kEmptyObject))
    , m_policy(member(audit, "policy", kEmptyObject))
{
    if (m_policy->empty())
        m_policy = &kNull;
    for (std::size_t i = 0; i < m_files->size(); ++i)
        m_fileIndex.emplace(string((*m_files)[i], "path"), i);
}

QString AuditView::string(const Json& obj, const char* key, const QString& fallback)
{
    if (!obj.is_object())
        return fallback;
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_string())
        return fallback;
    return qstr(it->get<std::string>());
}

qint64 AuditView::integer(const Json& obj, const char* key, qint64 fallback)
{
    if (!obj.is_object())
        return fallback;
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_number())
        return fallback;
    return it->is_number_float() ? qint64(it->get<double>()) : it->get<qint64>();
}

QString AuditView::repositorySource() const
{
    const Json& repo = *member(m_doc, "repository", kEmptyObject);
    return string(repo, "source", string(repo, "root"));
}

QString AuditView::repositoryName() const
{
    const Json& repo = *member(m_doc, "repository", kEmptyObject);
    QString name = string(repo, "name");
    if (name.isEmpty()) {
        QString source = string(repo, "source");
        // Uploaded archives and temporary clones have meaningless roots; prefer the source.
        if (source.isEmpty())
            source = string(repo, "root");
        while (source.endsWith(QLatin1Char('/')))
            source.chop(1);
        name = source.section(QRegularExpression(QStringLiteral("[/:\\\\]")), -1);
        if (name.endsWith(QLatin1String(".git")))
            name.chop(4);
    }
    return name.isEmpty() ? QStringLiteral("repository") : name;
}

QString AuditView::commit() const
{
    return string(*member(m_doc, "repository", kEmptyObject), "commit");
}

QString AuditView::ref() const
{
    return string(*member(m_doc, "repository", kEmptyObject), "ref");
}

QString AuditView::finishedAt() const
{
    return string(m_doc, "finished_at", string(m_doc, "started_at"));
}

QString AuditView::date() const
{
    const QString when = finishedAt();
    if (when.size() >= 10 && QDate::fromString(when.left(10), Qt::ISODate).isValid())
        return when.left(10);
    return QDate::currentDate().toString(Qt::ISODate);
}

QString AuditView::toolVersion() const
{
    return string(*member(m_doc, "tool", kEmptyObject), "version");
}

qint64 AuditView::totalLines() const
{
    qint64 total = 0;
    for (const auto& f : *m_files)
        total += integer(f, "lines");
    return total;
}

std::map<QString, qint64> AuditView::ipLines() const
{
    std::map<QString, qint64> out;
    for (const auto& c : kIpClasses)
        out[c] = 0;
    for (const auto& f : *m_files) {
        QString c = string(f, "ip_class", QStringLiteral("unknown"));
        if (!kIpClasses.contains(c))
            c = QStringLiteral("unknown");
        out[c] += integer(f, "lines");
    }
    return out;
}

std::map<QString, qint64> AuditView::ipFiles() const
{
    std::map<QString, qint64> out;
    for (const auto& c : kIpClasses)
        out[c] = 0;
    if (m_files->empty()) {
        // A summary without the file list (a trimmed document): use its counts.
        const Json& ip = *member(*m_summary, "ip", kEmptyObject);
        for (const auto& c : kIpClasses)
            out[c] = integer(ip, c.toUtf8().constData());
        return out;
    }
    for (const auto& f : *m_files) {
        QString c = string(f, "ip_class", QStringLiteral("unknown"));
        out[kIpClasses.contains(c) ? c : QStringLiteral("unknown")] += 1;
    }
    return out;
}

double AuditView::ipPercentage(const QString& ipClass) const
{
    auto counts = ipLines();
    qint64 total = 0;
    for (const auto& [k, v] : counts)
        total += v;
    if (total == 0) {
        counts = ipFiles();
        for (const auto& [k, v] : counts)
            total += v;
    }
    return total == 0 ? 0.0 : 100.0 * double(counts[ipClass]) / double(total);
}

const Json* AuditView::file(const QString& path) const
{
    const auto it = m_fileIndex.find(path);
    return it == m_fileIndex.end() ? nullptr : &(*m_files)[it->second];
}

std::vector<const Json*> AuditView::findingsOfType(const QString& type) const
{
    std::vector<const Json*> out;
    for (const auto& f : *m_findings)
        if (string(f, "type") == type)
            out.push_back(&f);
    return out;
}

std::vector<ModuleRow> AuditView::modules() const
{
    std::map<QString, ModuleRow> rows;
    std::map<QString, double> weightedScore;
    std::map<QString, qint64> scoredLines;
    auto moduleOf = [](const QString& path) {
        const auto slash = path.indexOf(QLatin1Char('/'));
        return slash < 0 ? QStringLiteral("(root)") : path.left(slash);
    };
    static const QStringList riskOrder {QStringLiteral("none"), QStringLiteral("public-domain"),
        QStringLiteral("permissive"), QStringLiteral("unknown"), QStringLiteral("weak-copyleft"),
        QStringLiteral("strong-copyleft"), QStringLiteral("network-copyleft"), QStringLiteral("non-commercial"),
        QStringLiteral("proprietary")};
    for (const auto& f : *m_files) {
        const QString path = string(f, "path");
        auto& row = rows[moduleOf(path)];
        row.module = moduleOf(path);
        ++row.files;
        const qint64 lines = integer(f, "lines");
        row.lines += lines;
        QString ip = string(f, "ip_class", QStringLiteral("unknown"));
        row.ipLines[kIpClasses.contains(ip) ? ip : QStringLiteral("unknown")] += std::max<qint64>(lines, 1);
        const QString license = string(f, "license");
        if (!license.isEmpty()) {
            ++row.licenseFiles[license];
            const QString cat = licenseCategory(license);
            if (riskOrder.indexOf(cat) > riskOrder.indexOf(row.worstCategory))
                row.worstCategory = cat;
        }
        const auto rw = f.find("rewriteability");
        if (rw != f.end() && rw->is_object() && rw->contains("score") && (*rw)["score"].is_number()) {
            const qint64 w = std::max<qint64>(lines, 1);
            weightedScore[row.module] += (*rw)["score"].get<double>() * double(w);
            scoredLines[row.module] += w;
            ++row.scoredFiles;
            if ((*rw).contains("effort_days") && (*rw)["effort_days"].is_number())
                row.effortDays += (*rw)["effort_days"].get<double>();
        }
    }
    std::map<QString, std::map<QString, int>> findingCounts; // module → type → count
    for (const auto& f : *m_findings) {
        const QString path = string(f, "file");
        if (!path.isEmpty())
            ++findingCounts[moduleOf(path)][string(f, "type")];
    }
    std::vector<ModuleRow> out;
    for (auto& [name, row] : rows) {
        qint64 best = -1;
        for (const auto& [ip, lines] : row.ipLines)
            if (lines > best) {
                best = lines;
                row.origin = ip;
            }
        std::vector<std::pair<QString, qint64>> lics(row.licenseFiles.begin(), row.licenseFiles.end());
        std::sort(lics.begin(), lics.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        for (const auto& l : lics)
            row.licenses << l.first;
        if (scoredLines[name] > 0)
            row.score = weightedScore[name] / double(scoredLines[name]);
        if (row.score >= 0)
            row.rewriteable = row.score >= 60 ? QStringLiteral("yes")
                : row.score >= 35             ? QStringLiteral("partly")
                                              : QStringLiteral("no");
        else
            row.rewriteable = QStringLiteral("n/a");

        qint64 total = 0; // (no lambda: clang 14, the fuzz build's compiler, cannot capture a structured binding)
        for (const auto& [ip, l] : row.ipLines)
            total += l;
        total = std::max<qint64>(1, total);
        if (row.ipLines.size() > 1) {
            QStringList mix;
            for (const auto& [ip, lines] : row.ipLines)
                if (ip != row.origin && qRound(100.0 * double(lines) / double(total)) >= 1)
                    mix << QStringLiteral("%1% %2").arg(qRound(100.0 * double(lines) / double(total))).arg(ip);
            if (!mix.isEmpty())
                row.notes << QStringLiteral("mixed: ") + mix.join(QStringLiteral(", "));
        }
        const QString coarse = coarseCategory(row.worstCategory);
        if (coarse == QLatin1String("strong-copyleft") || coarse == QLatin1String("weak-copyleft")
            || coarse == QLatin1String("proprietary"))
            row.notes << QStringLiteral("%1 license present").arg(row.worstCategory);
        const auto& counts = findingCounts[name];
        for (const auto& [type, n] : counts) {
            if (type == QLatin1String("secret"))
                row.notes << QStringLiteral("%1 secret%2").arg(n).arg(n == 1 ? QString() : QStringLiteral("s"));
            else if (type == QLatin1String("vulnerability"))
                row.notes << QStringLiteral("%1 vulnerability finding%2")
                                 .arg(n)
                                 .arg(n == 1 ? QString() : QStringLiteral("s"));
            else if (type == QLatin1String("license"))
                row.notes
                    << QStringLiteral("%1 license finding%2").arg(n).arg(n == 1 ? QString() : QStringLiteral("s"));
        }
        if (row.effortDays > 0)
            row.notes << QStringLiteral("rewrite ≈ %1 person-days").arg(row.effortDays, 0, 'f', 1);
        out.push_back(std::move(row));
    }
    std::sort(out.begin(), out.end(), [](const ModuleRow& a, const ModuleRow& b) {
        return a.lines != b.lines ? a.lines > b.lines : a.module < b.module;
    });
    return out;
}

} // namespace assay::reports
