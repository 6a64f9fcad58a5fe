-- Axon's JDBC event store (default EventSchema names; unquoted, so PostgreSQL folds them to lower case).
-- Payloads and metadata are BYTEA, never OID large objects, and the global index has a sequence of its own.
CREATE SEQUENCE domain_event_global_index_seq AS BIGINT START WITH 1 INCREMENT BY 1;

CREATE TABLE domainevententry (
    globalindex         BIGINT       NOT NULL DEFAULT nextval('domain_event_global_index_seq'),
    eventidentifier     VARCHAR(255) NOT NULL,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    timestamp           VARCHAR(255) NOT NULL,
    payloadtype         VARCHAR(255) NOT NULL,
    payloadrevision     VARCHAR(255),
    payload             BYTEA        NOT NULL,
    metadata            BYTEA,
    CONSTRAINT domainevententry_pk PRIMARY KEY (globalindex),
    CONSTRAINT domainevententry_event_uk UNIQUE (eventidentifier),
    CONSTRAINT domainevententry_aggregate_uk UNIQUE (aggregateidentifier, sequencenumber)
);
ALTER SEQUENCE domain_event_global_index_seq OWNED BY domainevententry.globalindex;

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    payloadtype         VARCHAR(255) NOT NULL,
    payloadrevision     VARCHAR(255),
    payload             BYTEA        NOT NULL,
    metadata            BYTEA,
    CONSTRAINT snapshotevententry_pk PRIMARY KEY (aggregateidentifier, sequencenumber),
    CONSTRAINT snapshotevententry_event_uk UNIQUE (eventidentifier)
);

-- Tracking tokens of the event processors: the claim (owner, timestamp) lets several instances share the work.
CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokentype     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    CONSTRAINT tokenentry_pk PRIMARY KEY (processorname, segment)
);

-- Talon numbers (APPC art. 64(2)): one counter per prefix and registration year, e.g. ЖТ-2026-00012345.
CREATE TABLE registration_counter (
    prefix     VARCHAR(8) NOT NULL,
    year       INTEGER    NOT NULL,
    last_value BIGINT     NOT NULL,
    CONSTRAINT registration_counter_pk PRIMARY KEY (prefix, year)
);

-- Idempotency-Key records: a retry of the same request returns the first response and creates nothing.
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(200) NOT NULL,
    operation       VARCHAR(100) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    appeal_id       VARCHAR(64),
    status_code     INTEGER,
    response_body   TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT idempotency_record_pk PRIMARY KEY (idempotency_key, operation)
);
