-- Disputes (矛盾纠纷), their parties, assigned mediators and follow-up visits (回访); the archived dossier (卷宗) is part of the dispute.
CREATE TABLE dispute (
    id                    uuid          NOT NULL,
    org_unit              varchar(12)   NOT NULL,
    version               bigint        NOT NULL,
    committee_id          uuid          NOT NULL,
    registered_on         date          NOT NULL,
    source                varchar(30)   NOT NULL,
    category              varchar(30)   NOT NULL,
    summary               varchar(2000) NOT NULL,
    amount_involved       numeric(14,2),
    status                varchar(20)   NOT NULL,
    escalation_prevented  boolean       NOT NULL DEFAULT false,
    serious               boolean       NOT NULL DEFAULT false,
    started_on            date,
    concluded_on          date,
    agreement_form        varchar(20),
    referral              varchar(30),
    conclusion_note       varchar(1000),
    archived_on           date,
    complexity_grade      varchar(20),
    dossier_number        varchar(50),
    created_at            timestamptz   NOT NULL,
    created_by            varchar(200)  NOT NULL,
    updated_at            timestamptz   NOT NULL,
    updated_by            varchar(200)  NOT NULL,
    CONSTRAINT dispute_pk PRIMARY KEY (id),
    CONSTRAINT dispute_committee_fk FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT dispute_version_ck CHECK (version >= 1),
    CONSTRAINT dispute_source_ck CHECK (source IN ('SCREENING', 'APPLICATION', 'POLICE_REFERRAL', 'COURT_ENTRUSTED', 'GOVERNMENT_ASSIGNED')),
    CONSTRAINT dispute_category_ck CHECK (category IN ('MARRIAGE_FAMILY', 'NEIGHBOURHOOD', 'LAND_HOUSING', 'CONTRACT', 'DAMAGES',
        'LABOUR', 'LAND_REQUISITION', 'MEDICAL', 'TRAFFIC', 'OTHER')),
    CONSTRAINT dispute_status_ck CHECK (status IN ('REGISTERED', 'MEDIATING', 'SUCCEEDED', 'FAILED', 'WITHDRAWN')),
    CONSTRAINT dispute_amount_ck CHECK (amount_involved IS NULL OR amount_involved >= 0),
    CONSTRAINT dispute_summary_ck CHECK (btrim(summary) <> ''),
    CONSTRAINT dispute_agreement_form_ck CHECK (agreement_form IS NULL OR agreement_form IN ('WRITTEN', 'ORAL')),
    CONSTRAINT dispute_referral_ck CHECK (referral IS NULL OR referral IN ('LITIGATION', 'ARBITRATION', 'ADMINISTRATIVE', 'PETITION', 'NONE')),
    CONSTRAINT dispute_grade_ck CHECK (complexity_grade IS NULL OR complexity_grade IN ('SIMPLE', 'GENERAL', 'COMPLEX', 'MAJOR')),
    -- the life cycle, as the database sees it
    CONSTRAINT dispute_concluded_ck CHECK ((status IN ('SUCCEEDED', 'FAILED', 'WITHDRAWN')) = (concluded_on IS NOT NULL)),
    CONSTRAINT dispute_started_ck CHECK (status IN ('REGISTERED', 'WITHDRAWN') OR started_on IS NOT NULL),
    CONSTRAINT dispute_success_ck CHECK ((status = 'SUCCEEDED') = (agreement_form IS NOT NULL)),
    CONSTRAINT dispute_failure_ck CHECK (status = 'FAILED' OR referral IS NULL),
    CONSTRAINT dispute_archive_ck CHECK ((archived_on IS NULL) = (complexity_grade IS NULL)
        AND (archived_on IS NULL OR concluded_on IS NOT NULL)),
    CONSTRAINT dispute_dates_ck CHECK ((started_on IS NULL OR started_on >= registered_on)
        AND (concluded_on IS NULL OR concluded_on >= registered_on)
        AND (archived_on IS NULL OR archived_on >= concluded_on))
);
CREATE INDEX dispute_org_unit_idx ON dispute (org_unit varchar_pattern_ops);
CREATE INDEX dispute_registered_on_idx ON dispute (registered_on);
CREATE INDEX dispute_concluded_on_idx ON dispute (concluded_on);
CREATE INDEX dispute_archived_on_idx ON dispute (archived_on);
CREATE INDEX dispute_committee_idx ON dispute (committee_id);

