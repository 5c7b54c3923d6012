-- Issue 13 (decision 0032): the bank-holiday calendar each setting counts its deadlines on. Every setting that
-- exists already is in England and Wales, the only calendar there was: its deadlines, set and to come, are unchanged.
ALTER TABLE tidemark_setting ADD COLUMN calendar VARCHAR(32) DEFAULT 'ENGLAND_AND_WALES' NOT NULL;
ALTER TABLE tidemark_setting ADD CONSTRAINT ck_setting_calendar
    CHECK (calendar IN ('ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND'));
