-- 以奖代补 paid (issue 20): the mediation line now records payment batches (mediation.rewards.paid.*, by paid date), so
-- the report can say what the seed says: «针对上年度221份调解卷宗，发放“以奖代补”3.7万余元». Two default indicators:
-- the amount paid in 万元 (the seed's unit; the report writes it as 「X万余元」, one decimal cut, not rounded) and the
-- dossiers rewarded.
INSERT INTO indicator (id, org_unit, version, code, name_zh, name_en, numerator, denominator, factor, decimals,
                       unit, direction, description, created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, d.code, d.name_zh, d.name_en, d.numerator, d.denominator, d.factor,
       d.decimals, d.unit, d.direction, d.description, now(), 'system', now(), 'system'
FROM (VALUES
    ('REWARD_PAYMENT_AMOUNT', '以奖代补发放金额', 'Rewards paid (10,000 yuan)',
     'mediation.rewards.paid.amount', '1', 0.0001, 2, '万元', 'NEUTRAL',
     '期间内已发放的人民调解“以奖代补”金额（元）÷ 10000，单位万元；按发放日期计，每份卷宗只奖励一次'),
    ('REWARD_PAYMENT_DOSSIERS', '以奖代补卷宗数', 'Dossiers rewarded',
     'mediation.rewards.paid.dossiers', '1', 1, 0, '份', 'NEUTRAL',
     '期间内已发放的以奖代补批次所奖励的调解卷宗数；按发放日期计')
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
WHERE i.code IN ('REWARD_PAYMENT_AMOUNT', 'REWARD_PAYMENT_DOSSIERS')
  AND i.updated_by = 'system'
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'INDICATOR' AND v.definition_id = i.id AND v.version = i.version);
