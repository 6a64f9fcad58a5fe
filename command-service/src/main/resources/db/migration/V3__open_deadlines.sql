-- The command side's own list of running deadlines, kept in the same transaction as the events (a subscribing
-- processor), so that a new calendar version can find every open deadline it may move (scenario 9) without reading
-- the whole event store. Rebuildable from the events.
CREATE TABLE appeal_clock (
    appeal_id     VARCHAR(64)  NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    received_at   TIMESTAMPTZ  NOT NULL,
    registered_on DATE,
    CONSTRAINT appeal_clock_pk PRIMARY KEY (appeal_id)
);

CREATE TABLE open_deadline (
    deadline_id VARCHAR(120) NOT NULL,
    appeal_id   VARCHAR(64)  NOT NULL,
    timer       VARCHAR(60)  NOT NULL,
    starts_on   DATE         NOT NULL,
    due_date    DATE         NOT NULL,
    CONSTRAINT open_deadline_pk PRIMARY KEY (deadline_id)
);

CREATE INDEX open_deadline_due_date_idx ON open_deadline (due_date);
