-- Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue, default table and column names) for the read-model
-- processors (docs/decisions/0020-failure.md). One row per parked event; the sequence identifier is the case id (the
-- aggregate), so a case with a failed event parks all its later events in order while other cases go on.
-- Timestamps are ISO-8601 strings, as Axon writes them; serialized data is BYTEA, as in the event table.
CREATE TABLE DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255) NOT NULL,
    processingGroup     VARCHAR(255)  NOT NULL,
    sequenceIdentifier  VARCHAR(255)  NOT NULL,
    sequenceIndex       BIGINT        NOT NULL,
    messageType         VARCHAR(255)  NOT NULL,
    eventIdentifier     VARCHAR(255)  NOT NULL,
    timeStamp           VARCHAR(255)  NOT NULL,
    payloadType         VARCHAR(255)  NOT NULL,
    payloadRevision     VARCHAR(255),
    payload             BYTEA         NOT NULL,
    metaData            BYTEA,
    type                VARCHAR(255),
    aggregateIdentifier VARCHAR(255),
    sequenceNumber      BIGINT,
    tokenType           VARCHAR(255),
    token               BYTEA,
    enqueuedAt          VARCHAR(255)  NOT NULL,
    lastTouched         VARCHAR(255),
    processingStarted   VARCHAR(255),
    causeType           VARCHAR(255),
    -- Axon truncates the cause's message to 1,024 characters
    causeMessage        VARCHAR(1024),
    diagnostics         BYTEA,
    CONSTRAINT pk_dead_letter PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT uk_dead_letter_sequence UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX ix_dead_letter_group ON DeadLetterEntry (processingGroup);
CREATE INDEX ix_dead_letter_group_sequence ON DeadLetterEntry (processingGroup, sequenceIdentifier);
