-- The correction team (矫正小组) and the individual plan (矫正方案) of a subject (issue 19). Both are records of the
-- subject's file in the subject's org unit, written through the kit's audit log (change feed, moves with the subject).
-- Run-time grants come from the schema's default privileges (db-init), as for every table of this schema.

-- 社区矫正法 第二十五条: the agency forms a team per subject as needed, of 司法所 staff, 居民委员会/村民委员会 members,
-- the subject's guardian or family, its employer or school, social workers and volunteers (a woman's team has a woman);
-- the 实施办法's article on the team and the responsibility letter (矫正责任书) has an unconfirmed number. One row per
-- member and period: the team on a day is the members whose [joined_on, left_on] covers it.
CREATE TABLE team_member (
    id                uuid         NOT NULL,
    org_unit          varchar(12)  NOT NULL,
    version           bigint       NOT NULL,
    subject_id        uuid         NOT NULL,
    role              varchar(30)  NOT NULL,
    name              varchar(50)  NOT NULL,
    phone             varchar(20),
    unit              varchar(100),
    joined_on         date         NOT NULL,
    left_on           date,
    letter_signed_on  date,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(200) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(200) NOT NULL,
    CONSTRAINT team_member_pk PRIMARY KEY (id),
    CONSTRAINT team_member_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT team_member_version_ck CHECK (version >= 1),
    CONSTRAINT team_member_role_ck CHECK (role IN ('JUDICIAL_OFFICE_STAFF', 'COMMITTEE_MEMBER', 'EMPLOYER_OR_SCHOOL',
        'FAMILY_OR_GUARDIAN', 'GUARANTOR', 'SOCIAL_WORKER', 'VOLUNTEER')),
    CONSTRAINT team_member_name_ck CHECK (length(btrim(name)) > 0),
    CONSTRAINT team_member_left_ck CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX team_member_subject_idx ON team_member (subject_id, joined_on, id);
CREATE INDEX team_member_org_unit_idx ON team_member (org_unit varchar_pattern_ops, joined_on);

-- 社区矫正法 第二十四条: a plan per subject according to the judgment and the subject's sex, age, psychology, health,
-- the crime's causes, kind and circumstances and the remorse shown, adjusted with the subject's conduct. Each adjustment
-- is a new version (1, 2, … without gaps per subject) that supersedes the one before (current = false, an audited
-- change); only the current plan may be corrected, and from version 2 on the reason for the adjustment is required.
CREATE TABLE correction_plan (
    id                     uuid          NOT NULL,
    org_unit               varchar(12)   NOT NULL,
    version                bigint        NOT NULL,
    subject_id             uuid          NOT NULL,
    plan_version           integer       NOT NULL,
    drawn_up_on            date          NOT NULL,
    risk_level             varchar(10)   NOT NULL,
    risk_assessment        varchar(2000) NOT NULL,
    supervision_measures   varchar(2000) NOT NULL,
    education_measures     varchar(2000) NOT NULL,
    psychological_measures varchar(2000),
    assistance_measures    varchar(2000),
    adjustment_reason      varchar(2000),
    adopted_by             varchar(100)  NOT NULL,
    current                boolean       NOT NULL,
    created_at             timestamptz   NOT NULL,
    created_by             varchar(200)  NOT NULL,
    updated_at             timestamptz   NOT NULL,
    updated_by             varchar(200)  NOT NULL,
    CONSTRAINT correction_plan_pk PRIMARY KEY (id),
    CONSTRAINT correction_plan_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT correction_plan_version_ck CHECK (version >= 1),
    -- the plan's own number, gapless per subject (the subject's row lock serialises the writers; this is the backstop)
    CONSTRAINT correction_plan_number_uk UNIQUE (subject_id, plan_version),
    CONSTRAINT correction_plan_number_ck CHECK (plan_version >= 1),
    CONSTRAINT correction_plan_risk_level_ck CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT correction_plan_texts_ck CHECK (length(btrim(risk_assessment)) > 0 AND length(btrim(supervision_measures)) > 0
        AND length(btrim(education_measures)) > 0 AND length(btrim(adopted_by)) > 0),
    -- an adjustment says why; the first plan is not an adjustment
    CONSTRAINT correction_plan_adjustment_ck CHECK ((plan_version = 1) = (adjustment_reason IS NULL)
        AND (adjustment_reason IS NULL OR length(btrim(adjustment_reason)) > 0))
);
-- one current plan per subject
CREATE UNIQUE INDEX correction_plan_current_uq ON correction_plan (subject_id) WHERE current;
CREATE INDEX correction_plan_org_unit_idx ON correction_plan (org_unit varchar_pattern_ops, drawn_up_on);
CREATE INDEX correction_plan_drawn_up_on_idx ON correction_plan (drawn_up_on);
