-- The default indicators and validation rules: enough to reproduce the 2021 report of the seed.
-- Defined for the district (430503000000), so they apply to it and to every township below it.
-- Counts the report quotes are indicators with denominator 1, factor 1 and direction NEUTRAL.
INSERT INTO indicator (id, org_unit, version, code, name_zh, name_en, numerator, denominator, factor, decimals,
                       unit, direction, description, created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, d.code, d.name_zh, d.name_en, d.numerator, d.denominator, d.factor,
       d.decimals, d.unit, d.direction, d.description, now(), 'system', now(), 'system'
FROM (VALUES
    -- rates
    ('LEGALAID_TASK_COMPLETION_RATE', '法律援助案件任务完成率', 'Legal-aid case target completion rate',
     'legalaid.cases.accepted', 'target:legalaid.cases.accepted', 100, 1, '%', 'HIGHER_IS_BETTER',
     '受理法律援助案件数 ÷ 省厅下达任务数 × 100%（2021年：593 ÷ 380 = 156.1%）'),
    ('MEDIATION_SUCCESS_RATE', '人民调解成功率', 'Mediation success rate',
     'mediation.disputes.succeeded', 'mediation.disputes.mediated', 100, 1, '%', 'HIGHER_IS_BETTER',
     '调处成功件数 ÷ 调处矛盾纠纷件数 × 100%（2021年：228 ÷ 236 = 96.6%）'),
    ('RESETTLEMENT_KEY_TARGET_TEAM_RATE', '重点帮教对象“五包一”落实率', 'Key resettlement targets with a five-person team',
     'corrections.resettlement.keyTargetsWithTeam', 'corrections.resettlement.keyTargets', 100, 1, '%', 'HIGHER_IS_BETTER',
     '落实“五包一”帮教小组的重点帮教对象数 ÷ 重点帮教对象数 × 100%（2021年：47 ÷ 47）'),
    ('RESETTLEMENT_HANDOVER_RATE', '刑满释放人员衔接率', 'Resettlement handover rate',
     'corrections.resettlement.linked', 'corrections.resettlement.received', 100, 1, '%', 'HIGHER_IS_BETTER',
     '已衔接（落实帮教）人数 ÷ 接收安置帮教人数 × 100%'),
    ('LEGALAID_QUALITY_PASS_RATE', '法律援助案件质量合格率', 'Legal-aid case quality pass rate',
     'legalaid.cases.qualified', 'legalaid.cases.closed', 100, 1, '%', 'HIGHER_IS_BETTER',
     '结案且最后一次评查合格的案件数 ÷ 结案数 × 100%'),
    ('RECONSIDERATION_CLOSURE_RATE', '行政复议案件办结率', 'Administrative reconsideration closure rate',
     'reconsideration.concluded', 'reconsideration.received', 100, 1, '%', 'HIGHER_IS_BETTER',
     '审查办结件数 ÷ 收到行政复议件数 × 100%（2021年：8 ÷ 15 = 53.3%）；人工填报'),
    ('NORMATIVE_DOCUMENT_FILING_RATE', '规范性文件报备率', 'Normative document filing rate',
     'normativeDocuments.filed', 'normativeDocuments.reviewed', 100, 1, '%', 'HIGHER_IS_BETTER',
     '依法报备件数 ÷ 审查规范性文件件数 × 100%（2021年：7 ÷ 7 = 100%）；人工填报'),
    -- counts the report quotes
    ('CORRECTIONS_ACTIVE', '在册社区矫正对象', 'Community corrections subjects in correction',
     'corrections.subjects.active', '1', 1, 0, '人', 'NEUTRAL', '期末在册管理人数'),
    ('CORRECTIONS_RECEIVED', '接收社区矫正对象', 'Community corrections subjects received',
     'corrections.subjects.received', '1', 1, 0, '人', 'NEUTRAL', '期间接收人数（起始日期为空时为累计）'),
    ('CORRECTIONS_RELEASED', '解除社区矫正', 'Community corrections subjects released',
     'corrections.subjects.released', '1', 1, 0, '人', 'NEUTRAL', '期间解除矫正人数'),
    ('CORRECTIONS_INVESTIGATIONS', '社区矫正调查评估', 'Pre-sentence investigations completed',
     'corrections.investigations.completed', '1', 1, 0, '例', 'NEUTRAL', '完成调查评估例数'),
    ('CORRECTIONS_EDUCATION_PERSON_TIMES', '教育矫正人次', 'Correction education person-times',
     'corrections.education.personTimes', '1', 1, 0, '人次', 'NEUTRAL', '实施教育矫正人次'),
    ('RESETTLEMENT_RECEIVED', '接收安置帮教人员', 'Resettlement persons received',
     'corrections.resettlement.received', '1', 1, 0, '人', 'NEUTRAL', '刑满释放人员与解除矫正人员'),
    ('RESETTLEMENT_KEY_TARGETS', '重点帮教对象', 'Key resettlement targets',
     'corrections.resettlement.keyTargets', '1', 1, 0, '人', 'NEUTRAL', '期末重点帮教对象人数'),
    ('MEDIATION_DISPUTES_MEDIATED', '调处矛盾纠纷', 'Disputes mediated',
     'mediation.disputes.mediated', '1', 1, 0, '件', 'NEUTRAL', '期间调处完结（成功或失败）件数'),
    ('MEDIATION_DISPUTES_SUCCEEDED', '调处成功', 'Disputes mediated successfully',
     'mediation.disputes.succeeded', '1', 1, 0, '件', 'NEUTRAL', '期间调处成功件数'),
    ('MEDIATION_ESCALATION_PREVENTED', '预防矛盾纠纷升级', 'Escalations prevented',
     'mediation.disputes.escalationPrevented', '1', 1, 0, '起', 'NEUTRAL', '预防矛盾纠纷升级起数'),
    ('MEDIATION_DOSSIERS_ARCHIVED', '调解卷宗', 'Mediation dossiers archived',
     'mediation.dossiers.archived', '1', 1, 0, '份', 'NEUTRAL', '归档调解卷宗份数（以奖代补依据）'),
    ('LEGALAID_CASES_ACCEPTED', '受理法律援助案件', 'Legal-aid cases accepted',
     'legalaid.cases.accepted', '1', 1, 0, '件', 'NEUTRAL', '民事、刑事、行政与认罪认罚见证'),
    ('LEGALAID_CONSULTATIONS', '法律咨询', 'Legal consultations',
     'legalaid.consultations', '1', 1, 0, '人次', 'NEUTRAL', '来访、12348热线与网络咨询'),
    ('LEGALAID_SERVICE_POINTS', '公共法律服务实体平台', 'Public legal service points',
     'legalaid.servicePoints.centers + legalaid.servicePoints.workstations + legalaid.servicePoints.workPoints', '1',
     1, 0, '个', 'NEUTRAL', '中心、工作站与工作点（2021年：1 + 14 + 98）'),
    ('TRAINING_SESSIONS', '业务培训班次', 'Training sessions',
     'training.sessions', '1', 1, 0, '班次', 'NEUTRAL', '人工填报'),
    ('TRAINING_ATTENDANCES', '参加培训人次', 'Training attendances',
     'training.attendances', '1', 1, 0, '人次', 'NEUTRAL', '人工填报'),
    ('PUBLICITY_EVENTS', '大型法治宣传活动', 'Legal publicity events',
     'publicity.events', '1', 1, 0, '次', 'NEUTRAL', '人工填报'),
    ('RECONSIDERATION_RECEIVED', '收到行政复议', 'Reconsideration applications received',
     'reconsideration.received', '1', 1, 0, '件', 'NEUTRAL', '人工填报'),
    ('RECONSIDERATION_CONCLUDED', '行政复议审查办结', 'Reconsideration cases concluded',
     'reconsideration.concluded', '1', 1, 0, '件', 'NEUTRAL', '人工填报'),
    ('NORMATIVE_DOCUMENTS_REVIEWED', '审查规范性文件', 'Normative documents reviewed',
     'normativeDocuments.reviewed', '1', 1, 0, '件', 'NEUTRAL', '人工填报'),
    ('ENFORCEMENT_CERTIFIED_OFFICERS', '持证执法人员', 'Certified law-enforcement officers',
     'enforcement.certifiedOfficers', '1', 1, 0, '人', 'NEUTRAL', '人工填报')
) AS d(code, name_zh, name_en, numerator, denominator, factor, decimals, unit, direction, description);

INSERT INTO validation_rule (id, org_unit, version, code, left_side, operator, right_side, severity, message,
                             created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, r.code, r.left_side, r.operator, r.right_side, r.severity, r.message,
       now(), 'system', now(), 'system'
FROM (VALUES
    ('CORRECTIONS_ACTIVE_BY_TYPE', 'corrections.subjects.active', 'EQUAL_TO',
     'corrections.subjects.active.control + corrections.subjects.active.probation + corrections.subjects.active.parole + corrections.subjects.active.outsidePrison',
     'ERROR', '在册社区矫正对象人数应等于管制、缓刑、假释、暂予监外执行四类人数之和'),
    ('MEDIATION_SUCCEEDED_NOT_ABOVE_MEDIATED', 'mediation.disputes.succeeded', 'LESS_THAN_OR_EQUAL_TO',
     'mediation.disputes.mediated', 'ERROR', '调处成功件数不能超过调处矛盾纠纷件数'),
    ('LEGALAID_ACCEPTED_BY_CATEGORY', 'legalaid.cases.accepted', 'EQUAL_TO',
     'legalaid.cases.accepted.civil + legalaid.cases.accepted.criminal + legalaid.cases.accepted.administrative + legalaid.cases.accepted.pleaWitness',
     'ERROR', '受理法律援助案件数应等于民事、刑事、行政、认罪认罚见证各类之和'),
    ('RECONSIDERATION_CONCLUDED_NOT_ABOVE_RECEIVED', 'reconsideration.concluded', 'LESS_THAN_OR_EQUAL_TO',
     'reconsideration.received', 'ERROR', '行政复议审查办结件数不能超过收到件数'),
    ('RESETTLEMENT_RECEIVED_BY_SOURCE', 'corrections.resettlement.received', 'EQUAL_TO',
     'corrections.resettlement.received.prisonRelease + corrections.resettlement.received.correctionRelease',
     'WARNING', '接收安置帮教人数应等于刑满释放人员与解除矫正人员之和'),
    ('KEY_TARGETS_WITH_TEAM_NOT_ABOVE_KEY_TARGETS', 'corrections.resettlement.keyTargetsWithTeam', 'LESS_THAN_OR_EQUAL_TO',
     'corrections.resettlement.keyTargets', 'ERROR', '落实“五包一”的重点帮教对象不能多于重点帮教对象'),
    ('NORMATIVE_DOCUMENTS_FILED_NOT_ABOVE_REVIEWED', 'normativeDocuments.filed', 'LESS_THAN_OR_EQUAL_TO',
     'normativeDocuments.reviewed', 'WARNING', '报备规范性文件件数不应超过审查件数')
) AS r(code, left_side, operator, right_side, severity, message);

-- Version 1 of every default, as the history keeps every version.
INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'INDICATOR', i.id, i.version, i.code,
       jsonb_build_object('orgUnit', i.org_unit, 'code', i.code, 'nameZh', i.name_zh, 'nameEn', i.name_en,
                          'numerator', i.numerator, 'denominator', i.denominator, 'factor', trim_scale(i.factor)::text,
                          'decimals', i.decimals, 'unit', i.unit, 'direction', i.direction, 'grades', i.grades,
                          'weight', trim_scale(i.weight)::text, 'active', i.active, 'description', i.description),
       i.created_at, i.created_by
FROM indicator i;

INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'RULE', r.id, r.version, r.code,
       jsonb_build_object('orgUnit', r.org_unit, 'code', r.code, 'left', r.left_side, 'operator', r.operator,
                          'right', r.right_side, 'severity', r.severity, 'message', r.message, 'active', r.active),
       r.created_at, r.created_by
FROM validation_rule r;
