-- Issue 11: the body dashboard owns its tables, written by its own fold (kz.appeals.query.dashboard.DashboardFold)
-- instead of reading the appeal-view tables. One small row per appeal under the body that holds it (the shared
-- lifecycle's holding body: the competent body after a redirect, the review body of a forwarded complaint, APPC
-- arts. 65, 91(4)); counts by state are grouped from these rows when read, and what depends on today (due within N
-- working days, overdue) is computed when read from the open deadlines.
CREATE TABLE dashboard_appeal (
    appeal_id           VARCHAR(64)  NOT NULL,
    body_id             VARCHAR(100) NOT NULL,
    kind                VARCHAR(40)  NOT NULL,
    state               VARCHAR(40)  NOT NULL,
    registration_number VARCHAR(40),
    executor_id         VARCHAR(200),
    outcome             VARCHAR(60),
    CONSTRAINT dashboard_appeal_pk PRIMARY KEY (appeal_id)
);
CREATE INDEX dashboard_appeal_body ON dashboard_appeal (body_id, state);

-- Every deadline the body owes, as the dashboard lists it (status and working days left computed when read).
CREATE TABLE dashboard_deadline (
    deadline_id      VARCHAR(120) NOT NULL,
    appeal_id        VARCHAR(64)  NOT NULL,
    timer            VARCHAR(60)  NOT NULL,
    starts_on        DATE,
    due_date         DATE         NOT NULL,
    period           VARCHAR(100),
    legal_basis      VARCHAR(200),
    rule_set_version VARCHAR(100),
    calendar_version VARCHAR(200),
    explanation      TEXT,
    missed_on        DATE,
    last_warning_on  DATE,
    closed_on        DATE,
    met              BOOLEAN,
    closed_reason    VARCHAR(200),
    CONSTRAINT dashboard_deadline_pk PRIMARY KEY (deadline_id)
);
CREATE INDEX dashboard_deadline_appeal ON dashboard_deadline (appeal_id);
CREATE INDEX dashboard_deadline_open_due ON dashboard_deadline (due_date) WHERE closed_on IS NULL;

-- Extensions of the review period (art. 76(3)), under the body that extended it.
CREATE TABLE dashboard_extension (
    event_id   VARCHAR(64)  NOT NULL,
    appeal_id  VARCHAR(64)  NOT NULL,
    body_id    VARCHAR(100) NOT NULL,
    decided_on DATE         NOT NULL,
    CONSTRAINT dashboard_extension_pk PRIMARY KEY (event_id)
);
CREATE INDEX dashboard_extension_body ON dashboard_extension (body_id, decided_on);

-- Rows already projected, exactly as the fold writes them; a rebuild of dashboard gives the same rows.
INSERT INTO dashboard_appeal (appeal_id, body_id, kind, state, registration_number, executor_id, outcome)
SELECT appeal_id, body_id, kind, state, registration_number, executor_id, outcome FROM appeal_view;

INSERT INTO dashboard_deadline
SELECT deadline_id, appeal_id, timer, starts_on, due_date, period, legal_basis, rule_set_version, calendar_version,
       explanation, missed_on, last_warning_on, closed_on, met, closed_reason
FROM appeal_deadline;

INSERT INTO dashboard_extension (event_id, appeal_id, body_id, decided_on)
SELECT event_id, appeal_id, body_id, decided_on FROM appeal_extension;
