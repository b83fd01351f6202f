-- The public legal service network (公共法律服务网络): the district centre (中心), one workstation
-- (工作站) per township and work points (工作点) in villages and communities.
CREATE TABLE service_point (
    id          uuid         NOT NULL,
    org_unit    varchar(12)  NOT NULL,
    version     bigint       NOT NULL,
    level       varchar(20)  NOT NULL,
    name        varchar(100) NOT NULL,
    address     varchar(200),
    status      varchar(20)  NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL,
    CONSTRAINT service_point_pk PRIMARY KEY (id),
    CONSTRAINT service_point_version_ck CHECK (version >= 1),
    CONSTRAINT service_point_level_ck CHECK (level IN ('CENTER', 'WORKSTATION', 'WORK_POINT')),
    CONSTRAINT service_point_status_ck CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT service_point_name_ck CHECK (btrim(name) <> '')
);

-- varchar_pattern_ops so that "org_unit LIKE '430503101%'" (the scope filter) uses the index.
CREATE INDEX service_point_org_unit_idx ON service_point (org_unit varchar_pattern_ops);
