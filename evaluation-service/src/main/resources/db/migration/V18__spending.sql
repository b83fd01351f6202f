-- Spending (部门整体支出: 预算与支出, issue 23): the budget and expenditure of one year, org unit and fund, entered by
-- the evaluator or imported from the published XLSX layout. A fund is BASIC (基本支出) or PROJECT (项目支出, one row per
-- project, with the platform's short project code and the Chinese project name). Amounts in yuan to the fen.
CREATE TABLE spending (
    id              uuid          NOT NULL,
    org_unit        varchar(12)   NOT NULL,
    version         bigint        NOT NULL,
    year            integer       NOT NULL,
    fund            varchar(10)   NOT NULL,
    project_code    varchar(40),
    project_name    varchar(100),
    budgeted        numeric(14,2) NOT NULL,
    adjusted        numeric(14,2) NOT NULL,
    spent           numeric(14,2) NOT NULL,
    output_target   numeric(14,2),
    output_achieved numeric(14,2),
    output_unit     varchar(10),
    note            varchar(500),
    created_at      timestamptz   NOT NULL,
    created_by      varchar(200)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(200)  NOT NULL,
    CONSTRAINT spending_pk PRIMARY KEY (id),
    CONSTRAINT spending_version_ck CHECK (version >= 1),
    CONSTRAINT spending_year_ck CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT spending_fund_ck CHECK (fund IN ('BASIC', 'PROJECT')),
    -- a project row names its project; a basic-expenditure row names none and has no output target
    CONSTRAINT spending_project_ck CHECK (
        (fund = 'BASIC' AND project_code IS NULL AND project_name IS NULL AND output_target IS NULL AND output_achieved IS NULL)
        OR (fund = 'PROJECT' AND project_code IS NOT NULL AND length(btrim(project_name)) > 0)),
    -- the code becomes part of a metric name: spending.project.<code>.spent
    CONSTRAINT spending_project_code_ck CHECK (project_code ~ '^[a-z][a-zA-Z0-9]*$'),
    CONSTRAINT spending_amounts_ck CHECK (budgeted >= 0 AND adjusted >= 0 AND spent >= 0),
    CONSTRAINT spending_output_ck CHECK ((output_target IS NULL OR output_target > 0) AND (output_achieved IS NULL OR output_achieved >= 0)
        AND (output_achieved IS NULL OR output_target IS NOT NULL)),
    -- One row per year, org unit, fund and project (basic expenditure: one per year and org unit).
    CONSTRAINT spending_year_org_unit_fund_project_uk UNIQUE NULLS NOT DISTINCT (year, org_unit, fund, project_code)
);

CREATE INDEX spending_org_unit_idx ON spending (org_unit varchar_pattern_ops);
CREATE INDEX spending_year_idx ON spending (year, org_unit);

-- No API path deletes spending: a wrong row is corrected (by hand or by importing the sheet again).
REVOKE DELETE, TRUNCATE ON spending FROM ${app_role};

-- Default indicators over the spending figures (a run of a calendar year takes the rows of that year, see README).
-- 预算执行率 = 实际支出 ÷ 预算数 × 100%, the budget being the adjusted one (调整后预算): 财政部《项目支出绩效评价管理办法》
-- (财预〔2020〕10号) lists 预算执行率 among the 过程 indicators of its framework (附件, article number unconfirmed), and the
-- ministry's 《中央部门预算执行考核办法》 rates execution against the adjusted budget (article number unconfirmed).
INSERT INTO indicator (id, org_unit, version, code, name_zh, name_en, numerator, denominator, factor, decimals,
                       unit, direction, description, created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, d.code, d.name_zh, d.name_en, d.numerator, d.denominator, d.factor,
       d.decimals, d.unit, d.direction, d.description, now(), 'system', now(), 'system'
FROM (VALUES
    ('SPENDING_BUDGET_INITIAL', '年初预算', 'Initial budget (10,000 yuan)',
     'spending.budget.initial', '1', 0.0001, 2, '万元', 'NEUTRAL', '年初预算数合计（基本支出与项目支出），单位万元'),
    ('SPENDING_BUDGET_ADJUSTED', '调整后预算', 'Adjusted budget (10,000 yuan)',
     'spending.budget.adjusted', '1', 0.0001, 2, '万元', 'NEUTRAL', '调整后预算数合计（未调整的按年初预算），单位万元'),
    ('SPENDING_SPENT', '实际支出', 'Expenditure (10,000 yuan)',
     'spending.spent', '1', 0.0001, 2, '万元', 'NEUTRAL', '全年实际支出合计，单位万元'),
    ('SPENDING_EXECUTION_RATE', '预算执行率', 'Budget execution rate',
     'spending.spent', 'spending.budget.adjusted', 100, 1, '%', 'HIGHER_IS_BETTER',
     '实际支出 ÷ 调整后预算 × 100%（财预〔2020〕10号 过程指标）'),
    ('SPENDING_PROJECT_COMPLETION_RATE', '项目完成率', 'Projects achieving their output target',
     'spending.projects.achieved', 'spending.projects.withTarget', 100, 1, '%', 'HIGHER_IS_BETTER',
     '实际产出达到产出目标的项目数 ÷ 设定产出目标的项目数 × 100%'),
    ('SPENDING_LEGALAID_SUBSIDY_PER_CASE', '法律援助案均补贴', 'Legal-aid subsidy project spending per case paid',
     'spending.project.legalAidSubsidy.spent', 'legalaid.subsidies.paid.cases', 1, 2, '元', 'NEUTRAL',
     '法律援助办案补贴项目（项目代码 legalAidSubsidy）实际支出 ÷ 期间内发放办案补贴的案件数'),
    ('SPENDING_MEDIATION_REWARD_PER_DOSSIER', '以奖代补卷均金额', 'Mediation reward project spending per dossier',
     'spending.project.mediationReward.spent', 'mediation.rewards.paid.dossiers', 1, 2, '元', 'NEUTRAL',
     '人民调解“以奖代补”项目（项目代码 mediationReward）实际支出 ÷ 期间内发放以奖代补的调解卷宗数')
) AS d(code, name_zh, name_en, numerator, denominator, factor, decimals, unit, direction, description)
ON CONFLICT (code) DO NOTHING;

INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'INDICATOR', i.id, i.version, i.code,
       jsonb_build_object('orgUnit', i.org_unit, 'code', i.code, 'nameZh', i.name_zh, 'nameEn', i.name_en,
                          'numerator', i.numerator, 'denominator', i.denominator, 'factor', trim_scale(i.factor)::text,
                          'decimals', i.decimals, 'unit', i.unit, 'direction', i.direction, 'grades', i.grades,
                          'weight', trim_scale(i.weight)::text, 'active', i.active, 'description', i.description),
       i.updated_at, i.updated_by
FROM indicator i
WHERE i.code IN ('SPENDING_BUDGET_INITIAL', 'SPENDING_BUDGET_ADJUSTED', 'SPENDING_SPENT', 'SPENDING_EXECUTION_RATE',
                 'SPENDING_PROJECT_COMPLETION_RATE', 'SPENDING_LEGALAID_SUBSIDY_PER_CASE', 'SPENDING_MEDIATION_REWARD_PER_DOSSIER')
  AND i.updated_by = 'system'
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'INDICATOR' AND v.definition_id = i.id AND v.version = i.version);

-- The default scorecard's spending leaf (过程 › PROCESS_SPENDING, 8 points) is now computed: proportional to a 预算执行率
-- of 100 % (执行率 × 分值, capped at the points). Written as the next version of DISTRICT_BUREAU (V17 stays as it was),
-- only where the leaf is still the manual one V17 wrote.
UPDATE scorecard s
SET items = jsonb_set(s.items, '{1,children,0}',
        '{"key": "PROCESS_SPENDING", "name": "预算执行率", "points": "8", "method": "PROPORTIONAL", "indicator": "SPENDING_EXECUTION_RATE", "target": "100", "criteria": "预算执行率 = 实际支出 ÷ 调整后预算 × 100%，得分 = 预算执行率 × 分值（财预〔2020〕10号）"}'::jsonb),
    version = s.version + 1, updated_at = now(), updated_by = 'system'
WHERE s.code = 'DISTRICT_BUREAU'
  AND s.items #>> '{1,children,0,key}' = 'PROCESS_SPENDING'
  AND s.items #>> '{1,children,0,method}' = 'MANUAL';

INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'SCORECARD', s.id, s.version, s.code,
       jsonb_build_object('orgUnit', s.org_unit, 'code', s.code, 'nameZh', s.name_zh, 'description', s.description,
                          'status', s.status, 'items', s.items, 'totalPoints', trim_scale(s.total_points)::text),
       s.updated_at, s.updated_by
FROM scorecard s
WHERE s.code = 'DISTRICT_BUREAU'
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'SCORECARD' AND v.definition_id = s.id AND v.version = s.version);
