-- Screening reports (矛盾纠纷排查), a zero report (零上报) being a report that found nothing.
CREATE TABLE screening (
    id              uuid          NOT NULL,
    org_unit        varchar(12)   NOT NULL,
    version         bigint        NOT NULL,
    period_start    date          NOT NULL,
    period_end      date          NOT NULL,
    disputes_found  integer       NOT NULL,
    zero_report     boolean       NOT NULL,
    note            varchar(1000),
    created_at      timestamptz   NOT NULL,
    created_by      varchar(200)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(200)  NOT NULL,
    CONSTRAINT screening_pk PRIMARY KEY (id),
    CONSTRAINT screening_uk UNIQUE (org_unit, period_start, period_end),
    CONSTRAINT screening_version_ck CHECK (version >= 1),
    CONSTRAINT screening_period_ck CHECK (period_end >= period_start),
    CONSTRAINT screening_found_ck CHECK (disputes_found >= 0),
    CONSTRAINT screening_zero_ck CHECK (zero_report = (disputes_found = 0))
);
CREATE INDEX screening_org_unit_idx ON screening (org_unit varchar_pattern_ops);
CREATE INDEX screening_period_end_idx ON screening (period_end);

-- Per-dossier reward rates (以奖代补) by complexity grade and year, set by the district.
CREATE TABLE reward_rate (
    id                uuid          NOT NULL,
    org_unit          varchar(12)   NOT NULL,
    version           bigint        NOT NULL,
    year              integer       NOT NULL,
    complexity_grade  varchar(20)   NOT NULL,
    amount            numeric(10,2) NOT NULL,
    created_at        timestamptz   NOT NULL,
    created_by        varchar(200)  NOT NULL,
    updated_at        timestamptz   NOT NULL,
    updated_by        varchar(200)  NOT NULL,
    CONSTRAINT reward_rate_pk PRIMARY KEY (id),
    CONSTRAINT reward_rate_uk UNIQUE (year, complexity_grade),
    CONSTRAINT reward_rate_version_ck CHECK (version >= 1),
    CONSTRAINT reward_rate_year_ck CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT reward_rate_amount_ck CHECK (amount >= 0),
    CONSTRAINT reward_rate_grade_ck CHECK (complexity_grade IN ('SIMPLE', 'GENERAL', 'COMPLEX', 'MAJOR'))
);
CREATE INDEX reward_rate_org_unit_idx ON reward_rate (org_unit varchar_pattern_ops);
