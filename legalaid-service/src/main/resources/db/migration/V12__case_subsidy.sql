-- Case subsidies (办案补贴). 法律援助法第五十二条: the subsidy standard is set by the provincial justice department with
-- the finance department; the district enters the figures it applies as data (subsidy_rate). What a closed case is owed
-- is computed from them and its last quality review (LegalAidSubsidies); a payment (发放) freezes the amounts of the
-- cases it pays, goes through the kit's approvals (kind SUBSIDY_PAYMENT) and is then paid on a date.

-- The rate per year (of the closing date), case category and complexity; a NULL complexity is the general rate: it
-- prices ordinary cases and complex ones that have no rate of their own. One rate per (year, category, complexity).
CREATE TABLE subsidy_rate (
    id          uuid          NOT NULL,
    org_unit    varchar(12)   NOT NULL,
    version     bigint        NOT NULL,
    year        integer       NOT NULL,
    category    varchar(20)   NOT NULL,
    complexity  varchar(20),
    amount      numeric(12,2) NOT NULL,
    document    varchar(200)  NOT NULL,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    CONSTRAINT subsidy_rate_pk PRIMARY KEY (id),
    CONSTRAINT subsidy_rate_uk UNIQUE NULLS NOT DISTINCT (year, category, complexity),
    CONSTRAINT subsidy_rate_version_ck CHECK (version >= 1),
    CONSTRAINT subsidy_rate_year_ck CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT subsidy_rate_amount_ck CHECK (amount > 0),
    CONSTRAINT subsidy_rate_category_ck CHECK (category IN ('CIVIL', 'CRIMINAL', 'ADMINISTRATIVE', 'PLEA_WITNESS')),
    CONSTRAINT subsidy_rate_complexity_ck CHECK (complexity IS NULL
        OR complexity IN ('DEATH_PENALTY', 'LIFE_IMPRISONMENT', 'GROUP_LITIGATION'))
);
CREATE INDEX subsidy_rate_org_unit_idx ON subsidy_rate (org_unit varchar_pattern_ops);

-- A payment of closed cases' subsidies to one provider. PENDING while its approval runs; APPROVED (approved_on) or
-- REJECTED by the approval; PAID (paid_on, paid_by) by the pay action on an approved one.
CREATE TABLE subsidy_payment (
    id              uuid          NOT NULL,
    org_unit        varchar(12)   NOT NULL,
    version         bigint        NOT NULL,
    provider_id     uuid          NOT NULL,
    requested_on    date          NOT NULL,
    reasons         varchar(1000) NOT NULL,
    total           numeric(12,2) NOT NULL,
    status          varchar(10)   NOT NULL,
    approved_on     date,
    paid_on         date,
    paid_by         varchar(200),
    voucher_number  varchar(100),
    created_at      timestamptz   NOT NULL,
    created_by      varchar(200)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(200)  NOT NULL,
    CONSTRAINT subsidy_payment_pk PRIMARY KEY (id),
    CONSTRAINT subsidy_payment_provider_fk FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT subsidy_payment_version_ck CHECK (version >= 1),
    CONSTRAINT subsidy_payment_total_ck CHECK (total > 0),
    CONSTRAINT subsidy_payment_status_ck CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'PAID')),
    CONSTRAINT subsidy_payment_approved_ck CHECK ((status IN ('APPROVED', 'PAID')) = (approved_on IS NOT NULL)),
    CONSTRAINT subsidy_payment_paid_ck CHECK ((status = 'PAID') = (paid_on IS NOT NULL AND paid_by IS NOT NULL)),
    CONSTRAINT subsidy_payment_paid_order_ck CHECK (paid_on IS NULL OR paid_on >= requested_on)
);
CREATE INDEX subsidy_payment_org_unit_idx ON subsidy_payment (org_unit varchar_pattern_ops);
CREATE INDEX subsidy_payment_list_idx ON subsidy_payment (left(org_unit, 9), requested_on DESC, id DESC);
CREATE INDEX subsidy_payment_provider_idx ON subsidy_payment (provider_id);
CREATE INDEX subsidy_payment_approved_on_idx ON subsidy_payment (approved_on);
CREATE INDEX subsidy_payment_paid_on_idx ON subsidy_payment (paid_on);

-- The cases a payment pays, each with the amount frozen when it was requested and the rate it came from. A case is
-- paid once: one active line per case (a rejected payment's lines are released, active = false).
CREATE TABLE subsidy_payment_case (
    id          uuid          NOT NULL,
    payment_id  uuid          NOT NULL,
    case_id     uuid          NOT NULL,
    rate_id     uuid          NOT NULL,
    rate        numeric(12,2) NOT NULL,
    share       numeric(5,4)  NOT NULL,
    amount      numeric(12,2) NOT NULL,
    active      boolean       NOT NULL,
    CONSTRAINT subsidy_payment_case_pk PRIMARY KEY (id),
    CONSTRAINT subsidy_payment_case_payment_fk FOREIGN KEY (payment_id) REFERENCES subsidy_payment (id),
    CONSTRAINT subsidy_payment_case_case_fk FOREIGN KEY (case_id) REFERENCES legal_aid_case (id),
    CONSTRAINT subsidy_payment_case_rate_fk FOREIGN KEY (rate_id) REFERENCES subsidy_rate (id),
    CONSTRAINT subsidy_payment_case_amount_ck CHECK (amount > 0),
    CONSTRAINT subsidy_payment_case_share_ck CHECK (share > 0 AND share <= 1)
);
CREATE UNIQUE INDEX subsidy_payment_case_uk ON subsidy_payment_case (case_id) WHERE active;
CREATE INDEX subsidy_payment_case_payment_idx ON subsidy_payment_case (payment_id);
CREATE INDEX subsidy_payment_case_rate_idx ON subsidy_payment_case (rate_id);
