CREATE TABLE sample (
    id          uuid         NOT NULL,
    org_unit    varchar(12)  NOT NULL,
    version     bigint       NOT NULL,
    name        varchar(50)  NOT NULL,
    id_number   varchar(18),
    kind        varchar(20)  NOT NULL,
    amount      integer      NOT NULL,
    happened_on date         NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL,
    CONSTRAINT sample_pk PRIMARY KEY (id),
    CONSTRAINT sample_version_ck CHECK (version >= 1)
);
CREATE INDEX sample_org_unit_idx ON sample (org_unit varchar_pattern_ops);
