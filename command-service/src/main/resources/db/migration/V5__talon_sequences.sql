-- Talon numbers come from one sequence per prefix and year (talon_<hex of the prefix>_<year>) instead of a counter row:
-- a row bumped inside every filing's transaction held its lock until commit and so serialised all filings. A sequence
-- never repeats a value across instances; a filing that rolls back leaves a gap (decision in docs/decisions.md).
DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT prefix, year, last_value FROM registration_counter LOOP
        EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I MINVALUE 1 MAXVALUE 99999999 START WITH %s',
                       'talon_' || encode(convert_to(r.prefix, 'UTF8'), 'hex') || '_' || r.year, r.last_value + 1);
    END LOOP;
END $$;

DROP TABLE registration_counter;
