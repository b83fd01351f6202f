-- Supervision records (监督管理记录, issue 19): report-in, the intake announcement and the day-to-day supervision
-- of a subject, in the subject's org unit. Written through the kit's RecordService: every write leaves its row in
-- the kit's audit_log (and so in the change feed), as for the other records of a subject's file.
CREATE TABLE supervision_record (
    id           uuid          NOT NULL,
    org_unit     varchar(12)   NOT NULL,
    version      bigint        NOT NULL,
    subject_id   uuid          NOT NULL,
    kind         varchar(30)   NOT NULL,
    occurred_on  date          NOT NULL,
    conducted_by varchar(50)   NOT NULL,
    place        varchar(200),
    result       varchar(2000) NOT NULL,
    abnormal     boolean       NOT NULL DEFAULT false,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(200)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(200)  NOT NULL,
    CONSTRAINT supervision_record_pk PRIMARY KEY (id),
    CONSTRAINT supervision_record_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT supervision_record_version_ck CHECK (version >= 1),
    CONSTRAINT supervision_record_kind_ck CHECK (kind IN ('REPORT_IN', 'ANNOUNCEMENT', 'DAILY_REPORT', 'CONTACT', 'HOME_VISIT',
                                                         'WORKPLACE_VISIT', 'INFORMATION_CHECK')),
    CONSTRAINT supervision_record_conducted_by_ck CHECK (length(btrim(conducted_by)) > 0),
    CONSTRAINT supervision_record_result_ck CHECK (length(btrim(result)) > 0)
);

-- A subject's records in date order; a township's list and its period figures (one index range, as in V8).
CREATE INDEX supervision_record_subject_idx ON supervision_record (subject_id, occurred_on, id);
CREATE INDEX supervision_record_org_unit_occurred_on_idx ON supervision_record (org_unit varchar_pattern_ops, occurred_on);
CREATE INDEX supervision_record_list_idx ON supervision_record (occurred_on DESC, id);
