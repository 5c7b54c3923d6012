-- Issue 19 (decision 0051): the data key of a case seals its personal content in the events as well as its files. A
-- destroyed key leaves its row as a tombstone: no key (sealed_key NULL), when it was destroyed and on what ground,
-- so that what was sealed under it reads back as "Erased on 12 March 2033 under the retention schedule", and so that
-- no new key is ever made for that record again.
ALTER TABLE tidemark_case_key ALTER COLUMN sealed_key DROP NOT NULL;
ALTER TABLE tidemark_case_key ADD COLUMN destroyed_at_ms BIGINT;
ALTER TABLE tidemark_case_key ADD COLUMN destroyed_ground VARCHAR(40);
