-- Changes of the place of execution (变更执行地, issue 19): 社区矫正法第二十七条; 社区矫正法实施办法（2020）第三十条、第三十一条.
-- Decided through the kit's approvals. Within the district the subject moves; out of it the correction ends here:
-- a subject gets the status TRANSFERRED with the reason TRANSFERRED_OUT.
ALTER TABLE subject DROP CONSTRAINT subject_status_ck;
ALTER TABLE subject ADD CONSTRAINT subject_status_ck CHECK (
    (status = 'IN_CORRECTION' AND ended_on IS NULL AND end_reason IS NULL)
    OR (status = 'RELEASED' AND ended_on IS NOT NULL AND end_reason IN ('TERM_SERVED', 'PARDON'))
    OR (status = 'TERMINATED' AND ended_on IS NOT NULL AND end_reason IN ('REVOKED', 'IMPRISONED', 'DEATH'))
    OR (status = 'TRANSFERRED' AND ended_on IS NOT NULL AND end_reason = 'TRANSFERRED_OUT'));

CREATE TABLE residence_change (
    id             uuid          NOT NULL,
    org_unit       varchar(12)   NOT NULL,
    version        bigint        NOT NULL,
    subject_id     uuid          NOT NULL,
    applied_on     date          NOT NULL,
    new_org_unit   varchar(12),
    new_place      varchar(100),
    reason         varchar(1000) NOT NULL,
    status         varchar(20)   NOT NULL,
    decided_on     date,
    handed_over_on date,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(200)  NOT NULL,
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(200)  NOT NULL,
    CONSTRAINT residence_change_pk PRIMARY KEY (id),
    CONSTRAINT residence_change_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT residence_change_version_ck CHECK (version >= 1),
    CONSTRAINT residence_change_status_ck CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED')),
    -- within the district (a township) or out of it (a place), never both
    CONSTRAINT residence_change_target_ck CHECK ((new_org_unit IS NULL) <> (new_place IS NULL)),
    CONSTRAINT residence_change_decided_ck CHECK ((status = 'APPROVED') = (decided_on IS NOT NULL)),
    -- the file is handed over only after an approved change out of the district
    CONSTRAINT residence_change_handover_ck CHECK (handed_over_on IS NULL
        OR (status = 'APPROVED' AND new_place IS NOT NULL AND handed_over_on >= decided_on))
);
CREATE INDEX residence_change_subject_idx ON residence_change (subject_id);
CREATE INDEX residence_change_org_unit_idx ON residence_change (org_unit varchar_pattern_ops);
-- one request under approval per subject
CREATE UNIQUE INDEX residence_change_open_uk ON residence_change (subject_id) WHERE status = 'REQUESTED';
