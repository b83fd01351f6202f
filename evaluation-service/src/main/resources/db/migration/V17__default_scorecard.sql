-- The default scorecard (评分体系) of a district judicial bureau's 部门整体支出绩效评价 (issue 23), defined for the district
-- (430503000000) and in force there and in every township below it (until one of their own is activated).
--
-- First-level dimensions 决策 / 过程 / 产出 / 效益, as in the indicator framework of 财政部《项目支出绩效评价管理办法》
-- (财预〔2020〕10号, 附件 指标体系框架) and of Hunan's 部门整体支出 evaluations; weights 15 / 20 / 35 / 30 (unconfirmed: chosen
-- so that 产出 and 效益 together weigh 65, above the 60 % the rules are said to ask of them, article unconfirmed). Total 100,
-- graded 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60 (财预〔2020〕10号, article number unconfirmed).
-- 产出 and 效益 leaves score the existing default indicators; 决策 and 过程 leaves are MANUAL (a score with a written reason,
-- under scorecard-scores) or a DEDUCTION of 1 point per failed validation rule. Public legal services, publicity,
-- reconsideration, enforcement supervision, team building and spending are MANUAL until later parts of issue 23 add
-- their figures.
INSERT INTO scorecard (id, org_unit, version, code, name_zh, description, status, items, total_points,
                       created_at, created_by, updated_at, updated_by)
