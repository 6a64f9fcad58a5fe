-- Issue 9. The access log: every export of personal data and every read of a person's appeals by IIN/BIN, who did it
-- (token subject, name, acting role, body, client), when, through which endpoint, with which filter, how many records
-- and whether it was allowed. Written in the request itself; no read model owns it, so no rebuild ever touches it.
CREATE TABLE access_log (
    id             BIGSERIAL     NOT NULL,
    at             TIMESTAMPTZ   NOT NULL,
    subject        VARCHAR(200)  NOT NULL,
    display_name   VARCHAR(500),
    roles          VARCHAR(500)  NOT NULL,
    acting_role    VARCHAR(40),
    body_id        VARCHAR(100),
    client_id      VARCHAR(200),
    action         VARCHAR(100)  NOT NULL,
    method         VARCHAR(10)   NOT NULL,
    endpoint       VARCHAR(300)  NOT NULL,
    filter         JSONB         NOT NULL,
    person_id      VARCHAR(12),
    record_count   BIGINT,
    outcome        VARCHAR(20)   NOT NULL,
    reason         VARCHAR(1000),
    CONSTRAINT access_log_pk PRIMARY KEY (id)
);
CREATE INDEX access_log_at ON access_log (at);
CREATE INDEX access_log_subject ON access_log (subject, at);
CREATE INDEX access_log_person ON access_log (person_id, at) WHERE person_id IS NOT NULL;

-- The body a complaint was forwarded to for review (art. 91(4)): the complaint reviewer's scope. And the applicant's
-- contacts, which the holding body needs to answer (art. 66(2)); the API shows them by role (PersonalDataPolicy).
ALTER TABLE appeal_view
    ADD COLUMN review_body_id           VARCHAR(100),
    ADD COLUMN applicant_postal_address VARCHAR(1000),
    ADD COLUMN applicant_phone          VARCHAR(50),
    ADD COLUMN applicant_email          VARCHAR(300);
CREATE INDEX appeal_view_review_body ON appeal_view (review_body_id) WHERE review_body_id IS NOT NULL;

-- Fill the new columns from the journal exactly as the projection now writes them, so that live and rebuilt read
-- models keep equal checksums without a rebuild.
UPDATE appeal_view v SET
    applicant_postal_address = j.envelope::jsonb -> 'payload' -> 'applicant' ->> 'postalAddress',
    applicant_phone          = j.envelope::jsonb -> 'payload' -> 'applicant' ->> 'phone',
    applicant_email          = j.envelope::jsonb -> 'payload' -> 'applicant' ->> 'email'
FROM event_journal j
WHERE j.appeal_id = v.appeal_id AND j.type = 'AppealFiled';

UPDATE appeal_view v SET review_body_id = f.body_id
FROM (SELECT DISTINCT ON (appeal_id) appeal_id,
             envelope::jsonb -> 'payload' -> 'reviewBody' ->> 'bodyId' AS body_id
      FROM event_journal WHERE type = 'ComplaintForwarded' ORDER BY appeal_id, sequence_no DESC) f
WHERE f.appeal_id = v.appeal_id;
