-- Issue 16 (decision 0049): the letters HR and complaints officers send, as a trust's administrator has edited them.
-- A trust without a row for a letter uses the default shipped in the application (letters/<kind>.txt); kind is a
-- LetterKind name, or LETTERHEAD for the lines every letter of the trust begins with.
CREATE TABLE tidemark_letter_template (
    trust_id   VARCHAR(64)  NOT NULL REFERENCES tidemark_trust (id),
    kind       VARCHAR(40)  NOT NULL,
    body       VARCHAR(10000) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (trust_id, kind)
);
