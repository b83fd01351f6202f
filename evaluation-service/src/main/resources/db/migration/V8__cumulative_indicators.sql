-- The cumulative counts the report quotes (累计接收社区矫正对象927人，累计解除779人): the
-- corrections line's figures since its records began, up to the end of the period.
INSERT INTO indicator (id, org_unit, version, code, name_zh, name_en, numerator, denominator, factor, decimals,
                       unit, direction, description, created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, d.code, d.name_zh, d.name_en, d.numerator, '1', 1, 0, '人', 'NEUTRAL',
       d.description, now(), 'system', now(), 'system'
FROM (VALUES
    ('CORRECTIONS_CUMULATIVE_RECEIVED', '累计接收社区矫正对象', 'Community corrections subjects received, cumulative',
     'cumulative:corrections.subjects.received', '自有记录起至期末累计接收人数（2021年：927人）'),
    ('CORRECTIONS_CUMULATIVE_RELEASED', '累计解除社区矫正', 'Community corrections subjects released, cumulative',
     'cumulative:corrections.subjects.released', '自有记录起至期末累计解除矫正人数（2021年：779人）')
) AS d(code, name_zh, name_en, numerator, description);

INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'INDICATOR', i.id, i.version, i.code,
       jsonb_build_object('orgUnit', i.org_unit, 'code', i.code, 'nameZh', i.name_zh, 'nameEn', i.name_en,
                          'numerator', i.numerator, 'denominator', i.denominator, 'factor', trim_scale(i.factor)::text,
                          'decimals', i.decimals, 'unit', i.unit, 'direction', i.direction, 'grades', i.grades,
                          'weight', trim_scale(i.weight)::text, 'active', i.active, 'description', i.description),
       i.created_at, i.created_by
FROM indicator i
WHERE i.code IN ('CORRECTIONS_CUMULATIVE_RECEIVED', 'CORRECTIONS_CUMULATIVE_RELEASED');
