-- Revocation proposals (提请撤销缓刑、撤销假释、暂予监外执行收监执行, issue 19): 社区矫正法第四十六条、第四十八条、第四十九条;
-- 社区矫正法实施办法（2020）on 提请撤销 (article numbers unconfirmed). The township office drafts, the district bureau
-- decides to submit through the kit's approvals (table approval); the court's or authority's decision is recorded here.
CREATE TABLE revocation_proposal (
    id                 uuid          NOT NULL,
    org_unit           varchar(12)   NOT NULL,
    version            bigint        NOT NULL,
    subject_id         uuid          NOT NULL,
    kind               varchar(20)   NOT NULL,
    grounds            varchar(2000) NOT NULL,
    violation_ids      jsonb         NOT NULL,
    absconding_case_id uuid,
    proposed_on        date          NOT NULL,
    status             varchar(20)   NOT NULL,
    decided_on         date,
    decided_by         varchar(100),
    document_number    varchar(100),
    created_at         timestamptz   NOT NULL,
    created_by         varchar(200)  NOT NULL,
    updated_at         timestamptz   NOT NULL,
    updated_by         varchar(200)  NOT NULL,
    CONSTRAINT revocation_proposal_pk PRIMARY KEY (id),
    CONSTRAINT revocation_proposal_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT revocation_proposal_absconding_fk FOREIGN KEY (absconding_case_id) REFERENCES absconding_case (id),
    CONSTRAINT revocation_proposal_version_ck CHECK (version >= 1),
    CONSTRAINT revocation_proposal_kind_ck CHECK (kind IN ('REVOKE_PROBATION', 'REVOKE_PAROLE', 'IMPRISON')),
    -- DRAFTED (approval open) → SUBMITTED | WITHDRAWN; SUBMITTED → GRANTED | DENIED
    CONSTRAINT revocation_proposal_status_ck CHECK (status IN ('DRAFTED', 'SUBMITTED', 'WITHDRAWN', 'GRANTED', 'DENIED')),
    CONSTRAINT revocation_proposal_violations_ck CHECK (jsonb_typeof(violation_ids) = 'array'),
    -- the decision is there exactly when decided, and not before the proposal
    CONSTRAINT revocation_proposal_decision_ck CHECK (
        (status IN ('GRANTED', 'DENIED')) = (decided_on IS NOT NULL)
        AND (decided_on IS NULL) = (decided_by IS NULL)
        AND (decided_on IS NULL) = (document_number IS NULL)
        AND (decided_on IS NULL OR decided_on >= proposed_on))
);
CREATE INDEX revocation_proposal_subject_idx ON revocation_proposal (subject_id, proposed_on);
CREATE INDEX revocation_proposal_org_unit_idx ON revocation_proposal (org_unit varchar_pattern_ops);
CREATE INDEX revocation_proposal_proposed_on_idx ON revocation_proposal (proposed_on);
CREATE INDEX revocation_proposal_decided_on_idx ON revocation_proposal (decided_on);
-- at most one proposal under way per subject (drafted or before the court)
CREATE UNIQUE INDEX revocation_proposal_open_uq ON revocation_proposal (subject_id) WHERE status IN ('DRAFTED', 'SUBMITTED');
