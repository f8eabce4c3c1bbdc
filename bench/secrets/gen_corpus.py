#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates a realistic mixed corpus for the secret-detection accuracy benchmark.

The corpus (config files, .env, CI YAML, source in several languages, docs with placeholders,
lockfiles, keys, test fixtures) is written to OUT/corpus and the ground truth — the (file, line)
of every planted secret — to OUT/truth.json. Every value is random, of the right public shape,
generated here at bench time: nothing in it is a real credential, and nothing is committed.

    gen_corpus.py OUT [--seed N] [--projects N]
"""
import argparse
import base64
import json
import os
import random
import string
import uuid

UP, LO, DI = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UP + LO + DI
URLSAFE = ALNUM + '_-'
B64 = ALNUM + '+/'
HEX = '0123456789abcdef'
B32 = UP + '234567'


class Rand:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alphabet, n):
        return ''.join(self.r.choice(alphabet) for _ in range(n))

    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def random(self):
        return self.r.random()

    def shuffle(self, seq):
        self.r.shuffle(seq)

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def password(self, n=None):
        n = n or self.randint(12, 28)
        core = self.s(ALNUM + '!#%^*_+-=@', n - 3)
        return self.s(UP, 1) + self.s(LO, 1) + self.s(DI, 1) + core

    def urlpassword(self, n=None):
        n = n or self.randint(12, 24)
        return self.s(UP, 1) + self.s(LO, 1) + self.s(DI, 1) + self.s(ALNUM + '-_.', n - 3)

    def word(self):
        return self.choice(WORDS)


WORDS = ('alpha beta gamma delta orders billing users invoice report search queue cache worker gateway inventory '
         'payments ledger catalog session profile metrics audit export import sync notify mailer scheduler').split()


# ------------------------------------------------------------------ token shapes (public formats)
def tokens(R):
    """(family, value, suggested variable name) for one random credential of each family."""
    jwt_header = base64.urlsafe_b64encode(json.dumps({'alg': R.choice(['HS256', 'RS256', 'ES256']), 'typ': 'JWT'}).encode()).decode().rstrip('=')
    jwt_payload = base64.urlsafe_b64encode(json.dumps({'sub': R.s(ALNUM, 10), 'iat': R.randint(1600000000, 1700000000),
                                                       'role': R.choice(['service', 'admin', 'anon'])}).encode()).decode().rstrip('=')
    return [
        ('aws-key-id', 'AKIA' + R.s(B32, 16), 'aws_access_key_id'),
        ('aws-secret', R.s(B64, 40), 'aws_secret_access_key'),
        ('gcp-api-key', 'AIza' + R.s(URLSAFE, 35), 'google_maps_api_key'),
        ('github-pat', 'ghp_' + R.s(ALNUM, 36), 'github_token'),
        ('github-fine', 'github_pat_' + R.s(ALNUM, 22) + '_' + R.s(ALNUM, 59), 'gh_token'),
        ('github-app', R.choice(['ghs_', 'ghu_', 'gho_']) + R.s(ALNUM, 36), 'gh_app_token'),
        ('gitlab-pat', 'glpat-' + R.s(URLSAFE, 20), 'gitlab_token'),
        ('slack-bot', 'xoxb-' + R.s(DI, 11) + '-' + R.s(DI, 12) + '-' + R.s(ALNUM, 24), 'slack_bot_token'),
        ('slack-user', 'xoxp-' + R.s(DI, 11) + '-' + R.s(DI, 12) + '-' + R.s(DI, 12) + '-' + R.s(HEX, 32), 'slack_user_token'),
        ('slack-webhook', 'https://hooks.slack.com/services/T' + R.s(UP + DI, 10) + '/B' + R.s(UP + DI, 10) + '/' + R.s(ALNUM, 24), 'slack_webhook_url'),
        ('discord-webhook', 'https://discord.com/api/webhooks/' + R.s(DI, 18) + '/' + R.s(URLSAFE, 68), 'discord_webhook'),
        ('telegram', R.s(DI, 10) + ':AA' + R.s(URLSAFE, 33), 'telegram_bot_token'),
        ('stripe-live', 'sk_live_' + R.s(ALNUM, R.choice([24, 99])), 'stripe_secret_key'),
        ('stripe-rk', 'rk_live_' + R.s(ALNUM, R.choice([24, 99])), 'stripe_restricted_key'),
        ('openai', 'sk-proj-' + R.s(URLSAFE, 74) + 'T3BlbkFJ' + R.s(URLSAFE, 74), 'openai_api_key'),
        ('openai-legacy', 'sk-' + R.s(ALNUM, 20) + 'T3BlbkFJ' + R.s(ALNUM, 20), 'openai_key'),
        ('anthropic', 'sk-ant-api03-' + R.s(URLSAFE, 93) + 'AA', 'anthropic_api_key'),
        ('huggingface', 'hf_' + R.s(ALNUM, 34), 'hf_token'),
        ('npm', 'npm_' + R.s(ALNUM, 36), 'npm_token'),
        ('pypi', 'pypi-AgEIcHlwaS5vcmc' + R.s(URLSAFE, R.randint(70, 150)), 'pypi_token'),
        ('rubygems', 'rubygems_' + R.s(HEX, 48), 'gem_host_api_key'),
        ('nuget', 'oy2' + R.s(LO + DI, 43), 'nuget_api_key'),
        ('sendgrid', 'SG.' + R.s(URLSAFE, 22) + '.' + R.s(URLSAFE, 43), 'sendgrid_api_key'),
        ('mailgun', 'key-' + R.s(HEX, 32), 'mailgun_api_key'),
        ('mailchimp', R.s(HEX, 32) + '-us' + str(R.randint(1, 21)), 'mailchimp_api_key'),
        ('twilio-token', R.s(HEX, 32), 'twilio_auth_token'),
        ('twilio-sk', 'SK' + R.s(HEX, 32), 'twilio_api_key'),
        ('shopify', R.choice(['shpat_', 'shpca_', 'shppa_']) + R.s(HEX, 32), 'shopify_access_token'),
        ('digitalocean', 'dop_v1_' + R.s(HEX, 64), 'digitalocean_token'),
        ('azure-client-secret', R.s(ALNUM, 3) + R.s(DI, 1) + 'Q~' + R.s(ALNUM + '_~.-', 34), 'azure_client_secret'),
        ('dockerhub', 'dckr_pat_' + R.s(URLSAFE, 27), 'docker_hub_token'),
        ('vault', 'hvs.' + R.s(URLSAFE, 95), 'vault_token'),
        ('databricks', 'dapi' + R.s(HEX, 32), 'databricks_token'),
        ('grafana', 'glsa_' + R.s(ALNUM, 32) + '_' + R.s(HEX, 8), 'grafana_token'),
        ('newrelic', 'NRAK-' + R.s(UP + DI, 27), 'new_relic_api_key'),
        ('postman', 'PMAK-' + R.s(HEX, 24) + '-' + R.s(HEX, 34), 'postman_api_key'),
        ('linear', 'lin_api_' + R.s(ALNUM, 40), 'linear_api_key'),
        ('groq', 'gsk_' + R.s(ALNUM, 52), 'groq_api_key'),
        ('replicate', 'r8_' + R.s(ALNUM, 37), 'replicate_api_token'),
        ('age', 'AGE-SECRET-KEY-1' + R.s('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58), 'age_key'),
        ('heroku', R.uuid(), 'heroku_api_key'),
        ('datadog', R.s(HEX, 32), 'datadog_api_key'),
        ('jwt', jwt_header + '.' + jwt_payload + '.' + R.s(URLSAFE, 43), 'service_jwt'),
        ('generic-password', R.password(), 'db_password'),
        ('generic-secret', R.password(R.randint(24, 40)), 'client_secret'),
        ('generic-apikey', R.s(ALNUM, R.choice([24, 32, 40])), 'api_key'),
        ('generic-token', R.s(URLSAFE, R.randint(28, 48)), 'auth_token'),
        ('generic-hex-secret', R.s(HEX, 64), 'jwt_secret'),
    ]


def pem_block(R, label, lines=None):
    lines = lines or R.randint(8, 25)
    body = [R.s(B64, 64) for _ in range(lines)] + [R.s(B64, R.randint(10, 60)) + '==']
    return ['-----BEGIN %s-----' % label] + body + ['-----END %s-----' % label]


# ------------------------------------------------------------------ decoys (never secrets)
def decoy_lines(R, kind):
    """Lines that look secret-ish but are not: placeholders, references, hashes, ids."""
    w = R.word()
    out = {
        'env': [
            'DB_PASSWORD=${DB_PASSWORD}', 'API_KEY=changeme', 'SECRET_KEY=your-secret-key-here', 'GITHUB_TOKEN=<your-github-token>',
            'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
            'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'SESSION_TIMEOUT=3600', 'TOKEN_TTL=86400',
            'PASSWORD_MIN_LENGTH=12', 'AUTH_URL=https://auth.%s.internal/oauth/token' % w, 'SECRET_NAME=%s-credentials' % w,
            'BUILD_SHA=%s' % R.s(HEX, 40), 'REQUEST_ID=%s' % R.uuid(), 'API_KEY_HEADER=X-Api-Key',
            'PUBLIC_KEY_PATH=/etc/%s/public.pem' % w, 'STRIPE_PUBLISHABLE_KEY=pk_live_%s' % R.s(ALNUM, 24),
            'PASSWORD=', 'TOKEN=$(cat /run/secrets/token)', 'OPENAI_API_KEY=sk-...',
        ],
        'yaml': [
            'password: ${DB_PASSWORD}', 'password: "{{ .Values.db.password }}"', 'token: ${{ secrets.DEPLOY_TOKEN }}',
            'api_key: !vault |', 'secretName: %s-tls' % w, 'tokenUrl: https://login.%s.com/oauth2/token' % w,
            'commit: %s' % R.s(HEX, 40), 'image: ghcr.io/acme/%s@sha256:%s' % (w, R.s(HEX, 64)),
            'request_id: %s' % R.uuid(), 'password_policy: strong', 'secretKeyRef:', 'passwordFile: /run/secrets/db',
            'secret: REPLACE_ME', 'client_secret: <client-secret>', 'token: xxxxxxxxxxxxxxxxxxxxxxxx',
            'checksum/config: %s' % R.s(HEX, 64), 'rev: %s' % R.s(HEX, 40),
        ],
        'code': [
            'password = os.environ["DB_PASSWORD"]', 'token = request.headers.get("Authorization")',
            'api_key = settings.API_KEY', 'const secret = process.env.JWT_SECRET;', 'String password = System.getenv("DB_PASS");',
            'if password == "":', 'token_type = "Bearer"', 'max_tokens = 4096', 'password_hash = bcrypt.hash(password)',
            'const apiKey = "<YOUR_API_KEY>";', 'secret := os.Getenv("SECRET")', 'var token = await GetTokenAsync();',
            'commit_sha = "%s"' % R.s(HEX, 40), 'user_id = "%s"' % R.uuid(), 'color = "#%s"' % R.s(HEX, 6),
            'PASSWORD_FIELD = "password"', 'self.token = token', 'key = "%s"' % R.s(LO, 12),
            'checksum = "%s"' % R.s(HEX, 64), 'session_key = "session:%s"' % w, 'token = "test-token"',
            'data_uri = "data:image/png;base64,%s"' % R.s(B64, 120), 'etag = "W/\\"%s\\""' % R.s(HEX, 32),
        ],
        'doc': [
            'Set `GITHUB_TOKEN` to a personal access token such as `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.',
            'export OPENAI_API_KEY="sk-your-key-here"', 'AWS keys look like AKIAIOSFODNN7EXAMPLE.',
            'curl -H "Authorization: Bearer <token>" https://api.%s.com/v1/items' % w,
            'DATABASE_URL=postgres://user:password@localhost:5432/%s' % w,
            'Use `slack_token: xoxb-your-token` in the config.', 'The commit %s fixed it.' % R.s(HEX, 40),
            'Request id %s failed.' % R.uuid(), 'password: <your password>', 'api_key: ${API_KEY}',
            '-----BEGIN RSA PRIVATE KEY-----', '...', '-----END RSA PRIVATE KEY-----',
            'mongodb://admin:admin@localhost:27017', 'redis://:changeme@localhost:6379/0',
        ],
    }
    return out[kind]


# ------------------------------------------------------------------ file builders
class Corpus:
    def __init__(self, root, R):
        self.root, self.R = root, R
        self.truth = []
        self.files = 0

    def write(self, path, lines, secret_lines=()):
        full = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w') as f:
            f.write('\n'.join(lines) + '\n')
        self.files += 1
        for ln in secret_lines:
            self.truth.append({'file': path, 'line': ln})


class Builder:
    """Writes lines, remembering which line numbers carry a planted secret."""

    def __init__(self):
        self.lines, self.secret = [], []

    def add(self, line, secret=False):
        self.lines.append(line)
        if secret:
            self.secret.append(len(self.lines))

    def extend(self, lines):
        self.lines.extend(lines)


def pick_tokens(R, n, families=None):
    toks = tokens(R)
    if families:
        toks = [t for t in toks if t[0] in families]
    R.shuffle(toks)
    return toks[:n]


def env_var(name):
    return name.upper()


def camel(name):
    parts = name.split('_')
    return parts[0] + ''.join(p.title() for p in parts[1:])


def gen_env(C, R, proj):
    b = Builder()
    b.add('# %s service configuration' % proj)
    b.add('NODE_ENV=production')
    b.add('PORT=%d' % R.randint(3000, 9000))
    for fam, val, name in pick_tokens(R, R.randint(2, 5)):
        if R.random() < 0.4:
            b.add(R.choice(decoy_lines(R, 'env')))
        quote = R.choice(['', '', '"', "'"])
        prefix = R.choice(['', '', 'export '])
        b.add('%s%s=%s%s%s' % (prefix, env_var(name), quote, val, quote), True)
    b.add('DATABASE_URL=postgres://%s:%s@%s-db.internal:5432/%s' % (proj, R.urlpassword(), proj, proj), True)
    b.add('LOG_LEVEL=info')
    C.write('%s/%s' % (proj, R.choice(['.env', '.env.production', 'deploy/.env.prod'])), b.lines, b.secret)
    # The example file next to it holds only placeholders.
    ex = ['# copy to .env and fill in'] + [l for l in decoy_lines(R, 'env')]
    C.write('%s/.env.example' % proj, ex)


def gen_yaml_config(C, R, proj):
    b = Builder()
    b.add('app:')
    b.add('  name: %s' % proj)
    b.add('  debug: false')
    b.add('database:')
    b.add('  host: %s-db.internal' % proj)
    b.add('  username: %s_app' % proj)
    b.add('  password: %s' % R.choice(['"%s"', "'%s'", '%s']) % R.password(), True)
    for fam, val, name in pick_tokens(R, R.randint(1, 3)):
        b.add('%s:' % R.word())
        if R.random() < 0.5:
            b.add('  ' + R.choice(decoy_lines(R, 'yaml')))
        b.add('  %s: %s' % (R.choice([name, camel(name)]), R.choice(['"%s"', '%s']) % val), True)
    for _ in range(R.randint(1, 4)):
        b.add(R.choice(decoy_lines(R, 'yaml')))
    C.write('%s/config/%s' % (proj, R.choice(['application.yml', 'settings.yaml', 'config.yaml', 'values.prod.yaml'])), b.lines, b.secret)


def gen_ci(C, R, proj):
    b = Builder()
    b.add('name: ci')
    b.add('on: [push, pull_request]')
    b.add('jobs:')
    b.add('  build:')
    b.add('    runs-on: ubuntu-latest')
    b.add('    env:')
    b.add('      NODE_VERSION: "20"')
    b.add('      GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}')
    secret = R.random() < 0.6
    if secret:
        fam, val, name = pick_tokens(R, 1, ['npm', 'dockerhub', 'github-pat', 'slack-webhook', 'pypi', 'gitlab-pat', 'sendgrid'])[0]
        b.add('      %s: %s' % (env_var(name), val), True)
    b.add('    steps:')
    b.add('      - uses: actions/checkout@%s' % R.s(HEX, 40))
    b.add('      - uses: actions/setup-node@v4')
    b.add('      - run: npm ci && npm test')
    if R.random() < 0.5:
        b.add('      - run: curl -u deploy:%s https://artifacts.%s.internal/upload -T dist.tgz' % (R.urlpassword(), proj), True)
    else:
        b.add('      - run: docker login -u ci -p ${{ secrets.REGISTRY_PASSWORD }} registry.%s.internal' % proj)
    C.write('%s/.github/workflows/%s.yml' % (proj, R.choice(['ci', 'build', 'release'])), b.lines, b.secret)

    g = Builder()
    g.add('stages: [test, deploy]')
    g.add('variables:')
    g.add('  DOCKER_DRIVER: overlay2')
    g.add('  GIT_DEPTH: "10"')
    if R.random() < 0.5:
        g.add('  DEPLOY_TOKEN: "%s"' % ('glpat-' + R.s(URLSAFE, 20)), True)
    g.add('deploy:')
    g.add('  stage: deploy')
    g.add('  script:')
    g.add('    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin')
    g.add('    - ./deploy.sh --token "$DEPLOY_TOKEN"')
    C.write('%s/.gitlab-ci.yml' % proj, g.lines, g.secret)


def gen_python(C, R, proj):
    b = Builder()
    b.add('"""%s client."""' % proj)
    b.add('import os')
    b.add('import requests')
    b.add('')
    for fam, val, name in pick_tokens(R, R.randint(1, 3)):
        b.add('%s = %s"%s"' % (name.upper(), R.choice(['', '', 'r']), val), True)
    b.add('TIMEOUT = 30')
    b.add('')
    b.add('')
    b.add('class %sClient:' % R.word().title())
    b.add('    def __init__(self, token=None):')
    b.add('        self.token = token or os.environ.get("API_TOKEN")')
    for l in R.r.sample(decoy_lines(R, 'code'), 3):
        b.add('        ' + l)
    b.add('')
    b.add('    def get(self, path):')
    b.add('        return requests.get(BASE + path, headers={"Authorization": f"Bearer {self.token}"})')
    if R.random() < 0.5:
        b.add('')
        b.add('engine = create_engine("mysql+pymysql://%s:%s@db.%s.internal/%s")' % (R.word(), R.urlpassword(), proj, proj), True)
    C.write('%s/%s/client.py' % (proj, proj), b.lines, b.secret)


def gen_js(C, R, proj):
    b = Builder()
    b.add("'use strict';")
    b.add("const axios = require('axios');")
    b.add('')
    b.add('const config = {')
    b.add("  baseUrl: 'https://api.%s.com'," % proj)
    for fam, val, name in pick_tokens(R, R.randint(1, 3)):
        q = R.choice(["'", '"', '`'])
        b.add("  %s: %s%s%s," % (camel(name), q, val, q), True)
    b.add('  timeout: 5000,')
    b.add('};')
    b.add('')
    for l in R.r.sample(decoy_lines(R, 'code'), 2):
        b.add('// ' + l)
    b.add('module.exports = config;')
    C.write('%s/src/%s.%s' % (proj, R.choice(['config', 'client', 'settings']), R.choice(['js', 'ts', 'mjs'])), b.lines, b.secret)


def gen_go(C, R, proj):
    b = Builder()
    b.add('package %s' % proj)
    b.add('')
    b.add('import "os"')
    b.add('')
    b.add('const (')
    for fam, val, name in pick_tokens(R, R.randint(1, 2)):
        b.add('\t%s = "%s"' % (camel(name), val), True)
    b.add('\tdefaultTimeout = 30')
    b.add(')')
    b.add('')
    b.add('func token() string {')
    b.add('\tif t := os.Getenv("API_TOKEN"); t != "" {')
    b.add('\t\treturn t')
    b.add('\t}')
    b.add('\tsecret := os.Getenv("SECRET")')
    b.add('\treturn secret')
    b.add('}')
    C.write('%s/internal/%s/creds.go' % (proj, R.word()), b.lines, b.secret)


def gen_java(C, R, proj):
    b = Builder()
    b.add('package com.acme.%s;' % proj)
    b.add('')
    b.add('public final class Credentials {')
    for fam, val, name in pick_tokens(R, R.randint(1, 2)):
        b.add('    private static final String %s = "%s";' % (name.upper(), val), True)
    b.add('    private final String password = System.getenv("DB_PASS");')
    b.add('    static String url() {')
    b.add('        return "jdbc:postgresql://db.%s.internal:5432/%s?user=app&password=%s";' % (proj, proj, R.urlpassword()), True)
    b.add('    }')
    b.add('}')
    C.write('%s/src/main/java/com/acme/%s/Credentials.java' % (proj, proj), b.lines, b.secret)
    p = Builder()
    p.add('server.port=8080')
    p.add('spring.datasource.url=jdbc:postgresql://db:5432/%s' % proj)
    p.add('spring.datasource.username=%s' % proj)
    p.add('spring.datasource.password=%s' % R.password(), True)
    p.add('management.endpoints.web.exposure.include=health')
    if R.random() < 0.5:
        p.add('app.jwt.secret=%s' % R.s(ALNUM, 48), True)
    p.add('app.jwt.expiration=3600')
    C.write('%s/src/main/resources/application.properties' % proj, p.lines, p.secret)


def gen_ruby_php_cs_shell(C, R, proj):
    fam, val, name = pick_tokens(R, 1)[0]
    kind = R.choice(['rb', 'php', 'cs', 'sh'])
    b = Builder()
    if kind == 'rb':
        b.add('Rails.application.configure do')
        b.add('  config.api = { :%s => "%s" }' % (name, val), True)
        b.add('  config.log_level = :info')
        b.add('end')
        path = 'config/initializers/%s.rb' % R.word()
    elif kind == 'php':
        b.add('<?php')
        b.add('return [')
        b.add("    'host' => 'db.internal',")
        b.add("    '%s' => '%s'," % (name, val), True)
        b.add("    'password' => getenv('DB_PASSWORD'),")
        b.add('];')
        path = 'config/%s.php' % R.word()
    elif kind == 'cs':
        b.add('namespace Acme.%s {' % proj.title())
        b.add('    public static class Settings {')
        b.add('        public const string %s = "%s";' % (''.join(p.title() for p in name.split('_')), val), True)
        b.add('        public static string Conn => "Server=sql.internal;Database=%s;User Id=app;Password=%s;";' % (proj, R.password()), True)
        b.add('    }')
        b.add('}')
        path = 'src/Settings.cs'
    else:
        b.add('#!/bin/sh')
        b.add('set -eu')
        b.add('export %s="%s"' % (env_var(name), val), True)
        b.add('curl -fsS -H "Authorization: Bearer $API_TOKEN" https://api.%s.com/deploy' % proj)
        path = 'scripts/deploy.sh'
    C.write('%s/%s' % (proj, path), b.lines, b.secret)


def gen_keys(C, R, proj):
    if R.random() < 0.6:
        b = Builder()
        label = R.choice(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY'])
        blk = pem_block(R, label)
        b.add(blk[0], True)
        b.extend(blk[1:])
        C.write('%s/deploy/%s' % (proj, R.choice(['id_rsa', 'server.key', 'deploy_key.pem', 'jwt-signing.pem'])), b.lines, b.secret)
    if R.random() < 0.4:
        body = '\\n'.join(pem_block(R, 'PRIVATE KEY')) + '\\n'
        b = Builder()
        b.add('{')
        b.add('  "type": "service_account",')
        b.add('  "project_id": "%s-%d",' % (proj, R.randint(100, 999)))
        b.add('  "private_key_id": "%s",' % R.s(HEX, 40))
        b.add('  "private_key": "%s",' % body, True)
        b.add('  "client_email": "deployer@%s.iam.gserviceaccount.com",' % proj)
        b.add('  "client_id": "%s"' % R.s(DI, 21))
        b.add('}')
        C.write('%s/credentials/%s-sa.json' % (proj, proj), b.lines, b.secret)
    # Public material: never a secret.
    C.write('%s/deploy/server.crt' % proj, pem_block(R, 'CERTIFICATE'))
    C.write('%s/deploy/id_rsa.pub' % proj, ['ssh-rsa ' + R.s(B64, 372) + ' deploy@%s' % proj])


def gen_docker(C, R, proj):
    b = Builder()
    b.add('services:')
    b.add('  db:')
    b.add('    image: postgres:16')
    b.add('    environment:')
    b.add('      POSTGRES_USER: postgres')
    if R.random() < 0.5:
        b.add('      POSTGRES_PASSWORD: %s' % R.password(), True)
    else:
        b.add('      POSTGRES_PASSWORD: postgres')
    b.add('  app:')
    b.add('    build: .')
    b.add('    environment:')
    b.add('      - DATABASE_URL=postgres://postgres:postgres@db:5432/%s' % proj)
    if R.random() < 0.5:
        b.add('      - REDIS_URL=redis://:%s@cache:6379/0' % R.urlpassword(), True)
    C.write('%s/docker-compose.yml' % proj, b.lines, b.secret)
    d = Builder()
    d.add('FROM python:3.12-slim')
    d.add('WORKDIR /app')
    d.add('COPY . .')
    if R.random() < 0.4:
        fam, val, name = pick_tokens(R, 1)[0]
        d.add('ENV %s=%s' % (env_var(name), val), True)
    d.add('RUN pip install -r requirements.txt')
    d.add('CMD ["python", "-m", "%s"]' % proj)
    C.write('%s/Dockerfile' % proj, d.lines, d.secret)


def gen_misc_config(C, R, proj):
    kind = R.choice(['npmrc', 'toml', 'ini', 'json', 'xml', 'tfvars'])
    b = Builder()
    if kind == 'npmrc':
        b.add('registry=https://registry.npmjs.org/')
        b.add('//registry.npmjs.org/:_authToken=%s' % ('npm_' + R.s(ALNUM, 36)), True)
        b.add('always-auth=true')
        path = '.npmrc'
    elif kind == 'toml':
        b.add('[server]')
        b.add('host = "0.0.0.0"')
        b.add('[auth]')
        b.add('secret_key = "%s"' % R.password(R.randint(30, 50)), True)
        b.add('token_lifetime = 3600')
        path = 'config.toml'
    elif kind == 'ini':
        b.add('[database]')
        b.add('user = %s' % proj)
        b.add('password = %s' % R.password(), True)
        b.add('[smtp]')
        b.add('smtp_password = %s' % R.password(), True)
        path = 'settings.ini'
    elif kind == 'json':
        fam, val, name = pick_tokens(R, 1)[0]
        b.add('{')
        b.add('  "name": "%s",' % proj)
        b.add('  "%s": "%s",' % (camel(name), val), True)
        b.add('  "retries": 3,')
        b.add('  "passwordPolicy": "strong",')
        b.add('  "build": "%s"' % R.s(HEX, 40))
        b.add('}')
        path = 'appsettings.json'
    elif kind == 'xml':
        b.add('<configuration>')
        b.add('  <appSettings>')
        b.add('    <add key="ApiSecret" value="%s" />' % R.password(), True)
        b.add('    <add key="Environment" value="Production" />')
        b.add('  </appSettings>')
        b.add('  <connectionStrings>')
        b.add('    <add name="Main" connectionString="Server=sql01;Database=%s;User Id=svc;Password=%s;" />' % (proj, R.password()), True)
        b.add('  </connectionStrings>')
        b.add('</configuration>')
        path = 'web.config'
    else:
        b.add('region = "eu-west-1"')
        b.add('db_password = "%s"' % R.password(), True)
        b.add('instance_type = "t3.micro"')
        path = 'infra/prod.tfvars'
    C.write('%s/%s' % (proj, path), b.lines, b.secret)


def gen_tests(C, R, proj):
    # Fixtures with live-looking credentials are still findings (weighted down in severity).
    b = Builder()
    b.add('import pytest')
    b.add('')
    b.add('FAKE_USER = "alice"')
    b.add('FIXTURE_ID = "%s"' % R.uuid())
    if R.random() < 0.5:
        fam, val, name = pick_tokens(R, 1)[0]
        b.add('%s = "%s"' % (name.upper(), val), True)
    b.add('')
    b.add('def test_login(client):')
    b.add('    assert client.login("alice", "test-password").ok')
    C.write('%s/tests/test_%s.py' % (proj, R.word()), b.lines, b.secret)


def gen_docs(C, R, proj):
    lines = ['# %s' % proj.title(), '', 'Configuration', '', '```']
    lines += R.r.sample(decoy_lines(R, 'doc'), 8)
    lines += ['```', '', 'See CONTRIBUTING.md.']
    C.write('%s/README.md' % proj, lines)
    b = Builder()
    b.extend(['# Operations runbook', '', 'Emergency access for the staging cluster:'])
    if R.random() < 0.5:
        fam, val, name = pick_tokens(R, 1)[0]
        b.add('- %s: `%s`' % (name, val), True)
    b.extend(['', 'Rotate keys every 90 days.'])
    C.write('%s/docs/runbook.md' % proj, b.lines, b.secret)


def gen_lockfiles(C, R, proj):
    lines = ['{', '  "name": "%s",' % proj, '  "lockfileVersion": 3,', '  "packages": {']
    for i in range(R.randint(10, 40)):
        name = R.word() + '-' + R.s(LO, 4)
        lines += ['    "node_modules/%s": {' % name, '      "version": "%d.%d.%d",' % (R.randint(0, 9), R.randint(0, 20), R.randint(0, 9)),
                  '      "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz",' % (name, name),
                  '      "integrity": "sha512-%s=="' % R.s(B64, 86), '    },']
    lines += ['  }', '}']
    C.write('%s/package-lock.json' % proj, lines)
    y = []
    for i in range(R.randint(5, 20)):
        name = R.word() + '-' + R.s(LO, 3)
        y += ['%s@^1.0.0:' % name, '  version "1.0.%d"' % i, '  resolved "https://registry.yarnpkg.com/%s/-/%s-1.0.%d.tgz#%s"' % (name, name, i, R.s(HEX, 40)),
              '  integrity sha512-%s==' % R.s(B64, 86), '']
    C.write('%s/web/yarn.lock' % proj, y)
    g = ['github.com/%s/%s v1.%d.0 h1:%s=' % (R.word(), R.word(), i, R.s(B64, 43)) for i in range(R.randint(5, 20))]
    C.write('%s/go.sum' % proj, g)
    c = []
    for i in range(R.randint(3, 10)):
        c += ['[[package]]', 'name = "%s"' % R.word(), 'version = "0.%d.0"' % i, 'source = "registry+https://github.com/rust-lang/crates.io-index"',
              'checksum = "%s"' % R.s(HEX, 64), '']
    C.write('%s/Cargo.lock' % proj, c)


def gen_plain_code(C, R, proj):
    # Ordinary code with ids, hashes, base64 and the words key/token/secret in non-secret roles.
    lines = ['// %s utilities' % proj, '#include <string>', '', 'namespace %s {' % proj, '']
    for i in range(R.randint(20, 60)):
        choice = R.randint(0, 6)
        if choice == 0:
            lines.append('static const char* kTable%d = "%s";' % (i, R.s(B64, R.randint(40, 120))))
        elif choice == 1:
            lines.append('// commit %s' % R.s(HEX, 40))
        elif choice == 2:
            lines.append('constexpr auto kId%d = "%s";' % (i, R.uuid()))
        elif choice == 3:
            lines.append('std::string tokenize%d(const std::string& key) { return key + "%s"; }' % (i, R.s(LO, 6)))
        elif choice == 4:
            lines.append('int secretCount%d = %d; // number of secret fields' % (i, R.randint(0, 99)))
        elif choice == 5:
            lines.append('auto hash%d = sha256("%s");' % (i, R.s(HEX, 64)))
        else:
            lines.append('const char* password_prompt%d = "Enter password:";' % i)
    lines += ['', '} // namespace %s' % proj]
    C.write('%s/src/util.cpp' % proj, lines)


def gen_polyglot(C, R, proj):
    # Typed declarations and other languages' assignment forms.
    forms = [
        ('src/lib.rs', lambda n, v: 'const %s: &str = "%s";' % (n.upper(), v), ['use std::env;', 'let token = env::var("TOKEN")?;']),
        ('app/src/main/kotlin/Config.kt', lambda n, v: 'val %s: String = "%s"' % (camel(n), v), ['val password = System.getenv("PASSWORD")']),
        ('ios/App/Config.swift', lambda n, v: 'let %s = "%s"' % (camel(n), v), ['let tokenKey = "auth.token"']),
        ('web/src/env.ts', lambda n, v: "export const %s: string = '%s';" % (camel(n), v), ['export const tokenHeader: string = "X-Auth-Token";']),
        ('native/include/config.h', lambda n, v: '#define %s "%s"' % (n.upper(), v), ['#define PASSWORD_MAX_LEN 128']),
        ('tools/deploy.ps1', lambda n, v: '$%s = "%s"' % (''.join(p.title() for p in n.split('_')), v), ['$Password = Read-Host -AsSecureString']),
        ('cmd/server/main.go', lambda n, v: 'var %s string = "%s"' % (camel(n), v), ['var tokenTTL = 3600']),
        ('src/main/scala/Settings.scala', lambda n, v: 'val %s = "%s"' % (camel(n), v), ['val secretName = "prod/db"']),
    ]
    for path, fmt, decoys in R.r.sample(forms, 3):
        b = Builder()
        b.add('// %s' % proj)
        for d in decoys:
            b.add(d)
        fam, val, name = pick_tokens(R, 1)[0]
        b.add(fmt(name, val), True)
        if R.random() < 0.5:
            b.add(fmt('db_password', R.password()), True)
        b.add('// end')
        C.write('%s/%s' % (proj, path), b.lines, b.secret)


def gen_infra(C, R, proj):
    k = Builder()
    k.extend(['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: %s-db' % proj, 'type: Opaque', 'stringData:'])
    k.add('  DB_PASSWORD: "%s"' % R.password(), True)
    k.add('  API_TOKEN: %s' % R.s(ALNUM, 32), True)
    k.extend(['---', 'apiVersion: apps/v1', 'kind: Deployment', 'spec:', '  template:', '    spec:', '      containers:',
              '        - name: app', '          env:', '            - name: DB_PASSWORD', '              valueFrom:',
              '                secretKeyRef:', '                  name: %s-db' % proj, '                  key: DB_PASSWORD'])
    C.write('%s/k8s/secret.yaml' % proj, k.lines, k.secret)
    a = Builder()
    a.add('ansible_user: deploy')
    a.add('ansible_become_password: "%s"' % R.password(), True)
    a.add('db_password: "{{ vault_db_password }}"')
    C.write('%s/ansible/group_vars/all.yml' % proj, a.lines, a.secret)
    v = ['$ANSIBLE_VAULT;1.1;AES256'] + [R.s(HEX, 80) for _ in range(R.randint(4, 10))]
    C.write('%s/ansible/group_vars/vault.yml' % proj, v)
    g = Builder()
    g.add('https://%s:%s@github.com' % (R.word(), 'ghp_' + R.s(ALNUM, 36)), True)
    C.write('%s/.git-credentials' % proj, g.lines, g.secret)
    pg = Builder()
    pg.add('# hostname:port:database:username:password')
    pg.add('db.%s.internal:5432:%s:app:%s' % (proj, proj, R.urlpassword()), True)
    C.write('%s/.pgpass' % proj, pg.lines, pg.secret)
    m = Builder()
    m.extend(['<settings>', '  <servers>', '    <server>', '      <id>releases</id>', '      <username>deployer</username>'])
    m.add('      <password>%s</password>' % R.password(), True)
    m.extend(['    </server>', '  </servers>', '</settings>'])
    C.write('%s/.m2/settings.xml' % proj, m.lines, m.secret)
    q = Builder()
    q.add('-- %s migration' % proj)
    q.add("CREATE USER app_rw WITH PASSWORD '%s';" % R.password(), True)
    q.add('GRANT SELECT ON ALL TABLES IN SCHEMA public TO app_rw;')
    q.add("ALTER USER reporting IDENTIFIED BY '%s';" % R.urlpassword(), True)
    q.add("CREATE USER readonly WITH PASSWORD :'readonly_password';")
    C.write('%s/db/migrations/V2__users.sql' % proj, q.lines, q.secret)
    kc = Builder()
    kc.extend(['apiVersion: v1', 'kind: Config', 'clusters:', '- cluster:',
               '    certificate-authority-data: %s' % base64.b64encode('\n'.join(pem_block(R, 'CERTIFICATE')).encode()).decode(),
               '    server: https://k8s.%s.internal:6443' % proj, '  name: prod', 'users:', '- name: admin', '  user:'])
    kc.add('    client-key-data: %s' % base64.b64encode('\n'.join(pem_block(R, 'RSA PRIVATE KEY')).encode()).decode(), True)
    kc.add('- name: ci')
    kc.add('  user:')
    kc.add('    token: %s' % R.s(ALNUM, 40), True)
    C.write('%s/deploy/kubeconfig' % proj, kc.lines, kc.secret)
    s3 = Builder()
    s3.extend(['[default]', 'access_key = %s' % ('AKIA' + R.s(B32, 16))])
    s3.secret.append(2)
    s3.add('secret_key = %s' % R.s(B64, 40), True)
    s3.add('host_base = s3.amazonaws.com')
    C.write('%s/ops/.s3cfg' % proj, s3.lines, s3.secret)
    nb = Builder()
    nb.extend(['{', ' "cells": [', '  {', '   "cell_type": "code",', '   "source": ['])
    nb.add('    "API_KEY = \\"%s\\"\\n",' % R.s(ALNUM, 32), True)
    nb.add('    "client = Client(api_key=API_KEY)\\n"')
    nb.extend(['   ]', '  }', ' ]', '}'])
    C.write('%s/notebooks/explore.ipynb' % proj, nb.lines, nb.secret)


GENERATORS = [gen_env, gen_yaml_config, gen_ci, gen_python, gen_js, gen_go, gen_java, gen_ruby_php_cs_shell, gen_keys,
              gen_docker, gen_misc_config, gen_tests, gen_docs, gen_lockfiles, gen_plain_code, gen_polyglot, gen_infra]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--projects', type=int, default=40)
    a = ap.parse_args()
    R = Rand(a.seed)
    root = os.path.join(a.out, 'corpus')
    if os.path.exists(root):
        import shutil
        shutil.rmtree(root)
    C = Corpus(root, R)
    for i in range(a.projects):
        proj = '%s%d' % (R.word(), i)
        for g in GENERATORS:
            g(C, R, proj)
    with open(os.path.join(a.out, 'truth.json'), 'w') as f:
        json.dump({'seed': a.seed, 'files': C.files, 'secrets': C.truth}, f, indent=1)
    print('corpus: %d files, %d planted secrets (seed %d)' % (C.files, len(C.truth), a.seed))


if __name__ == '__main__':
    main()
