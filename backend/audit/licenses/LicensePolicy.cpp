// SPDX-License-Identifier: GPL-3.0-or-later
#include "LicensePolicy.h"

#include "SpdxExpression.h"

#include "core/Json.h"

#include <QFile>

static void initLicensePolicyResources()
{
    Q_INIT_RESOURCE(assay_licenses_rules);
}

namespace assay::licenses {

namespace {

using Node = SpdxExpression::Node;

LicenseCategory categoryFromName(const QString& s)
{
    static const std::map<QString, LicenseCategory> map {
        {QStringLiteral("public-domain"), LicenseCategory::PublicDomain},
        {QStringLiteral("permissive"), LicenseCategory::Permissive},
        {QStringLiteral("weak-copyleft"), LicenseCategory::WeakCopyleft},
        {QStringLiteral("strong-copyleft"), LicenseCategory::StrongCopyleft},
        {QStringLiteral("network-copyleft"), LicenseCategory::NetworkCopyleft},
        {QStringLiteral("non-commercial"), LicenseCategory::NonCommercial},
        {QStringLiteral("proprietary"), LicenseCategory::Proprietary},
    };
    auto it = map.find(s);
    return it == map.end() ? LicenseCategory::Unknown : it->second;
}

int rank(LicenseCategory c)
{
    switch (c) {
    case LicenseCategory::None:
        return 0;
    case LicenseCategory::PublicDomain:
        return 1;
    case LicenseCategory::Permissive:
        return 2;
    case LicenseCategory::Unknown:
        return 3;
    case LicenseCategory::WeakCopyleft:
        return 4;
    case LicenseCategory::StrongCopyleft:
        return 5;
    case LicenseCategory::NetworkCopyleft:
        return 6;
    case LicenseCategory::NonCommercial:
        return 7;
    case LicenseCategory::Proprietary:
        return 8;
    }
    return 3;
}

// Disjunctive normal form: each alternative is the list of atoms ("GPL-2.0-only WITH Classpath-exception-2.0")
// that must all be honoured. Capped so that a pathological expression cannot explode.
std::vector<QStringList> alternatives(const Node& n)
{
    switch (n.kind) {
    case Node::Kind::License:
        return {QStringList {QString::fromStdString(n.id)}};
    case Node::Kind::With:
        return {QStringList {QString::fromStdString(n.children.front().id) + QStringLiteral(" WITH ")
            + QString::fromStdString(n.exception)}};
    case Node::Kind::Or: {
        std::vector<QStringList> out;
        for (const auto& c : n.children)
            for (auto& a : alternatives(c))
                if (out.size() < 64)
                    out.push_back(std::move(a));
        return out;
    }
    case Node::Kind::And: {
        std::vector<QStringList> out {QStringList {}};
        for (const auto& c : n.children) {
            std::vector<QStringList> next;
            for (const auto& left : out)
                for (const auto& right : alternatives(c))
                    if (next.size() < 64)
                        next.push_back(left + right);
            out = std::move(next);
        }
        return out;
    }
    }
    return {};
}

std::vector<QStringList> alternatives(const QString& expression)
{
    auto parsed = SpdxExpression::parse(expression);
    if (!parsed)
        return {QStringList {expression}};
    return alternatives(parsed->root());
}

bool isGpl2Only(const QString& id)
{
    return id == QLatin1String("GPL-2.0-only") || id == QLatin1String("GPL-2.0");
}
bool isGpl3(const QString& id)
{
    return id.startsWith(QLatin1String("GPL-3.0"));
}
bool isGpl(const QString& id)
{
    return id.startsWith(QLatin1String("GPL-"));
}

} // namespace

QString categoryName(LicenseCategory c)
{
    switch (c) {
    case LicenseCategory::None:
        return QStringLiteral("none");
    case LicenseCategory::PublicDomain:
        return QStringLiteral("public-domain");
    case LicenseCategory::Permissive:
        return QStringLiteral("permissive");
    case LicenseCategory::WeakCopyleft:
        return QStringLiteral("weak-copyleft");
    case LicenseCategory::StrongCopyleft:
        return QStringLiteral("strong-copyleft");
    case LicenseCategory::NetworkCopyleft:
        return QStringLiteral("network-copyleft");
    case LicenseCategory::NonCommercial:
        return QStringLiteral("non-commercial");
    case LicenseCategory::Proprietary:
        return QStringLiteral("proprietary");
    case LicenseCategory::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

bool globMatch(const QString& pattern, const QString& id)
{
    // '*' matches any run of characters; case-insensitive like SPDX ids.
    const QStringList parts = pattern.split(QLatin1Char('*'));
    qsizetype pos = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& part = parts[i];
        if (part.isEmpty())
            continue;
        const qsizetype at = id.indexOf(part, pos, Qt::CaseInsensitive);
        if (at < 0 || (i == 0 && at != 0))
            return false;
        pos = at + part.size();
    }
    return parts.back().isEmpty() || pos == id.size();
}

LicensePolicy LicensePolicy::fromJson(const nlohmann::json& doc)
{
    LicensePolicy p;
    if (doc.contains("categories") && doc["categories"].is_array())
        for (const auto& c : doc["categories"])
            if (c.is_array() && c.size() == 2 && c[0].is_string() && c[1].is_string())
                p.m_categories.emplace_back(
                    json::qstr(c[0].get<std::string>()), categoryFromName(json::qstr(c[1].get<std::string>())));
    if (doc.contains("risk_list"))
        p.m_riskList = json::toStringList(doc["risk_list"]);
    if (doc.contains("linking_exceptions"))
        p.m_linkingExceptions = json::toStringList(doc["linking_exceptions"]);
    if (doc.contains("severity") && doc["severity"].is_object())
        for (const auto& [k, v] : doc["severity"].items())
            if (v.is_string())
                p.m_severity[json::qstr(k)] = json::qstr(v.get<std::string>());
    if (doc.contains("risk_factor") && doc["risk_factor"].is_object())
        for (const auto& [k, v] : doc["risk_factor"].items())
            if (v.is_number())
                p.m_riskFactor[json::qstr(k)] = v.get<double>();
    return p;
}

LicensePolicy LicensePolicy::load(const nlohmann::json& settings)
{
    initLicensePolicyResources();
    static const nlohmann::json defaults = [] {
        QFile f(QStringLiteral(":/licenses/risk.json"));
        if (!f.open(QIODevice::ReadOnly))
            return nlohmann::json::object();
        return nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
    }();
    LicensePolicy p = fromJson(defaults.is_object() ? defaults : nlohmann::json::object());
    if (settings.is_object()) {
        // An empty list means "the built-in list" (the settings default).
        if (settings.contains("license_risk_list") && settings["license_risk_list"].is_array()
            && !settings["license_risk_list"].empty())
            p.m_riskList = json::toStringList(settings["license_risk_list"]);
        if (settings.contains("declared_license") && settings["declared_license"].is_string())
            p.m_declared = json::qstr(settings["declared_license"].get<std::string>());
    }
    return p;
}

LicenseCategory LicensePolicy::category(const QString& atom) const
{
    QString id = atom;
    QString exception;
    if (const auto at = atom.indexOf(QStringLiteral(" WITH ")); at >= 0) {
        id = atom.left(at);
        exception = atom.mid(at + 6);
    }
    if (id.endsWith(QLatin1Char('+')))
        id.chop(1);
    LicenseCategory c = LicenseCategory::Unknown;
    for (const auto& [glob, cat] : m_categories)
        if (globMatch(glob, id)) {
            c = cat;
            break;
        }
    if (!exception.isEmpty() && (c == LicenseCategory::StrongCopyleft || c == LicenseCategory::NetworkCopyleft))
        for (const auto& e : m_linkingExceptions)
            if (globMatch(e, exception))
                return LicenseCategory::WeakCopyleft;
    return c;
}

LicenseCategory LicensePolicy::expressionCategory(const QString& expression) const
{
    if (expression.isEmpty())
        return LicenseCategory::None;
    // The least risky alternative a licensee may choose, and within it the riskiest obligation.
    LicenseCategory best = LicenseCategory::Proprietary;
    bool any = false;
    for (const auto& alt : alternatives(expression)) {
        LicenseCategory worst = LicenseCategory::None;
        for (const auto& atom : alt)
            if (rank(category(atom)) > rank(worst))
                worst = category(atom);
        if (!any || rank(worst) < rank(best))
            best = worst;
        any = true;
    }
    return any ? best : LicenseCategory::Unknown;
}

double LicensePolicy::riskFactor(const QString& expression) const
{
    const auto name = categoryName(expressionCategory(expression));
    auto it = m_riskFactor.find(name);
    return it == m_riskFactor.end() ? 0.5 : it->second;
}

QStringList LicensePolicy::riskListed(const QString& expression) const
{
    QStringList out;
    auto parsed = SpdxExpression::parse(expression);
    if (!parsed)
        return out;
    // Listed only when every alternative carries a listed license (MIT OR GPL-2.0 is a free choice).
    const auto alts = alternatives(parsed->root());
    for (const auto& alt : alts) {
        QStringList listed;
        for (const auto& atom : alt) {
            const QString id = atom.section(QStringLiteral(" WITH "), 0, 0);
            for (const auto& g : m_riskList)
                if (globMatch(g, id)) {
                    listed << id;
                    break;
                }
        }
        if (listed.isEmpty())
            return {};
        for (const auto& l : listed)
            if (!out.contains(l))
                out << l;
    }
    return out;
}

QString LicensePolicy::severityFor(LicenseCategory c) const
{
    auto it = m_severity.find(categoryName(c));
    return it == m_severity.end() ? QStringLiteral("low") : it->second;
}

std::optional<Conflict> LicensePolicy::conflictIds(const QString& fileAtom, const QString& declaredAtom) const
{
    const auto fc = category(fileAtom);
    const auto dc = category(declaredAtom);
    const QString f = fileAtom.section(QStringLiteral(" WITH "), 0, 0);
    const QString d = declaredAtom.section(QStringLiteral(" WITH "), 0, 0);
    if (f == d)
        return std::nullopt;
    const bool declaredOpen = dc == LicenseCategory::Permissive || dc == LicenseCategory::PublicDomain
        || dc == LicenseCategory::WeakCopyleft || dc == LicenseCategory::StrongCopyleft
        || dc == LicenseCategory::NetworkCopyleft;
    if ((fc == LicenseCategory::Proprietary || fc == LicenseCategory::NonCommercial) && declaredOpen)
        return Conflict {QStringLiteral("high"),
            QStringLiteral("%1 code cannot be redistributed under the repository's open-source license %2.").arg(f, d)};
    if (dc == LicenseCategory::Proprietary || dc == LicenseCategory::NonCommercial) {
        if (fc == LicenseCategory::StrongCopyleft || fc == LicenseCategory::NetworkCopyleft)
            return Conflict {QStringLiteral("critical"),
                QStringLiteral("%1 requires releasing the source of the whole work, which the repository's "
                               "proprietary license %2 does not allow.")
                    .arg(f, d)};
        if (fc == LicenseCategory::WeakCopyleft)
            return Conflict {QStringLiteral("medium"),
                QStringLiteral("%1 in a proprietary product is allowed only under its conditions (dynamic "
                               "linking or file-level source disclosure).")
                    .arg(f)};
        return std::nullopt;
    }
    if ((dc == LicenseCategory::Permissive || dc == LicenseCategory::PublicDomain)
        && (fc == LicenseCategory::StrongCopyleft || fc == LicenseCategory::NetworkCopyleft))
        return Conflict {QStringLiteral("high"),
            QStringLiteral("%1 would put the whole work under copyleft, which the repository's permissive "
                           "license %2 does not impose.")
                .arg(f, d)};
    if (isGpl(d)) {
        const bool gpl2Only = isGpl2Only(d);
        if (gpl2Only
            && (f.startsWith(QLatin1String("Apache-2")) || isGpl3(f) || f.startsWith(QLatin1String("LGPL-3"))
                || f.startsWith(QLatin1String("AGPL-3"))))
            return Conflict {QStringLiteral("high"),
                QStringLiteral("%1 is incompatible with GPL-2.0-only (it adds terms GPLv2 forbids).").arg(f)};
        if (isGpl3(d) && isGpl2Only(f))
            return Conflict {
                QStringLiteral("high"), QStringLiteral("GPL-2.0-only code cannot be relicensed under %1.").arg(d)};
        for (const char* incompatible :
            {"CDDL-", "EPL-1.0", "MPL-1.", "CPL-1.0", "Apache-1.", "BSD-4-Clause", "OpenSSL"})
            if (f.startsWith(QLatin1String(incompatible)))
                return Conflict {
                    QStringLiteral("high"), QStringLiteral("%1 is incompatible with the GPL (%2).").arg(f, d)};
        if (fc == LicenseCategory::NetworkCopyleft)
            return Conflict {QStringLiteral("medium"),
                QStringLiteral("%1 adds network-use obligations beyond the repository's %2.").arg(f, d)};
    }
    if (d.startsWith(QLatin1String("LGPL-"))
        && (fc == LicenseCategory::StrongCopyleft || fc == LicenseCategory::NetworkCopyleft))
        return Conflict {QStringLiteral("high"),
            QStringLiteral("%1 code turns the repository's %2 library into a %1 work.").arg(f, d)};
    return std::nullopt;
}

std::optional<Conflict> LicensePolicy::conflict(const QString& fileExpr, const QString& declaredExpr) const
{
    if (fileExpr.isEmpty() || declaredExpr.isEmpty())
        return std::nullopt;
    // Fine when some choice of the file's alternatives fits some choice of the declared ones.
    std::optional<Conflict> first;
    for (const auto& fa : alternatives(fileExpr)) {
        for (const auto& da : alternatives(declaredExpr)) {
            std::optional<Conflict> c;
            for (const auto& f : fa) {
                for (const auto& d : da)
                    if ((c = conflictIds(f, d)))
                        break;
                if (c)
                    break;
            }
            if (!c)
                return std::nullopt;
            if (!first)
                first = c;
        }
    }
    return first;
}

} // namespace assay::licenses
