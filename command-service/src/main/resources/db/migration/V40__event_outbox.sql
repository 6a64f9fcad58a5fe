-- Publishing without reading back (issue 13, docs/performance.md): every event's Kafka envelope is built and sealed
-- once, in the transaction that appends the event (the payload is the very JSON stored in domainevententry, the
-- seal carries the hashes the V6 trigger computed for that row, returned by the same INSERT). The relay sends these
-- ready bytes in global order and deletes them once the broker has acknowledged them; a row here is an event not yet
-- published. Per-appeal order holds because an appeal's next event can only be appended after its previous one
-- committed, so it always has the higher global index.
CREATE TABLE event_outbox (
    globalindex BIGINT       NOT NULL,
    appeal_id   VARCHAR(255) NOT NULL,
    envelope    BYTEA        NOT NULL,
    traceparent TEXT,
    tracestate  TEXT,
    CONSTRAINT event_outbox_pk PRIMARY KEY (globalindex)
);
