-- The query side's journal: every event it has accepted, once, in arrival order (per appeal that is the appeal's
-- order). It serves the auditors' history and is the source every read model is rebuilt from. A second delivery of
-- an event (same event_id) is dropped here, before any read model sees it.
CREATE TABLE event_journal (
    id             BIGSERIAL    NOT NULL,
    event_id       VARCHAR(64)  NOT NULL,
    appeal_id      VARCHAR(64)  NOT NULL,
    type           VARCHAR(100) NOT NULL,
    schema_version INTEGER      NOT NULL,
    sequence_no    BIGINT       NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    actor_user     VARCHAR(200),
    actor_role     VARCHAR(100),
    actor_body     VARCHAR(100),
    legal_basis    VARCHAR(300),
    envelope       TEXT         NOT NULL,
    CONSTRAINT event_journal_pk PRIMARY KEY (id),
    CONSTRAINT event_journal_event_uk UNIQUE (event_id)
);
CREATE INDEX event_journal_appeal ON event_journal (appeal_id, sequence_no);
CREATE INDEX event_journal_occurred ON event_journal (occurred_at);

-- Every body an appeal has been at (it changes on redirect), for "all appeals of a body" exports.
CREATE TABLE appeal_body (
    appeal_id VARCHAR(64)  NOT NULL,
    body_id   VARCHAR(100) NOT NULL,
    CONSTRAINT appeal_body_pk PRIMARY KEY (appeal_id, body_id)
);
CREATE INDEX appeal_body_body ON appeal_body (body_id);

-- Rebuilds of read models: progress for the API and the logs.
CREATE TABLE replay_run (
    id             BIGSERIAL    NOT NULL,
    read_models    VARCHAR(500) NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    events_total   BIGINT       NOT NULL,
    events_done    BIGINT       NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL,
    finished_at    TIMESTAMPTZ,
    error          TEXT,
    CONSTRAINT replay_run_pk PRIMARY KEY (id)
);
