-- Issue 15 (decision 0037): evidence files, kept byte for byte in the relational store (the record that is backed up;
-- never the rebuildable read store), encrypted at rest with AES-256-GCM under a data key of their case.

-- One data key per case, itself sealed (AES-256-GCM, the case id as associated data) under the master key that lives
-- outside the database (tidemark.evidence.key, or evidence-key in the data directory). A copy of the database alone
-- opens no file; deleting a case's row here makes every file of that case unreadable for good (erasure by destroying
-- the key, for the retention work to come). made_at_ms: epoch milliseconds.
CREATE TABLE tidemark_case_key (
    case_id     VARCHAR(64) PRIMARY KEY,
    sealed_key  BLOB NOT NULL,
    made_at_ms  BIGINT NOT NULL
);

-- One row per file, written in the same transaction as the event that records it, so a refused or crashed upload
-- leaves neither. content and thumbnail are sealed under the case's key with "<case id>/<evidence id>" (and
-- "/thumbnail") as associated data, so a row copied onto another case or file does not open. sha256, size and type
-- are of the original bytes; added_by is
-- the username of who uploaded it (a reporter may download the files they added to their own report); the thumbnail (images only) is a re-drawn PNG without the original's metadata.
CREATE TABLE tidemark_evidence_file (
    evidence_id   VARCHAR(64) PRIMARY KEY,
    case_id       VARCHAR(64) NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sha256        CHAR(64) NOT NULL,
    content       BLOB NOT NULL,
    added_by      VARCHAR(100) NOT NULL,
    thumbnail     BLOB,
    stored_at_ms  BIGINT NOT NULL
);
CREATE INDEX ix_evidence_file_case ON tidemark_evidence_file (case_id);
