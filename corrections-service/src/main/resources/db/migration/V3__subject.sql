-- Community corrections subjects (社区矫正对象), their supervision-level history (分级处遇),
-- violations (违规) and monthly assessment scores (日常考核).
CREATE TABLE subject (
    id                 uuid         NOT NULL,
    org_unit           varchar(12)  NOT NULL,
    version            bigint       NOT NULL,
    name               varchar(50)  NOT NULL,
    gender             varchar(10)  NOT NULL,
    id_number          varchar(18)  NOT NULL,
    birth_date         date         NOT NULL,
    subject_type       varchar(20)  NOT NULL,
    offence            varchar(200) NOT NULL,
    sentence           varchar(200) NOT NULL,
    deciding_authority varchar(100) NOT NULL,
    correction_start   date         NOT NULL,
    correction_end     date         NOT NULL,
    intake_date        date         NOT NULL,
    supervision_level  varchar(10)  NOT NULL,
    status             varchar(20)  NOT NULL,
    ended_on           date,
    end_reason         varchar(20),
    end_note           varchar(500),
    created_at         timestamptz  NOT NULL,
    created_by         varchar(200) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    updated_by         varchar(200) NOT NULL,
    CONSTRAINT subject_pk PRIMARY KEY (id),
    CONSTRAINT subject_version_ck CHECK (version >= 1),
    CONSTRAINT subject_gender_ck CHECK (gender IN ('MALE', 'FEMALE')),
    CONSTRAINT subject_type_ck CHECK (subject_type IN ('CONTROL', 'PROBATION', 'PAROLE', 'OUTSIDE_PRISON')),
    CONSTRAINT subject_level_ck CHECK (supervision_level IN ('STRICT', 'NORMAL', 'LENIENT')),
    CONSTRAINT subject_status_ck CHECK (
        (status = 'IN_CORRECTION' AND ended_on IS NULL AND end_reason IS NULL)
        OR (status = 'RELEASED' AND ended_on IS NOT NULL AND end_reason IN ('TERM_SERVED', 'PARDON'))
        OR (status = 'TERMINATED' AND ended_on IS NOT NULL AND end_reason IN ('REVOKED', 'IMPRISONED', 'DEATH'))),
    CONSTRAINT subject_term_ck CHECK (correction_end >= correction_start),
    CONSTRAINT subject_ended_ck CHECK (ended_on IS NULL OR ended_on >= intake_date)
);
CREATE INDEX subject_org_unit_idx ON subject (org_unit varchar_pattern_ops);
CREATE INDEX subject_intake_date_idx ON subject (intake_date);
CREATE INDEX subject_ended_on_idx ON subject (ended_on);
-- One person is in correction at most once at a time.
CREATE UNIQUE INDEX subject_id_number_active_uk ON subject (id_number) WHERE status = 'IN_CORRECTION';

CREATE TABLE subject_level (
    id                uuid         NOT NULL,
    org_unit          varchar(12)  NOT NULL,
    version           bigint       NOT NULL,
    subject_id        uuid         NOT NULL,
    supervision_level varchar(10)  NOT NULL,
    effective_on      date         NOT NULL,
    reason            varchar(500) NOT NULL,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(200) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(200) NOT NULL,
    CONSTRAINT subject_level_pk PRIMARY KEY (id),
    CONSTRAINT subject_level_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT subject_level_version_ck CHECK (version >= 1),
    CONSTRAINT subject_level_level_ck CHECK (supervision_level IN ('STRICT', 'NORMAL', 'LENIENT'))
);
CREATE INDEX subject_level_org_unit_idx ON subject_level (org_unit varchar_pattern_ops);
CREATE INDEX subject_level_subject_idx ON subject_level (subject_id, effective_on);

CREATE TABLE violation (
    id          uuid          NOT NULL,
    org_unit    varchar(12)   NOT NULL,
    version     bigint        NOT NULL,
    subject_id  uuid          NOT NULL,
    occurred_on date          NOT NULL,
    description varchar(1000) NOT NULL,
    sanction    varchar(30)   NOT NULL,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    CONSTRAINT violation_pk PRIMARY KEY (id),
    CONSTRAINT violation_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT violation_version_ck CHECK (version >= 1),
    CONSTRAINT violation_sanction_ck CHECK (sanction IN ('ADMONITION', 'WARNING', 'REVOCATION_PROPOSAL'))
);
CREATE INDEX violation_org_unit_idx ON violation (org_unit varchar_pattern_ops);
CREATE INDEX violation_occurred_on_idx ON violation (occurred_on);
CREATE INDEX violation_subject_idx ON violation (subject_id);

CREATE TABLE assessment_score (
    id          uuid         NOT NULL,
    org_unit    varchar(12)  NOT NULL,
    version     bigint       NOT NULL,
    subject_id  uuid         NOT NULL,
    month_start date         NOT NULL,
    score       integer      NOT NULL,
    note        varchar(500),
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL,
    CONSTRAINT assessment_score_pk PRIMARY KEY (id),
    CONSTRAINT assessment_score_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT assessment_score_subject_month_uk UNIQUE (subject_id, month_start),
    CONSTRAINT assessment_score_version_ck CHECK (version >= 1),
    CONSTRAINT assessment_score_month_ck CHECK (extract(day FROM month_start) = 1),
    CONSTRAINT assessment_score_score_ck CHECK (score BETWEEN 0 AND 100)
);
CREATE INDEX assessment_score_org_unit_idx ON assessment_score (org_unit varchar_pattern_ops);
