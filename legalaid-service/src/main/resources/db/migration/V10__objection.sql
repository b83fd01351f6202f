-- Objections (异议) to a refusal of legal aid, reviewed by the bureau within 5 日 of receipt (法律援助法第四十九条).
-- The org unit is the application's. The decision's three fields are all null (PENDING) or all set (DECIDED),
-- and the decision is not dated before the objection was received.
CREATE TABLE objection (
    id              uuid          NOT NULL,
    org_unit        varchar(12)   NOT NULL,
    version         bigint        NOT NULL,
    application_id  uuid          NOT NULL,
    received_on     date          NOT NULL,
    grounds         varchar(2000) NOT NULL,
    status          varchar(10)   NOT NULL,
    decided_on      date,
    decision        varchar(10),
    decision_reason varchar(1000),
    created_at      timestamptz   NOT NULL,
    created_by      varchar(200)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(200)  NOT NULL,
    CONSTRAINT objection_pk PRIMARY KEY (id),
    CONSTRAINT objection_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT objection_version_ck CHECK (version >= 1),
    CONSTRAINT objection_status_ck CHECK (status IN ('PENDING', 'DECIDED')),
    CONSTRAINT objection_decision_value_ck CHECK (decision IS NULL OR decision IN ('UPHELD', 'CORRECTED')),
    CONSTRAINT objection_decision_ck CHECK (
        (status = 'PENDING' AND decided_on IS NULL AND decision IS NULL AND decision_reason IS NULL)
        OR (status = 'DECIDED' AND decided_on IS NOT NULL AND decision IS NOT NULL AND decision_reason IS NOT NULL)),
    CONSTRAINT objection_decided_order_ck CHECK (decided_on IS NULL OR decided_on >= received_on)
);

CREATE INDEX objection_org_unit_idx ON objection (org_unit varchar_pattern_ops);
CREATE INDEX objection_application_idx ON objection (application_id);
