-- SPDX-License-Identifier: GPL-3.0-or-later
-- Audits (the persistent job queue), their files, findings and triage history, dependencies,
-- vulnerabilities and contributors. Results are written in one transaction at completion,
-- so an interrupted audit never leaves partial rows.
CREATE TABLE audits (
    id TEXT PRIMARY KEY NOT NULL,
    owner_id TEXT NOT NULL,
    source TEXT NOT NULL,
    ref TEXT,
    repository_name TEXT,
    commit_id TEXT,
    root TEXT,
    status TEXT NOT NULL,
    priority INTEGER NOT NULL DEFAULT 0,
    progress INTEGER NOT NULL DEFAULT 0,
    stage TEXT,
    files_done INTEGER NOT NULL DEFAULT 0,
    files_total INTEGER NOT NULL DEFAULT 0,
    eta_s INTEGER,
    options TEXT NOT NULL DEFAULT '{}',
    archive_path TEXT,
    archive_name TEXT,
    error TEXT,
    summary TEXT,
    diff TEXT,
    policy TEXT,
    worker_id TEXT,
    heartbeat_at TEXT,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    duration_ms INTEGER
);
CREATE INDEX audits_queue ON audits(status, priority DESC, created_at);
CREATE INDEX audits_source ON audits(source, created_at);
CREATE INDEX audits_owner ON audits(owner_id, created_at);

CREATE TABLE audit_files (
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    language TEXT,
    size INTEGER NOT NULL DEFAULT 0,
    lines_code INTEGER NOT NULL DEFAULT 0,
    lines_comment INTEGER NOT NULL DEFAULT 0,
    lines_blank INTEGER NOT NULL DEFAULT 0,
    is_binary INTEGER NOT NULL DEFAULT 0,
    vendored INTEGER NOT NULL DEFAULT 0,
    generated INTEGER NOT NULL DEFAULT 0,
    license TEXT,
    license_confidence REAL,
    ip_class TEXT NOT NULL DEFAULT 'unknown',
    rationale TEXT NOT NULL DEFAULT '[]',
    authors TEXT NOT NULL DEFAULT '[]',
    copyrights TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (audit_id, path)
);

CREATE TABLE findings (
    id TEXT PRIMARY KEY NOT NULL,
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    severity TEXT NOT NULL,
    severity_rank INTEGER NOT NULL,
    rule_id TEXT NOT NULL,
    title TEXT NOT NULL,
    file TEXT,
    line INTEGER,
    evidence TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    note TEXT,
    updated_by TEXT,
    updated_at TEXT,
    created_at TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX findings_audit ON findings(audit_id, type, severity_rank, status);
CREATE INDEX findings_audit_path ON findings(audit_id, file);
CREATE INDEX findings_fingerprint ON findings(fingerprint);

-- Triage history: every status change, for finding SLAs.
CREATE TABLE finding_events (
    id INTEGER PRIMARY KEY,
    finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    audit_id TEXT NOT NULL,
    severity TEXT NOT NULL,
    status_from TEXT,
    status_to TEXT NOT NULL,
    note TEXT,
    user_id TEXT,
    at TEXT NOT NULL
);
CREATE INDEX finding_events_finding ON finding_events(finding_id, at);

CREATE TABLE audit_dependencies (
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    version TEXT,
    ecosystem TEXT NOT NULL,
    purl TEXT NOT NULL,
    scope TEXT,
    direct INTEGER NOT NULL DEFAULT 1,
    manifest TEXT,
    licenses TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX audit_dependencies_audit ON audit_dependencies(audit_id);

CREATE TABLE audit_vulnerabilities (
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    vuln_id TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    purl TEXT,
    installed_version TEXT,
    fixed_version TEXT,
    severity TEXT,
    cvss REAL,
    summary TEXT
);
CREATE INDEX audit_vulnerabilities_audit ON audit_vulnerabilities(audit_id);

CREATE TABLE audit_contributors (
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    name TEXT,
    email TEXT NOT NULL,
    commits INTEGER NOT NULL DEFAULT 0,
    lines_added INTEGER NOT NULL DEFAULT 0,
    lines_removed INTEGER NOT NULL DEFAULT 0,
    first_commit TEXT,
    last_commit TEXT
);
CREATE INDEX audit_contributors_audit ON audit_contributors(audit_id);
