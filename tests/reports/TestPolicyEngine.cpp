// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixture.h"
#include "TestUtil.h"
#include "reports/AuditView.h"
#include "reports/PolicyEngine.h"

#include <QTest>

using namespace assay;
using namespace assay::reports;

// The policy gate: every structured `when` key and every condition form against a fixture
// audit, block / warn / info semantics, finding ids, built-in packs and invalid files.
class TestPolicyEngine : public QObject
{
    Q_OBJECT
    Json m_audit;

    // One policy with `body` (YAML lines under the rule) evaluated on the fixture.
    Json evaluate(const QString& body, const QString& action = QStringLiteral("block"), const Json* audit = nullptr)
    {
        const QString yaml = QStringLiteral("name: t\npolicies:\n  - id: p1\n    action: %1\n%2").arg(action, body);
        auto set = PolicySet::parse(yaml.toUtf8(), QStringLiteral("t.yaml"));
        if (!set) {
            qWarning("%s", qPrintable(set.error().message));
            return nullptr;
        }
        return set->evaluate(audit ? *audit : m_audit);
    }
    bool violated(const QString& body) { return !evaluate(body)["violations"].empty(); }
    QStringList ids(const QString& body)
    {
        const Json r = evaluate(body);
        if (r["violations"].empty())
            return {};
        return json::toStringList(r["violations"][0]["finding_ids"]);
    }
    QString error(const QByteArray& yaml)
    {
        auto set = PolicySet::parse(yaml, QStringLiteral("bad.yaml"));
        return set ? QString() : set.error().message;
    }

private slots:
    void initTestCase() { m_audit = testing::reportFixture(); }

    void licenseIn()
    {
        QVERIFY(violated(QStringLiteral("    when:\n      license_in: [GPL-3.0-only]\n")));
        QVERIFY(violated(QStringLiteral("    when:\n      license_in: GPL-3.0\n"))); // versions of an id
        QVERIFY(violated(QStringLiteral("    when:\n      license_in: ['AGPL-*']\n")));
        QVERIFY(!violated(QStringLiteral("    when:\n      license_in: [BSD-3-Clause, EPL-2.0]\n")));
        const Json r = evaluate(QStringLiteral("    when:\n      license_in: [GPL-3.0-only]\n"));
        QCOMPARE(json::toStringList(r["violations"][0]["finding_ids"]), QStringList {QStringLiteral("f-lic-gpl")});
        QVERIFY(json::qstr(r["violations"][0]["message"]).contains(QLatin1String("vendor/readline/readline.c")));
        // Declared dependencies count too.
        QVERIFY(violated(QStringLiteral("    when:\n      license_in: [GPL-2.0-only]\n")));
    }

    void licenseCategory()
    {
        QVERIFY(violated(QStringLiteral("    when:\n      license_category: strong-copyleft\n")));
        QVERIFY(violated(QStringLiteral("    when:\n      license_category: weak-copyleft\n"))); // LGPL in legacy/
        QVERIFY(violated(QStringLiteral("    when:\n      license_category: permissive\n")));
        QVERIFY(!violated(QStringLiteral("    when:\n      license_category: proprietary\n")));
        QVERIFY(!violated(QStringLiteral("    when:\n      license_category: unknown\n")));
        const Json r = evaluate(QStringLiteral("    when:\n      license_category: strong-copyleft\n"));
        const QStringList found = json::toStringList(r["violations"][0]["finding_ids"]);
        QVERIFY(found.contains(QStringLiteral("f-lic-gpl")));
        QVERIFY(found.contains(QStringLiteral("f-lic-agpl"))); // network copyleft is strong copyleft
    }

    void ipClass()
    {
        QVERIFY(violated(QStringLiteral("    when:\n      ip_class: background\n")));
        QVERIFY(
            !violated(QStringLiteral("    when:\n      ip_class: background\n      license_category: permissive\n")));
        QVERIFY(violated(QStringLiteral("    when:\n      ip_class: third_party\n      license_in: [Zlib]\n")));
        QVERIFY(!violated(QStringLiteral("    when:\n      ip_class: foreground\n      license_in: [Zlib]\n")));
    }

