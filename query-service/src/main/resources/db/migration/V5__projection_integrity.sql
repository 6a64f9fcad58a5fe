-- A projection nobody can freeze or forge (docs/integrity.md). (V4 is left to the access log of issue 9.)

-- Why a record is parked: ERROR (could not be projected; later events of its appeal wait behind it, to keep the
-- appeal's order), FORGED (unsigned, unknown key or bad signature) or CONFLICT (a different event claiming an
-- (appeal, sequence) or event id already journaled). FORGED and CONFLICT records hold nothing back: anyone who can
-- write to the topic could otherwise freeze an appeal with one record.
ALTER TABLE dead_letter ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'ERROR';
CREATE INDEX dead_letter_kind ON dead_letter (kind, appeal_id);

-- Every text the events carry is stored without a length limit: the command side decides what it accepts, and an
-- event it committed must always project (an over-long actor id froze appeals). varchar -> text rewrites nothing.
DO $$
DECLARE
    c RECORD;
BEGIN
    FOR c IN SELECT table_name, column_name FROM information_schema.columns
             WHERE table_schema = current_schema() AND data_type = 'character varying'
               AND table_name IN ('appeal_view', 'appeal_deadline', 'appeal_delivery', 'appeal_party',
                                  'appeal_extension', 'appeal_stat', 'appeal_body', 'event_journal', 'dead_letter')
               AND column_name <> 'kind' LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE TEXT', c.table_name, c.column_name);
    END LOOP;
END $$;
