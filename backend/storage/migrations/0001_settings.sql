-- SPDX-License-Identifier: GPL-3.0-or-later
-- Server settings (key/value, JSON-encoded values) and a record of when the database was made.
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
