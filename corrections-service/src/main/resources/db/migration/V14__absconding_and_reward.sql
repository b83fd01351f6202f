-- Absconding (脱管) cases and their search (查找), and rewards (表扬) of subjects (issue 19). Both are records of a
-- subject's file in the subject's org unit, written through the kit's RecordService (audit_log, change feed).

-- 社区矫正法 第三十条 (article number unconfirmed) and 社区矫正法实施办法 on 失去联系 (article number unconfirmed): when a
-- subject cannot be reached the office searches at once, notifies the police when the search fails and informs the
-- procuratorate. A case is OPEN while the search runs and ends FOUND or ESCALATED (police pursuit, or a proposal to
-- revoke / commit to prison); its search steps are a dated list on the case (jsonb), added only while it is OPEN.
CREATE TABLE absconding_case (
    id             uuid          NOT NULL,
    org_unit       varchar(12)   NOT NULL,
    version        bigint        NOT NULL,
    subject_id     uuid          NOT NULL,
    discovered_on  date          NOT NULL,
    discovered_how varchar(30)   NOT NULL,
    circumstances  varchar(2000) NOT NULL,
    steps          jsonb         NOT NULL DEFAULT '[]'::jsonb,
    status         varchar(10)   NOT NULL,
    ended_on       date,
    end_note       varchar(2000),
    escalation     varchar(30),
    escalated_to   varchar(100),
    created_at     timestamptz   NOT NULL,
    created_by     varchar(200)  NOT NULL,
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(200)  NOT NULL,
    CONSTRAINT absconding_case_pk PRIMARY KEY (id),
    CONSTRAINT absconding_case_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT absconding_case_version_ck CHECK (version >= 1),
    CONSTRAINT absconding_case_discovered_how_ck CHECK (discovered_how IN ('MISSED_REPORT', 'UNREACHABLE', 'INFORMATION_CHECK',
        'VISIT', 'REPORTED_BY_OTHERS', 'OTHER')),
    CONSTRAINT absconding_case_circumstances_ck CHECK (length(btrim(circumstances)) > 0),
    CONSTRAINT absconding_case_steps_ck CHECK (jsonb_typeof(steps) = 'array'),
    CONSTRAINT absconding_case_status_ck CHECK (status IN ('OPEN', 'FOUND', 'ESCALATED')),
    CONSTRAINT absconding_case_escalation_ck CHECK (escalation IN ('POLICE_PURSUIT', 'REVOCATION_PROPOSAL')),
    -- OPEN → FOUND | ESCALATED: an end date exactly when closed, not before the discovery; FOUND says how, ESCALATED
    -- says how and to whom, and nothing else carries an escalation
    CONSTRAINT absconding_case_ended_ck CHECK ((status = 'OPEN') = (ended_on IS NULL)
        AND (ended_on IS NULL OR ended_on >= discovered_on)
        AND (status <> 'FOUND' OR end_note IS NOT NULL)
        AND ((status = 'ESCALATED') = (escalation IS NOT NULL))
        AND ((escalation IS NULL) = (escalated_to IS NULL)))
);
-- One search at a time per subject.
CREATE UNIQUE INDEX absconding_case_one_open_uq ON absconding_case (subject_id) WHERE status = 'OPEN';
CREATE INDEX absconding_case_subject_idx ON absconding_case (subject_id, discovered_on, id);
CREATE INDEX absconding_case_org_unit_idx ON absconding_case (org_unit varchar_pattern_ops, discovered_on);

-- 社区矫正法 第二十八条: 表扬 of a subject who shows remorse, obeys the law and the supervision and takes part in education;
-- decided by the county's corrections authority (社区矫正法实施办法 on 考核奖惩, article number unconfirmed).
CREATE TABLE reward (
    id          uuid          NOT NULL,
    org_unit    varchar(12)   NOT NULL,
    version     bigint        NOT NULL,
    subject_id  uuid          NOT NULL,
    decided_on  date          NOT NULL,
    decided_by  varchar(100)  NOT NULL,
    reason      varchar(2000) NOT NULL,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    CONSTRAINT reward_pk PRIMARY KEY (id),
    CONSTRAINT reward_subject_fk FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT reward_version_ck CHECK (version >= 1),
    CONSTRAINT reward_decided_by_ck CHECK (length(btrim(decided_by)) > 0),
    CONSTRAINT reward_reason_ck CHECK (length(btrim(reason)) > 0)
);
CREATE INDEX reward_subject_idx ON reward (subject_id, decided_on, id);
CREATE INDEX reward_org_unit_idx ON reward (org_unit varchar_pattern_ops, decided_on);
