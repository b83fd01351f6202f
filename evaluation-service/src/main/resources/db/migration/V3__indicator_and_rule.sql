-- Indicator definitions (评价指标) and validation rules (校验规则), DHIS2-style. Each row is the
-- current version of its definition; definition_version keeps every version ever written, so a run
-- that records the version it used stays reproducible after a change.
CREATE TABLE indicator (
    id          uuid          NOT NULL,
    org_unit    varchar(12)   NOT NULL,
    version     bigint        NOT NULL,
    code        varchar(60)   NOT NULL,
    name_zh     varchar(200)  NOT NULL,
    name_en     varchar(200)  NOT NULL,
    numerator   varchar(500)  NOT NULL,
    denominator varchar(500)  NOT NULL,
    factor      numeric(14,4) NOT NULL,
    decimals    integer       NOT NULL,
    unit        varchar(20)   NOT NULL,
    direction   varchar(20)   NOT NULL,
    grades      jsonb         NOT NULL DEFAULT '[]'::jsonb,
    weight      numeric(9,4),
    active      boolean       NOT NULL DEFAULT true,
    description varchar(1000),
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    CONSTRAINT indicator_pk PRIMARY KEY (id),
    CONSTRAINT indicator_version_ck CHECK (version >= 1),
    CONSTRAINT indicator_code_uk UNIQUE (code),
    CONSTRAINT indicator_code_ck CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    CONSTRAINT indicator_factor_ck CHECK (factor > 0),
    CONSTRAINT indicator_decimals_ck CHECK (decimals BETWEEN 0 AND 6),
    CONSTRAINT indicator_direction_ck CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL')),
    CONSTRAINT indicator_weight_ck CHECK (weight IS NULL OR weight >= 0),
    CONSTRAINT indicator_grades_ck CHECK (jsonb_typeof(grades) = 'array')
);

CREATE INDEX indicator_org_unit_idx ON indicator (org_unit varchar_pattern_ops);

CREATE TABLE validation_rule (
    id          uuid          NOT NULL,
    org_unit    varchar(12)   NOT NULL,
    version     bigint        NOT NULL,
    code        varchar(60)   NOT NULL,
    left_side   varchar(500)  NOT NULL,
    operator    varchar(30)   NOT NULL,
    right_side  varchar(500)  NOT NULL,
    severity    varchar(10)   NOT NULL,
    message     varchar(500)  NOT NULL,
    active      boolean       NOT NULL DEFAULT true,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    CONSTRAINT validation_rule_pk PRIMARY KEY (id),
    CONSTRAINT validation_rule_version_ck CHECK (version >= 1),
    CONSTRAINT validation_rule_code_uk UNIQUE (code),
    CONSTRAINT validation_rule_code_ck CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    CONSTRAINT validation_rule_operator_ck CHECK (operator IN ('EQUAL_TO', 'NOT_EQUAL_TO', 'LESS_THAN',
        'LESS_THAN_OR_EQUAL_TO', 'GREATER_THAN', 'GREATER_THAN_OR_EQUAL_TO')),
    CONSTRAINT validation_rule_severity_ck CHECK (severity IN ('ERROR', 'WARNING'))
);

CREATE INDEX validation_rule_org_unit_idx ON validation_rule (org_unit varchar_pattern_ops);

-- Every version of every definition, insert-only for the run-time role.
CREATE TABLE definition_version (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    kind          varchar(20)  NOT NULL,
    definition_id uuid         NOT NULL,
    version       bigint       NOT NULL,
    code          varchar(60)  NOT NULL,
    definition    jsonb        NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    recorded_by   varchar(200) NOT NULL,
    CONSTRAINT definition_version_pk PRIMARY KEY (id),
    CONSTRAINT definition_version_kind_ck CHECK (kind IN ('INDICATOR', 'RULE')),
    CONSTRAINT definition_version_version_ck CHECK (version >= 1),
    CONSTRAINT definition_version_uk UNIQUE (kind, definition_id, version)
);

REVOKE UPDATE, DELETE, TRUNCATE ON definition_version FROM ${app_role};
