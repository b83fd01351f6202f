-- Issue 20, mediation as the law runs it: the default indicators the mediation line's new counts enable.
-- 司法确认申请数: agreements whose parties applied to the court in the period (人民调解法第三十三条；
-- 民事诉讼法（2023年修正）第二百零五条). 司法确认率: of the applications the court ruled on in the period, those it
-- confirmed valid (第二百零六条). 委托移送纠纷反馈率: of the disputes referred by a court, the police, a petition office or
-- the government and concluded in the period, those whose outcome was fed back to the referring organ (诉调、警调、访调对接;
-- no statute sets the rate: a management figure of the bureau).
INSERT INTO indicator (id, org_unit, version, code, name_zh, name_en, numerator, denominator, factor, decimals,
                       unit, direction, description, created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, d.code, d.name_zh, d.name_en, d.numerator, d.denominator, d.factor,
       d.decimals, d.unit, d.direction, d.description, now(), 'system', now(), 'system'
FROM (VALUES
    ('MEDIATION_JUDICIAL_CONFIRMATION_APPLICATIONS', '司法确认申请数', 'Judicial confirmation applications',
     'mediation.agreements.judicialConfirmation.applied', '1', 1, 0, '件', 'NEUTRAL',
     '期间内当事人向人民法院申请司法确认的调解协议数，按申请日期计（人民调解法第三十三条）'),
    ('MEDIATION_JUDICIAL_CONFIRMATION_RATE', '司法确认率', 'Agreements judicially confirmed',
     'mediation.agreements.judicialConfirmation.confirmed', 'mediation.agreements.judicialConfirmation.ruled', 100, 1, '%',
     'HIGHER_IS_BETTER', '裁定调解协议有效的件数 ÷ 期间内人民法院作出裁定（确认有效或驳回申请）的件数 × 100%；按裁定日期计'),
    ('MEDIATION_REFERRAL_FEEDBACK_RATE', '委托移送纠纷反馈率', 'Referred disputes fed back',
     'mediation.referrals.fedBack', 'mediation.referrals.concluded', 100, 1, '%', 'HIGHER_IS_BETTER',
     '已向移送机关反馈调处结果的纠纷数 ÷ 期间内调结的法院委托、公安移送、信访移送、政府交办纠纷数 × 100%；按终结日期计')
) AS d(code, name_zh, name_en, numerator, denominator, factor, decimals, unit, direction, description)
ON CONFLICT (code) DO NOTHING;

INSERT INTO validation_rule (id, org_unit, version, code, left_side, operator, right_side, severity, message,
                             created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, r.code, r.left_side, r.operator, r.right_side, r.severity, r.message,
       now(), 'system', now(), 'system'
FROM (VALUES
    ('MEDIATION_CONFIRMED_NOT_ABOVE_RULED', 'mediation.agreements.judicialConfirmation.confirmed', 'LESS_THAN_OR_EQUAL_TO',
     'mediation.agreements.judicialConfirmation.ruled', 'ERROR', '司法确认有效的件数不能多于人民法院作出裁定的件数'),
    ('MEDIATION_FED_BACK_NOT_ABOVE_REFERRED', 'mediation.referrals.fedBack', 'LESS_THAN_OR_EQUAL_TO',
     'mediation.referrals.concluded', 'ERROR', '已反馈的委托移送纠纷不能多于调结的委托移送纠纷')
) AS r(code, left_side, operator, right_side, severity, message)
ON CONFLICT (code) DO NOTHING;

-- The history rows of what this script wrote (version 1 each).
INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'INDICATOR', i.id, i.version, i.code,
       jsonb_build_object('orgUnit', i.org_unit, 'code', i.code, 'nameZh', i.name_zh, 'nameEn', i.name_en,
                          'numerator', i.numerator, 'denominator', i.denominator, 'factor', trim_scale(i.factor)::text,
                          'decimals', i.decimals, 'unit', i.unit, 'direction', i.direction, 'grades', i.grades,
                          'weight', trim_scale(i.weight)::text, 'active', i.active, 'description', i.description),
       i.updated_at, i.updated_by
FROM indicator i
WHERE i.code IN ('MEDIATION_JUDICIAL_CONFIRMATION_APPLICATIONS', 'MEDIATION_JUDICIAL_CONFIRMATION_RATE',
                 'MEDIATION_REFERRAL_FEEDBACK_RATE')
  AND i.updated_by = 'system'
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'INDICATOR' AND v.definition_id = i.id AND v.version = i.version);

INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'RULE', r.id, r.version, r.code,
       jsonb_build_object('orgUnit', r.org_unit, 'code', r.code, 'left', r.left_side, 'operator', r.operator,
                          'right', r.right_side, 'severity', r.severity, 'message', r.message, 'active', r.active),
       r.created_at, r.created_by
FROM validation_rule r
WHERE r.code IN ('MEDIATION_CONFIRMED_NOT_ABOVE_RULED', 'MEDIATION_FED_BACK_NOT_ABOVE_REFERRED')
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'RULE' AND v.definition_id = r.id AND v.version = r.version);
