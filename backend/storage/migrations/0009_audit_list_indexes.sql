-- SPDX-License-Identifier: GPL-3.0-or-later
-- Pages of the audits list (GET /api/v1/audits, the Audits page) in created_at and finished_at
-- order come from an index instead of a sort that copies every row with its stored summary;
-- the id tie-breaker is in the index, in the same direction (AuditStore::listText).
CREATE INDEX audits_by_created ON audits(created_at, id);
CREATE INDEX audits_by_finished ON audits(finished_at, id);
DROP INDEX audits_owner;
CREATE INDEX audits_owner ON audits(owner_id, created_at, id);
