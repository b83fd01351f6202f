-- Stats (issue 17): each table's one aggregate statement keeps the rows with any of its dates in the
-- period (an OR of date ranges, a bitmap OR of these indexes) instead of reading the whole scope.
CREATE INDEX application_decided_on_idx ON application (decided_on);
CREATE INDEX legal_aid_case_assigned_on_idx ON legal_aid_case (assigned_on);
CREATE INDEX legal_aid_case_hearing_on_idx ON legal_aid_case (hearing_on);
CREATE INDEX legal_aid_case_closed_on_idx ON legal_aid_case (closed_on);
CREATE INDEX legal_aid_case_terminated_on_idx ON legal_aid_case (terminated_on);
CREATE INDEX case_review_reviewed_on_idx ON case_review (reviewed_on);
CREATE INDEX follow_up_follow_up_on_idx ON follow_up (follow_up_on);
