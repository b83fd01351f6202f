-- Persons across the lines (issue 22): three default indicators over the cross-line figures the evaluation service
-- computes from the corrections and legal-aid lines' person events (keyed hashes of ID numbers, never the numbers).
-- 重新犯罪率（平台所见）: of the persons released from correction or prison in the N years up to the end of the period
-- (evaluation.persons.reoffence-years, default 5 after the five years of 累犯 in 刑法第六十五条), those who became a
-- corrections subject again within N years of the release. The platform's view only: not the legal 重新犯罪.
INSERT INTO indicator (id, org_unit, version, code, name_zh, name_en, numerator, denominator, factor, decimals,
                       unit, direction, description, created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, d.code, d.name_zh, d.name_en, d.numerator, d.denominator, d.factor,
       d.decimals, d.unit, d.direction, d.description, now(), 'system', now(), 'system'
FROM (VALUES
    ('PLATFORM_REOFFENCE_RATE', '重新犯罪率（平台所见）', 'Re-offence rate as the platform sees it',
     'persons.reoffended', 'persons.released', 100, 1, '%', 'LOWER_IS_BETTER',
     '期末前N年（默认5年，参照刑法第六十五条累犯五年期限）内解除矫正或刑满释放的人员中，释放后N年内再次成为社区矫正对象的人数占比；'
     || '仅为平台所见（按身份证号密钥哈希跨业务线比对），不是法律意义上的重新犯罪'),
    ('CORRECTION_LEGAL_AID_PERSONS', '社区矫正对象中获得法律援助人数', 'Corrections subjects granted legal aid',
     'persons.correction.legalAidGranted', '1', 1, 0, '人', 'NEUTRAL',
     '期间内获批法律援助（按决定日期）且期间内处于社区矫正中的人数（按身份证号密钥哈希跨业务线比对）'),
    ('RESETTLEMENT_LATER_CORRECTION_PERSONS', '安置帮教人员后续入矫人数', 'Resettlement persons later in correction',
     'persons.resettlement.laterCorrection', '1', 1, 0, '人', 'LOWER_IS_BETTER',
     '期间内接收入矫、此前已纳入安置帮教的人数（按身份证号密钥哈希跨业务线比对）')
) AS d(code, name_zh, name_en, numerator, denominator, factor, decimals, unit, direction, description)
ON CONFLICT (code) DO NOTHING;

-- The history rows of what this script wrote (version 1).
INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'INDICATOR', i.id, i.version, i.code,
       jsonb_build_object('orgUnit', i.org_unit, 'code', i.code, 'nameZh', i.name_zh, 'nameEn', i.name_en,
                          'numerator', i.numerator, 'denominator', i.denominator, 'factor', trim_scale(i.factor)::text,
                          'decimals', i.decimals, 'unit', i.unit, 'direction', i.direction, 'grades', i.grades,
                          'weight', trim_scale(i.weight)::text, 'active', i.active, 'description', i.description),
       i.updated_at, i.updated_by
FROM indicator i
WHERE i.code IN ('PLATFORM_REOFFENCE_RATE', 'CORRECTION_LEGAL_AID_PERSONS', 'RESETTLEMENT_LATER_CORRECTION_PERSONS')
  AND i.updated_by = 'system'
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'INDICATOR' AND v.definition_id = i.id AND v.version = i.version);
