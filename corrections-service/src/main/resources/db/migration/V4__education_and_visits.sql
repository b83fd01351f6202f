-- Education sessions (教育矫正) with their attendances (person-times), and remote video visits (远程视频会见).
CREATE TABLE education_session (
    id         uuid         NOT NULL,
    org_unit   varchar(12)  NOT NULL,
    version    bigint       NOT NULL,
    held_on    date         NOT NULL,
    topic      varchar(200) NOT NULL,
    kind       varchar(20)  NOT NULL,
    created_at timestamptz  NOT NULL,
    created_by varchar(200) NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(200) NOT NULL,
    CONSTRAINT education_session_pk PRIMARY KEY (id),
    CONSTRAINT education_session_version_ck CHECK (version >= 1),
    CONSTRAINT education_session_kind_ck CHECK (kind IN ('COLLECTIVE', 'INDIVIDUAL'))
);
CREATE INDEX education_session_org_unit_idx ON education_session (org_unit varchar_pattern_ops);
CREATE INDEX education_session_held_on_idx ON education_session (held_on);

CREATE TABLE education_attendance (
    id         uuid         NOT NULL,
    org_unit   varchar(12)  NOT NULL,
    version    bigint       NOT NULL,
    session_id uuid         NOT NULL,
    subject_id uuid         NOT NULL,
    created_at timestamptz  NOT NULL,
    created_by varchar(200) NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(200) NOT NULL,
    CONSTRAINT education_attendance_pk PRIMARY KEY (id),
    CONSTRAINT education_attendance_session_fk FOREIGN KEY (session_id) REFERENCES education_session (id),
    CONSTRAINT education_attendance_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT education_attendance_session_subject_uk UNIQUE (session_id, subject_id),
    CONSTRAINT education_attendance_version_ck CHECK (version >= 1)
);
CREATE INDEX education_attendance_org_unit_idx ON education_attendance (org_unit varchar_pattern_ops);
CREATE INDEX education_attendance_subject_idx ON education_attendance (subject_id);

CREATE TABLE remote_visit (
    id               uuid         NOT NULL,
    org_unit         varchar(12)  NOT NULL,
    version          bigint       NOT NULL,
    visited_on       date         NOT NULL,
    institution      varchar(100) NOT NULL,
    inmate_name      varchar(50)  NOT NULL,
    visitor_kind     varchar(20)  NOT NULL,
    subject_id       uuid,
    visitor_name     varchar(50),
    visitor_relation varchar(30),
    created_at       timestamptz  NOT NULL,
    created_by       varchar(200) NOT NULL,
    updated_at       timestamptz  NOT NULL,
    updated_by       varchar(200) NOT NULL,
    CONSTRAINT remote_visit_pk PRIMARY KEY (id),
    CONSTRAINT remote_visit_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT remote_visit_version_ck CHECK (version >= 1),
    CONSTRAINT remote_visit_visitor_ck CHECK (
        (visitor_kind = 'SUBJECT' AND subject_id IS NOT NULL)
        OR (visitor_kind = 'FAMILY_MEMBER' AND subject_id IS NULL AND visitor_name IS NOT NULL))
);
CREATE INDEX remote_visit_org_unit_idx ON remote_visit (org_unit varchar_pattern_ops);
CREATE INDEX remote_visit_visited_on_idx ON remote_visit (visited_on);
CREATE INDEX remote_visit_subject_idx ON remote_visit (subject_id);
