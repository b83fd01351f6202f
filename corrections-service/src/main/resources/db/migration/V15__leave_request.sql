-- Leave requests (请假外出, issue 19): 社区矫正法第二十七条; 社区矫正法实施办法（2020）第二十七条、第二十八条.
-- Each is decided through the kit's approvals (table approval); the status follows the decision, then the return (销假).
CREATE TABLE leave_request (
    id          uuid          NOT NULL,
    org_unit    varchar(12)   NOT NULL,
    version     bigint        NOT NULL,
    subject_id  uuid          NOT NULL,
    applied_on  date          NOT NULL,
    leave_from  date          NOT NULL,
    leave_until date          NOT NULL,
    destination varchar(100)  NOT NULL,
    reason      varchar(1000) NOT NULL,
    status      varchar(20)   NOT NULL,
    returned_on date,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    CONSTRAINT leave_request_pk PRIMARY KEY (id),
    CONSTRAINT leave_request_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT leave_request_version_ck CHECK (version >= 1),
    CONSTRAINT leave_request_status_ck CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'BACK')),
    -- applied before leaving; at most 30 days per approval (实施办法第二十七条)
    CONSTRAINT leave_request_dates_ck CHECK (applied_on <= leave_from AND leave_from <= leave_until
        AND leave_until - leave_from < 30),
    CONSTRAINT leave_request_return_ck CHECK ((status = 'BACK') = (returned_on IS NOT NULL)
        AND (returned_on IS NULL OR returned_on >= leave_from))
);
CREATE INDEX leave_request_subject_idx ON leave_request (subject_id, leave_from);
CREATE INDEX leave_request_org_unit_idx ON leave_request (org_unit varchar_pattern_ops);
CREATE INDEX leave_request_applied_on_idx ON leave_request (applied_on);
