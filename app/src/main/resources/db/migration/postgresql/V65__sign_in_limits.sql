-- Issue 12 item 7 (decision 0025): wrong second-factor codes lock apart from wrong passwords, and failed sign-ins
-- are limited per client address as well as per account.

-- Wrong codes given with the right password: only someone who has the password can make these, so their lock holds
-- even against a right code (the password lock does not: a right password and a right code sign in through it).
ALTER TABLE tidemark_user ADD COLUMN failed_codes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE tidemark_user ADD COLUMN code_locks INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE tidemark_user ADD COLUMN codes_locked_until_ms BIGINT;

-- Bucket4j's token bucket per client address (its own serialised state), shared by every instance. A row whose
-- bucket has been full again for a while (expires_at_ms) is deleted.
CREATE TABLE tidemark_sign_in_bucket (
    bucket_key    VARCHAR(100) NOT NULL PRIMARY KEY,
    state         BYTEA NOT NULL,
    expires_at_ms BIGINT NOT NULL
);
CREATE INDEX tidemark_sign_in_bucket_expiry ON tidemark_sign_in_bucket (expires_at_ms);
