-- Issue 12, item 1: an appeal is accepted whatever its identifier (APPC art. 64(1)); an IIN/BIN that fails its check
-- is a defect, not a refusal, so the columns take what the command side accepts (at most 20 characters).
ALTER TABLE appeal_view ALTER COLUMN applicant_id_number TYPE VARCHAR(20);
ALTER TABLE appeal_party ALTER COLUMN id_number TYPE VARCHAR(20);

-- Issue 12, items 1 and 11: what intake found on each appeal: its language and that of its act or answer (arts. 22,
-- 89(2)), whether it is anonymous (art. 64(7-2)), and the defects recorded at registration (arts. 63, 64(6),
-- 88(1)(2)), as JSON text.
CREATE TABLE appeal_intake (
    appeal_id               VARCHAR(64)   NOT NULL,
    language                VARCHAR(2),
    answer_language         VARCHAR(2),
    anonymous               BOOLEAN       NOT NULL DEFAULT FALSE,
    reports_crime_or_threat BOOLEAN       NOT NULL DEFAULT FALSE,
    defects                 TEXT          NOT NULL DEFAULT '[]',
    simplified_procedure    BOOLEAN       NOT NULL DEFAULT FALSE,
    defects_found_on        DATE,
    legal_basis             VARCHAR(200),
    CONSTRAINT appeal_intake_pk PRIMARY KEY (appeal_id)
);
