-- Who had read a case by a moment (issue 20, decision 0056): the reads of one case up to a time, answered from this
-- index rather than by reading every entry of the case (a case read daily for years has thousands of entries).
CREATE INDEX ix_audit_case_kind_at ON tidemark_audit_entry (case_id, kind, occurred_at);
