-- Issue 15 (decision 0041): a trust's own categories, each under one of the nine built-in ones, which every report
-- counts by. Configuration like the settings and timescales, kept here; a case names one by id, and its events keep
-- the name it had then. Never deleted (cases name them): retired, a category is offered no more. name_key is the
-- name as compared (lower case, spaces folded), so two categories of a trust cannot differ only by capitals.
-- PostgreSQL counts characters: the name is 100 of them.
CREATE TABLE tidemark_trust_category (
    id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    trust_id       VARCHAR(64)  NOT NULL REFERENCES tidemark_trust (id),
    name           VARCHAR(100) NOT NULL,
    name_key       VARCHAR(200) NOT NULL,
    under_category VARCHAR(32)  NOT NULL,
    retired        BOOLEAN      DEFAULT FALSE NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_trust_category_name UNIQUE (trust_id, name_key),
    CONSTRAINT ck_trust_category_under CHECK (under_category IN ('DEFAMATION', 'CYBERBULLYING', 'STAFF_MISUSE',
        'OFFENSIVE_CONTENT', 'INAPPROPRIATE_CONTACT', 'IMAGE_CONSENT_BREACH', 'COMPLAINT_ON_SOCIAL_MEDIA',
        'CONFIDENTIALITY_BREACH', 'OTHER'))
);
CREATE INDEX ix_trust_category_trust ON tidemark_trust_category (trust_id);
