-- Sessions end when their account changes; passwords people can change (docs/decisions/0024).

-- Bumped in the same transaction as every change to the account's enabled flag, roles, settings, trust-wide flag,
-- password or second factor (AccountVersions.changed). A signed-in session keeps the value it signed in with and is
-- ended at its next request once they differ, on whichever instance it lives: the check is one primary-key read.
ALTER TABLE tidemark_user ADD COLUMN account_version BIGINT DEFAULT 0 NOT NULL;
-- Why the version last changed (ACCOUNT_DISABLED, ACCESS_CHANGED, PASSWORD_RESET, ...): what the ended session's
-- audit entry and the sign-in page say.
ALTER TABLE tidemark_user ADD COLUMN account_change VARCHAR(30);

-- The password is one an administrator handed out (a new account, a reset, the first administrator's): the user
-- must choose their own before doing anything else. Accounts that existed before keep working as they were.
ALTER TABLE tidemark_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