    void findingTypeAndSeverity()
    {
        QCOMPARE(
            ids(QStringLiteral("    when:\n      finding_type: secret\n")), QStringList {QStringLiteral("f-secret-1")});
        QCOMPARE(ids(QStringLiteral("    when:\n      finding_type: license\n      severity_at_least: critical\n")),
            QStringList {QStringLiteral("f-lic-agpl")});
        QCOMPARE(ids(QStringLiteral("    when:\n      severity_at_least: critical\n")).size(), 2);
        QVERIFY(!violated(QStringLiteral("    when:\n      finding_type: policy\n")));
        QVERIFY(
            !violated(QStringLiteral("    when:\n      finding_type: secret\n      severity_at_least: critical\n")));
    }

    void vulnerabilitySeverity()
    {
        QCOMPARE(ids(QStringLiteral("    when:\n      vulnerability_severity_at_least: critical\n")),
            QStringList {QStringLiteral("f-vuln-1")});
        QCOMPARE(ids(QStringLiteral("    when:\n      vulnerability_severity_at_least: medium\n")).size(), 2);
        Json noVulns = m_audit;
        noVulns["vulnerabilities"] = Json::array();
        QVERIFY(evaluate(QStringLiteral("    when:\n      vulnerability_severity_at_least: low\n"),
            QStringLiteral("block"), &noVulns)["violations"]
                    .empty());
    }

    void metric()
    {
        // Lines: third party 2145 of 4838 = 44.3 %.
        QVERIFY(!violated(
            QStringLiteral("    when:\n      metric: third_party_percentage\n      op: '>'\n      value: 60\n")));
        QVERIFY(violated(
            QStringLiteral("    when:\n      metric: third_party_percentage\n      op: '>'\n      value: 40\n")));
        QVERIFY(violated(QStringLiteral("    when:\n      metric: secret_count\n      op: '>='\n      value: 1\n")));
        QCOMPARE(ids(QStringLiteral("    when:\n      metric: secret_count\n      op: '>'\n      value: 0\n")),
            QStringList {QStringLiteral("f-secret-1")});
        const Json r = evaluate(
            QStringLiteral("    when:\n      metric: third_party_percentage\n      op: '>'\n      value: 40\n"));
        QVERIFY2(json::qstr(r["violations"][0]["message"]).contains(QLatin1String("third_party_percentage = 44.3")),
            r.dump().c_str());
    }

    void pathGlob()
    {
        QVERIFY(violated(
            QStringLiteral("    when:\n      path_glob: 'vendor/**'\n      license_category: strong-copyleft\n")));
        QVERIFY(!violated(
            QStringLiteral("    when:\n      path_glob: 'src/**'\n      license_category: strong-copyleft\n")));
        QVERIFY(violated(QStringLiteral("    when:\n      path_glob: '*.py'\n      finding_type: secret\n")));
        QVERIFY(!violated(QStringLiteral("    when:\n      path_glob: 'src/**/*.cpp'\n      finding_type: secret\n")));
        QVERIFY(violated(QStringLiteral("    when:\n      path_glob: 'src/**/*.cpp'\n")));
        QVERIFY(pathGlobMatch(QStringLiteral("**/*.c"), QStringLiteral("inflate.c")));
        QVERIFY(pathGlobMatch(QStringLiteral("vendor"), QStringLiteral("vendor/zlib/inflate.c")));
        QVERIFY(!pathGlobMatch(QStringLiteral("vendor/*.c"), QStringLiteral("vendor/zlib/inflate.c")));
    }

    void conditionForms()
    {
        auto holds = [&](const char* condition) {
            return violated(QStringLiteral("    condition: \"%1\"\n").arg(QLatin1String(condition)));
        };
        QVERIFY(holds("'GPL-3.0' in license_types"));
        QVERIFY(holds("'gpl-3.0-only' in license_types"));
        QVERIFY(!holds("'BSD-3-Clause' in license_types"));
        QVERIFY(holds("'BSD-3-Clause' not in license_types"));
        QVERIFY(holds("vulnerability_count.CRITICAL > 0"));
        QVERIFY(!holds("vulnerability_count.HIGH > 0"));
        QVERIFY(holds("vulnerability_count > 1"));
        QVERIFY(!holds("third_party_percentage > 60"));
        QVERIFY(holds("third_party_percentage > 40"));
        QVERIFY(holds("repository.name == 'acme-widgets'"));
        QVERIFY(!holds("status == 'failed'"));
        QVERIFY(holds("status != 'failed' and (secret_count > 0 or max_cvss >= 9.5)"));
        QVERIFY(!holds("not (secret_count > 0)"));
        QVERIFY(holds("'strong-copyleft' in license_categories && foreground_files >= 2"));
        const Json r = evaluate(QStringLiteral("    condition: \"vulnerability_count.CRITICAL > 0\"\n"));
        QCOMPARE(json::toStringList(r["violations"][0]["finding_ids"]), QStringList {QStringLiteral("f-vuln-1")});
        QVERIFY(json::qstr(r["violations"][0]["message"]).contains(QLatin1String("vulnerability_count.CRITICAL = 1")));
    }

