-- SPDX-License-Identifier: GPL-3.0-or-later
-- Metrics (SPEC §9): imported AI-assistant sessions, daily usage counters per user and
-- credential, and commits per day of audited repositories (for the sessions/commits correlation).
CREATE TABLE ai_sessions (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    day TEXT NOT NULL,
    developer_id TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    repo TEXT NOT NULL DEFAULT '',
    status_code INTEGER,
    latency_ms REAL,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    total_tokens INTEGER NOT NULL DEFAULT 0,
    accepted INTEGER,
    diff_ratio REAL,
    accepted_lines INTEGER,
    cost REAL NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    raw TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX ai_sessions_day ON ai_sessions(day);
CREATE INDEX ai_sessions_developer ON ai_sessions(developer_id, started_at);
CREATE INDEX ai_sessions_session ON ai_sessions(session_id);

-- Usage metering, rolled up per day, user and credential ('' = in-process or anonymous).
CREATE TABLE usage_daily (
    day TEXT NOT NULL,
    user_id TEXT NOT NULL,
    token_id TEXT NOT NULL,
    api_requests INTEGER NOT NULL DEFAULT 0,
    api_errors INTEGER NOT NULL DEFAULT 0,
    bytes_in INTEGER NOT NULL DEFAULT 0,
    bytes_out INTEGER NOT NULL DEFAULT 0,
    audits INTEGER NOT NULL DEFAULT 0,
    scans INTEGER NOT NULL DEFAULT 0,
    files_scanned INTEGER NOT NULL DEFAULT 0,
    bytes_scanned INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, user_id, token_id)
);

-- Commits per day (UTC, author date) of an audited repository at the audited commit.
CREATE TABLE audit_commit_days (
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    commits INTEGER NOT NULL,
    PRIMARY KEY (audit_id, day)
);
