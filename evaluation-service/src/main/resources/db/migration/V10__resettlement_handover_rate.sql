-- 刑满释放人员衔接率 done right (issue 19). V6 divided the hand-overs from correction (corrections.resettlement.linked)
-- by every person received, so a person released from prison could never count. The rate is now the persons handed
-- over at release (必接必送 / 衔接: picked up at the gate, handed over by the prison, or contacted) among the prison
-- releases of the period whose release notice arrived; the same for persons released from correction.
-- Source: the ministry's resettlement statistics forms (《安置帮教工作统计报表》, 衔接情况 section) count the persons handed
-- over among those released with a notice; the exact wording of the form was not seen (UNCONFIRMED).
-- The default is changed only where nobody changed it since V6 (its version 1 as seeded); it gets version 2 with its
-- history row, as a PUT would.
UPDATE indicator
SET numerator   = 'corrections.resettlement.prisonReleases.handedOver',
    denominator = 'corrections.resettlement.prisonReleases.notified',
    name_en     = 'Prison releases handed over',
    description = '已衔接的刑满释放人员数 ÷ 期间内释放、已收到监狱《刑满释放人员通知书》的刑满释放人员数 × 100%；按释放日期计；'
                  || '已衔接指出监接回（必接）、监狱送回（必送）或联系衔接，未能衔接的不计（《安置帮教工作统计报表》衔接情况，口径待核）',
    version     = version + 1,
    updated_at  = now(),
    updated_by  = 'system'
WHERE code = 'RESETTLEMENT_HANDOVER_RATE' AND version = 1
  AND numerator = 'corrections.resettlement.linked' AND denominator = 'corrections.resettlement.received';

INSERT INTO indicator (id, org_unit, version, code, name_zh, name_en, numerator, denominator, factor, decimals,
                       unit, direction, description, created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, d.code, d.name_zh, d.name_en, d.numerator, d.denominator, d.factor,
       d.decimals, d.unit, d.direction, d.description, now(), 'system', now(), 'system'
FROM (VALUES
    ('CORRECTION_RELEASE_HANDOVER_RATE', '解除矫正人员衔接率', 'Correction releases handed over',
     'corrections.resettlement.correctionReleases.handedOver', 'corrections.resettlement.correctionReleases', 100, 1, '%',
     'HIGHER_IS_BETTER', '已衔接的解除矫正人员数 ÷ 期间内解除矫正、纳入安置帮教的人员数 × 100%；按解除矫正日期计'),
    ('RESETTLEMENT_VISITS', '帮教走访', 'Resettlement support visits',
     'corrections.resettlement.visits', '1', 1, 0, '次', 'NEUTRAL', '期间内帮教走访次数（走访、谈话教育、电话联系、帮扶救助）')
) AS d(code, name_zh, name_en, numerator, denominator, factor, decimals, unit, direction, description)
ON CONFLICT (code) DO NOTHING;

INSERT INTO validation_rule (id, org_unit, version, code, left_side, operator, right_side, severity, message,
                             created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, r.code, r.left_side, r.operator, r.right_side, r.severity, r.message,
       now(), 'system', now(), 'system'
FROM (VALUES
    ('PRISON_HANDED_OVER_NOT_ABOVE_NOTIFIED', 'corrections.resettlement.prisonReleases.handedOver', 'LESS_THAN_OR_EQUAL_TO',
     'corrections.resettlement.prisonReleases.notified', 'ERROR', '已衔接的刑满释放人员不能多于收到释放通知的刑满释放人员'),
    ('CORRECTION_HANDED_OVER_NOT_ABOVE_RELEASED', 'corrections.resettlement.correctionReleases.handedOver', 'LESS_THAN_OR_EQUAL_TO',
     'corrections.resettlement.correctionReleases', 'ERROR', '已衔接的解除矫正人员不能多于解除矫正人员')
) AS r(code, left_side, operator, right_side, severity, message)
ON CONFLICT (code) DO NOTHING;

-- The history rows of what this script wrote: the changed default's version 2 and the new ones' version 1.
INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'INDICATOR', i.id, i.version, i.code,
       jsonb_build_object('orgUnit', i.org_unit, 'code', i.code, 'nameZh', i.name_zh, 'nameEn', i.name_en,
                          'numerator', i.numerator, 'denominator', i.denominator, 'factor', trim_scale(i.factor)::text,
                          'decimals', i.decimals, 'unit', i.unit, 'direction', i.direction, 'grades', i.grades,
                          'weight', trim_scale(i.weight)::text, 'active', i.active, 'description', i.description),
       i.updated_at, i.updated_by
FROM indicator i
WHERE i.code IN ('RESETTLEMENT_HANDOVER_RATE', 'CORRECTION_RELEASE_HANDOVER_RATE', 'RESETTLEMENT_VISITS')
  AND i.updated_by = 'system'
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'INDICATOR' AND v.definition_id = i.id AND v.version = i.version);

INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'RULE', r.id, r.version, r.code,
       jsonb_build_object('orgUnit', r.org_unit, 'code', r.code, 'left', r.left_side, 'operator', r.operator,
                          'right', r.right_side, 'severity', r.severity, 'message', r.message, 'active', r.active),
       r.created_at, r.created_by
FROM validation_rule r
WHERE r.code IN ('PRISON_HANDED_OVER_NOT_ABOVE_NOTIFIED', 'CORRECTION_HANDED_OVER_NOT_ABOVE_RELEASED')
  AND NOT EXISTS (SELECT 1 FROM definition_version v WHERE v.kind = 'RULE' AND v.definition_id = r.id AND v.version = r.version);
