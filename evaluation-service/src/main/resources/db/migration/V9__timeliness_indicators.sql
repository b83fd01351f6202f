-- Timeliness indicators (issue 18): the share of the items due in the period that were done by
-- their statutory due date. The lines publish, per deadline, <metric>.due (every item due in the
-- period), .onTime (done by the due date), .late (done after it) and .overdue (still open past it);
-- the rate counts the items whose outcome is known: onTime ÷ (onTime + late + overdue) × 100%. Items
-- due in the period but not yet past their due date are in .due only: they are neither on time nor
-- late yet. With nothing counted the denominator is 0 and the rate has no value (NO_DATA with
-- zeroDenominator), never 0 %, as for every other rate.
INSERT INTO indicator (id, org_unit, version, code, name_zh, name_en, numerator, denominator, factor, decimals,
                       unit, direction, description, created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(), '430503000000', 1, d.code, d.name_zh, d.name_en, d.base || '.onTime',
       d.base || '.onTime + ' || d.base || '.late + ' || d.base || '.overdue', 100, 1, '%', 'HIGHER_IS_BETTER',
       d.description, now(), 'system', now(), 'system'
FROM (VALUES
    ('LEGALAID_REVIEW_TIMELINESS_RATE', '审查及时率', 'Legal-aid applications reviewed on time',
     'legalaid.applications.review',
     '按期审查的法律援助申请数 ÷（按期 + 逾期审查 + 逾期未审查）× 100%；期限：收到申请之日起7日（《中华人民共和国法律援助法》第四十三条），补充材料期间中止'),
    ('CORRECTIONS_REPORT_IN_RATE', '按期报到率', 'Community corrections subjects reported on time',
     'corrections.subjects.reportIn',
     '按期报到的社区矫正对象数 ÷（按期 + 逾期报到 + 逾期未报到）× 100%；期限：判决、裁定生效之日起10日（《中华人民共和国社区矫正法》第二十一条）'),
    ('CORRECTIONS_INVESTIGATION_TIMELINESS_RATE', '调查评估按期完成率', 'Pre-sentence investigations completed on time',
     'corrections.investigations.completion',
     '按期完成的调查评估数 ÷（按期 + 逾期完成 + 逾期未完成）× 100%；期限：收到委托之日起10个工作日，适用速裁程序的5个工作日（《社区矫正法实施办法》）'),
    ('MEDIATION_CONCLUSION_TIMELINESS_RATE', '纠纷按期调结率', 'Disputes concluded within the time limit',
     'mediation.disputes.conclusion',
     '按期调结的纠纷数 ÷（按期 + 逾期调结 + 逾期未调结）× 100%；期限：受理之日起一个月（《人民调解工作若干规定》第三十三条），或记录的延长期限')
) AS d(code, name_zh, name_en, base, description);

INSERT INTO definition_version (kind, definition_id, version, code, definition, recorded_at, recorded_by)
SELECT 'INDICATOR', i.id, i.version, i.code,
       jsonb_build_object('orgUnit', i.org_unit, 'code', i.code, 'nameZh', i.name_zh, 'nameEn', i.name_en,
                          'numerator', i.numerator, 'denominator', i.denominator, 'factor', trim_scale(i.factor)::text,
                          'decimals', i.decimals, 'unit', i.unit, 'direction', i.direction, 'grades', i.grades,
                          'weight', trim_scale(i.weight)::text, 'active', i.active, 'description', i.description),
       i.created_at, i.created_by
FROM indicator i
WHERE i.code IN ('LEGALAID_REVIEW_TIMELINESS_RATE', 'CORRECTIONS_REPORT_IN_RATE', 'CORRECTIONS_INVESTIGATION_TIMELINESS_RATE',
                 'MEDIATION_CONCLUSION_TIMELINESS_RATE');
