-- What the statutory clock needs to recompute a review deadline on a new calendar (StatutoryClock.movesUnder):
-- the day a redirected appeal (or a part split off to another body) reached the competent body, from which its
-- period runs (APPC art. 76(2)), and whether the due date was fixed by a decision (an extension, art. 76(3)), which
-- then only rolls forward if it became a day off (art. 76(5)).
ALTER TABLE appeal_clock ADD COLUMN parent_appeal_id VARCHAR(64);
ALTER TABLE appeal_clock ADD COLUMN arrived_at_competent_body DATE;
ALTER TABLE open_deadline ADD COLUMN fixed_by_decision BOOLEAN NOT NULL DEFAULT FALSE;

-- Existing rows. A review period starts the day after its anchor; an anchor that is neither the registration day nor
-- the local day of receipt can only be an arrival at the competent body. (An arrival on either of those days gives
-- the same anchor, so leaving it unset changes no computation.)
UPDATE appeal_clock c SET arrived_at_competent_body = d.starts_on - 1
FROM open_deadline d
WHERE d.appeal_id = c.appeal_id AND d.timer = 'REVIEW'
  AND d.starts_on - 1 <> c.registered_on
  AND d.starts_on - 1 <> (c.received_at AT TIME ZONE 'Asia/Almaty')::date;

-- An extension is a DeadlineMoved with cause EXTENSION; a later DeadlineScheduled of the same deadline replaces it.
UPDATE open_deadline d SET fixed_by_decision = TRUE
WHERE EXISTS (
    SELECT 1 FROM domainevententry m
    WHERE m.aggregateidentifier = d.appeal_id
      AND m.payloadtype = 'kz.appeals.events.DeadlineMoved'
      AND convert_from(m.payload, 'UTF8')::jsonb ->> 'deadlineId' = d.deadline_id
      AND convert_from(m.payload, 'UTF8')::jsonb ->> 'cause' = 'EXTENSION'
      AND NOT EXISTS (
          SELECT 1 FROM domainevententry s
          WHERE s.aggregateidentifier = m.aggregateidentifier AND s.sequencenumber > m.sequencenumber
            AND s.payloadtype = 'kz.appeals.events.DeadlineScheduled'
            AND convert_from(s.payload, 'UTF8')::jsonb ->> 'deadlineId' = d.deadline_id));
