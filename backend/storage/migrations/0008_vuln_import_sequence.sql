-- SPDX-License-Identifier: GPL-3.0-or-later
-- Imports are ordered by a sequence number: two imports can start within the same millisecond.
ALTER TABLE vuln_imports ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