VALUES (gen_random_uuid(), '430503000000', 1, 'DISTRICT_BUREAU', '区司法局部门整体支出绩效评价指标体系',
        '决策、过程、产出、效益四个一级指标，满分100分；评价等级：优（90分及以上）、良（80-90分）、中（60-80分）、差（60分以下）。依据财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）及湖南省部门整体支出绩效评价指标体系（权重为本平台设定，待核实）。',
        'ACTIVE', '[
  {"key": "DECISION", "name": "决策", "points": "15", "children": [
    {"key": "DECISION_GOALS", "name": "绩效目标", "points": "5", "method": "MANUAL", "criteria": "绩效目标是否依据部门职能和年度工作计划设定，是否明确、细化、量化"},
    {"key": "DECISION_BUDGET", "name": "预算编制", "points": "5", "method": "MANUAL", "criteria": "预算编制是否科学，预算数额与工作任务是否匹配"},
    {"key": "DECISION_ALLOCATION", "name": "资金分配", "points": "5", "method": "MANUAL", "criteria": "资金分配依据是否充分，分配额度是否合理（含法律援助办案补贴、以奖代补等项目资金）"}]},
  {"key": "PROCESS", "name": "过程", "points": "20", "children": [
    {"key": "PROCESS_SPENDING", "name": "预算执行与资金管理", "points": "8", "method": "MANUAL", "criteria": "预算执行率、资金使用是否合规、财务管理制度是否健全（支出数据录入后改为按预算执行率评分）"},
    {"key": "PROCESS_DATA_QUALITY", "name": "数据质量", "points": "6", "method": "DEDUCTION", "rules": ["CORRECTIONS_ACTIVE_BY_TYPE", "MEDIATION_SUCCEEDED_NOT_ABOVE_MEDIATED", "LEGALAID_ACCEPTED_BY_CATEGORY", "KEY_TARGETS_WITH_TEAM_NOT_ABOVE_KEY_TARGETS", "RESETTLEMENT_RECEIVED_BY_SOURCE", "CORRECTION_HANDED_OVER_NOT_ABOVE_RELEASED"], "deduction": "1", "criteria": "业务数据逻辑一致：每条未通过或无法校验的校验规则扣1分"},
    {"key": "PROCESS_TEAM", "name": "队伍建设", "points": "6", "method": "MANUAL", "criteria": "队伍教育整顿、政治轮训与业务培训、制度建设与执行情况"}]},
  {"key": "OUTPUT", "name": "产出", "points": "35", "children": [
    {"key": "OUTPUT_CORRECTIONS", "name": "社区矫正", "points": "8", "children": [
      {"key": "OUTPUT_CORRECTIONS_REPORT_IN", "name": "按期报到率", "points": "4", "method": "PROPORTIONAL", "indicator": "CORRECTIONS_REPORT_IN_RATE", "target": "100"},
      {"key": "OUTPUT_CORRECTIONS_INVESTIGATION", "name": "调查评估按期完成率", "points": "4", "method": "PROPORTIONAL", "indicator": "CORRECTIONS_INVESTIGATION_TIMELINESS_RATE", "target": "100"}]},
    {"key": "OUTPUT_RESETTLEMENT", "name": "安置帮教", "points": "6", "children": [
      {"key": "OUTPUT_RESETTLEMENT_HANDOVER", "name": "刑满释放人员衔接率", "points": "3", "method": "PROPORTIONAL", "indicator": "RESETTLEMENT_HANDOVER_RATE", "target": "100"},
      {"key": "OUTPUT_RESETTLEMENT_KEY_TARGETS", "name": "重点帮教对象“五包一”落实率", "points": "3", "method": "FULL_AT_TARGET", "indicator": "RESETTLEMENT_KEY_TARGET_TEAM_RATE", "target": "100"}]},
    {"key": "OUTPUT_MEDIATION", "name": "人民调解", "points": "7", "children": [
      {"key": "OUTPUT_MEDIATION_SUCCESS", "name": "人民调解成功率", "points": "4", "method": "PROPORTIONAL", "indicator": "MEDIATION_SUCCESS_RATE", "target": "95"},
      {"key": "OUTPUT_MEDIATION_TIMELINESS", "name": "纠纷按期调结率", "points": "3", "method": "BANDED", "indicator": "MEDIATION_CONCLUSION_TIMELINESS_RATE", "bands": [{"bound": "95", "share": "1"}, {"bound": "90", "share": "0.8"}, {"bound": "80", "share": "0.6"}]}]},
    {"key": "OUTPUT_LEGALAID", "name": "法律援助", "points": "7", "children": [
      {"key": "OUTPUT_LEGALAID_TASK", "name": "法律援助案件任务完成率", "points": "4", "method": "PROPORTIONAL", "indicator": "LEGALAID_TASK_COMPLETION_RATE", "target": "100"},
      {"key": "OUTPUT_LEGALAID_REVIEW", "name": "审查及时率", "points": "3", "method": "PROPORTIONAL", "indicator": "LEGALAID_REVIEW_TIMELINESS_RATE", "target": "100"}]},
    {"key": "OUTPUT_PUBLIC_LEGAL_SERVICES", "name": "公共法律服务", "points": "3", "method": "MANUAL", "criteria": "公共法律服务实体、热线、网络平台建设与服务情况"},
    {"key": "OUTPUT_PUBLICITY", "name": "普法宣传", "points": "2", "method": "MANUAL", "criteria": "法治宣传活动、法治学校与示范学校创建、法治课"},
    {"key": "OUTPUT_RECONSIDERATION", "name": "行政复议", "points": "1", "method": "MANUAL", "criteria": "行政复议案件收案与办结情况"},
    {"key": "OUTPUT_ENFORCEMENT_SUPERVISION", "name": "行政执法监督", "points": "1", "method": "MANUAL", "criteria": "执法人员持证、规范性文件审查与备案、执法监督情况"}]},
  {"key": "OUTCOME", "name": "效益", "points": "30", "children": [
    {"key": "OUTCOME_SOCIAL", "name": "社会效益", "points": "18", "children": [
      {"key": "OUTCOME_LEGALAID_QUALITY", "name": "法律援助案件质量合格率", "points": "5", "method": "BANDED", "indicator": "LEGALAID_QUALITY_PASS_RATE", "bands": [{"bound": "95", "share": "1"}, {"bound": "90", "share": "0.8"}, {"bound": "80", "share": "0.6"}]},
      {"key": "OUTCOME_CORRECTION_HANDOVER", "name": "解除矫正人员衔接率", "points": "5", "method": "PROPORTIONAL", "indicator": "CORRECTION_RELEASE_HANDOVER_RATE", "target": "100"},
      {"key": "OUTCOME_NOTICE_ASSIGNMENT", "name": "通知辩护按期指派率", "points": "4", "method": "PROPORTIONAL", "indicator": "LEGALAID_NOTICE_ASSIGNMENT_RATE", "target": "100"},
      {"key": "OUTCOME_REFERRAL_FEEDBACK", "name": "委托移送纠纷反馈率", "points": "4", "method": "PROPORTIONAL", "indicator": "MEDIATION_REFERRAL_FEEDBACK_RATE", "target": "100"}]},
    {"key": "OUTCOME_SATISFACTION", "name": "服务对象满意度", "points": "6", "method": "MANUAL", "criteria": "群众和服务对象满意度调查结果"},
    {"key": "OUTCOME_SUSTAINABILITY", "name": "可持续影响", "points": "6", "method": "MANUAL", "criteria": "长效机制建立与运行情况"}]}]'::jsonb, 100, now(), 'system', now(), 'system')
ON CONFLICT (code) DO NOTHING;

-- Version 1 in the history, as every definition keeps every version.
INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'SCORECARD', s.id, s.version, s.code,
       jsonb_build_object('orgUnit', s.org_unit, 'code', s.code, 'nameZh', s.name_zh, 'description', s.description,
                          'status', s.status, 'items', s.items, 'totalPoints', trim_scale(s.total_points)::text),
       s.updated_at, s.updated_by
FROM scorecard s
WHERE s.code = 'DISTRICT_BUREAU'
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'SCORECARD' AND v.definition_id = s.id AND v.version = s.version);
