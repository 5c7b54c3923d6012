-- Axon's JdbcEventStorageEngine schema (Axon's default table and column names).
-- The unique (aggregateIdentifier, sequenceNumber) key is what keeps concurrent writers consistent.
CREATE TABLE DomainEventEntry (
    globalIndex         BIGSERIAL NOT NULL,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    eventIdentifier     VARCHAR(255) NOT NULL,
    metaData            BYTEA,
    payload             BYTEA NOT NULL,
    payloadRevision     VARCHAR(255),
    payloadType         VARCHAR(255) NOT NULL,
    timeStamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (globalIndex),
    CONSTRAINT uk_domain_event_aggregate_seq UNIQUE (aggregateIdentifier, sequenceNumber),
    CONSTRAINT uk_domain_event_identifier UNIQUE (eventIdentifier)
);

CREATE TABLE SnapshotEventEntry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL,
    metaData            BYTEA,
    payload             BYTEA NOT NULL,
    payloadRevision     VARCHAR(255),
    payloadType         VARCHAR(255) NOT NULL,
    timeStamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber),
    CONSTRAINT uk_snapshot_event_identifier UNIQUE (eventIdentifier)
);

-- Axon's JDBC saga store (used by the deadline and referral processes that follow).
CREATE TABLE SagaEntry (
    sagaId         VARCHAR(255) NOT NULL,
    revision       VARCHAR(255),
    sagaType       VARCHAR(255),
    serializedSaga BYTEA,
    PRIMARY KEY (sagaId)
);

CREATE TABLE AssociationValueEntry (
    id               BIGSERIAL NOT NULL,
    associationKey   VARCHAR(255) NOT NULL,
    associationValue VARCHAR(255),
    sagaId           VARCHAR(255) NOT NULL,
    sagaType         VARCHAR(255),
    PRIMARY KEY (id)
);
CREATE INDEX ix_association_saga ON AssociationValueEntry (sagaType, associationKey, associationValue);
CREATE INDEX ix_association_saga_id ON AssociationValueEntry (sagaId, sagaType);

-- Organisations, their settings and the local user accounts. These are records, not projections: they
-- live in the durable store beside the events, not in the rebuildable read store.
CREATE TABLE tidemark_trust (
    id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE tidemark_setting (
    id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    trust_id VARCHAR(64)  NOT NULL REFERENCES tidemark_trust (id),
    name     VARCHAR(200) NOT NULL
);

CREATE TABLE tidemark_user (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    trust_id      VARCHAR(64) REFERENCES tidemark_trust (id),
    trust_wide    BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP    NOT NULL
);

CREATE TABLE tidemark_user_role (
    username VARCHAR(100) NOT NULL REFERENCES tidemark_user (username) ON DELETE CASCADE,
    role     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (username, role)
);

CREATE TABLE tidemark_user_setting (
    username   VARCHAR(100) NOT NULL REFERENCES tidemark_user (username) ON DELETE CASCADE,
    setting_id VARCHAR(64)  NOT NULL REFERENCES tidemark_setting (id),
    PRIMARY KEY (username, setting_id)
);
