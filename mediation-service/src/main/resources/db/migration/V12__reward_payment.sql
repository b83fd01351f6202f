-- 以奖代补 paid, not only owed (issue 20): a payment batch (发放批次) for the dossiers archived in one year, frozen from
-- what the payouts computation owes (per dossier and per mediator), decided through the kit's approvals (table
-- approval, kind REWARD_PAYMENT) and then paid on a date by someone. 人民调解法第六条: county-level governments fund
-- mediation work and reward committees and mediators; the rates and the batches are the district bureau's.
CREATE TABLE reward_payment (
    id              uuid          NOT NULL,
    org_unit        varchar(12)   NOT NULL,
    version         bigint        NOT NULL,
    -- the year the rewarded dossiers were archived in (the seed pays in 2021 for 2020's dossiers)
    year            integer       NOT NULL,
    document_number varchar(100)  NOT NULL,
    document_title  varchar(200)  NOT NULL,
    dossiers        integer       NOT NULL,
    mediators       integer       NOT NULL,
    total           numeric(12,2) NOT NULL,
    status          varchar(20)   NOT NULL,
    paid_on         date,
    paid_by         varchar(100),
    created_at      timestamptz   NOT NULL,
    created_by      varchar(200)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(200)  NOT NULL,
    CONSTRAINT reward_payment_pk PRIMARY KEY (id),
    CONSTRAINT reward_payment_version_ck CHECK (version >= 1),
    CONSTRAINT reward_payment_year_ck CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT reward_payment_figures_ck CHECK (dossiers > 0 AND mediators >= 0 AND total >= 0),
    -- SUBMITTED (approval open) → APPROVED | REJECTED; APPROVED → PAID
    CONSTRAINT reward_payment_status_ck CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'PAID')),
    CONSTRAINT reward_payment_paid_ck CHECK ((status = 'PAID') = (paid_on IS NOT NULL) AND (paid_on IS NULL) = (paid_by IS NULL))
);
CREATE INDEX reward_payment_org_unit_idx ON reward_payment (org_unit varchar_pattern_ops);
CREATE INDEX reward_payment_year_idx ON reward_payment (year, created_at);
CREATE INDEX reward_payment_paid_on_idx ON reward_payment (paid_on) WHERE paid_on IS NOT NULL;

-- The dossiers a batch rewards, each at its frozen amount. A dossier is rewarded once: at most one batch that is not
-- rejected names it (a rejected batch sets active = false and releases its dossiers for another batch).
CREATE TABLE reward_payment_dossier (
    payment_id       uuid          NOT NULL,
    dispute_id       uuid          NOT NULL,
    org_unit         varchar(12)   NOT NULL,
    complexity_grade varchar(20)   NOT NULL,
    amount           numeric(12,2) NOT NULL,
    active           boolean       NOT NULL,
    CONSTRAINT reward_payment_dossier_pk PRIMARY KEY (payment_id, dispute_id),
    CONSTRAINT reward_payment_dossier_payment_fk FOREIGN KEY (payment_id) REFERENCES reward_payment (id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT reward_payment_dossier_dispute_fk FOREIGN KEY (dispute_id) REFERENCES dispute (id),
    CONSTRAINT reward_payment_dossier_amount_ck CHECK (amount >= 0)
);
CREATE UNIQUE INDEX reward_payment_dossier_dispute_uk ON reward_payment_dossier (dispute_id) WHERE active;

-- What each mediator is paid in the batch: the equal shares in cents of the dossiers, odd cents to the lead mediator.
-- The lines are written before the batch row (from the dossier rows, in the same transaction), so the batch keys are
-- checked at commit.
CREATE TABLE reward_payment_line (
    payment_id  uuid          NOT NULL,
    mediator_id uuid          NOT NULL,
    org_unit    varchar(12)   NOT NULL,
    dossiers    integer       NOT NULL,
    amount      numeric(12,2) NOT NULL,
    CONSTRAINT reward_payment_line_pk PRIMARY KEY (payment_id, mediator_id),
    CONSTRAINT reward_payment_line_payment_fk FOREIGN KEY (payment_id) REFERENCES reward_payment (id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT reward_payment_line_mediator_fk FOREIGN KEY (mediator_id) REFERENCES mediator (id),
    CONSTRAINT reward_payment_line_figures_ck CHECK (dossiers > 0 AND amount >= 0)
);

-- A batch is a financial record: the run-time role never deletes it or its lines.
REVOKE DELETE, TRUNCATE ON reward_payment, reward_payment_dossier, reward_payment_line FROM ${app_role};
