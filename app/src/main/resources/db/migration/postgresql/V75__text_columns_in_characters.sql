-- Issue 12 (decision 0028): text limits are counted in characters, as PostgreSQL counts a VARCHAR's length, so the
-- names, e-mail addresses and calendar reasons need no change here (H2's columns are widened in its V75). A role
-- change's decline reason is a text of up to 4,000 characters (its column held 1,000).
ALTER TABLE tidemark_role_grant ALTER COLUMN reason TYPE VARCHAR(4000);
