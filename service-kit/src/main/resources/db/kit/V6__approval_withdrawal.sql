-- Kit migration: a pending request withdrawn by its requester or a district admin (撤回), in every line's schema.
-- WITHDRAWN is closed like a decided request: it has the time it was closed, who withdrew it and, if given, why.
ALTER TABLE approval ADD COLUMN withdrawn_by varchar(200);
ALTER TABLE approval ADD COLUMN withdrawal_reason varchar(1000);
ALTER TABLE approval DROP CONSTRAINT approval_state_ck;
ALTER TABLE approval ADD CONSTRAINT approval_state_ck CHECK (state IN ('PENDING', 'RETURNED', 'APPROVED', 'REJECTED', 'WITHDRAWN'));
ALTER TABLE approval DROP CONSTRAINT approval_decided_ck;
ALTER TABLE approval ADD CONSTRAINT approval_decided_ck CHECK ((state IN ('APPROVED', 'REJECTED', 'WITHDRAWN')) = (decided_at IS NOT NULL));
ALTER TABLE approval ADD CONSTRAINT approval_withdrawn_ck CHECK ((state = 'WITHDRAWN') = (withdrawn_by IS NOT NULL)
    AND (withdrawal_reason IS NULL OR state = 'WITHDRAWN'));
