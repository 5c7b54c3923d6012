-- Idempotency keys (decision 0029): a create sent twice with one Idempotency-Key header (or one report form's
-- one-time key) is done once. The first request claims the key (the primary key makes two claims of one key by
-- one user impossible, on every instance sharing this store), and once done keeps its answer, which a repeat gets
-- again until the key expires. No request body is kept: only a SHA-256 fingerprint of it, to tell a repeat from a
-- different request under the same key. The answers kept are those of creates and actions: ids, never case content.
CREATE TABLE tidemark_idempotency_key (
    username     VARCHAR(100)             NOT NULL,
    idem_key     VARCHAR(255)             NOT NULL,
    -- this claim's own id: only the request that claimed the key completes or releases it
    claim_id     CHAR(36)                 NOT NULL,
    fingerprint  CHAR(64)                 NOT NULL,
    -- IN_PROGRESS while the first request runs, DONE once its answer is kept
    state        VARCHAR(12)              NOT NULL,
    status       INTEGER,
    location     VARCHAR(500),
    content_type VARCHAR(200),
    body         VARCHAR(16000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_key PRIMARY KEY (username, idem_key),
    CONSTRAINT ck_idempotency_state CHECK (state IN ('IN_PROGRESS', 'DONE'))
);
CREATE INDEX ix_idempotency_expires ON tidemark_idempotency_key (expires_at);
