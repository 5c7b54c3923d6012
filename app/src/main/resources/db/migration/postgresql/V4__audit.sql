-- The audit trail (decision 0011): one append-only, hash-chained log of every event, every read of case data,
-- every sign-in (and failed one) and every access denial. It holds no case content: ids, types, status codes.
-- pos is gapless (1, 2, 3, ...): it is taken from tidemark_audit_head under a row lock in the same transaction
-- as the insert, so concurrent appends form one chain. hash = SHA-256(prev_hash || canonical bytes of the entry).
CREATE TABLE tidemark_audit_entry (
    pos         BIGINT                      NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    kind        VARCHAR(20)                 NOT NULL,
    actor       VARCHAR(100),
    case_type   VARCHAR(20),
    case_id     VARCHAR(100),
    setting_id  VARCHAR(64),
    what        VARCHAR(200)                NOT NULL,
    details     VARCHAR(2000)               NOT NULL,
    -- the event's identifier for EVENT entries: a redelivered event finds its entry and is not appended again
    event_id    VARCHAR(255),
    prev_hash   CHAR(64)                    NOT NULL,
    hash        CHAR(64)                    NOT NULL,
    CONSTRAINT uk_audit_event UNIQUE (event_id)
);
CREATE INDEX ix_audit_case ON tidemark_audit_entry (case_id);
CREATE INDEX ix_audit_actor ON tidemark_audit_entry (actor);
CREATE INDEX ix_audit_setting ON tidemark_audit_entry (setting_id);
CREATE INDEX ix_audit_at ON tidemark_audit_entry (occurred_at);

-- The chain's head: the last position and hash. Locked FOR UPDATE by every append; the verifier also checks that
-- the last entry is the one the head names, so an entry cut off the end is detected too.
CREATE TABLE tidemark_audit_head (
    id            INT      NOT NULL PRIMARY KEY,
    last_pos      BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_head_single CHECK (id = 1)
);
INSERT INTO tidemark_audit_head (id, last_pos, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
