-- The scorecard (评分体系) of a 部门整体支出绩效评价 (issue 23): a tree of dimensions and sub-dimensions with points
-- summing to 100, each leaf scored by a method (FULL_AT_TARGET, PROPORTIONAL, BANDED, DEDUCTION, MANUAL). The tree is one
-- jsonb document; the service validates it (400, nothing stored) and the total is kept in a column whose named CHECK
-- refuses anything but 100. Versioned like indicators: every version is kept in definition_version (kind SCORECARD), and
-- a run freezes the version it used in its snapshot.
CREATE TABLE scorecard (
    id           uuid          NOT NULL,
    org_unit     varchar(12)   NOT NULL,
    version      bigint        NOT NULL,
    code         varchar(60)   NOT NULL,
    name_zh      varchar(200)  NOT NULL,
    description  varchar(1000),
    status       varchar(10)   NOT NULL DEFAULT 'DRAFT',
    items        jsonb         NOT NULL,
    total_points numeric(6,2)  NOT NULL,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(200)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(200)  NOT NULL,
    CONSTRAINT scorecard_pk PRIMARY KEY (id),
    CONSTRAINT scorecard_version_ck CHECK (version >= 1),
    CONSTRAINT scorecard_code_uk UNIQUE (code),
    CONSTRAINT scorecard_code_ck CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    -- DRAFT → ACTIVE (activation) → RETIRED (another one of the same org unit activated) → ACTIVE again
    CONSTRAINT scorecard_status_ck CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED')),
    CONSTRAINT scorecard_items_ck CHECK (jsonb_typeof(items) = 'array'),
    -- 总分100分 (财预〔2020〕10号, article number unconfirmed)
    CONSTRAINT scorecard_total_points_ck CHECK (total_points = 100)
);

-- At most one scorecard in force per org unit: a run takes the one of its org unit, else the nearest unit above.
CREATE UNIQUE INDEX scorecard_active_uk ON scorecard (org_unit) WHERE status = 'ACTIVE';
CREATE INDEX scorecard_org_unit_idx ON scorecard (org_unit varchar_pattern_ops);

ALTER TABLE definition_version DROP CONSTRAINT definition_version_kind_ck;
ALTER TABLE definition_version ADD CONSTRAINT definition_version_kind_ck CHECK (kind IN ('INDICATOR', 'RULE', 'SCORECARD'));

-- A MANUAL leaf's score (人工评分) for one org unit and period, with the written reason it must have.
CREATE TABLE scorecard_score (
    id             uuid          NOT NULL,
    org_unit       varchar(12)   NOT NULL,
    version        bigint        NOT NULL,
    scorecard_code varchar(60)   NOT NULL,
    item_key       varchar(40)   NOT NULL,
    period_from    date          NOT NULL,
    period_to      date          NOT NULL,
    score          numeric(5,2)  NOT NULL,
    reason         varchar(1000) NOT NULL,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(200)  NOT NULL,
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(200)  NOT NULL,
    CONSTRAINT scorecard_score_pk PRIMARY KEY (id),
    CONSTRAINT scorecard_score_version_ck CHECK (version >= 1),
    CONSTRAINT scorecard_score_period_ck CHECK (period_from <= period_to),
    CONSTRAINT scorecard_score_score_ck CHECK (score >= 0),
    CONSTRAINT scorecard_score_reason_ck CHECK (length(btrim(reason)) > 0),
    -- One score per leaf, org unit and period.
    CONSTRAINT scorecard_score_item_period_uk UNIQUE (scorecard_code, item_key, org_unit, period_from, period_to)
);

CREATE INDEX scorecard_score_org_unit_idx ON scorecard_score (org_unit varchar_pattern_ops);
CREATE INDEX scorecard_score_period_idx ON scorecard_score (org_unit, period_from, period_to);

-- No API path deletes a scorecard or a score: retire a scorecard, correct a score.
REVOKE DELETE, TRUNCATE ON scorecard, scorecard_score FROM ${app_role};
