-- Legal aid as the law runs it (issue 20): the notice of a notified case, the recipient's profile, the exemption
-- from the financial-hardship check as a code, an objection's effect on the refused application, first aid before
-- full review, and the duty lawyers' services. Article numbers: 《中华人民共和国法律援助法》 (2021).

-- 通知辩护/通知代理 (第三十五条、第三十六条): the notice's kind and document number. Only a NOTIFIED application
-- carries notice fields; the API requires all four on a new or changed NOTIFIED application (rows entered before
-- this version may lack the kind and the number).
ALTER TABLE application ADD COLUMN notice_kind varchar(20);
ALTER TABLE application ADD COLUMN notice_document_number varchar(50);
ALTER TABLE application ADD CONSTRAINT application_notice_kind_ck
    CHECK (notice_kind IS NULL OR notice_kind IN ('DEFENCE', 'REPRESENTATION'));
ALTER TABLE application ADD CONSTRAINT application_notice_document_ck
    CHECK (channel = 'NOTIFIED' OR (notice_kind IS NULL AND notice_document_number IS NULL));

-- The recipient's categories for the ministry's statistics (any number of them, a JSON array of codes).
ALTER TABLE application ADD COLUMN recipient_categories jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE application ADD CONSTRAINT application_recipient_categories_ck
    CHECK (jsonb_typeof(recipient_categories) = 'array'
           AND recipient_categories <@ '["MIGRANT_WORKER", "MINOR", "ELDERLY", "DISABLED", "WOMAN", "MILITARY",
                                         "SUBSISTENCE", "OTHER"]'::jsonb);

-- Exemption from the financial-hardship check: 第三十二条 (not subject to the hardship condition) and 第四十二条
-- (exempt from checking it). An application has a hardship basis, an exemption, or is a notified case.
ALTER TABLE application ADD COLUMN hardship_exemption varchar(30);
ALTER TABLE application ALTER COLUMN hardship_basis DROP NOT NULL;
ALTER TABLE application ADD CONSTRAINT application_hardship_exemption_ck
    CHECK (hardship_exemption IS NULL OR hardship_exemption IN (
        'HEROIC_MARTYR_RELATIVE', 'GOOD_SAMARITAN', 'RETRIAL_ACQUITTED', 'ABUSE_VICTIM', 'OTHER_UNRESTRICTED',
        'NO_FIXED_INCOME_GROUP', 'ASSISTANCE_RECIPIENT', 'MIGRANT_WORKER_CLAIM', 'OTHER_EXEMPT'));
ALTER TABLE application ADD CONSTRAINT application_hardship_ck
    CHECK (hardship_basis IS NOT NULL OR hardship_exemption IS NOT NULL OR channel = 'NOTIFIED');

-- An objection's effect (第四十九条): a CORRECTED decision reopens the refused application (back to PENDING), with
-- the day and the objection that reopened it.
ALTER TABLE application ADD COLUMN reopened_on date;
ALTER TABLE application ADD COLUMN reopened_by_objection uuid;
ALTER TABLE application ADD CONSTRAINT application_reopened_by_fk FOREIGN KEY (reopened_by_objection) REFERENCES objection (id);
ALTER TABLE application ADD CONSTRAINT application_reopened_ck
    CHECK ((reopened_on IS NULL) = (reopened_by_objection IS NULL) AND (reopened_on IS NULL OR reopened_on >= received_on));
CREATE INDEX application_reopened_on_idx ON application (reopened_on);

-- 先行提供法律援助 (第四十四条): the case accepted in advance, its ground, and the later review of the materials.
ALTER TABLE legal_aid_case ADD COLUMN advance_ground varchar(30);
ALTER TABLE legal_aid_case ADD COLUMN advance_reviewed_on date;
ALTER TABLE legal_aid_case ADD COLUMN advance_review_result varchar(10);
ALTER TABLE legal_aid_case ADD CONSTRAINT legal_aid_case_advance_ground_ck
    CHECK (advance_ground IS NULL OR advance_ground IN ('LIMITATION_NEAR', 'URGENT_PRESERVATION', 'OTHER_STATUTORY'));
ALTER TABLE legal_aid_case ADD CONSTRAINT legal_aid_case_advance_review_ck
    CHECK ((advance_reviewed_on IS NULL) = (advance_review_result IS NULL)
           AND (advance_review_result IS NULL OR (advance_ground IS NOT NULL AND advance_review_result IN ('CONFIRMED', 'REFUSED')
                                                  AND advance_reviewed_on >= accepted_on)));
ALTER TABLE legal_aid_case ADD CONSTRAINT legal_aid_case_advance_refused_ck
    CHECK (advance_review_result IS DISTINCT FROM 'REFUSED'
           OR (status = 'TERMINATED' AND termination_reason = 'ADVANCE_AID_REFUSED'));

-- 值班律师 (第三十条; 《法律援助值班律师工作办法》 2020, 第六条): one row per service given at a workstation.
CREATE TABLE duty_lawyer_service (
    id               uuid          NOT NULL,
    org_unit         varchar(12)   NOT NULL,
    version          bigint        NOT NULL,
    provider_id      uuid          NOT NULL,
    service_point_id uuid          NOT NULL,
    served_on        date          NOT NULL,
    kind             varchar(30)   NOT NULL,
    suspect_name     varchar(100)  NOT NULL,
    notes            varchar(2000),
    created_at       timestamptz   NOT NULL,
    created_by       varchar(200)  NOT NULL,
    updated_at       timestamptz   NOT NULL,
    updated_by       varchar(200)  NOT NULL,
    CONSTRAINT duty_lawyer_service_pk PRIMARY KEY (id),
    CONSTRAINT duty_lawyer_service_provider_fk FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT duty_lawyer_service_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id),
    CONSTRAINT duty_lawyer_service_version_ck CHECK (version >= 1),
    CONSTRAINT duty_lawyer_service_kind_ck CHECK (kind IN ('LEGAL_CONSULTATION', 'PROCEDURE_ADVICE', 'COERCIVE_MEASURE_CHANGE',
        'CASE_OPINION', 'AID_APPLICATION_HELP', 'PLEA_WITNESS', 'MEETING', 'FILE_REVIEW')),
    CONSTRAINT duty_lawyer_service_name_ck CHECK (btrim(suspect_name) <> '')
);

CREATE INDEX duty_lawyer_service_org_unit_idx ON duty_lawyer_service (org_unit varchar_pattern_ops);
CREATE INDEX duty_lawyer_service_served_on_idx ON duty_lawyer_service (served_on);
CREATE INDEX duty_lawyer_service_provider_idx ON duty_lawyer_service (provider_id);
CREATE INDEX duty_lawyer_service_point_idx ON duty_lawyer_service (service_point_id);
CREATE INDEX duty_lawyer_service_township_list_idx ON duty_lawyer_service (left(org_unit, 9), served_on DESC, id) INCLUDE (org_unit);
