-- SPDX-License-Identifier: GPL-3.0-or-later
-- Index-backed sorting of an audit's findings and files, so that the first page of a
-- million-row audit comes from the index instead of a sort of every row (both directions).
CREATE INDEX findings_by_severity ON findings(audit_id, severity_rank, file, line, id);
CREATE INDEX findings_by_file ON findings(audit_id, file, line, id);
CREATE INDEX findings_by_status ON findings(audit_id, status, id);
CREATE INDEX findings_by_type ON findings(audit_id, type, id);
