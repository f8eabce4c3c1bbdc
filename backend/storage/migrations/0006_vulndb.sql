-- SPDX-License-Identifier: GPL-3.0-or-later
-- Offline vulnerability database imported from OSV exports (audit/deps VulnDb).
-- One row per advisory (the OSV document kept whole for matching), one row per affected
-- (ecosystem, package) for the lookup, and one row per import for `GET /api/v1/vulndb`.
CREATE TABLE vuln_advisories (
    id TEXT PRIMARY KEY NOT NULL,
    modified TEXT,
    published TEXT,
    withdrawn TEXT,
    summary TEXT NOT NULL DEFAULT '',
    aliases TEXT NOT NULL DEFAULT '[]',
    severity TEXT NOT NULL DEFAULT 'unknown',
    cvss REAL,
    document TEXT NOT NULL,
    import_id TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE vuln_packages (
    advisory_id TEXT NOT NULL REFERENCES vuln_advisories(id) ON DELETE CASCADE,
    ecosystem TEXT NOT NULL,
    package TEXT NOT NULL,
    PRIMARY KEY (advisory_id, ecosystem, package)
);

CREATE INDEX vuln_packages_lookup ON vuln_packages (ecosystem, package);

CREATE TABLE vuln_imports (
    id TEXT PRIMARY KEY NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    files INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    message TEXT
);
