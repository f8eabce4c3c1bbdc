// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/secrets/SecretScanner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "SecretSamples.h"
#include "TestUtil.h"

using namespace assay;
using namespace assay::audit;
using namespace secretsamples;

// The rule set and the engine, family by family: positives and negatives generated at run
// time (random values of the right shape), embedded in code, .env, YAML and JSON contexts.
class TestSecretScanner : public QObject
{
    Q_OBJECT

    std::shared_ptr<const SecretScanner> m_scanner;
    quint32 m_seed = 0;

    struct Token
    {
        QString rule;
        QString value;
        QString key; // the variable name it is assigned to
    };

    std::vector<SecretHit> scan(const QString& text, const QString& path) const
    {
        const QByteArray bytes = text.toUtf8();
        return m_scanner->scan(std::string_view(bytes.constData(), size_t(bytes.size())), path);
    }

    QString ruleOf(const SecretHit& h) const { return m_scanner->rules().rules()[size_t(h.rule)].id; }

    QString describe(const std::vector<SecretHit>& hits) const
    {
        QStringList out;
        for (const auto& h : hits)
            out << QStringLiteral("%1@%2").arg(ruleOf(h)).arg(h.line);
        return out.join(u", ") + QStringLiteral(" (seed %1)").arg(m_seed);
    }

    // `text` must give exactly one hit, of `rule`, on `line`.
    void expectHit(const QString& text, const QString& path, const QString& rule, int line)
    {
        const auto hits = scan(text, path);
        const QString msg = QStringLiteral("%1 in %2 expected at line %3; got [%4]\n%5")
                                .arg(rule, path)
                                .arg(line)
                                .arg(describe(hits), text.left(400));
        QVERIFY2(hits.size() == 1, qPrintable(msg));
        QVERIFY2(ruleOf(hits[0]) == rule && hits[0].line == line, qPrintable(msg));
    }

    void expectNone(const QString& text, const QString& path)
    {
        const auto hits = scan(text, path);
        QVERIFY2(hits.empty(),
            qPrintable(
                QStringLiteral("nothing expected in %1; got [%2]\n%3").arg(path, describe(hits), text.left(400))));
    }

    // One token in the contexts where it is usually found.
    void expectInContexts(const Token& t)
    {
        expectHit(QStringLiteral("import os\n\n%1 = \"%2\"\n").arg(t.key.toUpper(), t.value),
            QStringLiteral("app/settings.py"), t.rule, 3);
        expectHit(QStringLiteral("# service credentials\n%1=%2\nDEBUG=false\n").arg(t.key.toUpper(), t.value),
            QStringLiteral(".env"), t.rule, 2);
        expectHit(QStringLiteral("service:\n  name: api\n  %1: '%2'\n").arg(t.key, t.value),
            QStringLiteral("deploy/values.yaml"), t.rule, 3);
        expectHit(QStringLiteral("{\n  \"name\": \"api\",\n  \"%1\": \"%2\"\n}\n").arg(t.key, t.value),
            QStringLiteral("config/service.json"), t.rule, 3);
        expectHit(
            QStringLiteral("const client = new Client({\n  region: 'eu',\n  %1: \"%2\",\n});\n").arg(t.key, t.value),
            QStringLiteral("src/client.ts"), t.rule, 3);
    }

private slots:
    void initTestCase()
    {
        auto rules = SecretRules::builtin();
        ASSAY_VERIFY_OK(rules);
        auto scanner = SecretScanner::create(*rules);
        ASSAY_VERIFY_OK(scanner);
        m_scanner = *scanner;
        // Seeds span all of quint32: read as unsigned (an int reading turns half of them into 0).
        m_seed = qEnvironmentVariableIsSet("ASSAY_TEST_SEED") ? qEnvironmentVariable("ASSAY_TEST_SEED").toUInt()
                                                              : QRandomGenerator::global()->generate();
        qInfo("random seed %u (set ASSAY_TEST_SEED to replay)", m_seed);
    }

    // The embedded rule set is trusted at load (its patterns compile on first use), so every one of
    // its patterns must compile: loading it as a user's file compiles them all.
    void builtinRulesAllCompile()
    {
        auto trusted = SecretRules::builtin();
        ASSAY_VERIFY_OK(trusted);
        auto checked = SecretRules::fromFile(QStringLiteral(":/secrets/rules.json"), SecretRules::Patterns::Compile);
        ASSAY_VERIFY_OK(checked);
        QCOMPARE((*checked)->rules().size(), (*trusted)->rules().size());
        QVERIFY((*checked)->rules().size() >= 120);
        for (const auto& r : (*checked)->rules())
            QVERIFY2(r.confirm.isValid() && (r.paths.pattern().isEmpty() || r.paths.isValid()), qPrintable(r.id));
    }

    // A user's rule file with a pattern that does not compile is refused with the rule named.
    void invalidUserPatternIsRefused()
    {
        const nlohmann::json file = {{"rules",
            {{{"id", "broken"}, {"title", "Broken"}, {"severity", "high"}, {"regex", "abc[unclosed"},
                {"keywords", {"abc"}}}}}};
        const auto rules = SecretRules::fromJson(QByteArray::fromStdString(file.dump()));
        QVERIFY(!rules);
        QVERIFY2(rules.error().message.contains(QStringLiteral("broken")), qPrintable(rules.error().message));
    }

    // The compiled databases are cached in a folder: the second scanner loads them, finds the
    // same secrets, and a damaged or foreign cache file is rebuilt instead of trusted.
    void compiledDatabasesAreCached()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto rules = SecretRules::builtin();
        ASSAY_VERIFY_OK(rules);
        auto first = SecretScanner::create(*rules, dir.path());
        ASSAY_VERIFY_OK(first);
        QVERIFY(!(*first)->loadedFromCache());
        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("secrets-*.hsdb")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        auto second = SecretScanner::create(*rules, dir.path());
        ASSAY_VERIFY_OK(second);
        QVERIFY((*second)->loadedFromCache());

        Gen g(m_seed);
        const QByteArray text = QStringLiteral("token = \"ghp_%1\"\nAWS_SECRET_ACCESS_KEY=%2\n")
                                    .arg(g.pick(kAlnum, 36), g.pick(kBase64, 40))
                                    .toUtf8();
        const std::string_view view(text.constData(), size_t(text.size()));
        const auto a = (*first)->scan(view, QStringLiteral("src/app.py"));
        const auto b = (*second)->scan(view, QStringLiteral("src/app.py"));
        QCOMPARE(a.size(), size_t(2));
        QCOMPARE(b.size(), a.size());
        for (size_t i = 0; i < a.size(); ++i)
            QCOMPARE(b[i].secretSha256, a[i].secretSha256);