CREATE TABLE dispute_party (
    id            uuid         NOT NULL,
    org_unit      varchar(12)  NOT NULL,
    version       bigint       NOT NULL,
    dispute_id    uuid         NOT NULL,
    position      integer      NOT NULL,
    name          varchar(100) NOT NULL,
    role          varchar(20)  NOT NULL,
    id_number     varchar(18),
    phone         varchar(20),
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(200) NOT NULL,
    CONSTRAINT dispute_party_pk PRIMARY KEY (id),
    CONSTRAINT dispute_party_dispute_fk FOREIGN KEY (dispute_id) REFERENCES dispute (id) ON DELETE CASCADE,
    CONSTRAINT dispute_party_version_ck CHECK (version >= 1),
    CONSTRAINT dispute_party_role_ck CHECK (role IN ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY')),
    CONSTRAINT dispute_party_name_ck CHECK (btrim(name) <> '')
);
CREATE INDEX dispute_party_org_unit_idx ON dispute_party (org_unit varchar_pattern_ops);
CREATE INDEX dispute_party_dispute_idx ON dispute_party (dispute_id);

CREATE TABLE dispute_mediator (
    id            uuid         NOT NULL,
    org_unit      varchar(12)  NOT NULL,
    version       bigint       NOT NULL,
    dispute_id    uuid         NOT NULL,
    mediator_id   uuid         NOT NULL,
    position      integer      NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(200) NOT NULL,
    CONSTRAINT dispute_mediator_pk PRIMARY KEY (id),
    CONSTRAINT dispute_mediator_dispute_fk FOREIGN KEY (dispute_id) REFERENCES dispute (id) ON DELETE CASCADE,
    CONSTRAINT dispute_mediator_mediator_fk FOREIGN KEY (mediator_id) REFERENCES mediator (id),
    CONSTRAINT dispute_mediator_uk UNIQUE (dispute_id, mediator_id),
    CONSTRAINT dispute_mediator_version_ck CHECK (version >= 1)
);
CREATE INDEX dispute_mediator_org_unit_idx ON dispute_mediator (org_unit varchar_pattern_ops);
CREATE INDEX dispute_mediator_mediator_idx ON dispute_mediator (mediator_id);

CREATE TABLE follow_up (
    id            uuid          NOT NULL,
    org_unit      varchar(12)   NOT NULL,
    version       bigint        NOT NULL,
    dispute_id    uuid          NOT NULL,
    visited_on    date          NOT NULL,
    fulfilment    varchar(20)   NOT NULL,
    satisfaction  varchar(30)   NOT NULL,
    note          varchar(1000),
    created_at    timestamptz   NOT NULL,
    created_by    varchar(200)  NOT NULL,
    updated_at    timestamptz   NOT NULL,
    updated_by    varchar(200)  NOT NULL,
    CONSTRAINT follow_up_pk PRIMARY KEY (id),
    CONSTRAINT follow_up_dispute_fk FOREIGN KEY (dispute_id) REFERENCES dispute (id) ON DELETE CASCADE,
    CONSTRAINT follow_up_version_ck CHECK (version >= 1),
    CONSTRAINT follow_up_fulfilment_ck CHECK (fulfilment IN ('FULFILLED', 'PARTLY', 'NOT_FULFILLED')),
    CONSTRAINT follow_up_satisfaction_ck CHECK (satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'))
);
CREATE INDEX follow_up_org_unit_idx ON follow_up (org_unit varchar_pattern_ops);
CREATE INDEX follow_up_dispute_idx ON follow_up (dispute_id);
CREATE INDEX follow_up_visited_on_idx ON follow_up (visited_on);
