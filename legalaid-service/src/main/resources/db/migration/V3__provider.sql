-- Legal aid providers (法律援助人员): lawyers, law firms and grassroots legal workers. Complex cases
-- (death penalty, life imprisonment, group litigation) go only to providers flagged senior.
CREATE TABLE provider (
    id             uuid         NOT NULL,
    org_unit       varchar(12)  NOT NULL,
    version        bigint       NOT NULL,
    kind           varchar(30)  NOT NULL,
    name           varchar(100) NOT NULL,
    firm           varchar(200),
    licence_number varchar(50),
    specialties    jsonb        NOT NULL DEFAULT '[]'::jsonb,
    senior         boolean      NOT NULL DEFAULT false,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(200) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(200) NOT NULL,
    CONSTRAINT provider_pk PRIMARY KEY (id),
    CONSTRAINT provider_version_ck CHECK (version >= 1),
    CONSTRAINT provider_kind_ck CHECK (kind IN ('LAWYER', 'LAW_FIRM', 'GRASSROOTS_LEGAL_WORKER')),
    CONSTRAINT provider_name_ck CHECK (btrim(name) <> ''),
    CONSTRAINT provider_specialties_ck CHECK (jsonb_typeof(specialties) = 'array')
);

CREATE INDEX provider_org_unit_idx ON provider (org_unit varchar_pattern_ops);
