-- Issue 23, "every seed figure has a place": the catalog of the figures entered by hand (人工填报目录).
-- Each row says what a manual figure is (Chinese name and unit), where the report writes it (section,
-- sentence lead, order and phrase template with %s for the figure), how figures of sub-periods make
-- the run's figure (SUM: monthly figures add up to the year; LATEST: a point-in-time stock, the one
-- with the latest end) and whether an opening balance (期初数, `opening:<metric>`) may be entered.
--   MANUAL  a figure no service counts (team education, publicity, reconsideration, enforcement supervision);
--   SERVICE a line's metric listed for its opening balance (the line counts it; no sentence here);
--   DERIVED a figure the run computes from others (formula in the indicators' expression language);
--           with positive_only it is kept only when above 0 («已超额完成213件»).
-- The catalog is data of the migrations: the run-time role only reads it.
CREATE TABLE manual_figure_catalog (
    metric          varchar(100) NOT NULL,
    kind            varchar(10)  NOT NULL,
    name            varchar(100) NOT NULL,
    unit            varchar(10)  NOT NULL,
    section         varchar(20)  NOT NULL,
    lead            varchar(40),
    position        integer      NOT NULL,
    template        varchar(200),
    aggregation     varchar(10)  NOT NULL,
    opening_balance boolean      NOT NULL DEFAULT false,
    formula         varchar(500),
    positive_only   boolean      NOT NULL DEFAULT false,
    CONSTRAINT manual_figure_catalog_pk PRIMARY KEY (metric),
    CONSTRAINT manual_figure_catalog_kind_ck CHECK (kind IN ('MANUAL', 'SERVICE', 'DERIVED')),
    CONSTRAINT manual_figure_catalog_unit_ck CHECK (unit IN ('次', '人', '人次', '件', '个', '班次', '条', '项', '万元', '元', '所', '堂', '篇', '例', '起', '份')),
    CONSTRAINT manual_figure_catalog_section_ck CHECK (section IN ('CORRECTIONS', 'MEDIATION', 'LEGAL_AID', 'OTHER')),
    CONSTRAINT manual_figure_catalog_aggregation_ck CHECK (aggregation IN ('SUM', 'LATEST')),
    CONSTRAINT manual_figure_catalog_template_ck CHECK (template IS NULL OR (position('%s' IN template) > 0 AND lead IS NOT NULL)),
    CONSTRAINT manual_figure_catalog_formula_ck CHECK ((kind = 'DERIVED') = (formula IS NOT NULL)),
    CONSTRAINT manual_figure_catalog_opening_ck CHECK (NOT opening_balance OR kind <> 'DERIVED')
);

CREATE INDEX manual_figure_catalog_section_idx ON manual_figure_catalog (section, position);

REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON manual_figure_catalog FROM ${app_role};

INSERT INTO manual_figure_catalog (metric, kind, name, unit, section, lead, position, template, aggregation, opening_balance, formula, positive_only) VALUES
-- 队伍教育整顿 (the seed's 一 to 五)
('team.rectification.plans',            'MANUAL', '教育整顿实施方案数',     '个',   'OTHER', '队伍教育整顿：', 100, '制定出台实施方案%s个', 'SUM', false, NULL, false),
('team.rectification.taskForces',       'MANUAL', '教育整顿工作专班数',     '个',   'OTHER', '队伍教育整顿：', 110, '成立工作专班%s个', 'SUM', false, NULL, false),
('team.study.political',                'MANUAL', '政治学习次数',           '次',   'OTHER', '学习教育：', 200, '举行政治学习%s次', 'SUM', false, NULL, false),
('team.study.partyHistory',             'MANUAL', '党史教育次数',           '次',   'OTHER', '学习教育：', 210, '党史教育%s次', 'SUM', false, NULL, false),
('team.study.warning',                  'MANUAL', '警示教育次数',           '次',   'OTHER', '学习教育：', 220, '警示教育%s次', 'SUM', false, NULL, false),
('team.study.models',                   'MANUAL', '英模教育次数',           '次',   'OTHER', '学习教育：', 230, '英模教育%s次', 'SUM', false, NULL, false),
('team.study.reflectionsPerPerson',     'MANUAL', '人均撰写心得体会篇数',   '篇',   'OTHER', '学习教育：', 240, '每人撰写心得体会%s篇', 'SUM', false, NULL, false),
('training.political.sessions',         'MANUAL', '政治轮训班次',           '班次', 'OTHER', '学习教育：', 250, '举办政治轮训%s班次', 'SUM', false, NULL, false),
('training.political.attendances',      'MANUAL', '政治轮训参训人次',       '人次', 'OTHER', '学习教育：', 260, '参加轮训%s人次', 'SUM', false, NULL, false),
('training.sessions',                   'MANUAL', '业务培训班次',           '班次', 'OTHER', '学习教育：', 270, '举办业务培训%s班次', 'SUM', false, NULL, false),
('training.attendances',                'MANUAL', '业务培训参训人次',       '人次', 'OTHER', '学习教育：', 280, '参加培训%s人次', 'SUM', false, NULL, false),
('team.selfInspection.rounds',          'MANUAL', '谈心谈话和自查自纠轮次', '次',   'OTHER', '查纠整改：', 300, '组织开展谈心谈话和自查自纠%s次', 'SUM', false, NULL, false),
('team.selfInspection.reportRounds',    'MANUAL', '填写《自查报告表》轮次', '次',   'OTHER', '查纠整改：', 310, '全体干警填写《自查报告表》%s次', 'SUM', false, NULL, false),
('team.officers.cameForward',           'MANUAL', '主动说明问题干警人数',   '人',   'OTHER', '查纠整改：', 320, '发现并核实主动说明问题司法行政干警%s人', 'SUM', false, NULL, false),
('team.officers.disciplined',           'MANUAL', '已处理处分人数',         '人',   'OTHER', '查纠整改：', 330, '已处理处分%s人', 'SUM', false, NULL, false),
('team.people.visited',                 'MANUAL', '走访群众人数',           '人',   'OTHER', '“我为群众办实事”：', 400, '走访群众%s人', 'SUM', false, NULL, false),
('team.people.forums',                  'MANUAL', '民情恳谈会次数',         '次',   'OTHER', '“我为群众办实事”：', 410, '召开民情恳谈会%s次', 'SUM', false, NULL, false),
('team.people.practicalDeeds',          'MANUAL', '为群众办实事件数',       '件',   'OTHER', '“我为群众办实事”：', 420, '为群众办实事%s件', 'SUM', false, NULL, false),
('team.people.convenienceMeasures',     'MANUAL', '便民利民措施件数',       '件',   'OTHER', '“我为群众办实事”：', 430, '出台便民利民措施%s件', 'SUM', false, NULL, false),
('team.rectification.symposiums',       'MANUAL', '座谈会次数',             '次',   'OTHER', '整改落实：', 500, '召开座谈会%s次', 'SUM', false, NULL, false),
('team.rectification.suggestions',      'MANUAL', '收集整改意见建议条数',   '条',   'OTHER', '整改落实：', 510, '收集整改意见建议%s条', 'SUM', false, NULL, false),
('team.rectification.suggestionsResolved', 'MANUAL', '已解决意见建议件数',  '件',   'OTHER', '整改落实：', 520, '已解决%s件', 'SUM', false, NULL, false),
('team.rectification.mechanisms',       'MANUAL', '建立长效机制条数',       '条',   'OTHER', '整改落实：', 530, '建立长效机制%s条', 'SUM', false, NULL, false),
-- 法治宣传 (十二)
('publicity.events',                    'MANUAL', '大型法治宣教活动次数',   '次',   'OTHER', '法治宣传：', 600, '组织开展大型法治宣教活动%s次', 'SUM', false, NULL, false),
('publicity.lawSchools',                'MANUAL', '市（村）民法治学校数',   '所',   'OTHER', '法治宣传：', 610, '建成市（村）民法治学校%s所', 'LATEST', false, NULL, false),
('publicity.modelSchools',              'MANUAL', '示范法治学校数',         '所',   'OTHER', '法治宣传：', 620, '示范法治学校%s所', 'LATEST', false, NULL, false),
('publicity.lessonsPerSchool',          'MANUAL', '每所法治学校全年授课堂数（不少于）', '堂', 'OTHER', '法治宣传：', 630, '每所市（村）民法治学校全年不少于%s堂课', 'LATEST', false, NULL, false),
('publicity.lessonsPerModelSchool',     'MANUAL', '每所示范法治学校全年授课堂数（不少于）', '堂', 'OTHER', '法治宣传：', 640, '示范法治学校不少于%s堂课', 'LATEST', false, NULL, false),
-- 行政复议 (十三)
('reconsideration.received',            'MANUAL', '收到行政复议件数',       '件',   'OTHER', '行政复议：', 700, '共收到行政复议%s件', 'SUM', false, NULL, false),
('reconsideration.concluded',           'MANUAL', '审查办结行政复议件数',   '件',   'OTHER', '行政复议：', 710, '审查办结%s件', 'SUM', false, NULL, false),
-- 行政执法监督 (十四)
('enforcement.certifiedOfficers',       'MANUAL', '持证执法人员数',         '人',   'OTHER', '行政执法监督：', 800, '持证执法人员%s人', 'LATEST', false, NULL, false),
('normativeDocuments.reviewed',         'MANUAL', '审查规范性文件件数',     '件',   'OTHER', '行政执法监督：', 810, '审查规范性文件%s件', 'SUM', false, NULL, false),
('normativeDocuments.filed',            'MANUAL', '报备规范性文件件数',     '件',   'OTHER', '行政执法监督：', 820, '依法报备%s件', 'SUM', false, NULL, false),
('normativeDocuments.filedOnTime',      'MANUAL', '按期报备规范性文件件数', '件',   'OTHER', '行政执法监督：', 830, '按期报备%s件', 'SUM', false, NULL, false),
('normativeDocuments.conforming',       'MANUAL', '规范的规范性文件件数',   '件',   'OTHER', '行政执法监督：', 840, '符合规范%s件', 'SUM', false, NULL, false),
('normativeDocuments.reviewApplications', 'MANUAL', '申请审查规范性文件件数', '件', 'OTHER', '行政执法监督：', 850, '公民、法人或其他组织申请审查规范性文件%s件', 'SUM', false, NULL, false),
('normativeDocuments.ordersToCorrect',  'MANUAL', '被责令改正或者撤销件数', '件',   'OTHER', '行政执法监督：', 860, '被责令改正或者撤销%s件', 'SUM', false, NULL, false),
-- 人民调解组织换届 (十): by level, and the seed's total derived from them
('mediationCommittees.reelected',       'DERIVED', '人民调解委员会换届人数', '人',  'MEDIATION', '', 900,
    '组织乡镇（街道）、村（社区）、行业性和专业性人民调解委员会换届%s人', 'SUM', false,
    'mediationCommittees.reelected.township + mediationCommittees.reelected.village + mediationCommittees.reelected.sectoral', false),
('mediationCommittees.reelected.township', 'MANUAL', '乡镇（街道）人民调解委员会换届人数', '人', 'MEDIATION', '', 910, '其中乡镇（街道）%s人', 'SUM', false, NULL, false),
('mediationCommittees.reelected.village',  'MANUAL', '村（社区）人民调解委员会换届人数',   '人', 'MEDIATION', '', 920, '村（社区）%s人', 'SUM', false, NULL, false),
('mediationCommittees.reelected.sectoral', 'MANUAL', '行业性专业性人民调解委员会换届人数', '人', 'MEDIATION', '', 930, '行业性专业性%s人', 'SUM', false, NULL, false),
-- 法律援助 (十一): «已超额完成213件的目标任务», accepted less the target when above it
('legalaid.cases.exceeded',             'DERIVED', '超额完成法律援助任务件数', '件', 'LEGAL_AID', '', 1000, '已超额完成%s件的目标任务', 'SUM', false,
    'legalaid.cases.accepted - target:legalaid.cases.accepted', true),
-- cumulative figures (累计, 八) whose records begin after the office's: an opening balance (期初数) is added to them
('corrections.subjects.received',       'SERVICE', '接收社区矫正对象人数',   '人',   'CORRECTIONS', NULL, 1100, NULL, 'SUM', true, NULL, false),
('corrections.subjects.released',       'SERVICE', '解除社区矫正人数',       '人',   'CORRECTIONS', NULL, 1110, NULL, 'SUM', true, NULL, false),
('corrections.investigations.completed', 'SERVICE', '社区矫正调查评估例数',  '例',   'CORRECTIONS', NULL, 1120, NULL, 'SUM', true, NULL, false),
('corrections.education.personTimes',   'SERVICE', '教育矫正人次',           '人次', 'CORRECTIONS', NULL, 1130, NULL, 'SUM', true, NULL, false);
