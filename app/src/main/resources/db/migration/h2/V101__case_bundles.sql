-- Issue 20 (decision 0054): the verifiable copies of a case exported for someone outside the school, kept byte for
-- byte so that every download is exactly what was exported and what the audit trail's SHA-256 names. content (the
-- ZIP) and manifest (its manifest.json) are sealed (AES-256-GCM) under the case's data key in tidemark_case_key, with
-- "bundle/<case id>/<bundle id>[/manifest]" as associated data: destroying that key makes them unreadable for good.
-- sha256 and size_bytes are of the ZIP; manifest_sha256 of manifest.json; exported_at_ms: epoch milliseconds.
CREATE TABLE tidemark_case_bundle (
    bundle_id        VARCHAR(64) NOT NULL PRIMARY KEY,
    case_id          VARCHAR(64) NOT NULL,
    size_bytes       BIGINT NOT NULL,
    sha256           CHAR(64) NOT NULL,
    manifest_sha256  CHAR(64) NOT NULL,
    content          BLOB NOT NULL,
    manifest         BLOB NOT NULL,
    exported_at_ms   BIGINT NOT NULL
);
CREATE INDEX tidemark_case_bundle_case ON tidemark_case_bundle (case_id);
