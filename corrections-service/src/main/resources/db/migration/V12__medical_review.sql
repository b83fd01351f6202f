-- Medical parole (保外就医) re-checks every 3 months (issue 18; 社区矫正法实施办法, article number unconfirmed).
-- Subject: the ground of 暂予监外执行 (刑事诉讼法 第二百六十五条), only for OUTSIDE_PRISON subjects, optional;
-- and the date of the latest re-check, kept by the service so that the open period's clock moves with it.
ALTER TABLE subject
    ADD COLUMN outside_prison_ground  varchar(30),
    ADD COLUMN last_medical_review_on date,
    ADD CONSTRAINT subject_outside_prison_ground_ck CHECK (
        outside_prison_ground IS NULL
        OR (subject_type = 'OUTSIDE_PRISON'
            AND outside_prison_ground IN ('SERIOUS_ILLNESS', 'PREGNANT_OR_NURSING', 'UNABLE_TO_CARE'))),
    ADD CONSTRAINT subject_last_medical_review_ck CHECK (last_medical_review_on IS NULL OR last_medical_review_on >= intake_date);

CREATE TABLE medical_review (
    id              uuid          NOT NULL,
    org_unit        varchar(12)   NOT NULL,
    version         bigint        NOT NULL,
    subject_id      uuid          NOT NULL,
    reviewed_on     date          NOT NULL,
    hospital        varchar(100)  NOT NULL,
    result          varchar(1000) NOT NULL,
    period_start_on date          NOT NULL,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(200)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(200)  NOT NULL,
    CONSTRAINT medical_review_pk PRIMARY KEY (id),
    CONSTRAINT medical_review_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT medical_review_version_ck CHECK (version >= 1),
    CONSTRAINT medical_review_period_ck CHECK (reviewed_on > period_start_on),
    CONSTRAINT medical_review_subject_date_uk UNIQUE (subject_id, reviewed_on)
);
CREATE INDEX medical_review_org_unit_idx ON medical_review (org_unit varchar_pattern_ops);
