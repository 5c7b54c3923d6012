-- Issue 19 (decision 0053): the bundle released for a subject access request, kept byte for byte as released so that
-- every download is exactly what the safeguarding lead released and what the audit trail's SHA-256 names. One row per
-- format (PDF, JSON); content is sealed (AES-256-GCM) under the request's own data key in tidemark_case_key, with
-- "<request id>/<format>" as associated data: destroying that key makes the bundle unreadable for good.
-- sha256 and size_bytes are of the released bytes; stored_at_ms: epoch milliseconds.
CREATE TABLE tidemark_sar_bundle (
    request_id    VARCHAR(64) NOT NULL,
    format        VARCHAR(8) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sha256        CHAR(64) NOT NULL,
    content       BYTEA NOT NULL,
    stored_at_ms  BIGINT NOT NULL,
    PRIMARY KEY (request_id, format)
);
