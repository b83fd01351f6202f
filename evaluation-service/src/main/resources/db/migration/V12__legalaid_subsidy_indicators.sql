-- Legal-aid case subsidies (办案补贴, issue 20): the amount owed for the cases closed in the period, the amount paid in
-- the period and the subsidy per case paid, from the legal aid line's legalaid.subsidies.* figures (payments by their
-- paid date). 法律援助法第五十二条 sets who fixes the
-- standard (the province) and that the centre pays it; the figures are the district's own records.
INSERT INTO indicator (id, org_unit, version, code, name_zh, name_en, numerator, denominator, factor, decimals,
                       unit, direction, description, created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, d.code, d.name_zh, d.name_en, d.numerator, d.denominator, d.factor,
       d.decimals, d.unit, d.direction, d.description, now(), 'system', now(), 'system'
FROM (VALUES
    ('LEGALAID_SUBSIDY_DUE', '法律援助办案补贴应发金额', 'Legal-aid case subsidies owed',
     'legalaid.subsidies.due.amount', '1', 1, 2, '元', 'NEUTRAL',
     '期间内结案案件应发的办案补贴合计（结案年度补贴标准 × 质量评查结果比例；已申请发放的按冻结金额）'),
    ('LEGALAID_SUBSIDY_PAID', '法律援助办案补贴发放金额', 'Legal-aid case subsidies paid',
     'legalaid.subsidies.paid.amount', '1', 1, 2, '元', 'NEUTRAL',
     '期间内发放的法律援助办案补贴合计（按发放日期；经审批后登记发放的发放记录金额）'),
    ('LEGALAID_SUBSIDY_PER_CASE', '每案补贴', 'Subsidy paid per case',
     'legalaid.subsidies.paid.amount', 'legalaid.subsidies.paid.cases', 1, 2, '元', 'NEUTRAL',
     '期间内发放的办案补贴合计 ÷ 所发放的结案案件数（按发放日期）')
) AS d(code, name_zh, name_en, numerator, denominator, factor, decimals, unit, direction, description)
ON CONFLICT (code) DO NOTHING;

INSERT INTO validation_rule (id, org_unit, version, code, left_side, operator, right_side, severity, message,
                             created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, r.code, r.left_side, r.operator, r.right_side, r.severity, r.message,
       now(), 'system', now(), 'system'
FROM (VALUES
    ('LEGALAID_SUBSIDY_PAID_CASES_NOT_ABOVE_CLOSED', 'legalaid.subsidies.paid.cases', 'LESS_THAN_OR_EQUAL_TO',
     'cumulative:legalaid.cases.closed', 'ERROR', '发放办案补贴的案件数不能多于累计结案数')
) AS r(code, left_side, operator, right_side, severity, message)
ON CONFLICT (code) DO NOTHING;

-- The history rows of what this script wrote (version 1 of each).
INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'INDICATOR', i.id, i.version, i.code,
       jsonb_build_object('orgUnit', i.org_unit, 'code', i.code, 'nameZh', i.name_zh, 'nameEn', i.name_en,
                          'numerator', i.numerator, 'denominator', i.denominator, 'factor', trim_scale(i.factor)::text,
                          'decimals', i.decimals, 'unit', i.unit, 'direction', i.direction, 'grades', i.grades,
                          'weight', trim_scale(i.weight)::text, 'active', i.active, 'description', i.description),
       i.updated_at, i.updated_by
FROM indicator i
WHERE i.code IN ('LEGALAID_SUBSIDY_DUE', 'LEGALAID_SUBSIDY_PAID', 'LEGALAID_SUBSIDY_PER_CASE')
  AND i.updated_by = 'system'
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'INDICATOR' AND v.definition_id = i.id AND v.version = i.version);

INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'RULE', r.id, r.version, r.code,
       jsonb_build_object('orgUnit', r.org_unit, 'code', r.code, 'left', r.left_side, 'operator', r.operator,
                          'right', r.right_side, 'severity', r.severity, 'message', r.message, 'active', r.active),
       r.created_at, r.created_by
FROM validation_rule r
WHERE r.code = 'LEGALAID_SUBSIDY_PAID_CASES_NOT_ABOVE_CLOSED'
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'RULE' AND v.definition_id = r.id AND v.version = r.version);
