-- Pre-sentence investigations and evaluations (调查评估) entrusted by courts, procuratorates, prisons and police.
CREATE TABLE investigation (
    id                   uuid         NOT NULL,
    org_unit             varchar(12)  NOT NULL,
    version              bigint       NOT NULL,
    entrusting_authority varchar(20)  NOT NULL,
    entrusting_organ     varchar(100) NOT NULL,
    person_name          varchar(50)  NOT NULL,
    person_id_number     varchar(18)  NOT NULL,
    entrusted_on         date         NOT NULL,
    completed_on         date,
    opinion              varchar(20),
    created_at           timestamptz  NOT NULL,
    created_by           varchar(200) NOT NULL,
    updated_at           timestamptz  NOT NULL,
    updated_by           varchar(200) NOT NULL,
    CONSTRAINT investigation_pk PRIMARY KEY (id),
    CONSTRAINT investigation_version_ck CHECK (version >= 1),
    CONSTRAINT investigation_authority_ck
        CHECK (entrusting_authority IN ('COURT', 'PROCURATORATE', 'PRISON', 'PUBLIC_SECURITY')),
    CONSTRAINT investigation_opinion_ck CHECK (opinion IN ('SUITABLE', 'UNSUITABLE')),
    CONSTRAINT investigation_completion_ck CHECK ((completed_on IS NULL) = (opinion IS NULL)),
    CONSTRAINT investigation_dates_ck CHECK (completed_on IS NULL OR completed_on >= entrusted_on)
);

-- varchar_pattern_ops so that "org_unit LIKE '430503101%'" (the scope filter) uses the index.
CREATE INDEX investigation_org_unit_idx ON investigation (org_unit varchar_pattern_ops);
CREATE INDEX investigation_completed_on_idx ON investigation (completed_on);
