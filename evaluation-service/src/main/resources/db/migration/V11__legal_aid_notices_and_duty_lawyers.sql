-- Legal aid as the law runs it (issue 20): the default indicators the line's new figures make possible.
-- 通知辩护按期指派率: the notified cases (通知辩护 and 通知代理) whose lawyer was assigned within 3 日 of the notice
-- (《中华人民共和国法律援助法》第三十六条), counted like the other timeliness rates (V9): onTime ÷ (onTime + late +
-- overdue) of the items due in the period; nothing counted → no value (NO_DATA), never 0 %.
-- 值班律师服务人次: the duty lawyers' services of the period (法律援助法第三十条; 《法律援助值班律师工作办法》).
-- 通知辩护（代理）案件数 and 先行提供法律援助案件数: counts of the cases accepted in the period.
INSERT INTO indicator (id, org_unit, version, code, name_zh, name_en, numerator, denominator, factor, decimals,
                       unit, direction, description, created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, d.code, d.name_zh, d.name_en, d.numerator, d.denominator, d.factor,
       d.decimals, d.unit, d.direction, d.description, now(), 'system', now(), 'system'
FROM (VALUES
    ('LEGALAID_NOTICE_ASSIGNMENT_RATE', '通知辩护按期指派率', 'Notified cases assigned on time',
     'legalaid.cases.noticeAssignment.onTime',
     'legalaid.cases.noticeAssignment.onTime + legalaid.cases.noticeAssignment.late + legalaid.cases.noticeAssignment.overdue',
     100, 1, '%', 'HIGHER_IS_BETTER',
     '按期指派的通知辩护（代理）案件数 ÷（按期 + 逾期指派 + 逾期未指派）× 100%；期限：收到人民法院、人民检察院、公安机关通知之日起3日（《中华人民共和国法律援助法》第三十六条）'),
    ('LEGALAID_DUTY_LAWYER_SERVICES', '值班律师服务人次', 'Duty lawyers'' services',
     'legalaid.dutyLawyer.services', '1', 1, 0, '人次', 'NEUTRAL',
     '期间内值班律师提供法律帮助的人次（法律咨询、程序选择建议、申请变更强制措施、对案件处理提出意见、帮助申请法律援助、认罪认罚见证、会见、阅卷）'),
    ('LEGALAID_NOTIFIED_CASES', '通知辩护（代理）案件数', 'Notified cases accepted',
     'legalaid.cases.notified', '1', 1, 0, '件', 'NEUTRAL', '期间内受理的人民法院、人民检察院、公安机关通知辩护或通知代理的案件'),
    ('LEGALAID_ADVANCE_CASES', '先行提供法律援助案件数', 'Cases given aid in advance',
     'legalaid.cases.advance', '1', 1, 0, '件', 'NEUTRAL', '期间内先行提供法律援助（《中华人民共和国法律援助法》第四十四条）的案件')
) AS d(code, name_zh, name_en, numerator, denominator, factor, decimals, unit, direction, description)
ON CONFLICT (code) DO NOTHING;

INSERT INTO validation_rule (id, org_unit, version, code, left_side, operator, right_side, severity, message,
                             created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, r.code, r.left_side, r.operator, r.right_side, r.severity, r.message,
       now(), 'system', now(), 'system'
FROM (VALUES
    ('LEGALAID_NOTIFIED_NOT_ABOVE_ACCEPTED', 'legalaid.cases.notified', 'LESS_THAN_OR_EQUAL_TO', 'legalaid.cases.accepted',
     'ERROR', '通知辩护（代理）案件不能多于受理的法律援助案件'),
    ('LEGALAID_DUTY_PLEA_WITNESS_NOT_ABOVE_SERVICES', 'legalaid.dutyLawyer.pleaWitness', 'LESS_THAN_OR_EQUAL_TO',
     'legalaid.dutyLawyer.services', 'ERROR', '值班律师认罪认罚见证人次不能多于值班律师法律帮助人次')
) AS r(code, left_side, operator, right_side, severity, message)
ON CONFLICT (code) DO NOTHING;

-- The history rows of what this script wrote (version 1 of each).
INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'INDICATOR', i.id, i.version, i.code,
       jsonb_build_object('orgUnit', i.org_unit, 'code', i.code, 'nameZh', i.name_zh, 'nameEn', i.name_en,
                          'numerator', i.numerator, 'denominator', i.denominator, 'factor', trim_scale(i.factor)::text,
                          'decimals', i.decimals, 'unit', i.unit, 'direction', i.direction, 'grades', i.grades,
                          'weight', trim_scale(i.weight)::text, 'active', i.active, 'description', i.description),
       i.created_at, i.created_by
FROM indicator i
WHERE i.code IN ('LEGALAID_NOTICE_ASSIGNMENT_RATE', 'LEGALAID_DUTY_LAWYER_SERVICES', 'LEGALAID_NOTIFIED_CASES',
                 'LEGALAID_ADVANCE_CASES')
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'INDICATOR' AND v.definition_id = i.id AND v.version = i.version);

INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'RULE', r.id, r.version, r.code,
       jsonb_build_object('orgUnit', r.org_unit, 'code', r.code, 'left', r.left_side, 'operator', r.operator,
                          'right', r.right_side, 'severity', r.severity, 'message', r.message, 'active', r.active),
       r.created_at, r.created_by
FROM validation_rule r
WHERE r.code IN ('LEGALAID_NOTIFIED_NOT_ABOVE_ACCEPTED', 'LEGALAID_DUTY_PLEA_WITNESS_NOT_ABOVE_SERVICES')
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'RULE' AND v.definition_id = r.id AND v.version = r.version);
