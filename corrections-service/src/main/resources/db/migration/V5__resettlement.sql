-- Resettlement and support (安置帮教) of people released from prison or from correction.
CREATE TABLE resettlement_person (
    id            uuid         NOT NULL,
    org_unit      varchar(12)  NOT NULL,
    version       bigint       NOT NULL,
    name          varchar(50)  NOT NULL,
    gender        varchar(10)  NOT NULL,
    id_number     varchar(18)  NOT NULL,
    source        varchar(30)  NOT NULL,
    released_on   date         NOT NULL,
    received_on   date         NOT NULL,
    handover_done boolean      NOT NULL,
    key_target    boolean      NOT NULL,
    -- 五包一: up to five {name, role, phone}
    support_team  jsonb        NOT NULL DEFAULT '[]'::jsonb,
    ended_on      date,
    subject_id    uuid,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(200) NOT NULL,
    CONSTRAINT resettlement_person_pk PRIMARY KEY (id),
    CONSTRAINT resettlement_person_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT resettlement_person_subject_uk UNIQUE (subject_id),
    CONSTRAINT resettlement_person_version_ck CHECK (version >= 1),
    CONSTRAINT resettlement_person_gender_ck CHECK (gender IN ('MALE', 'FEMALE')),
    CONSTRAINT resettlement_person_source_ck CHECK (source IN ('PRISON_RELEASE', 'CORRECTION_RELEASE')),
    CONSTRAINT resettlement_person_team_ck CHECK (jsonb_typeof(support_team) = 'array' AND jsonb_array_length(support_team) <= 5),
    CONSTRAINT resettlement_person_received_ck CHECK (received_on >= released_on),
    CONSTRAINT resettlement_person_ended_ck CHECK (ended_on IS NULL OR ended_on >= received_on),
    CONSTRAINT resettlement_person_link_ck CHECK (subject_id IS NULL OR source = 'CORRECTION_RELEASE')
);
CREATE INDEX resettlement_person_org_unit_idx ON resettlement_person (org_unit varchar_pattern_ops);
CREATE INDEX resettlement_person_received_on_idx ON resettlement_person (received_on);
