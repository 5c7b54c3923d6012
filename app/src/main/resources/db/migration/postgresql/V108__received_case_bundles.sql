-- Issue 20 (decision 0057): the case bundles received from another Tidemark installation and imported as cases here,
-- kept byte for byte as they arrived so that the import can be checked again later. content (the ZIP) is sealed
-- (AES-256-GCM) under the new case's data key in tidemark_case_key, with "received/<case id>/<manifest sha256>" as
-- associated data: destroying that key makes it unreadable for good. One bundle makes one case: the manifest's
-- SHA-256 is the key, so the same bundle imported twice is refused. received_at_ms: epoch milliseconds.
CREATE TABLE tidemark_received_bundle (
    manifest_sha256  CHAR(64) NOT NULL PRIMARY KEY,
    case_id          VARCHAR(64) NOT NULL,
    size_bytes       BIGINT NOT NULL,
    sha256           CHAR(64) NOT NULL,
    content          BYTEA NOT NULL,
    received_at_ms   BIGINT NOT NULL
);
CREATE INDEX tidemark_received_bundle_case ON tidemark_received_bundle (case_id);
