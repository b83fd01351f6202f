-- Issue 19's loose ends.
-- 1. An absconding case still open when the correction ends (released, terminated, revoked, transferred out) is closed
--    with the outcome CORRECTION_ENDED (查找终结：矫正已结束), dated, without an escalation, and is not counted as found.
ALTER TABLE absconding_case ALTER COLUMN status TYPE varchar(20);
ALTER TABLE absconding_case DROP CONSTRAINT absconding_case_status_ck;
ALTER TABLE absconding_case ADD CONSTRAINT absconding_case_status_ck CHECK (status IN ('OPEN', 'FOUND', 'ESCALATED', 'CORRECTION_ENDED'));
ALTER TABLE absconding_case DROP CONSTRAINT absconding_case_ended_ck;
ALTER TABLE absconding_case ADD CONSTRAINT absconding_case_ended_ck CHECK ((status = 'OPEN') = (ended_on IS NULL)
    AND (ended_on IS NULL OR ended_on >= discovered_on)
    AND (status NOT IN ('FOUND', 'CORRECTION_ENDED') OR end_note IS NOT NULL)
    AND ((status = 'ESCALATED') = (escalation IS NOT NULL))
    AND ((escalation IS NULL) = (escalated_to IS NULL)));

-- 2. A request for approval withdrawn by its requester (kit V6): the leave request and the change of the place of
--    execution go to WITHDRAWN (a revocation proposal has had WITHDRAWN since V16: not submitted).
ALTER TABLE leave_request DROP CONSTRAINT leave_request_status_ck;
ALTER TABLE leave_request ADD CONSTRAINT leave_request_status_ck CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'BACK'));
ALTER TABLE residence_change DROP CONSTRAINT residence_change_status_ck;
ALTER TABLE residence_change ADD CONSTRAINT residence_change_status_ck CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'));
