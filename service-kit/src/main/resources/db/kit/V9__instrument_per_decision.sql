-- An instrument records one decision or act: a record decided again (an application refused, reopened on an
-- objection and refused again, 法律援助法第四十九条) gets a new, newly numbered instrument for its new decision day;
-- printing again for the same decision keeps the number.
ALTER TABLE instrument DROP CONSTRAINT instrument_record_uk;
ALTER TABLE instrument ADD CONSTRAINT instrument_record_uk UNIQUE (record_type, record_id, kind, issued_on);

-- Issued instruments and stored file content are written once: the run-time role may not change them in place.
REVOKE UPDATE ON instrument FROM ${app_role};
REVOKE UPDATE, TRUNCATE ON attachment_chunk FROM ${app_role};
