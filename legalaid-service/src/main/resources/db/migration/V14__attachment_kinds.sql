-- Attachments (kit V7, issue 21): applications and cases take files, each of its own kinds (LegalAidAttachments).
ALTER TABLE attachment
    ADD CONSTRAINT attachment_record_type_ck CHECK (record_type IN ('Application', 'LegalAidCase')),
    ADD CONSTRAINT attachment_kind_ck CHECK (
        (record_type = 'Application' AND kind IN ('APPLICATION_MATERIAL', 'FINANCIAL_STATUS', 'DECISION', 'OTHER'))
        OR (record_type = 'LegalAidCase' AND kind IN ('DECISION', 'ASSIGNMENT_NOTICE', 'CLOSING_MATERIAL', 'OTHER')));