        // A truncated file and a file of garbage are both rebuilt.
        const QString path = dir.filePath(files.first());
        for (const QByteArray& damage : {QByteArray("ASSAY-HSDB-1\n\x05"), QByteArray(4096, 'x')}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(damage);
            f.close();
            auto rebuilt = SecretScanner::create(*rules, dir.path());
            ASSAY_VERIFY_OK(rebuilt);
            QVERIFY(!(*rebuilt)->loadedFromCache());
            QCOMPARE((*rebuilt)->scan(view, QStringLiteral("src/app.py")).size(), a.size());
            auto reloaded = SecretScanner::create(*rules, dir.path());
            ASSAY_VERIFY_OK(reloaded);
            QVERIFY((*reloaded)->loadedFromCache());
        }
    }

    // How a rule runs depends on its kind: a rule without keywords on every file, a token rule
    // in the one pass (its match counts only in a file holding one of its keywords), a generic
    // rule on the lines around its keywords (also deep in a minified line).
    void customRuleSetsMixRuleKinds()
    {
        auto rules = SecretRules::fromJson(
            "{\"rules\": ["
            "{\"id\": \"plain\", \"title\": \"t\", \"severity\": \"high\", \"regex\": \"(?<secret>ZZQ[0-9]{8})\"},"
            "{\"id\": \"token\", \"title\": \"t\", \"severity\": \"high\", \"keywords\": [\"rrtoken\"],"
            " \"regex\": \"(?:^|[^0-9A-Za-z])(?<secret>RR[0-9]{10})\"},"
            "{\"id\": \"gen\", \"title\": \"t\", \"severity\": \"medium\", \"keywords\": [\"mykey\"], \"generic\": "
            "true,"
            " \"regex\": \"mykey[ \\\\t]*=[ \\\\t]*\\\"(?<secret>[A-Za-z0-9]{12})\\\"\"}]}");
        ASSAY_VERIFY_OK(rules);
        auto scanner = SecretScanner::create(*rules);
        ASSAY_VERIFY_OK(scanner);
        auto ids = [&](const QString& text) {
            const QByteArray bytes = text.toUtf8();
            QStringList out;
            const std::string_view view(bytes.constData(), size_t(bytes.size()));
            for (const auto& h : (*scanner)->scan(view, QStringLiteral("a.js")))
                out << (*rules)->rules()[size_t(h.rule)].id + u'@' + QString::number(h.line);
            return out;
        };
        const QString filler(10000, u'a');
        const QString text = QStringLiteral("x ZZQ12345678 y\nid RR0123456789\n") + filler
            + QStringLiteral(";mykey = \"aB3dE5gH7jK9\";") + filler + u'\n';
        QCOMPARE(ids(text), (QStringList {QStringLiteral("plain@1"), QStringLiteral("gen@3")}));
        QCOMPARE(ids(text + QStringLiteral("// rrtoken\n")),
            (QStringList {QStringLiteral("plain@1"), QStringLiteral("token@2"), QStringLiteral("gen@3")}));
    }

    // A path-restricted rule runs only on files whose path its paths pattern matches, whether
    // vectorscan selects the files (most patterns) or PCRE2 does (a lookbehind vectorscan lacks).
    void pathRestrictedRulesSelectTheirFiles()
    {
        auto rules = SecretRules::fromJson(
            "{\"rules\": ["
            "{\"id\": \"cfg\", \"title\": \"t\", \"severity\": \"high\", \"paths\": \"(?i)\\\\.cfg$\","
            " \"regex\": \"(?<secret>QQA[0-9]{8})\"},"
            "{\"id\": \"behind\", \"title\": \"t\", \"severity\": \"high\", \"paths\": \"(?<=/)secrets\\\\.txt$\","
            " \"regex\": \"(?<secret>QQB[0-9]{8})\"},"
            "{\"id\": \"plain\", \"title\": \"t\", \"severity\": \"high\", \"regex\": \"(?<secret>QQC[0-9]{8})\"}]}");
        ASSAY_VERIFY_OK(rules);
        auto scanner = SecretScanner::create(*rules);
        ASSAY_VERIFY_OK(scanner);
        const QByteArray bytes("a QQA12345678 b QQB87654321\n");
        const std::string_view view(bytes.constData(), size_t(bytes.size()));
        auto ids = [&](const QString& path) {
            QStringList out;
            for (const auto& h : (*scanner)->scan(view, path))
                out << (*rules)->rules()[size_t(h.rule)].id;
            return out;
        };
        QCOMPARE(ids(QStringLiteral("etc/App.CFG")), QStringList {QStringLiteral("cfg")});
        QCOMPARE(ids(QStringLiteral("etc/secrets.txt")), QStringList {QStringLiteral("behind")});
        QCOMPARE(ids(QStringLiteral("secrets.txt")), QStringList());
        QCOMPARE(ids(QStringLiteral("dir/app.cfg.bak")), QStringList());
        QCOMPARE(ids(QStringLiteral("répertoire/é.cfg")), QStringList {QStringLiteral("cfg")});
    }

    void ruleSetIsCompleteAndWellFormed()
    {
        const auto& rules = m_scanner->rules().rules();
        QVERIFY2(rules.size() >= 120, qPrintable(QString::number(rules.size())));
        for (const auto& r : rules) {
            QVERIFY2(!r.keywords.isEmpty(), qPrintable(r.id));
            for (const auto& k : r.keywords)
                QCOMPARE(k, k.toLower());
            QVERIFY2(r.confirm.namedCaptureGroups().contains(QStringLiteral("secret")), qPrintable(r.id));
        }
        // Every family the issue names has rules.
        for (const char* id : {"aws-access-key-id", "aws-secret-access-key", "gcp-api-key",
                 "gcp-service-account-private-key", "azure-storage-account-key", "azure-sb-connection-string",
                 "digitalocean-pat", "github-pat", "github-fine-grained-pat", "github-app-installation-token",
                 "github-oauth-token", "gitlab-pat", "slack-bot-token", "slack-user-token", "slack-app-token",
                 "slack-webhook", "discord-bot-token", "discord-webhook", "telegram-bot-token",
                 "stripe-live-secret-key", "stripe-restricted-key", "openai-api-key", "anthropic-api-key",
                 "huggingface-token", "npm-access-token", "pypi-token", "rubygems-api-key", "nuget-api-key",
                 "sendgrid-api-key", "mailgun-api-key", "mailchimp-api-key", "twilio-api-key", "twilio-auth-token",
                 "shopify-access-token", "private-key-pem", "pgp-private-key-block", "jwt", "database-url-password",
                 "url-basic-auth", "generic-secret-assignment", "generic-secret-config"})
            QVERIFY2(m_scanner->rules().indexOf(QString::fromLatin1(id)) >= 0, id);
    }

    void cloudProviders()
    {
        Gen g(m_seed);
        expectInContexts({QStringLiteral("aws-access-key-id"),
            QStringLiteral("AK") + QStringLiteral("IA") + g.pick(kBase32, 16), QStringLiteral("aws_access_key_id")});
        expectInContexts(
            {QStringLiteral("aws-secret-access-key"), g.pick(kBase64, 40), QStringLiteral("aws_secret_access_key")});
        expectHit(QStringLiteral("[default]\naws_secret_access_key = %1\n").arg(g.pick(kBase64, 40)),
            QStringLiteral("home/.aws/credentials"), QStringLiteral("aws-secret-access-key"), 2);
        expectInContexts({QStringLiteral("gcp-api-key"),
            QStringLiteral("AI") + QStringLiteral("za") + g.pick(kUrlSafe, 35), QStringLiteral("maps_key")});
        expectHit(
            QStringLiteral(
                "conn = "
                "\"DefaultEndpointsProtocol=https;AccountName=%1;AccountKey=%2==;EndpointSuffix=core.windows.net\"\n")
                .arg(g.pick(kLower, 10), g.pick(kBase64, 86)),
            QStringLiteral("src/storage.cs"), QStringLiteral("azure-storage-account-key"), 1);
        expectHit(QStringLiteral(
                      "EVENTS=Endpoint=sb://%1.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=%2=\n")
                      .arg(g.pick(kLower, 8), g.pick(kBase64, 43)),
            QStringLiteral(".env"), QStringLiteral("azure-sb-connection-string"), 1);
        expectInContexts({QStringLiteral("azure-ad-client-secret"),
            g.pick(kAlnum, 3) + g.pick(kDigits, 1) + QStringLiteral("Q~") + g.pick(kAlnum + QStringLiteral("_~.-"), 34),
            QStringLiteral("client_credential")});
        expectInContexts({QStringLiteral("digitalocean-pat"),
            QStringLiteral("dop") + QStringLiteral("_v1_") + g.pick(kHex, 64), QStringLiteral("do_token")});
        expectInContexts({QStringLiteral("hashicorp-vault-service-token"),
            QStringLiteral("hv") + QStringLiteral("s.") + g.pick(kUrlSafe, 95), QStringLiteral("vault_token")});
        expectInContexts({QStringLiteral("heroku-api-key"), g.uuid(), QStringLiteral("heroku_api_key")});
    }

    void sourceHosting()
    {
        Gen g(m_seed + 1);
        for (const char* p : {"ghp", "gho", "ghu", "ghs"}) {
            const QString prefix = QString::fromLatin1(p) + u'_';
            const QString rule = prefix == u"ghp_" ? QStringLiteral("github-pat")
                : prefix == u"gho_"                ? QStringLiteral("github-oauth-token")
                : prefix == u"ghu_"                ? QStringLiteral("github-app-user-token")
                                                   : QStringLiteral("github-app-installation-token");
            expectInContexts({rule, prefix + g.pick(kAlnum, 36), QStringLiteral("github_token")});
        }
        expectInContexts({QStringLiteral("github-fine-grained-pat"),
            QStringLiteral("github") + QStringLiteral("_pat_") + g.pick(kAlnum, 22) + u'_' + g.pick(kAlnum, 59),
            QStringLiteral("gh_pat")});
        expectInContexts({QStringLiteral("gitlab-pat"),
            QStringLiteral("gl") + QStringLiteral("pat-") + g.pick(kAlnum, 20), QStringLiteral("gitlab_token")});
        expectHit(QStringLiteral("git clone https://x-access-token:%1@github.com/org/repo.git\n")
                      .arg(QStringLiteral("gh") + QStringLiteral("s_") + g.pick(kAlnum, 36)),
            QStringLiteral("ci/clone.sh"), QStringLiteral("github-app-installation-token"), 1);
        // Wrong length, placeholder, or embedded in a longer identifier: nothing.
        expectNone(
            QStringLiteral("label = \"%1\"\n").arg(QStringLiteral("gh") + QStringLiteral("p_") + g.pick(kAlnum, 20)),
            QStringLiteral("a.py"));
        expectNone(
            QStringLiteral("GITHUB_TOKEN=%1\n").arg(QStringLiteral("gh") + QStringLiteral("p_") + QString(36, u'x')),
            QStringLiteral("README.md"));
        expectNone(QStringLiteral("x = \"abc%1\"\n")
                       .arg(QStringLiteral("gh") + QStringLiteral("p_") + g.pick(kAlnum, 36) + QStringLiteral("zz")),
            QStringLiteral("a.py"));
    }

    void chatServices()
    {
        Gen g(m_seed + 2);
        expectInContexts({QStringLiteral("slack-bot-token"),
            QStringLiteral("xo") + QStringLiteral("xb-") + g.pick(kDigits, 11) + u'-' + g.pick(kDigits, 12) + u'-'
                + g.pick(kAlnum, 24),
            QStringLiteral("slack_bot_token")});
        expectInContexts({QStringLiteral("slack-user-token"),
            QStringLiteral("xo") + QStringLiteral("xp-") + g.pick(kDigits, 11) + u'-' + g.pick(kDigits, 12) + u'-'
                + g.pick(kDigits, 12) + u'-' + g.pick(kHex, 32),
            QStringLiteral("slack_user_token")});
        expectInContexts({QStringLiteral("slack-webhook"),
            QStringLiteral("https://hooks.sl") + QStringLiteral("ack.com/services/T") + g.pick(kUpper + kDigits, 10)
                + QStringLiteral("/B") + g.pick(kUpper + kDigits, 10) + u'/' + g.pick(kAlnum, 24),
            QStringLiteral("alerts_webhook")});
        expectInContexts({QStringLiteral("discord-webhook"),
            QStringLiteral("https://discord.com/api/webhooks/") + g.pick(kDigits, 18) + u'/' + g.pick(kUrlSafe, 68),
            QStringLiteral("discord_hook")});
        expectInContexts({QStringLiteral("telegram-bot-token"),
            g.pick(kDigits, 10) + QStringLiteral(":AA") + g.pick(kUrlSafe, 33), QStringLiteral("telegram_bot_token")});
        expectInContexts({QStringLiteral("discord-bot-token"),
            QStringLiteral("M") + g.pick(kAlnum, 23) + u'.' + g.pick(kUrlSafe, 6) + u'.' + g.pick(kAlnum, 27),
            QStringLiteral("discord_bot_token")});
    }

    void paymentsAndCommerce()
    {
        Gen g(m_seed + 3);
        expectInContexts({QStringLiteral("stripe-live-secret-key"),
            QStringLiteral("sk") + QStringLiteral("_live_") + g.pick(kAlnum, 24), QStringLiteral("stripe_key")});
        expectInContexts({QStringLiteral("stripe-restricted-key"),
            QStringLiteral("rk") + QStringLiteral("_live_") + g.pick(kAlnum, 99), QStringLiteral("stripe_key")});
        expectInContexts({QStringLiteral("shopify-access-token"),
            QStringLiteral("shp") + QStringLiteral("at_") + g.pick(kHex, 32), QStringLiteral("shopify_token")});
        // A publishable key is public by design.
        expectNone(QStringLiteral("STRIPE_PUBLISHABLE_KEY=%1\n")
                       .arg(QStringLiteral("pk") + QStringLiteral("_live_") + g.pick(kAlnum, 24)),
            QStringLiteral(".env"));
    }

    void aiServices()
    {
        Gen g(m_seed + 4);
        expectInContexts({QStringLiteral("openai-api-key"),
            QStringLiteral("sk-") + QStringLiteral("proj-") + g.pick(kUrlSafe, 74) + QStringLiteral("T3Blbk")
                + QStringLiteral("FJ") + g.pick(kUrlSafe, 74),
            QStringLiteral("openai_api_key")});
        expectInContexts({QStringLiteral("openai-project-key"),
            QStringLiteral("sk-") + QStringLiteral("proj-") + g.pick(kUrlSafe, 120), QStringLiteral("llm_key")});
        expectInContexts({QStringLiteral("anthropic-api-key"),
            QStringLiteral("sk-") + QStringLiteral("ant-api03-") + g.pick(kUrlSafe, 93) + QStringLiteral("AA"),
            QStringLiteral("anthropic_api_key")});
        expectInContexts({QStringLiteral("huggingface-token"), QStringLiteral("hf") + u'_' + g.pick(kAlnum, 34),
            QStringLiteral("hf_token")});
        expectInContexts({QStringLiteral("groq-api-key"),
            QStringLiteral("gs") + QStringLiteral("k_") + g.pick(kAlnum, 52), QStringLiteral("groq_key")});
    }

    void packageRegistries()
    {
        Gen g(m_seed + 5);
        expectInContexts({QStringLiteral("npm-access-token"),
            QStringLiteral("np") + QStringLiteral("m_") + g.pick(kAlnum, 36), QStringLiteral("npm_token")});
        expectHit(QStringLiteral("registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%1\n")
                      .arg(g.uuid() + g.pick(kAlnum, 4)),
            QStringLiteral(".npmrc"), QStringLiteral("npmrc-auth-token"), 2);
        expectNone(QStringLiteral("//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n"), QStringLiteral(".npmrc"));
        expectInContexts({QStringLiteral("pypi-token"),
            QStringLiteral("py") + QStringLiteral("pi-AgEIcHlwaS5vcmc") + g.pick(kUrlSafe, 90),
            QStringLiteral("pypi_token")});
        expectInContexts({QStringLiteral("rubygems-api-key"),
            QStringLiteral("ruby") + QStringLiteral("gems_") + g.pick(kHex, 48), QStringLiteral("gem_host_api_key")});
        expectInContexts({QStringLiteral("nuget-api-key"), QStringLiteral("oy") + u'2' + g.pick(kLower + kDigits, 43),
            QStringLiteral("nuget_key")});
    }

    void mailAndMessaging()
    {
        Gen g(m_seed + 6);
        expectInContexts({QStringLiteral("sendgrid-api-key"),
            QStringLiteral("SG") + u'.' + g.pick(kUrlSafe, 22) + u'.' + g.pick(kUrlSafe, 43),
            QStringLiteral("sendgrid_key")});
        expectInContexts({QStringLiteral("mailgun-api-key"),
            QStringLiteral("ke") + QStringLiteral("y-") + g.pick(kHex, 32), QStringLiteral("mailgun_key")});
        expectInContexts({QStringLiteral("mailchimp-api-key"),
            g.pick(kHex, 32) + QStringLiteral("-us") + QString::number(g.between(1, 21)),
            QStringLiteral("mailchimp_key")});
        expectInContexts({QStringLiteral("twilio-auth-token"), g.pick(kHex, 32), QStringLiteral("twilio_auth_token")});
        expectHit(QStringLiteral("twilio_client = Client(\"%1\", secret)\n")
                      .arg(QStringLiteral("S") + QStringLiteral("K") + g.pick(kHex, 32)),
            QStringLiteral("notify.py"), QStringLiteral("twilio-api-key"), 1);
    }

    // Rules with a weak anchor (`sk_`, `cio`, `sdk-`) run on the lines of their context keywords
    // only, outside the one pass: found with the keyword on the line, never without it.
    void contextAnchoredRulesNeedTheirKeywordOnTheLine()
    {
        Gen g(m_seed + 16);
        const auto uuid = [&] {
            return g.pick(kHex, 8) + u'-' + g.pick(kHex, 4) + u'-' + g.pick(kHex, 4) + u'-' + g.pick(kHex, 4) + u'-'
                + g.pick(kHex, 12);
        };
        const std::vector<Token> tokens {
            {QStringLiteral("elevenlabs-api-key"), QStringLiteral("sk") + u'_' + g.pick(kHex, 48),
                QStringLiteral("elevenlabs_api_key")},
            {QStringLiteral("crates-io-token"), QStringLiteral("ci") + u'o' + g.pick(kAlnum, 32),
                QStringLiteral("cargo_registry_token")},
            {QStringLiteral("launchdarkly-key"), QStringLiteral("sd") + QStringLiteral("k-") + uuid(),
                QStringLiteral("launchdarkly_sdk_key")},
            {QStringLiteral("dropbox-token"), QStringLiteral("sl") + u'.' + g.pick(kUrlSafe, 140),
                QStringLiteral("dropbox_access_token")},
        };
        for (const Token& t : tokens) {
            expectInContexts(t);
            // The service named on the line before, or nowhere: no finding.
            expectNone(QStringLiteral("# %1\nvalue = \"%2\"\n").arg(t.key, t.value), QStringLiteral("app/keys.py"));
            expectNone(QStringLiteral("value = \"%1\"\n").arg(t.value), QStringLiteral("app/keys.py"));
            // Far down a file whose other lines are full of the weak anchor's look-alikes.
            QString text;
            for (int i = 0; i < 400; ++i)
                text += QStringLiteral("sk_buff_head_%1 cio_%1 sdk-%1 sl.%1\n").arg(i);
            expectHit(text + QStringLiteral("%1 = \"%2\"\n").arg(t.key.toUpper(), t.value),
                QStringLiteral("src/app.py"), t.rule, 401);
        }
    }

    void moreProviderTokenShapes()
    {
        // One generated token per provider rule, each in five file contexts, under a neutral
        // name so that only the provider rule can report it.
        Gen g(m_seed + 20);
        const QString hexUpper = kUpper + kDigits;
        const QString bech32 = QStringLiteral("qpzry9x8gf2tvdw0s3jn54khce6mua7l").toUpper();
        const std::vector<std::pair<const char*, QString>> cases {
            {"digitalocean-oauth-token", QStringLiteral("doo") + QStringLiteral("_v1_") + g.pick(kHex, 64)},
            {"gitlab-deploy-token", QStringLiteral("gl") + QStringLiteral("dt-") + g.pick(kUrlSafe, 20)},
            {"gitlab-runner-auth-token", QStringLiteral("gl") + QStringLiteral("rt-") + g.pick(kUrlSafe, 20)},
            {"gitlab-pipeline-trigger-token", QStringLiteral("gl") + QStringLiteral("ptt-") + g.pick(kHex, 40)},
            {"bitbucket-app-password", QStringLiteral("AT") + QStringLiteral("BB") + g.pick(kAlnum, 32)},
            {"slack-app-token",
                QStringLiteral("xa") + QStringLiteral("pp-1-") + g.pick(hexUpper, 10) + u'-' + g.pick(kDigits, 13)
                    + u'-' + g.pick(kHex, 64)},
            {"stripe-webhook-secret", QStringLiteral("wh") + QStringLiteral("sec_") + g.pick(kAlnum, 32)},
            {"square-oauth-secret", QStringLiteral("sq0") + QStringLiteral("csp-") + g.pick(kUrlSafe, 43)},
            {"razorpay-key", QStringLiteral("rzp") + QStringLiteral("_live_") + g.pick(kAlnum, 14)},
            {"huggingface-org-token", QStringLiteral("api") + QStringLiteral("_org_") + g.pick(kAlnum, 34)},
            {"replicate-api-token", QStringLiteral("r8") + u'_' + g.pick(kAlnum, 37)},
            {"perplexity-api-key", QStringLiteral("pp") + QStringLiteral("lx-") + g.pick(kAlnum, 48)},
            {"xai-api-key", QStringLiteral("xa") + QStringLiteral("i-") + g.pick(kAlnum, 80)},
            {"openrouter-api-key", QStringLiteral("sk-") + QStringLiteral("or-v1-") + g.pick(kHex, 64)},
            {"langsmith-api-key",
                QStringLiteral("lsv2") + QStringLiteral("_pt_") + g.pick(kHex, 32) + u'_' + g.pick(kHex, 10)},
            {"dockerhub-pat", QStringLiteral("dckr") + QStringLiteral("_pat_") + g.pick(kUrlSafe, 27)},
            {"postman-api-key",
                QStringLiteral("PM") + QStringLiteral("AK-") + g.pick(kHex, 24) + u'-' + g.pick(kHex, 34)},
            {"linear-api-key", QStringLiteral("lin") + QStringLiteral("_api_") + g.pick(kAlnum, 40)},
            {"figma-token", QStringLiteral("fi") + QStringLiteral("gd_") + g.pick(kUrlSafe, 40)},
            {"grafana-service-account-token",
                QStringLiteral("gl") + QStringLiteral("sa_") + g.pick(kAlnum, 32) + u'_' + g.pick(kHex, 8)},
            {"newrelic-user-api-key", QStringLiteral("NR") + QStringLiteral("AK-") + g.pick(hexUpper, 27)},
            {"sentry-user-token", QStringLiteral("sntr") + QStringLiteral("yu_") + g.pick(kHex, 64)},
            {"doppler-token", QStringLiteral("dp.") + QStringLiteral("pt.") + g.pick(kAlnum, 43)},
            {"pulumi-access-token", QStringLiteral("pu") + QStringLiteral("l-") + g.pick(kHex, 40)},
            {"databricks-token", QStringLiteral("da") + QStringLiteral("pi") + g.pick(kHex, 32)},
            {"age-secret-key", QStringLiteral("AGE-SECRET") + QStringLiteral("-KEY-1") + g.pick(bech32, 58)},
            {"tailscale-key",
                QStringLiteral("tskey") + QStringLiteral("-auth-") + g.pick(kAlnum, 12) + u'-' + g.pick(kAlnum, 30)},
            {"shopify-shared-secret", QStringLiteral("shp") + QStringLiteral("ss_") + g.pick(kHex, 32)},
            {"brevo-api-key",
                QStringLiteral("xkey") + QStringLiteral("sib-") + g.pick(kHex, 64) + u'-' + g.pick(kAlnum, 16)},
            {"planetscale-token", QStringLiteral("pscale") + QStringLiteral("_tkn_") + g.pick(kUrlSafe, 43)},
            {"supabase-access-token", QStringLiteral("sb") + QStringLiteral("p_") + g.pick(kHex, 40)},
            {"dynatrace-token", QStringLiteral("dt0c01") + u'.' + g.pick(hexUpper, 24) + u'.' + g.pick(hexUpper, 64)},
            {"mapbox-secret-token",
                QStringLiteral("sk.") + QStringLiteral("eyJ") + g.pick(kUrlSafe, 60) + u'.' + g.pick(kUrlSafe, 22)},
            {"circleci-token",
                QStringLiteral("CCI") + QStringLiteral("PAT_") + g.pick(kAlnum, 22) + u'_' + g.pick(kHex, 40)},
            {"sonarqube-token", QStringLiteral("sq") + QStringLiteral("p_") + g.pick(kHex, 40)},
            {"contentful-token", QStringLiteral("CF") + QStringLiteral("PAT-") + g.pick(kUrlSafe, 43)},
            {"gcp-oauth-client-secret", QStringLiteral("GOC") + QStringLiteral("SPX-") + g.pick(kUrlSafe, 28)},
            {"alibaba-access-key-id", QStringLiteral("LT") + QStringLiteral("AI") + g.pick(kAlnum, 20)},
            {"prefect-api-key", QStringLiteral("pn") + QStringLiteral("u_") + g.pick(kAlnum, 36)},
            {"render-api-key", QStringLiteral("rn") + QStringLiteral("d_") + g.pick(kAlnum, 32)},
            {"jfrog-api-key", QStringLiteral("AK") + QStringLiteral("Cp") + g.pick(kAlnum, 69)},
            {"sendgrid-api-key", QStringLiteral("SG") + u'.' + g.pick(kUrlSafe, 22) + u'.' + g.pick(kUrlSafe, 43)},
        };
        for (const auto& [rule, value] : cases)
            expectInContexts({QString::fromLatin1(rule), value, QStringLiteral("cfg_item")});
    }

    void privateKeys()
    {
        Gen g(m_seed + 7);
        for (const char* label : {"RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY"})
            expectHit(QStringLiteral("Key material follows\n\n") + g.pem(QString::fromLatin1(label)) + u'\n',
                QStringLiteral("deploy/id_key"), QStringLiteral("private-key-pem"), 3);
        expectHit(QStringLiteral("-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n") + g.pick(kBase64, 64)
                + u'\n' + g.pick(kBase64, 64) + QStringLiteral("\n=") + g.pick(kBase64, 4)
                + QStringLiteral("\n-----END PGP PRIVATE KEY BLOCK-----\n"),
            QStringLiteral("keys/signing.asc"), QStringLiteral("pgp-private-key-block"), 1);
        // A service-account JSON keeps the key in one line with \n escapes.
        QString body;
        for (int i = 0; i < 10; ++i)
            body += g.pick(kBase64, 64) + QStringLiteral("\\n");
        expectHit(QStringLiteral("{\n  \"type\": \"service_account\",\n  \"private_key\": \"-----BEGIN PRIVATE "
                                 "KEY-----\\n%1-----END PRIVATE KEY-----\\n\",\n}\n")
                      .arg(body),
            QStringLiteral("gcp/sa.json"), QStringLiteral("gcp-service-account-private-key"), 3);
        // A kubeconfig keeps the key base64-encoded once more.
        const QString kubeKey = QString::fromLatin1(g.pem(QStringLiteral("RSA PRIVATE KEY")).toLatin1().toBase64());
        expectHit(QStringLiteral("users:\n- name: admin\n  user:\n    client-key-data: %1\n").arg(kubeKey),
            QStringLiteral("deploy/kubeconfig"), QStringLiteral("private-key-base64"), 4);
        expectNone(QStringLiteral("    client-key-data: %1\n")
                       .arg(QString::fromLatin1(
                           QByteArrayLiteral("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n")
                               .toBase64()
                           + QByteArray(120, 'A'))),
            QStringLiteral("docs/kubeconfig.md"));
        // Documentation placeholders and public keys are not private keys.
        expectNone(QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n"),
            QStringLiteral("docs/keys.md"));
        expectNone(
            QStringLiteral(
                "-----BEGIN RSA PRIVATE KEY-----\nMIIEvQIBADANBg...your key here...\n-----END RSA PRIVATE KEY-----\n"),
            QStringLiteral("docs/keys.md"));
        expectNone(g.pem(QStringLiteral("PUBLIC KEY")), QStringLiteral("keys/pub.pem"));
        expectNone(g.pem(QStringLiteral("CERTIFICATE")), QStringLiteral("keys/cert.pem"));
    }

    void jwts()
    {
        Gen g(m_seed + 8);
        expectInContexts({QStringLiteral("jwt"), g.jwt(), QStringLiteral("session_jwt")});
        // Random base64 segments that do not decode to a JWT header are not reported.
        expectNone(
            QStringLiteral("x = \"eyJ%1.eyJ%2.%3\"\n").arg(g.pick(kAlnum, 30), g.pick(kAlnum, 40), g.pick(kAlnum, 40)),
            QStringLiteral("a.js"));
    }

    void urlsWithCredentials()
    {
        Gen g(m_seed + 9);
        const QString pw = g.urlPassword(14);
        expectHit(QStringLiteral("DATABASE_URL=postgres://app:%1@db.internal:5432/app\n").arg(pw),
            QStringLiteral(".env"), QStringLiteral("database-url-password"), 1);
        expectHit(
            QStringLiteral(
                "spring:\n  data:\n    mongodb:\n      uri: mongodb+srv://svc:%1@cluster0.abcde.mongodb.net/prod\n")
                .arg(g.urlPassword(20)),
            QStringLiteral("src/main/resources/application.yml"), QStringLiteral("database-url-password"), 4);
        expectHit(
            QStringLiteral("remote = \"https://deploy:%1@git.corp.internal/team/repo.git\"\n").arg(g.urlPassword(16)),
            QStringLiteral("tools/sync.py"), QStringLiteral("url-basic-auth"), 1);
        expectNone(QStringLiteral("DATABASE_URL=postgres://user:password@localhost:5432/app\n"),
            QStringLiteral(".env.example"));
        expectNone(
            QStringLiteral("url: postgres://postgres:postgres@localhost/test\n"), QStringLiteral("docker-compose.yml"));
        expectNone(QStringLiteral("DATABASE_URL=mysql://root:${MYSQL_ROOT_PASSWORD}@db/app\n"), QStringLiteral(".env"));
        expectNone(
            QStringLiteral("See https://user:<password>@host/path for the format.\n"), QStringLiteral("README.md"));
        expectHit(
            QStringLiteral("String url = \"jdbc:sqlserver://db1:1433;databaseName=sales;user=svc;password=%1;\";\n")
                .arg(g.password(15)),
            QStringLiteral("src/Db.java"), QStringLiteral("jdbc-password"), 1);
    }

    void genericAssignments()
    {
        Gen g(m_seed + 10);
        struct Case
        {
            QString path;
            QString text;
            QString rule;
            int line;
        };
        const QString v1 = g.password(18), v2 = g.password(24), v3 = g.password(16), v4 = g.password(20),
                      v5 = g.password(32);
        const std::vector<Case> cases {
            {QStringLiteral("app/db.py"), QStringLiteral("DB_PASSWORD = \"%1\"\n").arg(v1),
                QStringLiteral("generic-secret-assignment"), 1},
            {QStringLiteral("config/app.yaml"), QStringLiteral("db:\n  user: app\n  password: %1\n").arg(v2),
                QStringLiteral("generic-secret-config"), 3},
            {QStringLiteral(".env.production"), QStringLiteral("NODE_ENV=production\nAPI_SECRET=%1\n").arg(v3),
                QStringLiteral("generic-secret-config"), 2},
            {QStringLiteral("src/main/resources/application.properties"),
                QStringLiteral("server.port=8080\napp.client.secret=%1\n").arg(v4),
                QStringLiteral("generic-secret-config"), 2},
            {QStringLiteral("src/Client.java"),
                QStringLiteral("class C {\n  private static final String apiKey = \"%1\";\n}\n").arg(v5),
                QStringLiteral("generic-secret-assignment"), 2},
            {QStringLiteral("internal/auth.go"), QStringLiteral("package auth\n\nconst signingKey := \"%1\"\n").arg(v2),
                QStringLiteral("generic-secret-assignment"), 3},
            {QStringLiteral("lib/client.rb"), QStringLiteral("Client.new(:auth_token => '%1')\n").arg(v1),
                QStringLiteral("generic-secret-assignment"), 1},
            {QStringLiteral("web/config.php"), QStringLiteral("<?php\nreturn ['db_password' => '%1'];\n").arg(v3),
                QStringLiteral("generic-secret-assignment"), 2},
            {QStringLiteral("web.config"),
                QStringLiteral("<appSettings>\n  <add key=\"ApiSecret\" value=\"%1\" />\n</appSettings>\n").arg(v4),
                QStringLiteral("generic-secret-xml-attribute"), 2},
            {QStringLiteral("Dockerfile"), QStringLiteral("FROM alpine\nENV ADMIN_TOKEN=%1\n").arg(v5),
                QStringLiteral("generic-secret-config"), 2},
            {QStringLiteral("Dockerfile"), QStringLiteral("FROM alpine\nENV ADMIN_TOKEN %1\n").arg(v5),
                QStringLiteral("generic-secret-dockerfile-env"), 2},
            {QStringLiteral(".env"), QStringLiteral("SMTP_PASS=%1\n").arg(v1), QStringLiteral("generic-secret-config"),
                1},
            {QStringLiteral("src/fetch.js"),
                QStringLiteral("fetch(`https://api.acme.io/v2/items?limit=10&api_key=%1`);\n").arg(g.pick(kAlnum, 32)),
                QStringLiteral("generic-secret-url-parameter"), 1},
            {QStringLiteral("app/settings.py"), QStringLiteral("SECRET = os.getenv(\"APP_SECRET\", \"%1\")\n").arg(v2),
                QStringLiteral("generic-secret-argument"), 1},
            {QStringLiteral("src/lib.rs"), QStringLiteral("use std::env;\nconst DB_PASSWORD: &str = \"%1\";\n").arg(v2),
                QStringLiteral("generic-secret-assignment"), 2},
            {QStringLiteral("web/env.ts"), QStringLiteral("export const authToken: string = '%1';\n").arg(v4),
                QStringLiteral("generic-secret-assignment"), 1},
            {QStringLiteral("native/config.h"), QStringLiteral("#pragma once\n#define API_SECRET \"%1\"\n").arg(v5),
                QStringLiteral("generic-secret-c-define"), 2},
            {QStringLiteral("notebooks/a.ipynb"),
                QStringLiteral("  \"source\": [\n    \"API_KEY = \\\"%1\\\"\\n\",\n").arg(v5),
                QStringLiteral("generic-secret-assignment"), 2},
            {QStringLiteral("db/V2__users.sql"), QStringLiteral("CREATE USER app WITH PASSWORD '%1';\n").arg(v1),
                QStringLiteral("sql-password"), 1},
            {QStringLiteral("home/.pgpass"), QStringLiteral("db.internal:5432:app:app:%1\n").arg(g.urlPassword(16)),
                QStringLiteral("pgpass-password"), 1},
            {QStringLiteral("home/.netrc"),
                QStringLiteral("machine api.corp.internal login deploy password %1\n").arg(v3),
                QStringLiteral("netrc-password"), 1},
        };
        for (const auto& c : cases)
            expectHit(c.text, c.path, c.rule, c.line);
    }

    void genericNegatives()
    {
        Gen g(m_seed + 11);
        const std::vector<std::pair<QString, QString>> cases {
            {QStringLiteral("app.py"), QStringLiteral("password = os.environ[\"DB_PASSWORD\"]\n")},
            {QStringLiteral("app.py"), QStringLiteral("password = os.getenv(\"DB_PASSWORD\")\n")},
            {QStringLiteral("values.yaml"), QStringLiteral("password: ${DB_PASSWORD}\n")},
            {QStringLiteral("values.yaml"), QStringLiteral("secret: \"{{ .Values.secret }}\"\n")},
            {QStringLiteral("app.js"), QStringLiteral("const token = getToken(request);\n")},
            {QStringLiteral("app.js"), QStringLiteral("const apiKey = \"<your-api-key>\";\n")},
            {QStringLiteral(".env.example"), QStringLiteral("API_KEY=changeme\nSECRET_KEY=your_secret_key_here\n")},
            {QStringLiteral("README.md"), QStringLiteral("export OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx\n")},
            {QStringLiteral("i18n/en.json"),
                QStringLiteral("{ \"password\": \"Password\", \"passwordHint\": \"At least 8 characters\" }\n")},
            {QStringLiteral("settings.py"),
                QStringLiteral("PASSWORD_MIN_LENGTH = 12\nTOKEN_URL = \"https://auth.corp/token\"\n")},
            {QStringLiteral("a.py"), QStringLiteral("token = \"%1\"\n").arg(g.pick(kHex, 40))}, // a git object id
            {QStringLiteral("a.py"), QStringLiteral("api_key = \"%1\"\n").arg(g.uuid())},
            {QStringLiteral("a.py"), QStringLiteral("secret = \"aaaaaaaaaaaaaaaa\"\n")},
            {QStringLiteral("a.py"), QStringLiteral("password = \"abcdef123456\"\n")},
            {QStringLiteral("a.ts"), QStringLiteral("const publicKey = \"%1\";\n").arg(g.password(30))},
            {QStringLiteral("a.tf"), QStringLiteral("password = var.db_password\n")},
            {QStringLiteral("k8s.yaml"), QStringLiteral("secretKeyRef:\n  name: db-credentials\n  key: password\n")},
            {QStringLiteral("doc.md"), QStringLiteral("AWS example key: AK") + QStringLiteral("IAIOSFODNN7EXAMPLE\n")},
            {QStringLiteral("a.py"),
                QStringLiteral(
                    "INTERFACES = {'ABPeoplePickerNavigationController', 'ABPassKitViewControllerDelegate'}\n")},
            {QStringLiteral("a.py"), QStringLiteral("def sign(private_key: \"_RSAPrivateKey\", data: bytes): ...\n")},
            {QStringLiteral("a.pl"), QStringLiteral("my $bypass = 'Crc16Buypass';\n")},
            {QStringLiteral("doc.md"),
                QStringLiteral("new URL('https://abc:%1@example.com/')\n").arg(g.urlPassword(12))},
        };
        for (const auto& [path, text] : cases)
            expectNone(text, path);
    }

    void lockfilesAndHashesAreNeverReported()
    {
        Gen g(m_seed + 12);
        expectNone(QStringLiteral("{\n  \"node_modules/left-pad\": {\n    \"version\": \"1.3.0\",\n    \"integrity\": "
                                  "\"sha512-%1==\"\n  }\n}\n")
                       .arg(g.pick(kBase64, 86)),
            QStringLiteral("package-lock.json"));
        expectNone(
            QStringLiteral("left-pad@^1.3.0:\n  version \"1.3.0\"\n  integrity sha1-%1=\n").arg(g.pick(kBase64, 27)),
            QStringLiteral("yarn.lock"));
        expectNone(
            QStringLiteral("github.com/pkg/errors v0.9.1 h1:%1=\n").arg(g.pick(kBase64, 43)), QStringLiteral("go.sum"));
        expectNone(QStringLiteral("- repo: https://github.com/psf/black\n  rev: %1\n").arg(g.pick(kHex, 40)),
            QStringLiteral(".pre-commit-config.yaml"));
        // Generic assignments inside lockfiles are never secrets.
        expectNone(QStringLiteral("[[package]]\nname = \"tokenizers\"\nchecksum = \"%1\"\n").arg(g.pick(kHex, 64)),
            QStringLiteral("Cargo.lock"));
    }

    void inlineSuppressionAndTestPaths()
    {
        Gen g(m_seed + 13);
        const QString tok = QStringLiteral("gh") + QStringLiteral("p_") + g.pick(kAlnum, 36);
        expectNone(QStringLiteral("TOKEN = \"%1\"  # assay:ignore\n").arg(tok), QStringLiteral("a.py"));
        const auto prod = scan(QStringLiteral("TOKEN = \"%1\"\n").arg(tok), QStringLiteral("src/a.py"));
        const auto test = scan(QStringLiteral("TOKEN = \"%1\"\n").arg(tok), QStringLiteral("tests/fixtures/a.py"));
        QCOMPARE(prod.size(), size_t(1));
        QCOMPARE(test.size(), size_t(1));
        QCOMPARE(prod[0].severity, QStringLiteral("critical"));
        QCOMPARE(test[0].severity, QStringLiteral("high"));
        QVERIFY(test[0].testContext && !prod[0].testContext);
    }

    void evidenceIsRedactedAndHashed()
    {
        Gen g(m_seed + 14);
        const QString tok = QStringLiteral("np") + QStringLiteral("m_") + g.pick(kAlnum, 36);
        const auto hits = scan(QStringLiteral("x = '%1'\n").arg(tok), QStringLiteral("a.js"));
        QCOMPARE(hits.size(), size_t(1));
        QCOMPARE(hits[0].evidence, tok.left(4) + QChar(0x2026));
        QCOMPARE(hits[0].column, 6);
        QCOMPARE(hits[0].secretSha256,
            QString::fromLatin1(QCryptographicHash::hash(tok.toUtf8(), QCryptographicHash::Sha256).toHex()));
    }

    void longLinesAndManyMatches()
    {
        Gen g(m_seed + 15);
        // A minified bundle: one 200 KB line with a token in the middle.
        QString line = g.pick(kAlnum + QStringLiteral(";(){}=,."), 100000);
        const QString tok = QStringLiteral("sk") + QStringLiteral("_live_") + g.pick(kAlnum, 30);
        line += QStringLiteral(";var k=\"%1\";").arg(tok) + g.pick(kAlnum + QStringLiteral(";(){}=,."), 100000);
        const auto hits = scan(line + u'\n', QStringLiteral("dist/app.min.js"));
        QVERIFY2(std::any_of(hits.begin(), hits.end(),
                     [&](const SecretHit& h) { return ruleOf(h) == u"stripe-live-secret-key"; }),
            qPrintable(describe(hits)));
        // Several secrets on several lines keep their own lines.
        QString text;
        for (int i = 0; i < 50; ++i)
            text += QStringLiteral("k%1 = \"%2\"\n")
                        .arg(i)
                        .arg(QStringLiteral("gh") + QStringLiteral("p_") + g.pick(kAlnum, 36));
        const auto many = scan(text, QStringLiteral("a.py"));
        QCOMPARE(many.size(), size_t(50));
        for (int i = 0; i < 50; ++i)
            QCOMPARE(many[size_t(i)].line, i + 1);
    }

    void realSourceTextHasNoFindings()
    {
        // Real C++ headers (Qt, from Debian): plenty of "key", "token", "password" and hex, no secrets.
        QStringList dirs {QStringLiteral("/usr/include/x86_64-linux-gnu/qt6/QtCore"),
            QStringLiteral("/usr/include/x86_64-linux-gnu/qt6/QtNetwork")};
        qint64 bytes = 0;
        for (const auto& dir : dirs) {
            QDirIterator it(dir, {QStringLiteral("*.h")}, QDir::Files);
            while (it.hasNext()) {
                const QString file = it.next();
                QFile f(file);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray content = f.readAll();
                bytes += content.size();
                const auto hits = m_scanner->scan(std::string_view(content.constData(), size_t(content.size())), file);
                QVERIFY2(hits.empty(), qPrintable(file + QStringLiteral(": ") + describe(hits)));
            }
        }
        if (bytes == 0)
            QSKIP("Qt headers not found");
    }
};

QTEST_GUILESS_MAIN(TestSecretScanner)
#include "TestSecretScanner.moc"
