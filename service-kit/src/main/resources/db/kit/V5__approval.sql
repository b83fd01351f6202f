-- Kit migration: requests for approval (审批) and their decisions (issue 19), in every line's schema.
CREATE TABLE approval (
    id                uuid          NOT NULL,
    org_unit          varchar(12)   NOT NULL,
    version           bigint        NOT NULL,
    created_at        timestamptz   NOT NULL,
    created_by        varchar(200)  NOT NULL,
    updated_at        timestamptz   NOT NULL,
    updated_by        varchar(200)  NOT NULL,
    kind              varchar(60)   NOT NULL,
    record_type       varchar(80)   NOT NULL,
    record_id         uuid          NOT NULL,
    reasons           varchar(2000) NOT NULL,
    attachments       jsonb         NOT NULL DEFAULT '[]',
    route             jsonb         NOT NULL,
    step              integer       NOT NULL,
    round             integer       NOT NULL,
    state             varchar(20)   NOT NULL,
    awaiting_org_unit varchar(12),
    awaiting_role     varchar(40),
    decided_at        timestamptz,
    CONSTRAINT approval_pk PRIMARY KEY (id),
    CONSTRAINT approval_version_ck CHECK (version >= 1),
    CONSTRAINT approval_state_ck CHECK (state IN ('PENDING', 'RETURNED', 'APPROVED', 'REJECTED')),
    -- the queue's columns are set exactly while a step awaits a decision; a decided request has its time
    CONSTRAINT approval_awaiting_ck CHECK ((state = 'PENDING') = (awaiting_org_unit IS NOT NULL AND awaiting_role IS NOT NULL)
        AND (state = 'PENDING' OR (awaiting_org_unit IS NULL AND awaiting_role IS NULL))),
    CONSTRAINT approval_decided_ck CHECK ((state IN ('APPROVED', 'REJECTED')) = (decided_at IS NOT NULL)),
    CONSTRAINT approval_step_ck CHECK (step >= 0 AND step < jsonb_array_length(route) AND round >= 1)
);
-- at most one open request of a kind per record
CREATE UNIQUE INDEX approval_open_uk ON approval (record_type, record_id, kind) WHERE state IN ('PENDING', 'RETURNED');
-- a record's requests (its view, and its moves)
CREATE INDEX approval_record_idx ON approval (record_type, record_id);
-- the approver's queue, and the lists by scope
CREATE INDEX approval_awaiting_idx ON approval (awaiting_org_unit, awaiting_role, created_at) WHERE state = 'PENDING';
CREATE INDEX approval_org_unit_idx ON approval (org_unit varchar_pattern_ops, created_at);

CREATE TABLE approval_decision (
    id               uuid          NOT NULL,
    approval_id      uuid          NOT NULL,
    round            integer       NOT NULL,
    step             integer       NOT NULL,
    outcome          varchar(10)   NOT NULL,
    opinion          varchar(1000) NOT NULL,
    decided_by       varchar(200)  NOT NULL,
    decider_org_unit varchar(12)   NOT NULL,
    decided_at       timestamptz   NOT NULL,
    CONSTRAINT approval_decision_pk PRIMARY KEY (id),
    CONSTRAINT approval_decision_approval_fk FOREIGN KEY (approval_id) REFERENCES approval (id),
    CONSTRAINT approval_decision_outcome_ck CHECK (outcome IN ('APPROVE', 'REJECT', 'RETURN'))
);
CREATE INDEX approval_decision_approval_idx ON approval_decision (approval_id);
-- a decision is never changed or removed by the run-time role: it is the record of who decided what; nor is a request
REVOKE UPDATE, DELETE, TRUNCATE ON approval_decision FROM ${app_role};
REVOKE DELETE, TRUNCATE ON approval FROM ${app_role};
