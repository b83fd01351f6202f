-- Attachments (kit V7, issue 21): in this schema only a dispute takes files, of the line's kinds (MediationAttachments).
ALTER TABLE attachment
    ADD CONSTRAINT attachment_record_type_ck CHECK (record_type IN ('Dispute')),
    ADD CONSTRAINT attachment_kind_ck CHECK (kind IN ('APPLICATION_MATERIAL', 'AGREEMENT', 'PHOTO', 'OTHER'));
