// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyEngine.h"

#include "AuditView.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <set>

namespace assay::reports {

using assay::json::qstr;
using assay::json::str;

namespace {

const QStringList kActions {QStringLiteral("block"), QStringLiteral("warn"), QStringLiteral("info")};
const QStringList kSeverities {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
    QStringLiteral("low"), QStringLiteral("info")};
const QStringList kCategories {QStringLiteral("permissive"), QStringLiteral("weak-copyleft"),
    QStringLiteral("strong-copyleft"), QStringLiteral("proprietary"), QStringLiteral("unknown"),
    QStringLiteral("public-domain"), QStringLiteral("network-copyleft"), QStringLiteral("non-commercial")};
const QStringList kIpClasses {QStringLiteral("foreground"), QStringLiteral("third_party"), QStringLiteral("background"),
    QStringLiteral("unknown")};
const QStringList kFindingTypes {
    QStringLiteral("license"), QStringLiteral("secret"), QStringLiteral("vulnerability"), QStringLiteral("policy")};
const QStringList kOps {QStringLiteral(">"), QStringLiteral(">="), QStringLiteral("<"), QStringLiteral("<="),
    QStringLiteral("=="), QStringLiteral("!=")};
const QStringList kRuleKeys {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
    QStringLiteral("severity"), QStringLiteral("action"), QStringLiteral("enabled"), QStringLiteral("when"),
    QStringLiteral("condition"), QStringLiteral("message")};
const QStringList kWhenKeys {QStringLiteral("license_in"), QStringLiteral("license_category"),
    QStringLiteral("ip_class"), QStringLiteral("finding_type"), QStringLiteral("severity_at_least"),
    QStringLiteral("vulnerability_severity_at_least"), QStringLiteral("metric"), QStringLiteral("op"),
    QStringLiteral("value"), QStringLiteral("path_glob")};

// Parsing errors carry the YAML mark of the offending node.
class PolicyError
{
public:
    PolicyError(const YAML::Node& node, QString field, QString what)
        : line(node.Mark().is_null() ? -1 : node.Mark().line + 1)
        , field(std::move(field))
        , what(std::move(what))
    { }
    int line;
    QString field;
    QString what;
};

QString scalarText(const YAML::Node& n)
{
    return QString::fromStdString(n.Scalar());
}

QString requireString(const YAML::Node& n, const QString& field)
{
    if (!n.IsScalar())
        throw PolicyError(n, field, QStringLiteral("must be a text value"));
    return scalarText(n).trimmed();
}

QString oneOf(const YAML::Node& n, const QString& field, const QStringList& allowed)
{
    const QString v = requireString(n, field).toLower();
    if (!allowed.contains(v))
        throw PolicyError(n, field,
            QStringLiteral("'%1' is not one of %2").arg(scalarText(n).left(40), allowed.join(QStringLiteral(", "))));
    return v;
}

// A string or a list of strings, each optionally checked against `allowed`.
QStringList stringList(const YAML::Node& n, const QString& field, const QStringList& allowed = {})
{
    QStringList out;
    auto add = [&](const YAML::Node& item, const QString& itemField) {
        QString v = requireString(item, itemField);
        if (!allowed.isEmpty()) {
            v = v.toLower();
            if (!allowed.contains(v))
                throw PolicyError(item, itemField,
                    QStringLiteral("'%1' is not one of %2")
                        .arg(scalarText(item).left(40), allowed.join(QStringLiteral(", "))));
        }
        if (v.isEmpty())
            throw PolicyError(item, itemField, QStringLiteral("is empty"));
        out << v;
    };
    if (n.IsSequence()) {
        if (n.size() == 0)
            throw PolicyError(n, field, QStringLiteral("is an empty list"));
        for (std::size_t i = 0; i < n.size(); ++i)
            add(n[i], QStringLiteral("%1[%2]").arg(field).arg(i));
    } else {
        add(n, field);
    }
    return out;
}

bool boolean(const YAML::Node& n, const QString& field)
{
    const QString v = requireString(n, field).toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("off"))
        return false;
    throw PolicyError(n, field, QStringLiteral("must be true or false"));
}

Json scalarValue(const YAML::Node& n, const QString& field)
{
    if (n.IsSequence()) {
        Json list = Json::array();
        for (std::size_t i = 0; i < n.size(); ++i)
            list.push_back(scalarValue(n[i], QStringLiteral("%1[%2]").arg(field).arg(i)));
        return list;
    }
    const QString v = requireString(n, field);
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (ok && n.Tag() != "!")
        return d;
    return str(v);
}

PolicyRule parseRule(const YAML::Node& n, const QString& field, const QStringList& facts)
{
    if (!n.IsMap())
        throw PolicyError(n, field, QStringLiteral("must be a mapping with id, action and when or condition"));
    for (const auto& kv : n) {
        const QString key = scalarText(kv.first);
        if (!kRuleKeys.contains(key))
            throw PolicyError(kv.first, field + QLatin1Char('.') + key,
                QStringLiteral("is not a policy field (use %1)").arg(kRuleKeys.join(QStringLiteral(", "))));
    }
    PolicyRule r;
    if (!n["id"])
        throw PolicyError(n, field + QStringLiteral(".id"), QStringLiteral("is missing"));
    r.id = requireString(n["id"], field + QStringLiteral(".id"));
    if (r.id.isEmpty())
        throw PolicyError(n["id"], field + QStringLiteral(".id"), QStringLiteral("is empty"));
    r.name = n["name"] ? requireString(n["name"], field + QStringLiteral(".name")) : r.id;
    if (n["description"])
        r.description = requireString(n["description"], field + QStringLiteral(".description"));
    if (n["message"])
        r.message = requireString(n["message"], field + QStringLiteral(".message"));
    if (n["severity"])
        r.severity = normalizeSeverity(oneOf(n["severity"], field + QStringLiteral(".severity"),
            kSeverities
                + QStringList {QStringLiteral("moderate"), QStringLiteral("error"), QStringLiteral("warning")}));
    if (!n["action"])
        throw PolicyError(n, field + QStringLiteral(".action"), QStringLiteral("is missing (block, warn or info)"));
    r.action = oneOf(n["action"], field + QStringLiteral(".action"), kActions);
    if (n["enabled"])
        r.enabled = boolean(n["enabled"], field + QStringLiteral(".enabled"));

    const bool hasWhen = bool(n["when"]), hasCondition = bool(n["condition"]);
    if (hasWhen == hasCondition)
        throw PolicyError(n, field,
            hasWhen ? QStringLiteral("has both 'when' and 'condition'; use one")
                    : QStringLiteral("needs a 'when' mapping or a 'condition' string"));
    if (hasCondition) {
        const QString text = requireString(n["condition"], field + QStringLiteral(".condition"));
        auto expr = PolicyExpression::parse(text, facts);
        if (!expr)
            throw PolicyError(n["condition"], field + QStringLiteral(".condition"), expr.error().message);
        r.condition = std::move(*expr);
        return r;
    }
    const YAML::Node when = n["when"];
    const QString wf = field + QStringLiteral(".when");
    if (!when.IsMap() || when.size() == 0)
        throw PolicyError(
            when, wf, QStringLiteral("must be a mapping of conditions (%1)").arg(kWhenKeys.join(QStringLiteral(", "))));
    r.hasWhen = true;
    for (const auto& kv : when) {
        const QString key = scalarText(kv.first);
        const QString kf = wf + QLatin1Char('.') + key;
        const YAML::Node& v = kv.second;
        if (key == QLatin1String("license_in"))
            r.licenseIn = stringList(v, kf);
        else if (key == QLatin1String("license_category"))
            r.licenseCategories = stringList(v, kf, kCategories);
        else if (key == QLatin1String("ip_class"))
            r.ipClasses = stringList(v, kf, kIpClasses);
        else if (key == QLatin1String("finding_type"))
            r.findingTypes = stringList(v, kf, kFindingTypes);
        else if (key == QLatin1String("severity_at_least"))
            r.severityAtLeast = normalizeSeverity(oneOf(v, kf, kSeverities + QStringList {QStringLiteral("moderate")}));
        else if (key == QLatin1String("vulnerability_severity_at_least"))
            r.vulnerabilitySeverityAtLeast
                = normalizeSeverity(oneOf(v, kf, kSeverities + QStringList {QStringLiteral("moderate")}));
        else if (key == QLatin1String("path_glob"))
            r.pathGlobs = stringList(v, kf);
        else if (key == QLatin1String("metric")) {
            r.metric = requireString(v, kf);
            bool known = false;
            for (const auto& f : facts)
                known = known || f.compare(r.metric.section(QLatin1Char('.'), 0, 0), Qt::CaseInsensitive) == 0;
            if (!known)
                throw PolicyError(v, kf,
                    QStringLiteral("'%1' is not a known metric (%2)").arg(r.metric, facts.join(QStringLiteral(", "))));
        } else if (key == QLatin1String("op")) {
            r.op = requireString(v, kf);
            if (r.op == QLatin1String("="))
                r.op = QStringLiteral("==");
            if (!kOps.contains(r.op))
                throw PolicyError(
                    v, kf, QStringLiteral("'%1' is not one of %2").arg(r.op, kOps.join(QStringLiteral(" "))));
        } else if (key == QLatin1String("value")) {
            r.value = scalarValue(v, kf);
        } else {
            throw PolicyError(kv.first, kf,
                QStringLiteral("is not a condition key (use %1)").arg(kWhenKeys.join(QStringLiteral(", "))));
        }
    }
    const bool metricParts = !r.metric.isEmpty() || !r.op.isEmpty() || !r.value.is_null();
    if (metricParts && (r.metric.isEmpty() || r.op.isEmpty() || r.value.is_null()))
        throw PolicyError(when, wf, QStringLiteral("needs metric, op and value together"));
    return r;
}

QString sourceLabel(const QString& sourceName)
{
    return sourceName.isEmpty() ? QStringLiteral("policy") : sourceName;
}

Error policyError(const QString& sourceName, int line, const QString& field, const QString& what)
{
    QString where = sourceLabel(sourceName);
    if (line > 0)
        where += QStringLiteral(", line %1").arg(line);
    QString sentence = field.isEmpty() ? QStringLiteral("Invalid policy %1: %2.").arg(where, what)
                                       : QStringLiteral("Invalid policy %1: %2 %3.").arg(where, field, what);
    sentence.replace(QStringLiteral(".."), QStringLiteral("."));
    return Error::validation(sentence, {{"field", str(field)}, {"line", line}});
}

// --- evaluation -------------------------------------------------------------------------------

bool isOpenFinding(const Json& f)
{
    const QString status = AuditView::string(f, "status", QStringLiteral("open"));
    return status != QLatin1String("false_positive") && status != QLatin1String("resolved");
}

// An expression matches `license_in` when each of its OR alternatives contains a listed id.
bool expressionListed(const QString& expression, const QStringList& listed)
{
    if (expression.isEmpty())
        return false;
    auto idMatches = [&](const QString& id) {
        for (const auto& l : listed) {
            if (l.compare(id, Qt::CaseInsensitive) == 0)
                return true;
            if (l.contains(QLatin1Char('*'))) {
                const QRegularExpression re(
                    QRegularExpression::wildcardToRegularExpression(l), QRegularExpression::CaseInsensitiveOption);
                if (re.match(id).hasMatch())
                    return true;
            } else if (id.startsWith(l + QLatin1Char('-'), Qt::CaseInsensitive)
                || id.startsWith(l + QLatin1Char('+'), Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    };
    static const QRegularExpression orSplit(QStringLiteral("\\s+OR\\s+"), QRegularExpression::CaseInsensitiveOption);
    QString e = expression;
    e.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    for (const auto& alternative : e.split(orSplit)) {
        bool any = false;
        for (const auto& id : licenseIds(alternative))
            any = any || idMatches(id);
        if (!any)
            return false;
    }
    return true;
}

bool categoryMatches(const QString& expression, const QStringList& wanted)
{
    if (expression.isEmpty())
        return false;
    const QString fine = licenseCategory(expression);
    const QString coarse = coarseCategory(fine);
    return wanted.contains(fine) || wanted.contains(coarse);
}

bool globsMatch(const QStringList& globs, const QString& path)
{
    if (path.isEmpty())
        return false;
    for (const auto& g : globs)
        if (pathGlobMatch(g, path))
            return true;
    return false;
}

bool metricHolds(const PolicyRule& r, const Json& facts, Json* actual)
{
    const Json v = PolicyExpression::lookup(facts, r.metric);
    if (actual)
        *actual = v;
    auto quote = [](const Json& j) {
        if (j.is_string())
            return QStringLiteral("'%1'").arg(
                qstr(j.get<std::string>()).replace(QLatin1Char('\''), QStringLiteral("\\'")));
        if (j.is_array()) {
            QStringList items;
            for (const auto& i : j)
                items << (i.is_string() ? QStringLiteral("'%1'").arg(qstr(i.get<std::string>())) : qstr(i.dump()));
            return QStringLiteral("[%1]").arg(items.join(QStringLiteral(", ")));
        }
        return qstr(j.dump());
    };
    auto expr = PolicyExpression::parse(
        QStringLiteral("%1 %2 %3").arg(r.metric, r.op, quote(r.value)), PolicyEngine::factNames());
    return expr && expr->evaluate(facts);
}

QString formatValue(const Json& v)
{
    Json s = v.is_object() && v.contains("total") ? v["total"] : v;
    if (s.is_number_float()) {
        const double d = s.get<double>();
        return QString::number(d, 'f', d == std::floor(d) ? 0 : 1);
    }
    if (s.is_string())
        return qstr(s.get<std::string>());
    return qstr(s.dump());
}

// Findings related to a fact a condition or a metric reads.
QStringList relatedFindings(const AuditView& view, const QStringList& variables, const Json& audit)
{
    Q_UNUSED(audit);
    QStringList ids;
    for (const auto& var : variables) {
        const QString v = var.toLower();
        QString type;
        QString severity;
        if (v.startsWith(QLatin1String("secret")))
            type = QStringLiteral("secret");
        else if (v.startsWith(QLatin1String("vulnerabilit")) || v == QLatin1String("max_cvss")) {
            type = QStringLiteral("vulnerability");
            severity = v.section(QLatin1Char('.'), 1, 1);
            if (severity == QLatin1String("total"))
                severity.clear();
        } else if (v.startsWith(QLatin1String("license")) || v.contains(QLatin1String("copyleft"))
            || v.startsWith(QLatin1String("proprietary")))
            type = QStringLiteral("license");
        else if (v.startsWith(QLatin1String("finding_count."))) {
            type = v.section(QLatin1Char('.'), 1, 1);
            if (type == QLatin1String("total"))
                type.clear();
        }
        if (type.isEmpty())
            continue;
        for (const auto& f : view.findings()) {
            if (!isOpenFinding(f) || AuditView::string(f, "type") != type)
                continue;
            if (!severity.isEmpty() && normalizeSeverity(AuditView::string(f, "severity")) != severity)
                continue;
            const QString id = AuditView::string(f, "id");
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

struct Match
{
    QStringList examples;
    qint64 count = 0;
    QString noun;
    QStringList findingIds;
    void add(const QString& example, const QString& findingId = {})
    {
        ++count;
        if (examples.size() < 5)
            examples << example;
        if (!findingId.isEmpty() && !findingIds.contains(findingId))
            findingIds << findingId;
    }
};

QString plural(qint64 n, const QString& noun)
{
    if (n == 1)
        return QStringLiteral("1 %1").arg(noun);
    if (noun.endsWith(QLatin1String("y")))
        return QStringLiteral("%1 %2ies").arg(n).arg(noun.chopped(1));
    return QStringLiteral("%1 %2s").arg(n).arg(noun);
}

std::optional<Match> evaluateWhen(const PolicyRule& r, const AuditView& view, const Json& facts)
{
    const bool findingDomain = !r.findingTypes.isEmpty() || !r.severityAtLeast.isEmpty();
    const bool vulnDomain = !findingDomain && !r.vulnerabilitySeverityAtLeast.isEmpty();
    const bool licenseKeys = !r.licenseIn.isEmpty() || !r.licenseCategories.isEmpty();
    const bool fileDomain
        = !findingDomain && !vulnDomain && (licenseKeys || !r.ipClasses.isEmpty() || !r.pathGlobs.isEmpty());

    Json metricValue;
    if (!r.metric.isEmpty() && !metricHolds(r, facts, &metricValue))
        return std::nullopt;

    Match m;
    std::map<QString, QString> vulnSeverity; // advisory id → severity
    for (const auto& v : view.vulnerabilities())
        vulnSeverity[AuditView::string(v, "id")] = normalizeSeverity(AuditView::string(v, "severity"));

    if (findingDomain) {
        m.noun = QStringLiteral("finding");
        for (const auto& f : view.findings()) {
            if (!isOpenFinding(f))
                continue;
            const QString type = AuditView::string(f, "type");
            const QString path = AuditView::string(f, "file");
            const Json* file = view.file(path);
            const QString license = file ? AuditView::string(*file, "license") : QString();
            if (!r.findingTypes.isEmpty() && !r.findingTypes.contains(type))
                continue;
            if (!r.severityAtLeast.isEmpty()
                && severityRank(AuditView::string(f, "severity")) < severityRank(r.severityAtLeast))
                continue;
            if (!r.vulnerabilitySeverityAtLeast.isEmpty()) {
                if (type != QLatin1String("vulnerability"))
                    continue;
                const QString ruleId = AuditView::string(f, "rule_id");
                const QString sev = vulnSeverity.count(ruleId) ? vulnSeverity[ruleId]
                                                               : normalizeSeverity(AuditView::string(f, "severity"));
                if (severityRank(sev) < severityRank(r.vulnerabilitySeverityAtLeast))
                    continue;
            }
            if (!r.pathGlobs.isEmpty() && !globsMatch(r.pathGlobs, path))
                continue;
            if (!r.ipClasses.isEmpty() && !(file && r.ipClasses.contains(AuditView::string(*file, "ip_class"))))
                continue;
            if (!r.licenseIn.isEmpty() && !expressionListed(license, r.licenseIn))
                continue;
            if (!r.licenseCategories.isEmpty() && !categoryMatches(license, r.licenseCategories))
                continue;
            QString where = path;
            const qint64 line = AuditView::integer(f, "line");
            if (!where.isEmpty() && line > 0)
                where += QStringLiteral(":%1").arg(line);
            m.add(where.isEmpty() ? AuditView::string(f, "title")
                                  : QStringLiteral("%1 (%2)").arg(AuditView::string(f, "title"), where),
                AuditView::string(f, "id"));
        }
    } else if (vulnDomain) {
        m.noun = QStringLiteral("vulnerability");
        for (const auto& v : view.vulnerabilities()) {
            const QString id = AuditView::string(v, "id");
            const QString sev = normalizeSeverity(AuditView::string(v, "severity"));
            if (severityRank(sev) < severityRank(r.vulnerabilitySeverityAtLeast))
                continue;
            QString findingId;
            bool triagedAway = false;
            QString manifest;
            for (const auto& f : view.findings())
                if (AuditView::string(f, "type") == QLatin1String("vulnerability")
                    && AuditView::string(f, "rule_id") == id) {
                    if (!isOpenFinding(f)) {
                        triagedAway = true;
                        continue;
                    }
                    findingId = AuditView::string(f, "id");
                    manifest = AuditView::string(f, "file");
                }
            if (triagedAway && findingId.isEmpty())
                continue;
            if (!r.pathGlobs.isEmpty() && !globsMatch(r.pathGlobs, manifest))
                continue;
            m.add(QStringLiteral("%1 in %2 (%3)").arg(id, AuditView::string(v, "purl"), sev), findingId);
        }
    } else if (fileDomain) {
        m.noun = QStringLiteral("file");
        QSet<QString> matchedPaths;
        for (const auto& f : view.files()) {
            const QString path = AuditView::string(f, "path");
            const QString license = AuditView::string(f, "license");
            if (!r.ipClasses.isEmpty()
                && !r.ipClasses.contains(AuditView::string(f, "ip_class", QStringLiteral("unknown"))))
                continue;
            if (!r.pathGlobs.isEmpty() && !globsMatch(r.pathGlobs, path))
                continue;
            if (!r.licenseIn.isEmpty() && !expressionListed(license, r.licenseIn))
                continue;
            if (!r.licenseCategories.isEmpty() && !categoryMatches(license, r.licenseCategories))
                continue;
            matchedPaths.insert(path);
            m.add(license.isEmpty() ? path : QStringLiteral("%1 (%2)").arg(path, license));
        }
        // Declared dependencies are third-party code too: license keys apply to them.
        qint64 depCount = 0;
        if (licenseKeys && (r.ipClasses.isEmpty() || r.ipClasses.contains(QStringLiteral("third_party")))) {
            for (const auto& d : view.dependencies()) {
                const QString expression
                    = json::toStringList(d.value("licenses", Json::array())).join(QStringLiteral(" AND "));
                if (expression.isEmpty())
                    continue;
                if (!r.pathGlobs.isEmpty() && !globsMatch(r.pathGlobs, AuditView::string(d, "manifest")))
                    continue;
                if (!r.licenseIn.isEmpty() && !expressionListed(expression, r.licenseIn))
                    continue;
                if (!r.licenseCategories.isEmpty() && !categoryMatches(expression, r.licenseCategories))
                    continue;
                ++depCount;
                m.add(QStringLiteral("dependency %1@%2 (%3)")
                          .arg(AuditView::string(d, "name"), AuditView::string(d, "version"), expression));
                --m.count; // counted separately below
            }
        }
        for (const auto& f : view.findings()) {
            if (!isOpenFinding(f) || !matchedPaths.contains(AuditView::string(f, "file")))
                continue;
            if (licenseKeys && AuditView::string(f, "type") != QLatin1String("license"))
                continue;
            const QString id = AuditView::string(f, "id");
            if (!id.isEmpty() && !m.findingIds.contains(id))
                m.findingIds << id;
        }
        if (m.count == 0 && depCount == 0)
            return std::nullopt;
        if (depCount > 0)
            m.noun = m.count > 0
                ? QStringLiteral("%1 and %2")
                      .arg(plural(m.count, QStringLiteral("file")), plural(depCount, QStringLiteral("dependency")))
                : plural(depCount, QStringLiteral("dependency"));
        else
            m.noun = plural(m.count, QStringLiteral("file"));
        m.count = m.count + depCount;
        m.examples.prepend(m.noun); // marker consumed by the caller
        return m;
    } else {
        // Only a metric: the repository as a whole.
        m.noun = QStringLiteral("metric");
        m.count = 1;
        m.findingIds = relatedFindings(view, {r.metric}, view.doc());
        m.examples
            << QStringLiteral("%1 = %2 (%3 %4)").arg(r.metric, formatValue(metricValue), r.op, formatValue(r.value));
        return m;
    }
    if (m.count == 0)
        return std::nullopt;
    m.examples.prepend(plural(m.count, m.noun));
    if (!r.metric.isEmpty())
        m.examples.append(QStringLiteral("%1 = %2").arg(r.metric, formatValue(metricValue)));
    return m;
}

} // namespace

// --- PolicySet ---------------------------------------------------------------------------------

Result<PolicySet> PolicySet::parse(const QByteArray& text, const QString& sourceName)
{
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::ParserException& e) {
        return policyError(sourceName, e.mark.is_null() ? -1 : e.mark.line + 1, QString(),
            QStringLiteral("it is not valid YAML or JSON (%1)").arg(QString::fromStdString(e.msg)));
    } catch (const YAML::Exception& e) {
        return policyError(sourceName, -1, QString(), QString::fromStdString(e.msg));
    }
    try {
        if (!root.IsMap())
            throw PolicyError(
                root, QString(), QStringLiteral("the document must be a mapping with 'name' and 'policies'"));
        PolicySet set;
        for (const auto& kv : root) {
            const QString key = scalarText(kv.first);
            if (key != QLatin1String("name") && key != QLatin1String("policies") && key != QLatin1String("description")
                && key != QLatin1String("version"))
                throw PolicyError(
                    kv.first, key, QStringLiteral("is not a policy file field (use name, description, policies)"));
        }
        set.m_name = root["name"] ? requireString(root["name"], QStringLiteral("name"))
                                  : QFileInfo(sourceName).completeBaseName();
        if (!root["policies"])
            throw PolicyError(root, QStringLiteral("policies"), QStringLiteral("is missing"));
        const YAML::Node list = root["policies"];
        if (!list.IsSequence())
            throw PolicyError(list, QStringLiteral("policies"), QStringLiteral("must be a list"));
        const QStringList facts = PolicyEngine::factNames();
        QSet<QString> ids;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString field = QStringLiteral("policies[%1]").arg(i);
            PolicyRule r = parseRule(list[i], field, facts);
            if (ids.contains(r.id))
                throw PolicyError(list[i]["id"], field + QStringLiteral(".id"),
                    QStringLiteral("'%1' is used by an earlier policy").arg(r.id));
            ids.insert(r.id);
            set.m_rules.push_back(std::move(r));
        }
        return set;
    } catch (const PolicyError& e) {
        return policyError(sourceName, e.line, e.field, e.what);
    } catch (const YAML::Exception& e) {
        return policyError(
            sourceName, e.mark.is_null() ? -1 : e.mark.line + 1, QString(), QString::fromStdString(e.msg));
    }
}

Result<PolicySet> PolicySet::fromJson(const Json& policy, const QString& sourceName)
{
    if (!policy.is_object())
        return Error::validation(
            QStringLiteral("Invalid %1: it must be an object with 'name' and 'policies'.").arg(sourceName),
            {{"field", "policy"}});
    // JSON is YAML: one parser, one set of messages (field paths name the place).
    return parse(QByteArray::fromStdString(policy.dump(2)), sourceName);
}

QStringList PolicySet::builtInPacks()
{
    return {QStringLiteral("ci-default"), QStringLiteral("ma-strict"), QStringLiteral("oss-release")};
}

bool PolicySet::isBuiltInPack(const QString& name)
{
    return builtInPacks().contains(name);
}

Result<PolicySet> PolicySet::load(const QString& packOrFile)
{
    if (isBuiltInPack(packOrFile)) {
        QFile f(QStringLiteral(":/policies/%1.yaml").arg(packOrFile));
        if (!f.open(QIODevice::ReadOnly))
            return Error::internal(
                QStringLiteral("The built-in policy pack %1 is missing from this build.").arg(packOrFile));
        return parse(f.readAll(), packOrFile + QStringLiteral(".yaml"));
    }
    QFileInfo info(packOrFile);
    if (!info.exists()) {
        return Error::validation(QStringLiteral("Policy '%1' is neither a file nor a built-in pack (%2).")
                                     .arg(packOrFile, builtInPacks().join(QStringLiteral(", "))),
            {{"field", "policy"}});
    }
    QFile f(packOrFile);
    if (!info.isFile() || !f.open(QIODevice::ReadOnly))
        return Error::validation(
            QStringLiteral("Cannot read the policy file %1.").arg(packOrFile), {{"field", "policy"}});
    if (f.size() > 4 * 1024 * 1024)
        return Error::validation(QStringLiteral("The policy file %1 is larger than 4 MiB.").arg(packOrFile));
    return parse(f.readAll(), info.fileName());
}

Result<PolicySet> PolicySet::fromOption(const Json& option)
{
    if (option.is_string())
        return load(qstr(option.get<std::string>()));
    if (option.is_object())
        return fromJson(option);
    return Error::validation(
        QStringLiteral("'policy' must be a policy name or a policy object."), {{"field", "policy"}});
}

Json PolicySet::evaluate(const Json& audit) const
{
    const AuditView view(audit);
    const Json facts = PolicyEngine::facts(audit);
    Json violations = Json::array();
    bool passed = true;
    for (const auto& r : m_rules) {
        if (!r.enabled)
            continue;
        QString detail;
        QStringList findingIds;
        if (r.condition) {
            if (!r.condition->evaluate(facts))
                continue;
            QStringList values;
            for (const auto& v : r.condition->variables())
                values << QStringLiteral("%1 = %2").arg(v, formatValue(PolicyExpression::lookup(facts, v)));
            detail = QStringLiteral("condition `%1` holds").arg(r.condition->text());
            if (!values.isEmpty())
                detail += QStringLiteral(" (%1)").arg(values.join(QStringLiteral("; ")));
            findingIds = relatedFindings(view, r.condition->variables(), audit);
        } else {
            const auto m = evaluateWhen(r, view, facts);
            if (!m)
                continue;
            QStringList parts = m->examples;
            const QString head = parts.isEmpty() ? QString() : parts.takeFirst();
            if (m->noun == QLatin1String("metric"))
                detail = head;
            else
                detail = parts.isEmpty() ? head
                                         : QStringLiteral("%1: %2%3")
                                               .arg(head, parts.join(QStringLiteral("; ")),
                                                   m->count > parts.size() ? QStringLiteral("; …") : QString());
            findingIds = m->findingIds;
        }
        const QString message = (r.message.isEmpty() ? r.name : r.message) + QStringLiteral(" — ") + detail;
        violations.push_back({{"policy_id", str(r.id)}, {"name", str(r.name)}, {"severity", str(r.severity)},
            {"action", str(r.action)}, {"message", str(message)}, {"finding_ids", json::toJson(findingIds)}});
        if (r.action == QLatin1String("block"))
            passed = false;
    }
    return {{"name", str(m_name)}, {"passed", passed}, {"violations", violations}};
}

// --- PolicyEngine ------------------------------------------------------------------------------

QStringList PolicyEngine::factNames()
{
    return {QStringLiteral("files_scanned"), QStringLiteral("total_files"), QStringLiteral("total_lines"),
        QStringLiteral("code_lines"), QStringLiteral("foreground_percentage"), QStringLiteral("third_party_percentage"),
        QStringLiteral("background_percentage"), QStringLiteral("unknown_percentage"),
        QStringLiteral("foreground_files"), QStringLiteral("third_party_files"), QStringLiteral("background_files"),
        QStringLiteral("unknown_files"), QStringLiteral("license_types"), QStringLiteral("license_categories"),
        QStringLiteral("license_count"), QStringLiteral("strong_copyleft_files"), QStringLiteral("weak_copyleft_files"),
        QStringLiteral("copyleft_files"), QStringLiteral("proprietary_files"), QStringLiteral("unknown_license_files"),
        QStringLiteral("unlicensed_files"), QStringLiteral("secret_count"), QStringLiteral("vulnerability_count"),
        QStringLiteral("max_cvss"), QStringLiteral("dependency_count"), QStringLiteral("direct_dependency_count"),
        QStringLiteral("finding_count"), QStringLiteral("contributor_count"), QStringLiteral("commits"),
        QStringLiteral("ip_classes"), QStringLiteral("languages"), QStringLiteral("repository"),
        QStringLiteral("status")};
}

Json PolicyEngine::facts(const Json& audit)
{
    const AuditView view(audit);
    Json f = Json::object();
    const auto ipFiles = view.ipFiles();
    f["files_scanned"] = AuditView::integer(view.summary(), "files_scanned", qint64(view.files().size()));
    f["total_files"] = qint64(view.files().size());
    f["total_lines"] = view.totalLines();
    f["code_lines"] = AuditView::integer(view.summary().value("lines", Json::object()), "code");
    Json ipClasses = Json::array();
    for (const auto& [cls, n] : ipFiles) {
        f[str(cls) + "_percentage"] = std::round(view.ipPercentage(cls) * 100.0) / 100.0;
        f[str(cls) + "_files"] = n;
        if (n > 0)
            ipClasses.push_back(str(cls));
    }
    f["ip_classes"] = ipClasses;

    std::set<std::string> ids, categories;
    qint64 strong = 0, weak = 0, proprietary = 0, unknownLicense = 0, unlicensed = 0;
    auto addExpression = [&](const QString& expression) {
        for (const auto& id : licenseIds(expression))
            ids.insert(str(id));
        const QString fine = licenseCategory(expression);
        categories.insert(str(fine));
        categories.insert(str(coarseCategory(fine)));
        return coarseCategory(fine);
    };
    for (const auto& file : view.files()) {
        const QString license = AuditView::string(file, "license");
        if (license.isEmpty()) {
            ++unlicensed;
            continue;
        }
        const QString coarse = addExpression(license);
        strong += coarse == QLatin1String("strong-copyleft");
        weak += coarse == QLatin1String("weak-copyleft");
        proprietary += coarse == QLatin1String("proprietary");
        unknownLicense += coarse == QLatin1String("unknown");
    }
    qint64 direct = 0;
    for (const auto& d : view.dependencies()) {
        const QString expression = json::toStringList(d.value("licenses", Json::array())).join(QStringLiteral(" AND "));
        if (!expression.isEmpty())
            addExpression(expression);
        direct += d.value("direct", true) ? 1 : 0;
    }
    f["license_types"] = Json(std::vector<std::string>(ids.begin(), ids.end()));
    categories.erase("none");
    f["license_categories"] = Json(std::vector<std::string>(categories.begin(), categories.end()));
    f["license_count"] = qint64(ids.size());
    f["strong_copyleft_files"] = strong;
    f["weak_copyleft_files"] = weak;
    f["copyleft_files"] = strong + weak;
    f["proprietary_files"] = proprietary;
    f["unknown_license_files"] = unknownLicense;
    f["unlicensed_files"] = unlicensed;

    Json findingCount = {{"license", 0}, {"secret", 0}, {"vulnerability", 0}, {"policy", 0}, {"total", 0}};
    for (const auto& x : view.findings()) {
        if (!isOpenFinding(x))
            continue;
        const std::string type = str(AuditView::string(x, "type"));
        if (findingCount.contains(type))
            findingCount[type] = findingCount[type].get<qint64>() + 1;
        findingCount["total"] = findingCount["total"].get<qint64>() + 1;
    }
    f["finding_count"] = findingCount;
    f["secret_count"] = findingCount["secret"];

    Json vulns = {{"CRITICAL", 0}, {"HIGH", 0}, {"MEDIUM", 0}, {"LOW", 0}, {"UNKNOWN", 0}, {"total", 0}};
    double maxCvss = 0;
    std::set<QString> triagedAway; // advisories whose findings are all false positives / resolved
    std::set<QString> open;
    for (const auto& x : view.findings())
        if (AuditView::string(x, "type") == QLatin1String("vulnerability"))
            (isOpenFinding(x) ? open : triagedAway).insert(AuditView::string(x, "rule_id"));
    for (const auto& v : view.vulnerabilities()) {
        const QString id = AuditView::string(v, "id");
        if (triagedAway.count(id) && !open.count(id))
            continue;
        QString sev = normalizeSeverity(AuditView::string(v, "severity")).toUpper();
        if (sev == QLatin1String("INFO"))
            sev = QStringLiteral("LOW");
        const std::string key = vulns.contains(str(sev)) ? str(sev) : std::string("UNKNOWN");
        vulns[key] = vulns[key].get<qint64>() + 1;
        vulns["total"] = vulns["total"].get<qint64>() + 1;
        if (v.contains("cvss") && v["cvss"].is_number())
            maxCvss = std::max(maxCvss, v["cvss"].get<double>());
    }
    f["vulnerability_count"] = vulns;
    f["max_cvss"] = maxCvss;
    f["dependency_count"] = qint64(view.dependencies().size());
    f["direct_dependency_count"] = direct;
    f["contributor_count"] = qint64(view.contributors().size());
    f["commits"] = AuditView::integer(view.summary(), "commits");
    Json languages = Json::array();
    for (const auto& l : view.summary().value("languages", Json::array()))
        if (l.is_object() && l.contains("name") && l["name"].is_string())
            languages.push_back(l["name"]);
    f["languages"] = languages;
    f["repository"] = {{"name", str(view.repositoryName())}, {"source", str(view.repositorySource())},
        {"ref", str(view.ref())}, {"commit", str(view.commit())}};
    f["status"] = str(AuditView::string(audit, "status"));
    return f;
}

bool PolicyEngine::apply(const PolicySet& policies, Json& audit)
{
    audit["policy"] = policies.evaluate(audit);
    return audit["policy"]["passed"].get<bool>();
}

} // namespace assay::reports
