-- Frozen evaluation runs: the whole result (metric values with their sources, indicators, rule
-- results, definition versions) as one immutable jsonb snapshot.
CREATE TABLE evaluation_run (
    id          uuid          NOT NULL,
    org_unit    varchar(12)   NOT NULL,
    version     bigint        NOT NULL,
    period_from date          NOT NULL,
    period_to   date          NOT NULL,
    year        integer,
    status      varchar(10)   NOT NULL,
    snapshot    jsonb         NOT NULL,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    CONSTRAINT evaluation_run_pk PRIMARY KEY (id),
    CONSTRAINT evaluation_run_version_ck CHECK (version = 1),
    CONSTRAINT evaluation_run_period_ck CHECK (period_from <= period_to),
    CONSTRAINT evaluation_run_year_ck CHECK (year IS NULL OR year BETWEEN 2000 AND 2100),
    CONSTRAINT evaluation_run_status_ck CHECK (status IN ('COMPLETE', 'PARTIAL'))
);

CREATE INDEX evaluation_run_org_unit_idx ON evaluation_run (org_unit varchar_pattern_ops);
CREATE INDEX evaluation_run_period_idx ON evaluation_run (org_unit, period_from, period_to);

-- A run is a snapshot: the run-time role may add runs, never change or remove them.
REVOKE UPDATE, DELETE, TRUNCATE ON evaluation_run FROM ${app_role};
