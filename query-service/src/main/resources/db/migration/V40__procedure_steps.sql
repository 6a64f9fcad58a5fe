-- The steps beside the stages (issue 12), one row per event in the appeal's order: execution of the act (art.
-- 86(3)) and of the court decision after a penalty (art. 127(5)), access to the case file (arts. 75(1), 98(5)), the
-- hearing protocol (art. 74) and recusal (art. 67), with their deadlines. No personal data: who asked is not kept,
-- only the official a recusal concerns and the decision. Owned by the procedure-steps read model.
CREATE TABLE procedure_step (
    appeal_id   VARCHAR(64)  NOT NULL,
    sequence    BIGINT       NOT NULL,
    step        VARCHAR(40)  NOT NULL,
    event_type  VARCHAR(60)  NOT NULL,
    outcome     VARCHAR(60)  NOT NULL,
    happened_on DATE,
    due_on      DATE,
    late        BOOLEAN,
    official_id VARCHAR(200),
    legal_basis VARCHAR(200),
    PRIMARY KEY (appeal_id, sequence)
);
