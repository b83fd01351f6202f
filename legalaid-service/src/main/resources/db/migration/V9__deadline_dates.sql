-- Statutory clocks (issue 18). The review's due date is the kit's (法律援助法第四十三条, 7 日 with the
-- materials stop): null while materials are awaited. Existing rows keep their stored date until their
-- next write.
ALTER TABLE application ALTER COLUMN review_due_on DROP NOT NULL;

-- A notified case (通知辩护/代理, 法律援助法第三十六条): the day the notice arrived and who sent it; its
-- assignment is due 3 日 after that day. Only on a NOTIFIED application, not after its received date.
ALTER TABLE application
    ADD COLUMN notice_received_on date,
    ADD COLUMN notifying_organ    varchar(20),
    ADD CONSTRAINT application_notifying_organ_ck CHECK (notifying_organ IS NULL OR notifying_organ IN ('COURT', 'PROCURATORATE', 'POLICE')),
    ADD CONSTRAINT application_notice_ck CHECK (notice_received_on IS NULL OR (channel = 'NOTIFIED' AND notice_received_on <= received_on)),
    ADD CONSTRAINT application_notifying_organ_notice_ck CHECK (notifying_organ IS NULL OR notice_received_on IS NOT NULL),
    ADD CONSTRAINT application_materials_order_ck CHECK (materials_received_on IS NULL OR materials_received_on >= materials_requested_on);

ALTER TABLE legal_aid_case
    ADD COLUMN notice_received_on date,
    ADD CONSTRAINT legal_aid_case_notice_ck CHECK (notice_received_on IS NULL OR notice_received_on <= accepted_on);
