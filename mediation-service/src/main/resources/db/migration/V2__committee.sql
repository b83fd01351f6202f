-- People's mediation committees (人民调解委员会) at township, village/community, industry and professional level.
CREATE TABLE committee (
    id          uuid         NOT NULL,
    org_unit    varchar(12)  NOT NULL,
    version     bigint       NOT NULL,
    name        varchar(100) NOT NULL,
    level       varchar(20)  NOT NULL,
    term_start  date         NOT NULL,
    term_end    date,
    status      varchar(20)  NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL,
    CONSTRAINT committee_pk PRIMARY KEY (id),
    CONSTRAINT committee_version_ck CHECK (version >= 1),
    CONSTRAINT committee_name_ck CHECK (btrim(name) <> ''),
    CONSTRAINT committee_level_ck CHECK (level IN ('TOWNSHIP', 'VILLAGE', 'INDUSTRY', 'PROFESSIONAL')),
    CONSTRAINT committee_status_ck CHECK (status IN ('ACTIVE', 'DISSOLVED')),
    CONSTRAINT committee_term_ck CHECK (term_end IS NULL OR term_end >= term_start)
);

-- varchar_pattern_ops so that "org_unit LIKE '430503101%'" (the scope filter) uses the index.
CREATE INDEX committee_org_unit_idx ON committee (org_unit varchar_pattern_ops);
