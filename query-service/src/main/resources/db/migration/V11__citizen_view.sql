-- Issue 11: the citizen view owns its tables, written by its own fold (kz.appeals.query.citizen.CitizenViewFold)
-- instead of reading the appeal-view tables. One row per appeal with what its parties see (no person's identifiers
-- or contacts), and who they are: the applicant or representative and every member, by IIN/BIN and role.
CREATE TABLE citizen_appeal (
    appeal_id           VARCHAR(64)  NOT NULL,
    kind                VARCHAR(40)  NOT NULL,
    state               VARCHAR(40)  NOT NULL,
    registration_number VARCHAR(40),
    body_name           VARCHAR(500),
    received_at         TIMESTAMPTZ  NOT NULL,
    registered_on       DATE,
    due_date            DATE,
    outcome             VARCHAR(60),
    decided_on          DATE,
    route_opens         VARCHAR(40),
    route_open_until    DATE,
    route_period        VARCHAR(200),
    route_body_name     VARCHAR(500),
    route_legal_basis   VARCHAR(300),
    CONSTRAINT citizen_appeal_pk PRIMARY KEY (appeal_id)
);

CREATE TABLE citizen_party (
    appeal_id VARCHAR(64) NOT NULL,
    id_number VARCHAR(20) NOT NULL,
    role      VARCHAR(20) NOT NULL,
    CONSTRAINT citizen_party_pk PRIMARY KEY (appeal_id, id_number, role)
);
CREATE INDEX citizen_party_id_number ON citizen_party (id_number);

-- The deadlines the citizen is told about: the next open one is shown beside each appeal.
CREATE TABLE citizen_deadline (
    deadline_id VARCHAR(120) NOT NULL,
    appeal_id   VARCHAR(64)  NOT NULL,
    timer       VARCHAR(60)  NOT NULL,
    due_date    DATE         NOT NULL,
    closed_on   DATE,
    CONSTRAINT citizen_deadline_pk PRIMARY KEY (deadline_id)
);
CREATE INDEX citizen_deadline_open ON citizen_deadline (appeal_id, due_date) WHERE closed_on IS NULL;

-- Rows already projected, exactly as the fold writes them (the same values the appeal-view tables hold), so the
-- view answers at once after the upgrade; a rebuild of citizen-view gives the same rows.
INSERT INTO citizen_appeal (appeal_id, kind, state, registration_number, body_name, received_at, registered_on,
                            due_date, outcome, decided_on, route_opens, route_open_until, route_period,
                            route_body_name, route_legal_basis)
SELECT appeal_id, kind, state, registration_number, body_name, received_at, registered_on, due_date, outcome,
       decided_on, route_opens, route_open_until, route_period, route_body_name, route_legal_basis
FROM appeal_view;

INSERT INTO citizen_party (appeal_id, id_number, role) SELECT appeal_id, id_number, role FROM appeal_party;

INSERT INTO citizen_deadline (deadline_id, appeal_id, timer, due_date, closed_on)
SELECT deadline_id, appeal_id, timer, due_date, closed_on FROM appeal_deadline;
