-- Issue 11: a complaint forwarded to the review body (APPC art. 91(4)) is held by it: listed and counted under it
-- (appeal_view.body_id, appeal_stat.body_id), as the shared lifecycle says. The challenged body that forwarded it keeps
-- sight of it: forwarded_by_body_id, which the access check reads as the appeal's holding body (as it was before).
-- Rows already projected are moved here exactly as the projection now writes them; the other issue-11 corrections of
-- states and dates reach old rows by a rebuild of appeal-view and statistics (docs/read-models.md).
ALTER TABLE appeal_view ADD COLUMN forwarded_by_body_id VARCHAR(100);

UPDATE appeal_view v SET forwarded_by_body_id = v.body_id, body_id = v.review_body_id,
    body_name = coalesce((SELECT (j.envelope::jsonb -> 'payload' -> 'reviewBody' ->> 'name') FROM event_journal j
                          WHERE j.appeal_id = v.appeal_id AND j.type = 'ComplaintForwarded'
                          ORDER BY j.sequence_no DESC LIMIT 1), v.body_name)
WHERE v.review_body_id IS NOT NULL;

UPDATE appeal_stat s SET body_id = v.body_id FROM appeal_view v
WHERE v.appeal_id = s.appeal_id AND v.review_body_id IS NOT NULL;
