-- Targets set from above (省厅下达任务), e.g. 380 accepted legal-aid cases for Daxiang in 2021:
-- the denominators of completion rates (完成率 = actual / target).
CREATE TABLE target (
    id          uuid          NOT NULL,
    org_unit    varchar(12)   NOT NULL,
    version     bigint        NOT NULL,
    year        integer       NOT NULL,
    metric      varchar(100)  NOT NULL,
    value       numeric(14,2) NOT NULL,
    note        varchar(500),
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    CONSTRAINT target_pk PRIMARY KEY (id),
    CONSTRAINT target_version_ck CHECK (version >= 1),
    CONSTRAINT target_year_ck CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT target_value_ck CHECK (value >= 0),
    -- One target per org unit, year and metric.
    CONSTRAINT target_year_org_unit_metric_uk UNIQUE (year, org_unit, metric)
);

-- varchar_pattern_ops so that "org_unit LIKE '430503101%'" (the scope filter) uses the index.
CREATE INDEX target_org_unit_idx ON target (org_unit varchar_pattern_ops);
