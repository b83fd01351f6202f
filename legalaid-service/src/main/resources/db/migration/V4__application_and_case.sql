-- Applications for legal aid (法律援助申请) and the cases (案件) accepted from them.
CREATE TABLE application (
    id                     uuid          NOT NULL,
    org_unit               varchar(12)   NOT NULL,
    version                bigint        NOT NULL,
    applicant_name         varchar(100)  NOT NULL,
    applicant_id_number    varchar(18)   NOT NULL,
    applicant_phone        varchar(30),
    channel                varchar(20)   NOT NULL,
    matter                 varchar(2000) NOT NULL,
    category               varchar(20)   NOT NULL,
    hardship_basis         varchar(1000) NOT NULL,
    received_on            date          NOT NULL,
    review_due_on          date          NOT NULL,
    status                 varchar(30)   NOT NULL,
    materials_requested    varchar(1000),
    materials_requested_on date,
    materials_received_on  date,
    decided_on             date,
    refusal_reason         varchar(1000),
    case_id                uuid,
    created_at             timestamptz   NOT NULL,
    created_by             varchar(200)  NOT NULL,
    updated_at             timestamptz   NOT NULL,
    updated_by             varchar(200)  NOT NULL,
    CONSTRAINT application_pk PRIMARY KEY (id),
    CONSTRAINT application_version_ck CHECK (version >= 1),
    CONSTRAINT application_channel_ck CHECK (channel IN ('WALK_IN', 'HOTLINE_12348', 'ONLINE', 'NOTIFIED', 'TRANSFERRED')),
    CONSTRAINT application_category_ck CHECK (category IN ('CIVIL', 'CRIMINAL', 'ADMINISTRATIVE', 'PLEA_WITNESS')),
    CONSTRAINT application_status_ck CHECK (status IN ('PENDING', 'MATERIALS_REQUESTED', 'ACCEPTED', 'REFUSED')),
    CONSTRAINT application_refusal_ck CHECK (status <> 'REFUSED' OR (refusal_reason IS NOT NULL AND decided_on IS NOT NULL)),
    CONSTRAINT application_accepted_ck CHECK (status <> 'ACCEPTED' OR (case_id IS NOT NULL AND decided_on IS NOT NULL)),
    CONSTRAINT application_name_ck CHECK (btrim(applicant_name) <> '')
);

CREATE INDEX application_org_unit_idx ON application (org_unit varchar_pattern_ops);
CREATE INDEX application_received_on_idx ON application (received_on);

CREATE TABLE legal_aid_case (
    id                 uuid          NOT NULL,
    org_unit           varchar(12)   NOT NULL,
    version            bigint        NOT NULL,
    application_id     uuid          NOT NULL,
    category           varchar(20)   NOT NULL,
    complexity         varchar(30),
    accepted_on        date          NOT NULL,
    status             varchar(20)   NOT NULL,
    provider_id        uuid,
    assigned_on        date,
    hearing_attended   boolean       NOT NULL DEFAULT false,
    hearing_on         date,
    closed_on          date,
    result             varchar(2000),
    terminated_on      date,
    termination_reason varchar(40),
    termination_note   varchar(1000),
    created_at         timestamptz   NOT NULL,
    created_by         varchar(200)  NOT NULL,
    updated_at         timestamptz   NOT NULL,
    updated_by         varchar(200)  NOT NULL,
    CONSTRAINT legal_aid_case_pk PRIMARY KEY (id),
    CONSTRAINT legal_aid_case_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT legal_aid_case_provider_fk FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT legal_aid_case_application_uk UNIQUE (application_id),
    CONSTRAINT legal_aid_case_version_ck CHECK (version >= 1),
    CONSTRAINT legal_aid_case_category_ck CHECK (category IN ('CIVIL', 'CRIMINAL', 'ADMINISTRATIVE', 'PLEA_WITNESS')),
    CONSTRAINT legal_aid_case_complexity_ck CHECK (complexity IS NULL OR complexity IN ('DEATH_PENALTY', 'LIFE_IMPRISONMENT', 'GROUP_LITIGATION')),
    CONSTRAINT legal_aid_case_status_ck CHECK (status IN ('ACCEPTED', 'ASSIGNED', 'CLOSED', 'TERMINATED')),
    CONSTRAINT legal_aid_case_assigned_ck CHECK (status NOT IN ('ASSIGNED', 'CLOSED') OR (provider_id IS NOT NULL AND assigned_on IS NOT NULL)),
    CONSTRAINT legal_aid_case_closed_ck CHECK (status <> 'CLOSED' OR (closed_on IS NOT NULL AND result IS NOT NULL)),
    CONSTRAINT legal_aid_case_terminated_ck CHECK (status <> 'TERMINATED' OR (terminated_on IS NOT NULL AND termination_reason IS NOT NULL))
);

CREATE INDEX legal_aid_case_org_unit_idx ON legal_aid_case (org_unit varchar_pattern_ops);
CREATE INDEX legal_aid_case_provider_idx ON legal_aid_case (provider_id);
CREATE INDEX legal_aid_case_accepted_on_idx ON legal_aid_case (accepted_on);

ALTER TABLE application ADD CONSTRAINT application_case_fk FOREIGN KEY (case_id) REFERENCES legal_aid_case (id)
    DEFERRABLE INITIALLY DEFERRED;
