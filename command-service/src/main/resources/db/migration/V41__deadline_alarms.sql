-- Deadlines as data (issue 13, docs/decisions.md): the open deadline's own row carries its warnings (the days of
-- DeadlineScheduled/DeadlineMoved.warningDays and the working days left on each) and the instant its next warning or
-- expiry is due. One query per interval (FOR UPDATE SKIP LOCKED on the due rows) replaces one db-scheduler task per
-- warning and expiry. Rows of earlier deadlines get their warnings at the first start (DeadlineSweeper): only
-- the statutory clock can count working days. scheduled_tasks stays until every instance runs this version.
ALTER TABLE open_deadline
    ADD COLUMN warning_days      DATE[],
    ADD COLUMN warning_days_left INTEGER[],
    ADD COLUMN next_fire_at      TIMESTAMPTZ;

CREATE INDEX open_deadline_next_fire_at_idx ON open_deadline (next_fire_at) WHERE next_fire_at IS NOT NULL;
