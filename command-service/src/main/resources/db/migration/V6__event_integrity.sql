-- Tamper-evident history (docs/integrity.md). Every stored event gets, in the same transaction as its append, a
-- SHA-256 over its content chained to the previous event of its aggregate (appeal):
--   event_hash = sha256('appeals-event-v1' || previous_hash || int8(sequencenumber) || field(eventidentifier)
--                || field(aggregateidentifier) || field(type) || field(timestamp) || field(payloadtype)
--                || field(payloadrevision) || field(payload) || field(metadata))
-- where field(x) is its 4-byte big-endian length (-1 for NULL) followed by its bytes (text as UTF-8), and the first
-- event's previous_hash is 32 zero bytes. A trigger, not an Axon hook: it hashes exactly the bytes PostgreSQL stores,
-- whichever instance or tool appends, and cannot be skipped by a code path that forgets it. The verifier
-- (kz.appeals.command.integrity.StoreVerifier) recomputes the same formula in Java.
ALTER TABLE domainevententry ADD COLUMN event_hash BYTEA, ADD COLUMN previous_hash BYTEA;

CREATE FUNCTION appeals_hash_field(value TEXT) RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN int4send(-1)
                ELSE int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8') END
$$;

CREATE FUNCTION appeals_hash_field(value BYTEA) RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN int4send(-1) ELSE int4send(length(value)) || value END
$$;

CREATE FUNCTION appeals_event_hash(previous BYTEA, seq BIGINT, event_id TEXT, aggregate_id TEXT, agg_type TEXT,
                                   ts TEXT, payload_type TEXT, payload_revision TEXT, payload BYTEA, metadata BYTEA)
    RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(convert_to('appeals-event-v1', 'UTF8') || previous || int8send(seq)
                  || appeals_hash_field(event_id) || appeals_hash_field(aggregate_id) || appeals_hash_field(agg_type)
                  || appeals_hash_field(ts) || appeals_hash_field(payload_type)
                  || appeals_hash_field(payload_revision) || appeals_hash_field(payload)
                  || appeals_hash_field(metadata))
$$;

-- Events stored before this migration are hashed now, in each appeal's order (they are attested from today on).
DO $$
DECLARE
    r RECORD;
    prev BYTEA;
    last_aggregate TEXT;
    h BYTEA;
BEGIN
    FOR r IN SELECT * FROM domainevententry ORDER BY aggregateidentifier, sequencenumber LOOP
        IF last_aggregate IS DISTINCT FROM r.aggregateidentifier THEN
            prev := decode(repeat('00', 32), 'hex');
        END IF;
        h := appeals_event_hash(prev, r.sequencenumber, r.eventidentifier, r.aggregateidentifier, r.type,
                                r.timestamp, r.payloadtype, r.payloadrevision, r.payload, r.metadata);
        UPDATE domainevententry SET previous_hash = prev, event_hash = h WHERE globalindex = r.globalindex;
        prev := h;
        last_aggregate := r.aggregateidentifier;
    END LOOP;
END $$;

CREATE FUNCTION appeals_seal_event() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    prev BYTEA;
BEGIN
    IF NEW.sequencenumber > 0 THEN
        -- the unique (aggregateidentifier, sequencenumber) index finds it; in the same transaction too
        SELECT event_hash INTO prev FROM domainevententry
        WHERE aggregateidentifier = NEW.aggregateidentifier AND sequencenumber = NEW.sequencenumber - 1;
    END IF;
    -- a missing predecessor never blocks an append: the zero link is reported by the verification instead
    NEW.previous_hash := coalesce(prev, decode(repeat('00', 32), 'hex'));
    NEW.event_hash := appeals_event_hash(NEW.previous_hash, NEW.sequencenumber, NEW.eventidentifier,
                                         NEW.aggregateidentifier, NEW.type, NEW.timestamp, NEW.payloadtype,
                                         NEW.payloadrevision, NEW.payload, NEW.metadata);
    RETURN NEW;
END $$;

CREATE TRIGGER domainevententry_seal BEFORE INSERT ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION appeals_seal_event();

-- The event store is append-only; this stops accidents (a DBA can still disable the trigger — the hashes and the
-- signed checkpoints are what catch a deliberate change).
CREATE FUNCTION appeals_refuse_event_change() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'domainevententry is append-only (docs/integrity.md)';
END $$;

CREATE TRIGGER domainevententry_append_only BEFORE UPDATE OR DELETE ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION appeals_refuse_event_change();
CREATE TRIGGER domainevententry_no_truncate BEFORE TRUNCATE ON domainevententry
    FOR EACH STATEMENT EXECUTE FUNCTION appeals_refuse_event_change();

-- Every append takes its global index under a shared advisory lock held until commit, so a checkpoint writer that
-- takes the lock exclusively knows that no transaction still holds an index it cannot see: every index up to the
-- highest visible one is committed or will never appear. (Key 0x41505048, "APPH"; the query side uses "APPC".)
CREATE FUNCTION appeals_next_global_index() RETURNS BIGINT LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(1095782472);
    RETURN nextval('domain_event_global_index_seq');
END $$;

ALTER TABLE domainevententry ALTER COLUMN globalindex SET DEFAULT appeals_next_global_index();

-- Signed checkpoints: a Merkle root (RFC 6962) over the event hashes of each range of the global order, chained to
-- the previous checkpoint's root and signed with the event signing key (kz.appeals.events.integrity).
CREATE TABLE integrity_checkpoint (
    id                  BIGSERIAL    NOT NULL,
    first_global_index  BIGINT       NOT NULL,
    last_global_index   BIGINT       NOT NULL,
    event_count         BIGINT       NOT NULL,
    merkle_root         BYTEA        NOT NULL,
    previous_root       BYTEA        NOT NULL,
    key_id              VARCHAR(100) NOT NULL,
    signature           BYTEA        NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    CONSTRAINT integrity_checkpoint_pk PRIMARY KEY (id),
    CONSTRAINT integrity_checkpoint_range_uk UNIQUE (first_global_index)
);
