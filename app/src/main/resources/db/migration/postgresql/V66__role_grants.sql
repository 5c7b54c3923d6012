-- Issue 12 item 8 (decision 0026): granting or widening a case role (DSL, deputy DSL, headteacher, HR) waits for
-- another person's confirmation. One row per request: what it adds, where case access widens, who asked, and how
-- it ended. The account itself holds only what is in force; this table holds what is waiting, and the history.
CREATE TABLE tidemark_role_grant (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    username        VARCHAR(100)  NOT NULL REFERENCES tidemark_user (username) ON DELETE CASCADE,
    trust_id        VARCHAR(64),
    -- what confirming adds: case roles (comma-separated), settings (comma-separated), and trust-wide or not
    roles           VARCHAR(200)  NOT NULL,
    setting_ids     VARCHAR(4000) NOT NULL,
    make_trust_wide BOOLEAN       NOT NULL,
    -- where case access widens: setting ids (comma-separated), or * for the whole trust
    scope           VARCHAR(4000) NOT NULL,
    -- who may confirm: HEADTEACHER (of every setting in scope) or ADMIN (another administrator)
    confirmer       VARCHAR(20)   NOT NULL,
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at_ms BIGINT        NOT NULL,
    -- PENDING, CONFIRMED, DECLINED, or WITHDRAWN (replaced by a later change of the account)
    status          VARCHAR(20)   NOT NULL,
    decided_by      VARCHAR(100),
    decided_at_ms   BIGINT,
    reason          VARCHAR(1000)
);
CREATE INDEX tidemark_role_grant_status ON tidemark_role_grant (status, username);
