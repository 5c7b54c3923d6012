-- Sign-in hardening (docs/decisions/0013-sign-in-hardening.md).

-- How the account signs in: LOCAL (password, and a TOTP code for the roles that need one) or OIDC (through the
-- identity provider; the row is written at each sign-in from the provider's claims and group mapping).
ALTER TABLE tidemark_user ADD COLUMN sign_in VARCHAR(10) DEFAULT 'LOCAL' NOT NULL;

-- Lock-out with back-off, per account, here rather than in memory so that it survives a restart and holds
-- across instances. Times are epoch milliseconds: no time zone can shift them between instances.
ALTER TABLE tidemark_user ADD COLUMN failed_sign_ins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE tidemark_user ADD COLUMN sign_in_locks INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE tidemark_user ADD COLUMN locked_until_ms BIGINT;

-- Confirmed TOTP secrets, AES-GCM encrypted under a key kept outside this database, and the last time step
-- accepted (a code is never accepted twice).
CREATE TABLE tidemark_totp (
    username        VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES tidemark_user (username) ON DELETE CASCADE,
    secret          VARCHAR(200) NOT NULL,
    confirmed_at_ms BIGINT       NOT NULL,
    last_step       BIGINT       NOT NULL
);
