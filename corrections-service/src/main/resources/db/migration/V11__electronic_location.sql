-- Electronic location (电子定位) of a subject, 《中华人民共和国社区矫正法》第二十九条 (issue 19): each decision or renewal
-- runs at most three months; a renewal is a row of its own that starts the day after the one it extends ends.
CREATE TABLE electronic_location (
    id          uuid         NOT NULL,
    org_unit    varchar(12)  NOT NULL,
    version     bigint       NOT NULL,
    subject_id  uuid         NOT NULL,
    decided_on  date         NOT NULL,
    approved_by varchar(100) NOT NULL,
    reason      varchar(30)  NOT NULL,
    starts_on   date         NOT NULL,
    ends_on     date         NOT NULL,
    renews_id   uuid,
    renewed_on  date,
    status      varchar(10)  NOT NULL,
    ended_on    date,
    end_reason  varchar(30),
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL,
    CONSTRAINT electronic_location_pk PRIMARY KEY (id),
    CONSTRAINT electronic_location_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT electronic_location_renews_fk FOREIGN KEY (renews_id) REFERENCES electronic_location (id),
    CONSTRAINT electronic_location_renews_uq UNIQUE (renews_id),
    CONSTRAINT electronic_location_version_ck CHECK (version >= 1),
    CONSTRAINT electronic_location_reason_ck CHECK (reason IN ('VIOLATED_PROHIBITION_ORDER', 'LEFT_WITHOUT_PERMISSION',
        'FAILED_TO_REPORT_WARNED', 'PUBLIC_SECURITY_PUNISHED', 'REVOCATION_PROPOSED')),
    CONSTRAINT electronic_location_status_ck CHECK (status IN ('ACTIVE', 'ENDED')),
    CONSTRAINT electronic_location_end_reason_ck CHECK (end_reason IN ('NO_LONGER_NEEDED', 'TERM_ENDED', 'CORRECTION_ENDED')),
    CONSTRAINT electronic_location_starts_ck CHECK (starts_on >= decided_on),
    -- 第二十九条第二款「不得超过三个月」
    CONSTRAINT electronic_location_period_ck CHECK (ends_on >= starts_on AND ends_on <= (starts_on + interval '3 months')::date),
    CONSTRAINT electronic_location_renewed_ck CHECK (renewed_on IS NULL OR renewed_on >= decided_on),
    CONSTRAINT electronic_location_ended_ck CHECK ((status = 'ENDED') = (ended_on IS NOT NULL)
        AND (ended_on IS NULL) = (end_reason IS NULL) AND (ended_on IS NULL OR ended_on >= starts_on))
);
CREATE INDEX electronic_location_subject_idx ON electronic_location (subject_id, starts_on);
CREATE INDEX electronic_location_org_unit_idx ON electronic_location (org_unit varchar_pattern_ops, decided_on);
