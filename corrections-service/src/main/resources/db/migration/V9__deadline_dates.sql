-- Dates the statutory clocks need (issue 18). All optional: records from before keep working.
-- Subject: the day the judgment or ruling took effect (判决、裁定生效日期) and the day the subject reported
-- (报到日期), for the 10-day report-in of 社区矫正法 第二十一条.
ALTER TABLE subject
    ADD COLUMN judgment_effective_on date,
    ADD COLUMN reported_on           date,
    ADD CONSTRAINT subject_reported_ck CHECK (reported_on IS NULL OR judgment_effective_on IS NULL
                                              OR reported_on >= judgment_effective_on);

-- Investigation: expedited procedure (速裁程序), which shortens the investigation to 5 working days.
ALTER TABLE investigation
    ADD COLUMN expedited boolean NOT NULL DEFAULT false;

-- Resettlement: the day the township first contacted the released person (衔接/帮教), and the day the
-- prison's release notice (刑满释放人员通知书) arrived.
ALTER TABLE resettlement_person
    ADD COLUMN contacted_on       date,
    ADD COLUMN notice_received_on date,
    ADD CONSTRAINT resettlement_person_contacted_ck CHECK (contacted_on IS NULL OR contacted_on >= released_on);
