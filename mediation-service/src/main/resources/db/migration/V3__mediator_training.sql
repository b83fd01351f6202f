-- People's mediators (人民调解员) of a committee, and their training sessions (初任 / 年度培训) with attendance.
CREATE TABLE mediator (
    id            uuid         NOT NULL,
    org_unit      varchar(12)  NOT NULL,
    version       bigint       NOT NULL,
    committee_id  uuid         NOT NULL,
    name          varchar(50)  NOT NULL,
    id_number     varchar(18),
    phone         varchar(20),
    employment    varchar(20)  NOT NULL,
    term_start    date         NOT NULL,
    term_end      date,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(200) NOT NULL,
    CONSTRAINT mediator_pk PRIMARY KEY (id),
    CONSTRAINT mediator_committee_fk FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT mediator_version_ck CHECK (version >= 1),
    CONSTRAINT mediator_name_ck CHECK (btrim(name) <> ''),
    CONSTRAINT mediator_employment_ck CHECK (employment IN ('FULL_TIME', 'PART_TIME')),
    CONSTRAINT mediator_term_ck CHECK (term_end IS NULL OR term_end >= term_start)
);
CREATE INDEX mediator_org_unit_idx ON mediator (org_unit varchar_pattern_ops);
CREATE INDEX mediator_committee_idx ON mediator (committee_id);

CREATE TABLE training (
    id            uuid         NOT NULL,
    org_unit      varchar(12)  NOT NULL,
    version       bigint       NOT NULL,
    kind          varchar(20)  NOT NULL,
    title         varchar(200) NOT NULL,
    held_on       date         NOT NULL,
    hours         numeric(5,1) NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(200) NOT NULL,
    CONSTRAINT training_pk PRIMARY KEY (id),
    CONSTRAINT training_version_ck CHECK (version >= 1),
    CONSTRAINT training_kind_ck CHECK (kind IN ('INITIAL', 'ANNUAL')),
    CONSTRAINT training_hours_ck CHECK (hours > 0),
    CONSTRAINT training_title_ck CHECK (btrim(title) <> '')
);
CREATE INDEX training_org_unit_idx ON training (org_unit varchar_pattern_ops);
CREATE INDEX training_held_on_idx ON training (held_on);

CREATE TABLE training_attendance (
    id            uuid         NOT NULL,
    org_unit      varchar(12)  NOT NULL,
    version       bigint       NOT NULL,
    training_id   uuid         NOT NULL,
    mediator_id   uuid         NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(200) NOT NULL,
    CONSTRAINT training_attendance_pk PRIMARY KEY (id),
    CONSTRAINT training_attendance_training_fk FOREIGN KEY (training_id) REFERENCES training (id) ON DELETE CASCADE,
    CONSTRAINT training_attendance_mediator_fk FOREIGN KEY (mediator_id) REFERENCES mediator (id),
    CONSTRAINT training_attendance_uk UNIQUE (training_id, mediator_id),
    CONSTRAINT training_attendance_version_ck CHECK (version >= 1)
);
CREATE INDEX training_attendance_org_unit_idx ON training_attendance (org_unit varchar_pattern_ops);
CREATE INDEX training_attendance_mediator_idx ON training_attendance (mediator_id);
