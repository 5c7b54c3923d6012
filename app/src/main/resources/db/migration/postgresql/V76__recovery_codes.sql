-- Issue 13 (decision 0031): ten one-time recovery codes per account with a second factor, made when it is set up
-- and again when the user asks for new ones, forgotten when an administrator resets the second factor.

-- Each code only as a BCrypt hash (never the code), its place in the set, and when it was made and used (epoch
-- milliseconds). A code is used by setting used_at_ms where it is still NULL: of two sign-ins with one code, one
-- updates the row and the other finds it used.
CREATE TABLE tidemark_recovery_code (
    username   VARCHAR(100) NOT NULL REFERENCES tidemark_user (username) ON DELETE CASCADE,
    slot       INTEGER      NOT NULL,
    code_hash  VARCHAR(100) NOT NULL,
    made_at_ms BIGINT       NOT NULL,
    used_at_ms BIGINT,
    PRIMARY KEY (username, slot)
);
