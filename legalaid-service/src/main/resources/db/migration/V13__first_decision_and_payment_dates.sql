-- Review findings of issue 20 (legal aid).

-- 1. The first decision on an application (受理 or 不予援助) and its date, kept when an objection's CORRECTED decision
-- (法律援助法第四十九条) reopens a refused application and clears decided_on: the first refusal stays counted in its
-- period (legalaid.applications.refused) while the reopened application's later decision counts as its own outcome.
ALTER TABLE application ADD COLUMN first_decision varchar(10);
ALTER TABLE application ADD COLUMN first_decided_on date;

-- Back-fill: an application never reopened has its only decision in status and decided_on. A reopened one was
-- refused first; the refusal's date is in the audit trail (the REFUSE row's decidedOn, the earliest one).
UPDATE application
   SET first_decision = status, first_decided_on = decided_on
 WHERE reopened_on IS NULL AND status IN ('ACCEPTED', 'REFUSED') AND decided_on IS NOT NULL;
UPDATE application a
   SET first_decision = 'REFUSED',
       first_decided_on = (SELECT min(CAST(l.changes -> 'decidedOn' ->> 'to' AS date))
                             FROM audit_log l
                            WHERE l.entity_type = 'Application' AND l.entity_id = CAST(a.id AS varchar)
                              AND l.action = 'REFUSE' AND l.changes -> 'decidedOn' ->> 'to' IS NOT NULL)
 WHERE a.reopened_on IS NOT NULL;
-- (a reopened application whose refusal left no audit row keeps no first decision: none is invented)
UPDATE application SET first_decision = NULL WHERE first_decided_on IS NULL;

ALTER TABLE application ADD CONSTRAINT application_first_decision_ck
    CHECK ((first_decision IS NULL) = (first_decided_on IS NULL)
           AND (first_decision IS NULL OR first_decision IN ('ACCEPTED', 'REFUSED')));
-- a reopened application was refused first (when its first decision is known)
ALTER TABLE application ADD CONSTRAINT application_first_decision_reopened_ck
    CHECK (reopened_on IS NULL OR first_decision IS NULL OR first_decision = 'REFUSED');
CREATE INDEX application_first_decided_on_idx ON application (first_decided_on);

-- 3. A subsidy payment is paid on or after the day it was approved. NOT VALID: rows entered before this version are
-- not re-checked (the service refused nothing of the kind then); every new or changed row is.
ALTER TABLE subsidy_payment ADD CONSTRAINT subsidy_payment_paid_after_approval_ck
    CHECK (paid_on IS NULL OR approved_on IS NULL OR paid_on >= approved_on) NOT VALID;

-- 5. Notified cases are counted by the day the notice was received (legalaid.cases.notified).
CREATE INDEX legal_aid_case_notice_received_on_idx ON legal_aid_case (notice_received_on);
