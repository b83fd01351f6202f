-- Legal consultations (法律咨询) by visit, the 12348 hotline or online.
CREATE TABLE consultation (
    id           uuid          NOT NULL,
    org_unit     varchar(12)   NOT NULL,
    version      bigint        NOT NULL,
    consulted_on date          NOT NULL,
    channel      varchar(20)   NOT NULL,
    topic        varchar(500)  NOT NULL,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(200)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(200)  NOT NULL,
    CONSTRAINT consultation_pk PRIMARY KEY (id),
    CONSTRAINT consultation_version_ck CHECK (version >= 1),
    CONSTRAINT consultation_channel_ck CHECK (channel IN ('VISIT', 'HOTLINE_12348', 'ONLINE')),
    CONSTRAINT consultation_topic_ck CHECK (btrim(topic) <> '')
);

CREATE INDEX consultation_org_unit_idx ON consultation (org_unit varchar_pattern_ops);
CREATE INDEX consultation_consulted_on_idx ON consultation (consulted_on);

-- When a service point opened and closed, so that the network can be counted on any date.
ALTER TABLE service_point ADD COLUMN opened_on date;
ALTER TABLE service_point ADD COLUMN closed_on date;
ALTER TABLE service_point ADD CONSTRAINT service_point_closed_on_ck
    CHECK (closed_on IS NULL OR (status = 'CLOSED' AND (opened_on IS NULL OR closed_on >= opened_on)));
