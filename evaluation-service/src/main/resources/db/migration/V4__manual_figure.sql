-- Figures entered by hand (人工填报): lines without a service, and years before a service's
-- records begin. Who and when are created_by/updated_by and the timestamps.
CREATE TABLE manual_figure (
    id          uuid          NOT NULL,
    org_unit    varchar(12)   NOT NULL,
    version     bigint        NOT NULL,
    metric      varchar(100)  NOT NULL,
    period_from date          NOT NULL,
    period_to   date          NOT NULL,
    value       numeric(16,4) NOT NULL,
    note        varchar(500),
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    CONSTRAINT manual_figure_pk PRIMARY KEY (id),
    CONSTRAINT manual_figure_version_ck CHECK (version >= 1),
    CONSTRAINT manual_figure_period_ck CHECK (period_from <= period_to),
    CONSTRAINT manual_figure_value_ck CHECK (value >= 0),
    -- One figure per metric, org unit and period.
    CONSTRAINT manual_figure_metric_org_unit_period_uk UNIQUE (metric, org_unit, period_from, period_to)
);

CREATE INDEX manual_figure_org_unit_idx ON manual_figure (org_unit varchar_pattern_ops);
CREATE INDEX manual_figure_period_idx ON manual_figure (org_unit, period_from, period_to);
