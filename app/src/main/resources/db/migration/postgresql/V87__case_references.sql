-- Issue 15 (decision 0038): references people can say, RP-26-0042. Each setting gets a short code, unique in its
-- trust (2 to 4 capital letters; filled from the setting's name at start, for the settings that exist already,
-- by SettingCodes, and editable by an administrator). Several NULL codes do not collide.
ALTER TABLE tidemark_setting ADD COLUMN code VARCHAR(4);
ALTER TABLE tidemark_setting ADD CONSTRAINT uq_setting_code UNIQUE (trust_id, code);
ALTER TABLE tidemark_setting ADD CONSTRAINT ck_setting_code CHECK (code IS NULL OR LENGTH(code) BETWEEN 2 AND 4);

-- One counter per trust, code and year a case was logged (in London): the last number given. Keyed by the code,
-- not the setting, so that a reference stays unique in its trust even after a code is changed and reused.
CREATE TABLE tidemark_reference_counter (
    trust_id    VARCHAR(64) NOT NULL,
    code        VARCHAR(4)  NOT NULL,
    case_year   INTEGER     NOT NULL,
    last_number INTEGER     NOT NULL,
    PRIMARY KEY (trust_id, code, case_year)
);

-- Set once the cases logged before references existed have been given one, so later starts skip the look.
CREATE TABLE tidemark_reference_backfill (
    name        VARCHAR(64) NOT NULL PRIMARY KEY,
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL
);
