-- Attachments (kit V7, issue 21): in this schema only a subject takes files, of the line's kinds (CorrectionsAttachments).
ALTER TABLE attachment
    ADD CONSTRAINT attachment_record_type_ck CHECK (record_type IN ('Subject')),
    ADD CONSTRAINT attachment_kind_ck CHECK (kind IN ('JUDGMENT', 'ENFORCEMENT_NOTICE', 'INTAKE_FORM', 'REPORT', 'VISIT_PHOTO',
        'ANNOUNCEMENT', 'RELEASE_CERTIFICATE', 'OTHER'));
