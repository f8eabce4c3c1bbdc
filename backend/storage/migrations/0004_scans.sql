-- SPDX-License-Identifier: GPL-3.0-or-later
-- Risk scans (issue 8, SPEC §8): one row per scan with its owner, one row per risk item.
-- Users correct an item's categories (corrected_categories, a JSON list; [] = "not a risk");
-- corrected items are the labelled sentences that retraining adds to the shipped corpus.
CREATE TABLE scans (
    id TEXT PRIMARY KEY NOT NULL,
    owner_id TEXT NOT NULL,
    source TEXT NOT NULL,
    file_name TEXT,
    input_bytes INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    item_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE INDEX scans_owner_created ON scans(owner_id, created_at);
CREATE INDEX scans_created ON scans(created_at);

CREATE TABLE scan_items (
    id TEXT PRIMARY KEY NOT NULL,
    scan_id TEXT NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    risk TEXT NOT NULL,
    category TEXT NOT NULL,
    categories TEXT NOT NULL,
    context TEXT NOT NULL,
    confidence REAL,
    corrected_categories TEXT,
    corrected_by TEXT,
    corrected_at TEXT
);

CREATE INDEX scan_items_scan ON scan_items(scan_id, position);
CREATE INDEX scan_items_corrected ON scan_items(corrected_at);

CREATE TABLE scan_models (
    id TEXT PRIMARY KEY NOT NULL,
    trained_at TEXT NOT NULL,
    trained_by TEXT,
    sentences INTEGER NOT NULL,
    corrections INTEGER NOT NULL,
    accuracy REAL NOT NULL,
    f1_micro REAL NOT NULL,
    path TEXT NOT NULL
);
