-- Completeness, review and lock (issue 23).
--
-- The review of a run (审定): its own table, so that the frozen snapshot keeps its REVOKE UPDATE (V5). One row per
-- run, written when the run is first submitted; the request itself and its decisions are the kit's approvals (kind
-- EVALUATION_RUN), whose last approval or rejection sets the state here. A returned request leaves the row SUBMITTED
-- (the request says RETURNED). late_changes holds what the last lock check found changed after approval
-- («数据已在审定后变更»): which metrics of which lines, and which manual figures, targets and manual scores.
CREATE TABLE run_review (
    id           uuid          NOT NULL,
    org_unit     varchar(12)   NOT NULL,
    version      bigint        NOT NULL,
    state        varchar(10)   NOT NULL,
    approved_at  timestamptz,
    approved_by  varchar(200),
    late_changes jsonb,
    checked_at   timestamptz,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(200)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(200)  NOT NULL,
    CONSTRAINT run_review_pk PRIMARY KEY (id),
    -- the review of a run has the run's id
    CONSTRAINT run_review_run_fk FOREIGN KEY (id) REFERENCES evaluation_run (id),
    CONSTRAINT run_review_version_ck CHECK (version >= 1),
    -- SUBMITTED → APPROVED (locked) | REJECTED | WITHDRAWN; REJECTED and WITHDRAWN may be submitted again
    CONSTRAINT run_review_state_ck CHECK (state IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT run_review_approved_ck CHECK ((state = 'APPROVED') = (approved_at IS NOT NULL AND approved_by IS NOT NULL)),
    CONSTRAINT run_review_late_changes_ck CHECK (late_changes IS NULL OR jsonb_typeof(late_changes) = 'array')
);

CREATE INDEX run_review_org_unit_idx ON run_review (org_unit varchar_pattern_ops);
CREATE INDEX run_review_state_idx ON run_review (org_unit, state);

-- A review is never removed: the run-time role may insert and update (state, lock check), not delete.
REVOKE DELETE, TRUNCATE ON run_review FROM ${app_role};

-- A zero report (零报告): a township office states that it had nothing to record in one line for one month, so that the
-- completeness of a run counts it as reported. Filed by the office's own clerk (or the district for it).
CREATE TABLE zero_report (
    id          uuid          NOT NULL,
    org_unit    varchar(12)   NOT NULL,
    version     bigint        NOT NULL,
    line        varchar(12)   NOT NULL,
    year        integer       NOT NULL,
    month       integer       NOT NULL,
    note        varchar(500),
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    CONSTRAINT zero_report_pk PRIMARY KEY (id),
    CONSTRAINT zero_report_version_ck CHECK (version >= 1),
    CONSTRAINT zero_report_line_ck CHECK (line IN ('CORRECTIONS', 'MEDIATION', 'LEGAL_AID')),
    CONSTRAINT zero_report_year_ck CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT zero_report_month_ck CHECK (month BETWEEN 1 AND 12),
    -- one zero report per office, line and month
    CONSTRAINT zero_report_org_unit_line_month_uk UNIQUE (org_unit, line, year, month)
);

CREATE INDEX zero_report_org_unit_idx ON zero_report (org_unit varchar_pattern_ops);
CREATE INDEX zero_report_month_idx ON zero_report (year, month, org_unit);

REVOKE TRUNCATE ON zero_report FROM ${app_role};
