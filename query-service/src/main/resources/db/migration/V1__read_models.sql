-- Read model of one appeal, projected from appeals.events. last_sequence is the position in the appeal's history of
-- the newest event applied: an event at or below it is a duplicate or a stale redelivery and changes nothing.
CREATE TABLE appeal_view (
    appeal_id            VARCHAR(64)  NOT NULL,
    registration_number  VARCHAR(40),
    kind                 VARCHAR(40)  NOT NULL,
    state                VARCHAR(40)  NOT NULL,
    body_id              VARCHAR(100) NOT NULL,
    body_name            VARCHAR(500),
    applicant_type       VARCHAR(20)  NOT NULL,
    applicant_id_number  VARCHAR(12),
    applicant_name       VARCHAR(500),
    collective           BOOLEAN      NOT NULL,
    member_count         INTEGER      NOT NULL,
    form                 VARCHAR(20)  NOT NULL,
    channel              VARCHAR(30)  NOT NULL,
    received_at          TIMESTAMPTZ  NOT NULL,
    registered_on        DATE,
    review_starts_on     DATE,
    due_date             DATE,
    period               VARCHAR(100),
    legal_basis          VARCHAR(200),
    rule_set_version     VARCHAR(100),
    calendar_version     VARCHAR(200),
    explanation          TEXT,
    last_sequence        BIGINT       NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    CONSTRAINT appeal_view_pk PRIMARY KEY (appeal_id)
);
CREATE INDEX appeal_view_body_state ON appeal_view (body_id, state, received_at DESC);
CREATE INDEX appeal_view_applicant ON appeal_view (applicant_id_number, received_at DESC);

-- Kafka offsets, written in the same transaction as the read-model change they led to (exactly-once effect).
CREATE TABLE consumer_offset (
    consumer_group VARCHAR(100) NOT NULL,
    topic          VARCHAR(200) NOT NULL,
    partition_no   INTEGER      NOT NULL,
    next_offset    BIGINT       NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT consumer_offset_pk PRIMARY KEY (consumer_group, topic, partition_no)
);

-- Events that could not be projected, parked with their error so that other appeals keep moving.
CREATE TABLE dead_letter (
    id             BIGSERIAL    NOT NULL,
    topic          VARCHAR(200) NOT NULL,
    partition_no   INTEGER      NOT NULL,
    record_offset  BIGINT       NOT NULL,
    appeal_id      VARCHAR(64),
    event_id       VARCHAR(64),
    payload        BYTEA        NOT NULL,
    error          TEXT         NOT NULL,
    parked_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT dead_letter_pk PRIMARY KEY (id),
    CONSTRAINT dead_letter_record_uk UNIQUE (topic, partition_no, record_offset)
);
CREATE INDEX dead_letter_appeal ON dead_letter (appeal_id);
