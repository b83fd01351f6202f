-- Follow-up visits (回访) on the committee's own rule (issue 18): neither 人民调解法 (第三十一条) nor
-- 人民调解工作若干规定 sets a number of days, so a committee that has a rule states it; none: no clock.
-- A successful mediation keeps the rule in force when its conclusion was recorded (dispute.follow_up_within_days):
-- a later change of the committee's rule does not re-judge visits already due.
ALTER TABLE committee
    ADD COLUMN follow_up_within_days integer,
    ADD CONSTRAINT committee_follow_up_within_days_ck CHECK (follow_up_within_days BETWEEN 1 AND 365);
ALTER TABLE dispute
    ADD COLUMN follow_up_within_days integer,
    ADD CONSTRAINT dispute_follow_up_within_days_ck CHECK (follow_up_within_days IS NULL
        OR (status = 'SUCCEEDED' AND follow_up_within_days BETWEEN 1 AND 365));
