-- Issue 16 (decision 0048): each setting's term dates and holidays, as date ranges an administrator entered or
-- imported from a CSV. Complaint timescales count school days on them (the working days of the setting's terms,
-- less its holidays); every other deadline counts working days. Configuration like the closed days
-- (tidemark_calendar_day), kept here and read by each command that counts; a due date once set stays.
-- name: 100 characters.
CREATE TABLE tidemark_term_range (
    id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    setting_id VARCHAR(64)  NOT NULL REFERENCES tidemark_setting (id),
    kind       VARCHAR(10)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    first_day  DATE         NOT NULL,
    last_day   DATE         NOT NULL,
    added_by   VARCHAR(100) NOT NULL,
    added_at   TIMESTAMP    NOT NULL,
    CONSTRAINT ck_term_range_kind CHECK (kind IN ('TERM', 'HOLIDAY')),
    CONSTRAINT ck_term_range_order CHECK (last_day >= first_day)
);
CREATE INDEX ix_term_range_setting ON tidemark_term_range (setting_id);