    void blockWarnInfo()
    {
        const QString body = QStringLiteral("    when:\n      finding_type: secret\n");
        Json r = evaluate(body, QStringLiteral("block"));
        QCOMPARE(r["passed"].get<bool>(), false);
        QCOMPARE(r["violations"][0]["action"].get<std::string>(), std::string("block"));
        r = evaluate(body, QStringLiteral("warn"));
        QCOMPARE(r["passed"].get<bool>(), true);
        QCOMPARE(r["violations"].size(), std::size_t(1));
        r = evaluate(body, QStringLiteral("info"));
        QCOMPARE(r["passed"].get<bool>(), true);
        // Disabled policies are not evaluated; a triaged false positive does not count.
        QVERIFY(evaluate(body + QStringLiteral("    enabled: false\n"))["violations"].empty());
        Json triaged = m_audit;
        for (auto& f : triaged["findings"])
            if (f["type"] == "secret")
                f["status"] = "false_positive";
        QCOMPARE(evaluate(body, QStringLiteral("block"), &triaged)["passed"].get<bool>(), true);
    }

    void jsonPoliciesAndApply()
    {
        const QByteArray text = R"({"name": "json-gate", "policies": [
            {"id": "crit", "severity": "critical", "action": "block", "condition": "vulnerability_count.CRITICAL > 0"},
            {"id": "tp", "action": "warn", "when": {"metric": "third_party_percentage", "op": ">", "value": 90}}]})";
        auto set = PolicySet::parse(text, QStringLiteral("gate.json"));
        ASSAY_VERIFY_OK(set);
        QCOMPARE(set->name(), QStringLiteral("json-gate"));
        Json audit = m_audit;
        QVERIFY(!PolicyEngine::apply(*set, audit));
        QCOMPARE(audit["policy"]["name"].get<std::string>(), std::string("json-gate"));
        QCOMPARE(audit["policy"]["violations"].size(), std::size_t(1));
        QCOMPARE(audit["policy"]["violations"][0]["severity"].get<std::string>(), std::string("critical"));
        auto inline_ = PolicySet::fromOption(Json::parse(text.constData()));
        ASSAY_VERIFY_OK(inline_);
    }

    void builtInPacks()
    {
        for (const auto& pack : PolicySet::builtInPacks()) {
            auto set = PolicySet::load(pack);
            ASSAY_VERIFY_OK(set);
            QCOMPARE(set->name(), pack);
            QVERIFY(set->rules().size() >= 4);
            // Each pack blocks a repository with a live secret.
            QCOMPARE(set->evaluate(m_audit)["passed"].get<bool>(), false);
        }
        Json clean = m_audit;
        clean["findings"] = Json::array();
        clean["vulnerabilities"] = Json::array();
        for (auto& f : clean["files"])
            f["license"] = "MIT";
        clean["dependencies"] = Json::array();
        auto ci = PolicySet::load(QStringLiteral("ci-default"));
        QCOMPARE(ci->evaluate(clean)["passed"].get<bool>(), true);
        QVERIFY(!PolicySet::load(QStringLiteral("no-such-pack")));
    }

    void invalidPolicies()
    {
        QString e = error("name: x\npolicies:\n  - id: a\n    action: deny\n    when: {finding_type: secret}\n");
        QVERIFY2(e.contains(QLatin1String("bad.yaml, line 4")) && e.contains(QLatin1String("policies[0].action"))
                && e.contains(QLatin1String("'deny'")),
            qPrintable(e));
        e = error("name: x\npolicies:\n  - id: a\n    action: block\n    when:\n      licence_in: [GPL-3.0]\n");
        QVERIFY2(e.contains(QLatin1String("line 6")) && e.contains(QLatin1String("licence_in")), qPrintable(e));
        e = error("name: x\npolicies:\n  - id: a\n    action: block\n    condition: \"vulns > 0\"\n");
        QVERIFY2(e.contains(QLatin1String("line 5")) && e.contains(QLatin1String("unknown variable 'vulns'")),
            qPrintable(e));
        e = error("name: x\npolicies:\n  - id: a\n    action: block\n    condition: \"'MIT' in license_types and\"\n");
        QVERIFY2(e.contains(QLatin1String("condition")), qPrintable(e));
        e = error("name: x\npolicies:\n  - id: a\n    action: block\n");
        QVERIFY2(e.contains(QLatin1String("needs a 'when'")), qPrintable(e));
        e = error("name: x\npolicies:\n  - action: block\n    when: {ip_class: background}\n");
        QVERIFY2(e.contains(QLatin1String("policies[0].id is missing")), qPrintable(e));
        e = error("name: x\npolicies:\n  - id: a\n    action: block\n    when:\n      license_category: copyleft\n");
        QVERIFY2(e.contains(QLatin1String("line 6")) && e.contains(QLatin1String("strong-copyleft")), qPrintable(e));
        e = error(
            "name: x\npolicies:\n  - id: a\n    action: block\n    when:\n      metric: third_party_percentage\n");
        QVERIFY2(e.contains(QLatin1String("metric, op and value")), qPrintable(e));
        e = error("name: x\npolicies: [\n  {id: a, action: block\n");
        QVERIFY2(
            e.contains(QLatin1String("not valid YAML or JSON")) && e.contains(QLatin1String("line")), qPrintable(e));
        e = error("name: x\npolicies:\n  - {id: a, action: warn, when: {ip_class: background}}\n  - {id: a, action: "
                  "warn, when: {ip_class: unknown}}\n");
        QVERIFY2(e.contains(QLatin1String("line 4")) && e.contains(QLatin1String("earlier policy")), qPrintable(e));
        e = error("- just\n- a list\n");
        QVERIFY2(e.contains(QLatin1String("mapping")), qPrintable(e));
        // Messages are one sentence.
        QVERIFY(e.endsWith(QLatin1Char('.')));
    }

    void expressionParser()
    {
        const QStringList vars = PolicyEngine::factNames();
        QVERIFY(!PolicyExpression::parse(QStringLiteral("'unterminated in license_types"), vars));
        QVERIFY(!PolicyExpression::parse(QStringLiteral("secret_count >"), vars));
        QVERIFY(!PolicyExpression::parse(QStringLiteral("(secret_count > 0"), vars));
        QVERIFY(!PolicyExpression::parse(QStringLiteral("secret_count > 0 ; rm -rf /"), vars));
        auto e = PolicyExpression::parse(
            QStringLiteral("x in ['a', \"b\"] or y == 2.5"), {QStringLiteral("x"), QStringLiteral("y")});
        ASSAY_VERIFY_OK(e);
        QVERIFY(e->evaluate({{"x", "B"}, {"y", 1}}));
        QVERIFY(e->evaluate({{"x", "c"}, {"y", 2.5}}));
        QVERIFY(!e->evaluate({{"x", "c"}, {"y", 3}}));
        QCOMPARE(e->variables(), (QStringList {QStringLiteral("x"), QStringLiteral("y")}));
    }

    // Found by tests/fuzz/fuzz_policy: conditions nested some ten thousand deep ("((((…", "not not …",
    // "!!!!…", "[[[[…") overflowed the stack of the parser (a crash of `assay audit --policy` and of
    // the server when an API submission carries the policy). Now an error naming the position.
    void hostileConditions()
    {
        const QStringList vars = PolicyEngine::factNames();
        const int n = 20000;
        for (const QString& text : {QString(n, QLatin1Char('(')) + QStringLiteral("1") + QString(n, QLatin1Char(')')),
                 QStringLiteral("not ").repeated(n) + QStringLiteral("true"),
                 QString(n, QLatin1Char('!')) + QStringLiteral("true"),
                 QString(n, QLatin1Char('[')) + QString(n, QLatin1Char(']')) + QStringLiteral(" == 1"),
                 QStringLiteral("1 or ").repeated(n) + QStringLiteral("1")}) {
            const auto e = PolicyExpression::parse(text, vars);
            QVERIFY(!e);
            QVERIFY2(e.error().message.contains(QLatin1String("too")), qPrintable(e.error().message));
        }
        // Ordinary nesting still parses and evaluates.
        auto fine = PolicyExpression::parse(QString(30, QLatin1Char('(')) + QStringLiteral("not not secret_count > 0")
                + QString(30, QLatin1Char(')')),
            vars);
        ASSAY_VERIFY_OK(fine);
        QVERIFY(fine->evaluate(PolicyEngine::facts(m_audit)));
    }
};

QTEST_GUILESS_MAIN(TestPolicyEngine)
#include "TestPolicyEngine.moc"
