-- Quality reviews (质量评查: 自查, 互查, 总查) and follow-up calls (回访) of legal aid cases.
CREATE TABLE case_review (
    id             uuid          NOT NULL,
    org_unit       varchar(12)   NOT NULL,
    version        bigint        NOT NULL,
    case_id        uuid          NOT NULL,
    kind           varchar(10)   NOT NULL,
    reviewed_on    date          NOT NULL,
    score          integer       NOT NULL,
    result         varchar(10)   NOT NULL,
    required_fixes varchar(2000),
    created_at     timestamptz   NOT NULL,
    created_by     varchar(200)  NOT NULL,
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(200)  NOT NULL,
    CONSTRAINT case_review_pk PRIMARY KEY (id),
    CONSTRAINT case_review_case_fk FOREIGN KEY (case_id) REFERENCES legal_aid_case (id),
    CONSTRAINT case_review_version_ck CHECK (version >= 1),
    CONSTRAINT case_review_kind_ck CHECK (kind IN ('SELF', 'PEER', 'CENTER')),
    CONSTRAINT case_review_result_ck CHECK (result IN ('PASSED', 'FAILED')),
    CONSTRAINT case_review_score_ck CHECK (score BETWEEN 0 AND 100),
    CONSTRAINT case_review_fixes_ck CHECK (result <> 'FAILED' OR required_fixes IS NOT NULL)
);

CREATE INDEX case_review_org_unit_idx ON case_review (org_unit varchar_pattern_ops);
CREATE INDEX case_review_case_idx ON case_review (case_id, reviewed_on);

CREATE TABLE follow_up (
    id           uuid          NOT NULL,
    org_unit     varchar(12)   NOT NULL,
    version      bigint        NOT NULL,
    case_id      uuid          NOT NULL,
    follow_up_on date          NOT NULL,
    satisfied    boolean       NOT NULL,
    notes        varchar(2000),
    created_at   timestamptz   NOT NULL,
    created_by   varchar(200)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(200)  NOT NULL,
    CONSTRAINT follow_up_pk PRIMARY KEY (id),
    CONSTRAINT follow_up_case_fk FOREIGN KEY (case_id) REFERENCES legal_aid_case (id),
    CONSTRAINT follow_up_version_ck CHECK (version >= 1)
);

CREATE INDEX follow_up_org_unit_idx ON follow_up (org_unit varchar_pattern_ops);
CREATE INDEX follow_up_case_idx ON follow_up (case_id);
