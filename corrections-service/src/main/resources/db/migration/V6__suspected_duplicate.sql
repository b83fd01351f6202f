-- One person is in correction at most once at a time, but a township clerk must not learn that a
-- person is in correction in another unit (a refusal would tell it). So a subject whose ID number is
-- in correction outside the clerk's scope is stored and flagged here for the district admin's
-- review; the rule became a review rule and the unique index goes. The service serialises every
-- check of one ID number with a transaction-scoped advisory lock, so two writers cannot both miss
-- each other.
DROP INDEX subject_id_number_active_uk;
CREATE INDEX subject_id_number_active_idx ON subject (id_number) WHERE status = 'IN_CORRECTION';

-- No foreign keys to subject: confirming a duplicate deletes the later subject, and the review row
-- stays as the record of that decision.
CREATE TABLE suspected_duplicate (
    id                  uuid         NOT NULL,
    org_unit            varchar(12)  NOT NULL,
    version             bigint       NOT NULL,
    subject_id          uuid         NOT NULL,
    existing_subject_id uuid         NOT NULL,
    status              varchar(20)  NOT NULL,
    resolved_at         timestamptz,
    resolved_by         varchar(200),
    note                varchar(500),
    created_at          timestamptz  NOT NULL,
    created_by          varchar(200) NOT NULL,
    updated_at          timestamptz  NOT NULL,
    updated_by          varchar(200) NOT NULL,
    CONSTRAINT suspected_duplicate_pk PRIMARY KEY (id),
    CONSTRAINT suspected_duplicate_version_ck CHECK (version >= 1),
    CONSTRAINT suspected_duplicate_pair_ck CHECK (subject_id <> existing_subject_id),
    CONSTRAINT suspected_duplicate_status_ck CHECK (
        (status = 'OPEN' AND resolved_at IS NULL AND resolved_by IS NULL)
        OR (status IN ('CONFIRMED', 'DISMISSED') AND resolved_at IS NOT NULL AND resolved_by IS NOT NULL))
);
CREATE INDEX suspected_duplicate_org_unit_idx ON suspected_duplicate (org_unit varchar_pattern_ops);
-- At most one open review per pair; the stats look a subject up here by id.
CREATE UNIQUE INDEX suspected_duplicate_open_uk ON suspected_duplicate (subject_id, existing_subject_id) WHERE status = 'OPEN';
CREATE INDEX suspected_duplicate_created_idx ON suspected_duplicate (created_at);
