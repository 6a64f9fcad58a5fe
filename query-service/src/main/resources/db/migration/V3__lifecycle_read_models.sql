-- Read models of the whole lifecycle (issue 5). Every value comes from the events, never from the clock, so that a
-- rebuild gives the same rows; "working days left" is computed when read.
ALTER TABLE appeal_view
    ADD COLUMN parent_appeal_id     VARCHAR(64),
    ADD COLUMN executor_id          VARCHAR(200),
    ADD COLUMN co_executors         VARCHAR(2000),
    ADD COLUMN extension_count      INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN execution_suspended  BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN challenged_appeal_id VARCHAR(64),
    ADD COLUMN outcome              VARCHAR(60),
    ADD COLUMN decided_on           DATE;
CREATE INDEX appeal_view_executor ON appeal_view (body_id, executor_id);

-- Every deadline the body owes, running and past (id = appealId:TIMER).
CREATE TABLE appeal_deadline (
    deadline_id      VARCHAR(120) NOT NULL,
    appeal_id        VARCHAR(64)  NOT NULL,
    timer            VARCHAR(60)  NOT NULL,
    starts_on        DATE,
    due_date         DATE         NOT NULL,
    period           VARCHAR(100),
    legal_basis      VARCHAR(200),
    rule_set_version VARCHAR(100),
    calendar_version VARCHAR(200),
    explanation      TEXT,
    missed_on        DATE,
    last_warning_on  DATE,
    closed_on        DATE,
    met              BOOLEAN,
    closed_reason    VARCHAR(200),
    CONSTRAINT appeal_deadline_pk PRIMARY KEY (deadline_id)
);
CREATE INDEX appeal_deadline_appeal ON appeal_deadline (appeal_id);
CREATE INDEX appeal_deadline_open_due ON appeal_deadline (due_date) WHERE closed_on IS NULL;

-- The delivery record of every decision and notice (art. 66(2)), one row per recipient.
CREATE TABLE appeal_delivery (
    event_id       VARCHAR(64)  NOT NULL,
    appeal_id      VARCHAR(64)  NOT NULL,
    document       VARCHAR(60)  NOT NULL,
    document_ref   VARCHAR(200),
    recipient_id   VARCHAR(20),
    recipient_name VARCHAR(500),
    representative BOOLEAN      NOT NULL,
    channel        VARCHAR(40)  NOT NULL,
    delivered_at   TIMESTAMPTZ  NOT NULL,
    proof          VARCHAR(2000),
    CONSTRAINT appeal_delivery_pk PRIMARY KEY (event_id)
);
CREATE INDEX appeal_delivery_appeal ON appeal_delivery (appeal_id, delivered_at);

-- Who may see an appeal in the citizen portal: the applicant or representative and every member.
CREATE TABLE appeal_party (
    appeal_id VARCHAR(64) NOT NULL,
    id_number VARCHAR(12) NOT NULL,
    role      VARCHAR(20) NOT NULL,
    CONSTRAINT appeal_party_pk PRIMARY KEY (appeal_id, id_number, role)
);
CREATE INDEX appeal_party_id_number ON appeal_party (id_number);

-- Extensions of the review period (art. 76(3)), for the agency dashboard.
CREATE TABLE appeal_extension (
    event_id        VARCHAR(64)  NOT NULL,
    appeal_id       VARCHAR(64)  NOT NULL,
    body_id         VARCHAR(100) NOT NULL,
    decided_on      DATE         NOT NULL,
    decided_by      VARCHAR(200),
    position        VARCHAR(40),
    new_due_date    DATE         NOT NULL,
    CONSTRAINT appeal_extension_pk PRIMARY KEY (event_id)
);
CREATE INDEX appeal_extension_body ON appeal_extension (body_id, decided_on);

-- Statistics: one row per appeal with what the figures are computed from.
CREATE TABLE appeal_stat (
    appeal_id                 VARCHAR(64)  NOT NULL,
    kind                      VARCHAR(40)  NOT NULL,
    body_id                   VARCHAR(100) NOT NULL,
    received_on               DATE         NOT NULL,
    registered_on             DATE,
    due_date                  DATE,
    decided_on                DATE,
    outcome                   VARCHAR(60),
    working_days_to_decision  INTEGER,
    on_time                   BOOLEAN,
    CONSTRAINT appeal_stat_pk PRIMARY KEY (appeal_id)
);
CREATE INDEX appeal_stat_body ON appeal_stat (body_id, registered_on);

-- An appeal's history has one event per sequence number: a second event claiming a sequence already journaled is a
-- duplicate or a stale re-publication and is dropped before any read model sees it.
DROP INDEX event_journal_appeal;
ALTER TABLE event_journal ADD CONSTRAINT event_journal_appeal_sequence_uk UNIQUE (appeal_id, sequence_no);
