-- Issue 16 (decision 0044): whether a safeguarding lead is told about every new report, not only those of a child at
-- immediate risk (those are told to every lead, always): OFF (the default, no row), IN_APP (an inbox entry) or EMAIL
-- (an inbox entry and an e-mail). One row per user who chose; a user removed takes their choice with them.
CREATE TABLE tidemark_notification_preference (
    username    VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES tidemark_user (username) ON DELETE CASCADE,
    new_reports VARCHAR(16)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_notification_new_reports CHECK (new_reports IN ('OFF', 'IN_APP', 'EMAIL'))
);
